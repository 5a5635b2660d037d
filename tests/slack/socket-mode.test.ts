/**
 * The Socket Mode path (the one manifest.yml sets up) through the real Bolt app:
 * apps.connections.open with the app-level token on the fake Web API, then a
 * WebSocket on loopback delivering envelopes as Slack does, acks checked.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { createSlackApp, type SlackRuntime } from '../../src/slack/app.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { fakeCheckPort } from './helpers/fake-checks.ts';
import { startFakeSlack, waitFor, type FakeSlack } from './helpers/fake-slack.ts';
import { startFakeSocketMode } from './helpers/fake-socket-mode.ts';
import { CHANNEL, TEAM, USER } from './helpers/slack-requests.ts';

const BOT_TOKEN = 'xoxb-sock-0000-secretbotpart';
const APP_TOKEN = 'xapp-1-A0APP-1-secretapppart';

const loaded = loadKnowledge(MINI_KB);
if (!loaded.ok) throw new Error('fixture invalid');
const logs: string[] = [];
let ws: Awaited<ReturnType<typeof startFakeSocketMode>>;
let slack: FakeSlack;
let runtime: SlackRuntime;

beforeAll(async () => {
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.host}`);
    return realFetch(input, init);
  });
  ws = await startFakeSocketMode();
  slack = await startFakeSlack({ socketModeUrl: ws.url });
  runtime = createSlackApp(
    { mode: 'socket', botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: slack.apiUrl, logLevel: 'debug' },
    { knowledge: () => ({ kb: loaded.kb, lookup: createLookup(loaded.kb), checks: fakeCheckPort() }) },
    { logSink: (_level, line) => logs.push(line) },
  );
  await runtime.start();
  await ws.connected;
});

afterAll(async () => {
  await runtime?.stop().catch(() => undefined);
  await ws?.close();
  await slack?.close();
  vi.unstubAllGlobals();
  expect(logs.join('\n')).not.toMatch(/secretbotpart|secretapppart/);
});

const ackFor = (id: string) => waitFor(() => ws.acks.find((a) => a.envelope_id === id), `ack of ${id}`);

describe('Socket Mode', () => {
  it('opens the connection with the app-level token', () => {
    const open = slack.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it('answers a slash command envelope in its ack payload', async () => {
    const url = slack.responseUrl();
    const id = ws.deliver('slash_commands', {
      token: 'x', team_id: TEAM.id, team_domain: TEAM.domain, channel_id: CHANNEL.id, channel_name: CHANNEL.name, user_id: USER.id, user_name: USER.username,
      command: '/vta-rules', text: 'utbytte', api_app_id: 'A0APP', is_enterprise_install: 'false', response_url: url, trigger_id: 'trigger.sock.1',
    });
    const ack = await ackFor(id);
    // The message as an object in the envelope's payload (a string there would be shown as text).
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.payload?.blocks)).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(slack.responses.some((r) => url.endsWith(r.url))).toBe(false);
  });

  it('returns inline modal errors in the ack payload', async () => {
    const id = ws.deliver('interactive', {
      type: 'view_submission', team: TEAM, user: USER, api_app_id: 'A0APP', token: 'x', trigger_id: 'trigger.sock.2', response_urls: [],
      view: { id: 'V1', type: 'modal', callback_id: 'check_modal', private_metadata: JSON.stringify({ checkId: 'procurement-options' }), state: { values: { 'fact:disadvantagedEmployeeSharePercent': { value: { type: 'plain_text_input', value: '150' } } } } },
    });
    const ack = await ackFor(id);
    expect(ack.payload).toEqual({ response_action: 'errors', errors: { 'fact:disadvantagedEmployeeSharePercent': 'Må være fra 0 til 100 %.' } });
  });

  it('logs one request line per envelope, with the knowledge version and never the text', async () => {
    const lines = logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'request');
    expect(lines.find((l) => l.command === '/vta-rules')).toMatchObject({ kind: 'command', outcome: 'answered', kb_version: loaded.kb.version, text_length: 7 });
    expect(lines.find((l) => l.kind === 'view')).toMatchObject({ name: 'check_modal' });
  });

  it('handles an events_api envelope (Home tab opened)', async () => {
    const id = ws.deliver('events_api', {
      token: 'x', team_id: TEAM.id, api_app_id: 'A0APP', type: 'event_callback', event_id: 'Ev0SOCK', event_time: 1700000000,
      event: { type: 'app_home_opened', user: USER.id, channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000900' },
    });
    await ackFor(id);
    const publish = await waitFor(() => slack.apiCalls('views.publish')[0], 'views.publish');
    expect(JSON.stringify(publish.args.view)).toContain(loaded.kb.version);
  });

  // Last: closes the connection.
  it('drains: closes the WebSocket cleanly (a close frame, not a dropped socket), then lets listeners finish', async () => {
    const result = await runtime.drain(2000);
    expect(result.abandoned).toBe(0);
    await waitFor(() => ws.closes[0], 'a close frame');
    expect(logs.some((l) => l.includes('"event":"slack.stopped"') && l.includes('"mode":"socket"'))).toBe(true);
  });
});
