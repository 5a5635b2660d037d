/**
 * One input limit for every kind of request (src/slack/input-limit.ts), through
 * the real app: past it the asker gets one line saying the limit, and nothing
 * is parsed or looked up.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './helpers/harness.ts';
import { waitFor } from './helpers/fake-slack.ts';
import { CHANNEL, blockAction, event, USER, viewSubmission } from './helpers/slack-requests.ts';
import { MAX_INPUT_CHARS, MAX_RAW_CHARS, overLimit } from '../../src/slack/input-limit.ts';
import { fromSlackText } from '../../src/slack/blocks/escape.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
beforeEach(() => h.reset());

const LIMIT_LINE = new RegExp(`for lang \\((over )?\\d+ tegn\\)\\. Jeg leser høyst ${MAX_INPUT_CHARS} tegn`);


describe('the input limit', () => {
  it('a check command with 5 kB of facts gets the limit line, not 1 000 fact errors', async () => {
    const reply = await h.command('/reserved-contract-check', 'zz=1 '.repeat(1000));
    expect(reply.text).toMatch(LIMIT_LINE);
    expect(reply.blocks).toBeUndefined();
  });

  it('a /vta-rules question over the limit gets the line; one at the limit is answered', async () => {
    expect((await h.command('/vta-rules', `utbytte ${'a'.repeat(MAX_INPUT_CHARS)}`)).text).toMatch(LIMIT_LINE);
    expect((await h.command('/vta-rules', `utbytte ${'x'.repeat(MAX_INPUT_CHARS - 8)}`)).text).not.toMatch(LIMIT_LINE);
  });

  it('a mention and a DM over the limit get the line in their thread', async () => {
    for (const [ev, ts] of [
      [{ type: 'app_mention', channel: CHANNEL.id }, '1700000001.000100'],
      [{ type: 'message', channel_type: 'im', channel: 'D0DM' }, '1700000001.000200'],
    ] as const) {
      await h.send(event({ ...ev, user: USER.id, text: `<@U0BOTUSER> ${'<#C123|kanal> '.repeat(400)}`, ts, event_ts: ts }));
      const post = await waitFor(() => h.slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === ts), `a reply in ${ts}`);
      expect(post.args.text).toMatch(LIMIT_LINE);
    }
  });

  it('a modal value over the limit is an error on its field', async () => {
    const res = await h.send(
      viewSubmission({ callback_id: 'check_modal', private_metadata: JSON.stringify({ checkId: 'procurement-options' }) }, { 'fact:estimatedValueNok': { fact: { type: 'plain_text_input', value: '9'.repeat(MAX_INPUT_CHARS + 1) } } }),
    );
    expect(res.json).toEqual({ response_action: 'errors', errors: { 'fact:estimatedValueNok': expect.stringMatching(LIMIT_LINE) } });
  });

  it('says the limit in English to an English question, and in an English check form', async () => {
    const english = /^:straight_ruler: The text is too long \(\d+ characters\)\. I read at most \d+ characters/;
    expect((await h.command('/vta-rules', `what are the rules on dividend payments ${'a'.repeat(MAX_INPUT_CHARS)}`)).text).toMatch(english);
    const res = await h.send(
      viewSubmission({ callback_id: 'check_modal', private_metadata: JSON.stringify({ checkId: 'procurement-options', lang: 'en' }) }, { 'fact:estimatedValueNok': { fact: { type: 'plain_text_input', value: '9'.repeat(MAX_INPUT_CHARS + 1) } } }),
    );
    expect(res.json).toEqual({ response_action: 'errors', errors: { 'fact:estimatedValueNok': expect.stringMatching(english) } });
  });

  it('a forged button value longer than any we make is refused', async () => {
    const url = h.slack.responseUrl();
    await h.send(blockAction({ action_id: 'lookup_more', value: 'x'.repeat(MAX_RAW_CHARS + 1) }, url));
    expect((await h.responseTo(url)).text).toMatch(LIMIT_LINE);
  });
});

describe('overLimit', () => {
  it('counts what was typed, not the markup around it', () => {
    const mention = '<@U0BOTUSER> ';
    expect(overLimit(mention + 'a'.repeat(MAX_INPUT_CHARS - 1))).toBeUndefined();
    expect(overLimit('&amp;'.repeat(600))).toBeUndefined(); // 3 000 characters of markup, 600 typed
    expect(overLimit('a'.repeat(MAX_INPUT_CHARS + 1))).toBe(MAX_INPUT_CHARS + 1);
    expect(overLimit('a'.repeat(MAX_RAW_CHARS + 1))).toBe(MAX_RAW_CHARS + 1);
  });
});

describe('fromSlackText on unclosed tags', () => {
  it('decodes as before where tags are closed', () => {
    expect(fromSlackText('<@U123> hei <#C1|innkjop> <http://x.no|lenke> <mailto:a@b.no> &lt;3 &amp;')).toBe('hei #innkjop lenke mailto:a@b.no <3 &');
  });

  it('costs time in proportion to the text: 40 kB of unclosed tags in well under a second of CPU', () => {
    // Before: the patterns scanned to the end of the text from every unclosed tag (1–4.5 s for 40 kB).
    for (const unit of ['<@U1|', '<#C1|', '<http://a', '<!subteam^S1|']) {
      const text = unit.repeat(Math.ceil(40_000 / unit.length));
      const before = process.cpuUsage();
      fromSlackText(text);
      const cpu = process.cpuUsage(before);
      expect((cpu.user + cpu.system) / 1000, unit).toBeLessThan(250);
    }
  });
});
