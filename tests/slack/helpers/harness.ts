/**
 * The end-to-end rig: the real Bolt app in HTTP mode on 127.0.0.1 (any free
 * port), Slack's side faked on loopback, a `send` that signs requests the way
 * Slack does (or deliberately does not), and fetch wrapped so that nothing can
 * leave the machine.
 */
import { vi } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLookup } from '../../../src/search/lookup.ts';
import { createSlackApp, HTTP_PATH } from '../../../src/slack/app.ts';
import type { Knowledge } from '../../../src/conversation/knowledge.ts';
import type { SlackStore } from '../../../src/slack/store.ts';
import { MINI_KB } from '../../helpers/kb-fixture.ts';
import { fakeCheckPort } from './fake-checks.ts';
import { announce, startFakeSlack, waitFor } from './fake-slack.ts';
import { sign, slashCommand, type SlackRequest } from './slack-requests.ts';

export const SECRET = '0123456789abcdef0123456789abcdef';
export const BOT_TOKEN = 'xoxb-e2e-0000-secretbotpart';

export type Signing = 'good' | 'none' | 'wrong' | 'stale';

/** Only loopback: a request anywhere else fails the test instead of reaching the network. */
function loopbackOnly(realFetch: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.host}`);
    return realFetch(input, init);
  };
}

export async function startHarness(options: { logLevel?: 'debug' | 'info'; store?: SlackStore } = {}) {
  const loaded = loadKnowledge(MINI_KB);
  if (!loaded.ok) throw new Error('mini fixture invalid');
  const normal: Knowledge = { kb: loaded.kb, lookup: createLookup(loaded.kb), checks: fakeCheckPort() };
  let knowledge: () => Knowledge = () => normal;
  const logs: string[] = [];

  vi.stubGlobal('fetch', loopbackOnly(globalThis.fetch));
  const slack = await startFakeSlack();
  const runtime = createSlackApp(
    { mode: 'http', botToken: BOT_TOKEN, signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: slack.apiUrl, logLevel: options.logLevel ?? 'debug' },
    { knowledge: () => knowledge() },
    { logSink: (_level, line) => void (logs.push(line), announce()), ...(options.store ? { store: options.store } : {}) },
  );
  const { port } = await runtime.start();
  const endpoint = `http://127.0.0.1:${port}${HTTP_PATH}`;

  async function send(req: SlackRequest, signing: Signing = 'good', extraHeaders: Record<string, string> = {}) {
    const now = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': req.contentType, ...extraHeaders };
    if (signing === 'good') Object.assign(headers, sign(SECRET, req.body, now));
    if (signing === 'wrong') Object.assign(headers, sign('ffffffffffffffffffffffffffffffff', req.body, now));
    if (signing === 'stale') Object.assign(headers, sign(SECRET, req.body, now - 6 * 60));
    const started = performance.now();
    const res = await fetch(endpoint, { method: 'POST', headers, body: req.body });
    const text = await res.text();
    return { status: res.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : null, contentType: res.headers.get('content-type'), ms: performance.now() - started };
  }

  /**
   * A slash command as Slack sends it, and its reply: the message in the body of the
   * ack (src/slack/ack-reply.ts). Fails when the ack carries no message.
   */
  async function command(name: string, text: string, url = slack.responseUrl()): Promise<Record<string, unknown>> {
    const res = await send(slashCommand(name, text, url));
    if (res.status !== 200 || !res.json) throw new Error(`no reply in the ack to ${name} «${text.slice(0, 40)}»: ${res.status} ${res.text.slice(0, 200)}`);
    if (!res.contentType?.startsWith('application/json')) throw new Error(`the reply to ${name} came as ${res.contentType}, not JSON`);
    return res.json;
  }

  return {
    kb: loaded.kb,
    slack,
    logs,
    runtime,
    baseUrl: `http://127.0.0.1:${port}`,
    send,
    command,
    /**
     * Resolves when every request sent so far has finished in the app, listeners included
     * (a request counts as in flight from before its ack until its listener returns), so
     * nothing more can arrive from it.
     */
    settled: async () => {
      if (!(await runtime.inflight.idle(10_000))) throw new Error('timed out waiting for the requests sent to finish');
    },
    /** The one message posted to this response_url. */
    responseTo: (url: string) => waitFor(() => slack.responses.find((r) => url.endsWith(r.url))?.body, `a reply to ${url}`),
    /** Answer from other knowledge (or a failing one) until `reset`. */
    useKnowledge(k: () => Knowledge) {
      knowledge = k;
    },
    reset() {
      knowledge = () => normal;
    },
    async stop() {
      // A test may already have drained (stopped) the app.
      await runtime.stop().catch(() => undefined);
      await slack.close();
      vi.unstubAllGlobals();
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** Buttons in a message, to click them as a user would. */
export function buttonIn(message: Record<string, unknown>, actionId: string): { action_id: string; value: string } {
  const blocks = message.blocks as { elements?: { action_id: string; value: string }[] }[];
  const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  if (!button) throw new Error(`no ${actionId} button`);
  return button;
}

export const text = (v: unknown) => JSON.stringify(v);

/** Waits until every request sent to `h` has finished in the app, to assert that nothing (more) arrives. */
export const settle = (h: { settled: () => Promise<unknown> }) => h.settled();
