/**
 * Slack's side of the conversation, on loopback: a fake Web API (what the app
 * calls through its WebClient: auth.test, views.open, views.publish,
 * chat.postMessage) and a response_url endpoint (what respond() posts to). Both
 * record every call so tests can assert on content.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
}

export interface Captured {
  url: string;
  body: Record<string, unknown>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** WebClient sends form fields, with objects (view, blocks) as JSON strings inside them. */
function parseApiArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export const BOT_USER = 'U0BOTUSER';

/** Told of everything the fakes record (calls, replies, acks, log lines), so waitFor re-checks on arrival instead of polling. */
const recorded = new EventEmitter().setMaxListeners(0);
export const announce = (): void => void recorded.emit('call');

export async function startFakeSlack(options: { socketModeUrl?: string; /** Extra Web API methods (oauth.v2.access…): the reply's fields after ok:true. */ replies?: Record<string, (args: Record<string, unknown>) => Record<string, unknown>> } = {}) {
  const calls: ApiCall[] = [];
  const responses: Captured[] = [];

  const api = createServer(async (req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const args = parseApiArgs(await readBody(req), req.headers['content-type']);
    calls.push({ method, args, authorization: req.headers.authorization });
    announce();
    const reply: Record<string, unknown> = { ok: true };
    if (method === 'auth.test') Object.assign(reply, { user_id: BOT_USER, bot_id: 'B0BOT', team_id: 'T0TEAM', url: 'https://test.slack.com/' });
    if (method === 'views.open' || method === 'views.publish') Object.assign(reply, { view: { id: 'V0VIEW' } });
    if (method === 'apps.connections.open') Object.assign(reply, { url: options.socketModeUrl });
    if (method === 'chat.postMessage') Object.assign(reply, { ts: '1700000000.000200', channel: args.channel });
    const extra = options.replies?.[method];
    if (extra) Object.assign(reply, extra(args));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
  });

  // A slow response_url keeps the bot's listener busy after its ack: how shutdown tests get a request in flight.
  let responseDelayMs = 0;
  const hooks = createServer(async (req, res) => {
    const body = await readBody(req);
    announce(); // arrived (a delayed reply keeps the bot's listener in flight meanwhile)
    if (responseDelayMs > 0) await new Promise((r) => setTimeout(r, responseDelayMs));
    responses.push({ url: req.url ?? '', body: JSON.parse(body) as Record<string, unknown> });
    announce();
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });

  const apiUrl = `${await listen(api)}/api/`;
  const hooksUrl = await listen(hooks);
  let n = 0;
  return {
    apiUrl,
    calls,
    responses,
    /** A fresh response_url, as Slack gives one per command or action. */
    responseUrl: () => `${hooksUrl}/commands/T0TEAM/${++n}/token${n}`,
    /** Answer response_url posts only after this long. */
    delayResponses(ms: number) {
      responseDelayMs = ms;
    },
    /** Calls other than the auth.test Bolt makes at start. */
    apiCalls: (method?: string) => calls.filter((c) => c.method !== 'auth.test' && (!method || c.method === method)),
    async close() {
      for (const s of [api, hooks]) s.closeAllConnections();
      await Promise.all([api, hooks].map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}
export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

/**
 * Waits until `check` returns a value: checked now and again whenever a fake records
 * something (Slack's side receives replies after the ack). The timeout only guards a hang.
 */
export function waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const now = check();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const onCall = () => {
      const value = check();
      if (value === undefined) return;
      done();
      resolve(value);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      recorded.off('call', onCall);
    };
    recorded.on('call', onCall);
  });
}
