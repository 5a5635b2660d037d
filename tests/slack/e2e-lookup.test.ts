/**
 * End to end through the real Bolt app over signed HTTP (see helpers/harness.ts):
 * /vta-rules, its buttons, errors, and request verification.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SECRET, buttonIn, settle, startHarness, text, type Harness } from './helpers/harness.ts';
import { blockAction, CHANNEL, event, slashCommand, USER } from './helpers/slack-requests.ts';
import { expectWithinLimits } from './helpers/within-limits.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
  // No secret may appear in any log line written during the suite.
  expect(h.logs.join('\n')).not.toContain(BOT_TOKEN.slice(5));
  expect(h.logs.join('\n')).not.toContain(SECRET);
});
beforeEach(() => h.reset());

describe('slash command /vta-rules', () => {
  it('answers in the ack, ephemerally, with the cited provision, its status and a Lovdata link', async () => {
    const url = h.slack.responseUrl();
    const res = await h.send(slashCommand('/vta-rules', 'kan en VTA-bedrift betale utbytte?', url));
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    const answer = res.json!;
    expect(answer.response_type).toBe('ephemeral');
    expectWithinLimits('message', answer, 'answer');
    const blocks = text(answer.blocks);
    expect(blocks).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(blocks).toContain('Forbud mot utbytte');
    expect(blocks).toContain('Gjeldende rett');
    expect(blocks).toContain('https://lovdata.no/forskrift/2015-12-11-1598/%C2%A714-5');
    expect(blocks).toContain('lookup_share');
    // The ack was the reply: nothing goes to the response_url as well.
    await settle(h);
    expect(h.slack.responses.some((r) => url.endsWith(r.url))).toBe(false);
  });

  it('marks a proposal and a historical rule unmistakably', async () => {
    expect(text((await h.command('/vta-rules', '14 A-6')).blocks)).toContain(':warning: *FORSLAG – ikke vedtatt, ikke gjeldende rett*');
    expect(text((await h.command('/vta-rules', 'varighet AFT tidligere')).blocks)).toContain(':no_entry: *HISTORISK – gjaldt til 2025-12-31*');
  });

  it('answers an empty command with help, example questions and topic buttons', async () => {
    const help = text((await h.command('/vta-rules', '   ')).blocks);
    expect(help).toContain('/vta-rules § 14-5 annet ledd');
    expect(help).toContain('lookup_topic:0');
    expect(help).toContain('open_check:0');
  });

  it('echoes user text without letting it mention @channel, a user, or link', async () => {
    const blocks = text((await h.command('/vta-rules', '<!channel> <@U0OTHER> <https://evil.example|klikk> xyzzy')).blocks);
    expect(blocks).not.toMatch(/<!channel>|<@U0OTHER>|<https:\/\/evil/);
    expect(blocks).toContain('Fant ingenting');
  });

  it('"Flere treff" replaces the ephemeral answer with the next page', async () => {
    const next = buttonIn(await h.command('/vta-rules', 'tiltaksforskriften'), 'lookup_next_page');
    const url2 = h.slack.responseUrl();
    expect((await h.send(blockAction(next, url2))).status).toBe(200);
    const page2 = await h.responseTo(url2);
    expect(page2.replace_original).toBe(true);
    // Five entries match; § 14-5 and its bokstav c are one provision, folded into one hit.
    // The first page shows hit 1 in full and 2–3 as lines, so the next page opens hit 2 in full.
    expect(text(page2.blocks)).toMatch(/2–4 av 4/);
    expect(text(page2.blocks)).toContain('*4. ');
  });

  it('"Flere treff" under a visible answer adds an ephemeral page and leaves the original alone', async () => {
    const next = buttonIn(await h.command('/vta-rules', 'tiltaksforskriften'), 'lookup_next_page');
    const url2 = h.slack.responseUrl();
    await h.send(blockAction(next, url2, { ephemeral: false }));
    const page2 = await h.responseTo(url2);
    expect(page2).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('"Del i kanalen" posts the same answer visibly, saying who shared it', async () => {
    const share = buttonIn(await h.command('/vta-rules', 'utbytte'), 'lookup_share');
    const url2 = h.slack.responseUrl();
    await h.send(blockAction(share, url2));
    const shared = await h.responseTo(url2);
    expect(shared.response_type).toBe('in_channel');
    expect(text(shared.blocks)).toContain(`Delt av <@${USER.id}>`);
    expect(text(shared.blocks)).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(text(shared.blocks)).not.toContain('lookup_share');
  });

  it('a topic button answers that topic', async () => {
    const url = h.slack.responseUrl();
    await h.send(blockAction({ action_id: 'lookup_topic:0', value: 'utbytte' }, url));
    expect(text((await h.responseTo(url)).blocks)).toContain('Forbud mot utbytte');
  });

  it('a link button is acknowledged and nothing else happens', async () => {
    const url = h.slack.responseUrl();
    const res = await h.send(blockAction({ action_id: 'lookup_open_source:1' }, url));
    expect(res.status).toBe(200);
    await settle(h);
    expect(h.slack.responses.some((r) => url.endsWith(r.url))).toBe(false);
  });

  it('a button value that was tampered with gets the friendly error, not a crash', async () => {
    const url = h.slack.responseUrl();
    await h.send(blockAction({ action_id: 'lookup_next_page', value: '{"q":' }, url));
    expect(String((await h.responseTo(url)).text)).toMatch(/^:face_with_head_bandage: Beklager/);
  });

  it('a failure reaches the user as one friendly ephemeral line, and the log with context, never a stack trace', async () => {
    h.useKnowledge(() => {
      throw new Error('index exploded at /srv/app/secret/path.ts:12');
    });
    const url = h.slack.responseUrl();
    const reply = await h.command('/vta-rules', 'utbytte', url);
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toMatch(/^:face_with_head_bandage: Beklager/);
    expect(text(reply)).not.toMatch(/exploded|\.ts:|at /);
    expect(h.logs.some((l) => l.includes('command /vta-rules failed') && l.includes(USER.id) && l.includes('index exploded'))).toBe(true);
  });
});

describe('request verification', () => {
  for (const signing of ['none', 'wrong', 'stale'] as const) {
    const what = signing === 'none' ? 'an unsigned' : signing === 'wrong' ? 'a wrongly signed' : 'a stale (6 minutes old)';
    it(`rejects ${what} request with 401 and answers nothing`, async () => {
      const url = h.slack.responseUrl();
      const callsBefore = h.slack.calls.length;
      const command = await h.send(slashCommand('/reserved-contract-check', '', url, `trigger.${signing}`), signing);
      const lookup = await h.send(slashCommand('/vta-rules', 'utbytte', url), signing);
      const mention = await h.send(event({ type: 'app_mention', user: USER.id, text: '<@U0BOTUSER> utbytte', ts: '1700000001.000100', channel: CHANNEL.id, event_ts: '1700000001.000100' }), signing);
      expect([command.status, lookup.status, mention.status]).toEqual([401, 401, 401]);
      await settle(h);
      expect(h.slack.calls.length).toBe(callsBefore);
      expect(h.slack.responses.some((r) => url.endsWith(r.url))).toBe(false);
    });
  }
});
