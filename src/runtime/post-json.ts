/**
 * A fetch for the JSON POSTs to Slack's response_url (a button's answer; a slash
 * command's reply goes out in its ack, see src/slack/ack-reply.ts). Node's fetch
 * builds web streams, a Request and a Response for every call, which at a few hundred answers a second cost as much CPU as the
 * lookup itself; node:http with kept-alive connections does the same POST for a
 * fraction. Anything else (the Web API client's calls, with their abort signals
 * and headers to read) goes to the fetch given as `fallback`.
 *
 * The answer is a real Response with the status, without a body: respond() and
 * the modal's channel copy only look at `ok` and `status`.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 64 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }) };
const TIMEOUT_MS = 10_000;

function post(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; statusText: string }> {
  const https = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (https ? httpsRequest : httpRequest)(
      url,
      { method: 'POST', agent: https ? agents.https : agents.http, headers: { ...headers, 'content-length': Buffer.byteLength(body) }, timeout: TIMEOUT_MS },
      (res) => {
        // Drained, so the connection goes back to the pool.
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 502, statusText: res.statusMessage ?? '' }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`POST ${url.host} timed out after ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

export function createPostJsonFetch(fallback?: typeof fetch): typeof fetch {
  return ((input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
    const headers: Record<string, string> = {};
    if (init?.headers) new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    // A response_url post: JSON, no token, nothing to read back. The Web API client sends a token and reads the answer.
    const responseUrlPost =
      url !== undefined && /^https?:/.test(url) && init?.method === 'POST' && typeof init.body === 'string' && !init.signal && !headers.authorization && Boolean(headers['content-type']?.startsWith('application/json'));
    // Looked up per call: tests stand in for the global fetch after the app is built.
    if (!responseUrlPost) return (fallback ?? globalThis.fetch)(input, init);
    return post(new URL(url!), headers, init!.body as string).then((r) => new Response(null, r));
  }) as typeof fetch;
}
