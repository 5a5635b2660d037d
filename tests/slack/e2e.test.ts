/**
 * End to end, through the real Bolt App in HTTP mode on 127.0.0.1: requests built
 * and signed as Slack sends them, and Slack's side (Web API, response_url) faked on
 * loopback. Nothing leaves the machine: fetch is wrapped to refuse any other host.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { createSlackApp, HTTP_PATH, type SlackRuntime } from '../../src/slack/app.ts';
import type { Knowledge } from '../../src/slack/deps.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { createCheckPort } from '../../src/slack/check-adapter.ts';
import { fakeCheckPort } from './helpers/fake-checks.ts';
import { startFakeSlack, waitFor, type FakeSlack } from './helpers/fake-slack.ts';
import { blockAction, CHANNEL, event, sign, slashCommand, USER, viewSubmission, type SlackRequest } from './helpers/slack-requests.ts';
import { expectWithinLimits } from './helpers/within-limits.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const BOT_TOKEN = 'xoxb-e2e-0000-secretbotpart';

const loaded = loadKnowledge(MINI_KB);
if (!loaded.ok) throw new Error('mini fixture invalid');
const normal: Knowledge = { kb: loaded.kb, lookup: createLookup(loaded.kb), checks: fakeCheckPort() };
let knowledge: () => Knowledge = () => normal;

let slack: FakeSlack;
let runtime: SlackRuntime;
let endpoint: string;
const logs: string[] = [];

/** Only loopback: a request anywhere else fails the test instead of reaching the network. */
function loopbackOnly(realFetch: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.host}`);
    return realFetch(input, init);
  };
}

beforeAll(async () => {
  vi.stubGlobal('fetch', loopbackOnly(globalThis.fetch));
  slack = await startFakeSlack();
  runtime = createSlackApp(
    { mode: 'http', botToken: BOT_TOKEN, signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: slack.apiUrl, logLevel: 'debug' },
    { knowledge: () => knowledge() },
    { logSink: (_level, line) => logs.push(line) },
  );
  const { port } = await runtime.start();
  endpoint = `http://127.0.0.1:${port}${HTTP_PATH}`;
});

afterAll(async () => {
  await runtime?.stop();
  await slack?.close();
  vi.unstubAllGlobals();
  // No secret may appear in any log line written during the whole suite.
  expect(logs.join('\n')).not.toContain('secretbotpart');
  expect(logs.join('\n')).not.toContain(SECRET);
});

beforeEach(() => {
  knowledge = () => normal;
});

type Signing = 'good' | 'none' | 'wrong' | 'stale';

async function send(req: SlackRequest, signing: Signing = 'good') {
  const now = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': req.contentType };
  if (signing === 'good') Object.assign(headers, sign(SECRET, req.body, now));
  if (signing === 'wrong') Object.assign(headers, sign('ffffffffffffffffffffffffffffffff', req.body, now));
  if (signing === 'stale') Object.assign(headers, sign(SECRET, req.body, now - 6 * 60));
  const started = performance.now();
  const res = await fetch(endpoint, { method: 'POST', headers, body: req.body });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : null, ms: performance.now() - started };
}

/** The one message posted to this response_url. */
const responseTo = (url: string) => waitFor(() => slack.responses.find((r) => url.endsWith(r.url))?.body, `a reply to ${url}`);
const text = (v: unknown) => JSON.stringify(v);

describe('slash command /vta-rules', () => {
  it('acknowledges at once and answers ephemerally with the cited provision, its status and a Lovdata link', async () => {
    const url = slack.responseUrl();
    const res = await send(slashCommand('/vta-rules', 'kan en VTA-bedrift betale utbytte?', url));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.ms).toBeLessThan(3000);
    const answer = await responseTo(url);
    expect(answer.response_type).toBe('ephemeral');
    expectWithinLimits('message', answer, 'answer');
    const blocks = text(answer.blocks);
    expect(blocks).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(blocks).toContain('Forbud mot utbytte');
    expect(blocks).toContain('Gjeldende rett');
    expect(blocks).toContain('https://lovdata.no/forskrift/2015-12-11-1598/%C2%A714-5');
    expect(blocks).toContain('lookup_share');
  });

  it('marks a proposal and a historical rule unmistakably', async () => {
    const url = slack.responseUrl();
    await send(slashCommand('/vta-rules', '14 A-6', url));
    expect(text((await responseTo(url)).blocks)).toContain(':warning: *FORSLAG – ikke vedtatt, ikke gjeldende rett*');
    const url2 = slack.responseUrl();
    await send(slashCommand('/vta-rules', 'varighet AFT tidligere', url2));
    expect(text((await responseTo(url2)).blocks)).toContain(':no_entry: *HISTORISK – gjaldt til 2025-12-31*');
  });

  it('answers an empty command with help, example questions and topic buttons', async () => {
    const url = slack.responseUrl();
    await send(slashCommand('/vta-rules', '   ', url));
    const help = await responseTo(url);
    expect(text(help.blocks)).toContain('/vta-rules § 14-5 annet ledd');
    expect(text(help.blocks)).toContain('lookup_topic:0');
    expect(text(help.blocks)).toContain('open_check:0');
  });

  it('echoes user text without letting it mention @channel, a user, or link', async () => {
    const url = slack.responseUrl();
    await send(slashCommand('/vta-rules', '<!channel> <@U0OTHER> <https://evil.example|klikk> xyzzy', url));
    const blocks = text((await responseTo(url)).blocks);
    expect(blocks).not.toMatch(/<!channel>|<@U0OTHER>|<https:\/\/evil/);
    expect(blocks).toContain('Fant ingenting');
  });

  it('"Flere treff" replaces the ephemeral answer with the next page', async () => {
    const url = slack.responseUrl();
    await send(slashCommand('/vta-rules', 'tiltaksforskriften', url));
    const first = await responseTo(url);
    const next = (first.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'lookup_next_page');
    expect(next).toBeDefined();
    const url2 = slack.responseUrl();
    const res = await send(blockAction({ action_id: 'lookup_next_page', value: next!.value }, url2));
    expect(res.status).toBe(200);
    const page2 = await responseTo(url2);
    expect(page2.replace_original).toBe(true);
    expect(text(page2.blocks)).toMatch(/4–5 av 5/);
    expect(text(page2.blocks)).toContain('*4. ');
  });

  it('"Del i kanalen" posts the same answer visibly, saying who shared it', async () => {
    const url = slack.responseUrl();
    await send(slashCommand('/vta-rules', 'utbytte', url));
    const share = (((await responseTo(url)).blocks as { elements?: { action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? [])).find((e) => e.action_id === 'lookup_share')!;
    const url2 = slack.responseUrl();
    await send(blockAction({ action_id: 'lookup_share', value: share.value }, url2));
    const shared = await responseTo(url2);
    expect(shared.response_type).toBe('in_channel');
    expect(text(shared.blocks)).toContain(`Delt av <@${USER.id}>`);
    expect(text(shared.blocks)).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(text(shared.blocks)).not.toContain('lookup_share');
  });

  it('a topic button answers that topic', async () => {
    const url = slack.responseUrl();
    await send(blockAction({ action_id: 'lookup_topic:0', value: 'utbytte' }, url));
    expect(text((await responseTo(url)).blocks)).toContain('Forbud mot utbytte');
  });

  it('a failure reaches the user as one friendly ephemeral line, and the log with context, never a stack trace', async () => {
    knowledge = () => {
      throw new Error('index exploded at /srv/app/secret/path.ts:12');
    };
    const url = slack.responseUrl();
    const res = await send(slashCommand('/vta-rules', 'utbytte', url));
    expect(res.status).toBe(200);
    const reply = await responseTo(url);
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toMatch(/^:face_with_head_bandage: Beklager/);
    expect(text(reply)).not.toMatch(/exploded|\.ts:|at /);
    expect(logs.some((l) => l.includes('command /vta-rules failed') && l.includes(USER.id) && l.includes('index exploded'))).toBe(true);
  });
});

describe('check commands', () => {
  it('/reserved-contract-check without text opens the modal with the command’s trigger_id', async () => {
    const url = slack.responseUrl();
    const res = await send(slashCommand('/reserved-contract-check', '', url, 'trigger.modal.42'));
    expect(res.status).toBe(200);
    const open = await waitFor(() => slack.apiCalls('views.open').find((c) => c.args.trigger_id === 'trigger.modal.42'), 'views.open');
    expect(open.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string }[] };
    expect(view.callback_id).toBe('check_modal');
    expect(JSON.parse(view.private_metadata)).toEqual({ checkId: 'procurement-options', responseUrl: url });
    expect(view.blocks.map((b) => b.block_id).filter(Boolean)).toContain('fact:disadvantagedEmployeeSharePercent');
    expectWithinLimits('modal', view, 'check modal');
  });

  it('a bad value in the modal comes back as an inline error on that field, and nothing is posted', async () => {
    const url = slack.responseUrl();
    const res = await send(
      viewSubmission(
        { callback_id: 'check_modal', private_metadata: JSON.stringify({ checkId: 'procurement-options', responseUrl: url }) },
        {
          'fact:estimatedValueNok': { value: { type: 'plain_text_input', value: '450 000' } },
          'fact:disadvantagedEmployeeSharePercent': { value: { type: 'plain_text_input', value: '150' } },
        },
      ),
    );
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ response_action: 'errors', errors: { 'fact:disadvantagedEmployeeSharePercent': 'Må være fra 0 til 100 %.' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(slack.responses.some((r) => url.endsWith(r.url))).toBe(false);
  });

  it('contradictory facts are shown on the field the check names', async () => {
    const res = await send(
      viewSubmission(
        { callback_id: 'check_modal', private_metadata: JSON.stringify({ checkId: 'procurement-options' }) },
        {
          'fact:publicOwnershipPercent': { value: { type: 'plain_text_input', value: '80' } },
          'fact:privateOwnershipPercent': { value: { type: 'plain_text_input', value: '40' } },
        },
      ),
    );
    expect(res.json).toMatchObject({ response_action: 'errors', errors: { 'fact:privateOwnershipPercent': expect.stringMatching(/100 minus offentlig/) } });
  });

  it('a good submission shows the outcome in the modal and posts it ephemerally in the channel', async () => {
    const url = slack.responseUrl();
    const res = await send(
      viewSubmission(
        { callback_id: 'check_modal', private_metadata: JSON.stringify({ checkId: 'procurement-options', responseUrl: url }) },
        {
          'fact:estimatedValueNok': { value: { type: 'plain_text_input', value: '450 000 kr' } },
          'fact:supplierMainPurposeIntegration': { value: { type: 'radio_buttons', selected_option: { value: 'ja' } } },
          'fact:disadvantagedEmployeeSharePercent': { value: { type: 'plain_text_input', value: '35' } },
          'fact:buyerType': { value: { type: 'static_select', selected_option: { value: 'municipality' } } },
        },
      ),
    );
    expect(res.json?.response_action).toBe('update');
    const modal = res.json!.view as object;
    expectWithinLimits('modal', modal, 'result modal');
    expect(text(modal)).toContain(':white_check_mark: *Reservert konkurranse*');
    expect(text(modal)).toContain('anskaffelsesforskriften § 30-1');
    const posted = await responseTo(url);
    expect(posted.response_type).toBe('ephemeral');
    expect(text(posted.blocks)).toContain('Del II');
    expect(text(posted.blocks)).toContain('check_share');
  });

  it('accepts facts inline and answers with procedure and routes', async () => {
    const url = slack.responseUrl();
    await send(slashCommand('/reserved-contract-check', 'verdi=450000 andel=35 hovedformål=ja', url));
    const answer = await responseTo(url);
    expectWithinLimits('message', answer, 'inline check');
    expect(text(answer.blocks)).toContain('Regelverk for anskaffelsen:* Del II');
    expect(text(answer.blocks)).toContain(':white_check_mark: *Reservert konkurranse*');
    expect(text(answer.blocks)).toContain(':x: *Under 100 000 kr*');
  });

  it('explains inline facts it cannot read, with the names to use', async () => {
    const url = slack.responseUrl();
    await send(slashCommand('/reserved-contract-check', 'verdi=mye andell=35', url));
    const answer = text((await responseTo(url)).blocks);
    expect(answer).toContain('verdi=mye: Skriv et tall, f.eks. 450 000.');
    expect(answer).toContain('Mente du «andel»?');
    expect(answer).toContain('Opplysninger du kan gi');
  });

  it('"Del i kanalen" under a check result posts it visibly', async () => {
    const url = slack.responseUrl();
    await send(slashCommand('/reserved-contract-check', 'verdi=50000', url));
    const share = (((await responseTo(url)).blocks as { elements?: { action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? [])).find((e) => e.action_id === 'check_share')!;
    const url2 = slack.responseUrl();
    await send(blockAction({ action_id: 'check_share', value: share.value }, url2));
    const shared = await responseTo(url2);
    expect(shared.response_type).toBe('in_channel');
    expect(text(shared.blocks)).toContain(`Delt av <@${USER.id}>`);
    expect(text(shared.blocks)).toContain('Dette må du svare på');
  });

  it('/in-house-check and /provider-check open their own modals', async () => {
    for (const [command, checkId] of [['/in-house-check', 'in-house'], ['/provider-check', 'provider-approval']] as const) {
      const trigger = `trigger.${checkId}`;
      await send(slashCommand(command, '', slack.responseUrl(), trigger));
      const open = await waitFor(() => slack.apiCalls('views.open').find((c) => c.args.trigger_id === trigger), `views.open for ${command}`);
      expect(JSON.parse((open.args.view as { private_metadata: string }).private_metadata).checkId).toBe(checkId);
    }
  });

  it('a Home tab button opens the check modal with the click’s trigger_id', async () => {
    await send(blockAction({ action_id: 'open_check:1', value: 'in-house' }, '', { inHome: true, triggerId: 'trigger.home.7' }));
    const open = await waitFor(() => slack.apiCalls('views.open').find((c) => c.args.trigger_id === 'trigger.home.7'), 'views.open from Home');
    expect(JSON.parse((open.args.view as { private_metadata: string }).private_metadata)).toEqual({ checkId: 'in-house' });
  });
});

const live = loadKnowledge(KNOWLEDGE_DIR);

describe.skipIf(!live.ok)('with the live knowledge and the real checks', () => {
  const liveKnowledge = (): Knowledge => {
    if (!live.ok) throw new Error('unreachable');
    return { kb: live.kb, lookup: createLookup(live.kb), checks: createCheckPort(live.kb) };
  };

  it('answers the documented inline example with the reserved-contract route and its provision', async () => {
    const k = liveKnowledge();
    knowledge = () => k;
    const url = slack.responseUrl();
    await send(slashCommand('/reserved-contract-check', 'verdi=450000 andel=35 hovedformål=ja', url));
    const answer = await responseTo(url);
    expectWithinLimits('message', answer, 'live inline check');
    const blocks = text(answer.blocks);
    expect(blocks).toMatch(/:white_check_mark: \*Reservert kontrakt/);
    expect(blocks).toContain('anskaffelsesforskriften § 8-8');
    expect(blocks).toContain('Dette må du svare på');
  });

  it('opens the real modal and takes a submission to an outcome', async () => {
    const k = liveKnowledge();
    knowledge = () => k;
    const url = slack.responseUrl();
    await send(slashCommand('/reserved-contract-check', '', url, 'trigger.live.1'));
    const open = await waitFor(() => slack.apiCalls('views.open').find((c) => c.args.trigger_id === 'trigger.live.1'), 'views.open (live)');
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string }[] };
    expectWithinLimits('modal', view, 'live modal');
    const ids = view.blocks.map((b) => b.block_id).filter(Boolean);
    expect(ids).toContain('fact:estimatedValueNok');
    const bad = await send(viewSubmission(view, { 'fact:estimatedValueNok': { value: { type: 'plain_text_input', value: '-5' } } }));
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { 'fact:estimatedValueNok': expect.stringMatching(/minst 0/) } });
    const good = await send(viewSubmission(view, { 'fact:estimatedValueNok': { value: { type: 'plain_text_input', value: '50 000' } } }));
    expect(good.json?.response_action).toBe('update');
    expect(text(good.json!.view)).toContain('Direkte kjøp under 100 000 kr');
    expect(text((await responseTo(url)).blocks)).toContain('check_share');
  });
});

describe('events', () => {
  it('publishes the Home tab with the knowledge version, last verified date and sources', async () => {
    await send(event({ type: 'app_home_opened', user: USER.id, channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000300' }));
    const publish = await waitFor(() => slack.apiCalls('views.publish').find((c) => c.args.user_id === USER.id), 'views.publish');
    const view = publish.args.view as object;
    expectWithinLimits('home', view, 'home');
    expect(text(view)).toContain(loaded.kb.version);
    expect(text(view)).toContain(loaded.kb.lastVerified);
    expect(text(view)).toContain('Høringsnotat, nytt kapittel 14 A');
    expect(text(view)).toContain('FORSLAG, ikke gjeldende rett');
  });

  it('answers a mention in a thread under it', async () => {
    await send(event({ type: 'app_mention', user: USER.id, text: '<@U0BOTUSER> hva sier regelverket om utbytte?', ts: '1700000000.000400', channel: CHANNEL.id, event_ts: '1700000000.000400' }));
    const post = await waitFor(() => slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === '1700000000.000400'), 'chat.postMessage');
    expect(post.args.channel).toBe(CHANNEL.id);
    expect(text(post.args.blocks)).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(text(post.args.blocks)).not.toContain('lookup_share');
  });

  it('answers a direct message in a thread, and ignores edits and its own messages', async () => {
    await send(event({ type: 'message', channel_type: 'im', user: USER.id, text: '§ 14-5', ts: '1700000000.000500', channel: 'D0DM', event_ts: '1700000000.000500' }));
    const post = await waitFor(() => slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === '1700000000.000500'), 'DM answer');
    expect(post.args.channel).toBe('D0DM');
    expect(text(post.args.blocks)).toContain('Krav til virksomheter som arrangerer VTA');
    const before = slack.apiCalls('chat.postMessage').length;
    await send(event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D0DM', ts: '1700000000.000600', event_ts: '1700000000.000600', message: { text: 'x' } }));
    await send(event({ type: 'message', channel_type: 'im', user: 'U0BOTUSER', bot_id: 'B0BOT', text: 'mitt eget svar', ts: '1700000000.000700', channel: 'D0DM', event_ts: '1700000000.000700' }));
    await new Promise((r) => setTimeout(r, 150));
    expect(slack.apiCalls('chat.postMessage').length).toBe(before);
  });
});

describe('request verification', () => {
  for (const signing of ['none', 'wrong', 'stale'] as const) {
    it(`rejects a ${signing === 'none' ? 'unsigned' : signing === 'wrong' ? 'wrongly signed' : 'stale (6 minutes old)'} request with 401 and answers nothing`, async () => {
      const url = slack.responseUrl();
      const callsBefore = slack.calls.length;
      const command = await send(slashCommand('/reserved-contract-check', '', url, `trigger.${signing}`), signing);
      const mention = await send(event({ type: 'app_mention', user: USER.id, text: '<@U0BOTUSER> utbytte', ts: '1700000001.000100', channel: CHANNEL.id, event_ts: '1700000001.000100' }), signing);
      expect(command.status).toBe(401);
      expect(mention.status).toBe(401);
      await new Promise((r) => setTimeout(r, 150));
      expect(slack.calls.length).toBe(callsBefore);
      expect(slack.responses.some((r) => url.endsWith(r.url))).toBe(false);
    });
  }
});
