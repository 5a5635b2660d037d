/**
 * What every POST to the Slack endpoint passes before Bolt sees it (HTTP mode).
 * Each step is cheap and comes before the next, more costly one, so a request
 * that is not from Slack costs next to nothing:
 *
 * 1. Headers only: a declared body over the limit is refused (413); a request
 *    without Slack's signature headers may only be a tiny `ssl_check`; a
 *    timestamp more than five minutes off, in the past or in the future, is
 *    refused (401): Bolt refuses only the past.
 * 2. The body, read up to the limit (413 past it): Slack's payloads are a few
 *    kB; the largest (an event carrying a 40 000-character message twice, as
 *    text and as blocks; an interaction carrying one of our own messages) stay
 *    well under BODY_LIMIT_BYTES. Bolt's default is 4 MB.
 * 3. The signature (401), then the replay check: the same signature and
 *    timestamp a second time is a copy, refused (409). Claimed only after the
 *    signature is good, so forged requests cannot fill the seen-set.
 * 4. The payload must be a JSON object (400 otherwise): `null`, an array or a
 *    number would make Bolt fail after it answered, outside any handler.
 * 5. An event Slack already delivered (same `event_id`) is acknowledged and not
 *    handled again.
 *
 * The buffered body is handed on as `req.rawBody`, which Bolt reads instead of
 * the (already consumed) stream. Bolt's own signature check is switched off
 * (app.ts): it would read and verify the same body a second time. An unsigned
 * request never reaches Bolt: a genuine `ssl_check` is answered here.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { SeenSet } from '../runtime/seen-set.ts';
import { errorFields, type Log } from '../log/logger.ts';

/** Slack's own limit on how far a request timestamp may be from now. */
export const TIMESTAMP_WINDOW_S = 5 * 60;
export const BODY_LIMIT_BYTES = 512 * 1024;
/** An unsigned request can only be Slack's `ssl_check=1&token=…`. */
const UNSIGNED_LIMIT_BYTES = 1024;
/** Slack retries an event after about 1 and 5 minutes; a duplicate event_id is remembered longer than that. */
export const EVENT_ID_WINDOW_MS = 15 * 60 * 1000;

export interface HttpGuardOptions {
  signingSecret: string;
  /** Paths that take Slack's POSTs; everything else (health routes) passes straight through. */
  endpoints: readonly string[];
  seen: SeenSet;
  log: Log;
  bodyLimitBytes?: number;
  now?: () => number;
}

type Refusal = { status: number; event: string; detail?: Record<string, unknown> };

class BodyTooLarge extends Error {}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/** The body, at most `limit` bytes; rejects with BodyTooLarge as soon as it is exceeded, without reading on. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function signatureOk(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The payload as Bolt will parse it (a form without `payload` as {}: only its object-ness matters), or undefined when it is not a JSON object. */
export function payloadObject(contentType: string | undefined, body: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      // A form is an object; only its JSON `payload` (interactivity) can be anything else. In a
      // form body a literal `payload=` can only be a field name (values encode `=` as %3D).
      if (!body.includes('payload=')) return {};
      const form = parseQuery(body);
      value = typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    } else value = JSON.parse(body);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function guardSlackRequests(inner: RequestListener, options: HttpGuardOptions): RequestListener {
  const { signingSecret, seen, log } = options;
  const limit = options.bodyLimitBytes ?? BODY_LIMIT_BYTES;
  const now = options.now ?? Date.now;
  const endpoints = new Set(options.endpoints);

  const refuse = (res: ServerResponse, r: Refusal) => {
    log.warn(r.event, { status: r.status, ...r.detail });
    // No body, as Bolt answers. A refused body may still be arriving: close the connection rather than read it.
    res.writeHead(r.status, { connection: 'close' }).end();
  };

  /** Checks the request: a refusal, 'answered' (here: ssl_check, a duplicate event), or the body to hand on. */
  async function check(req: IncomingMessage, res: ServerResponse): Promise<Refusal | 'answered' | Buffer> {
    const declared = Number(header(req, 'content-length') ?? 0);
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    if (signature === undefined || timestamp === undefined) {
      // Only Slack's certificate check comes unsigned; it is answered here and never reaches Bolt.
      if (declared > UNSIGNED_LIMIT_BYTES) return { status: 401, event: 'http.unsigned_refused', detail: { bytes: declared } };
      let body: Buffer;
      try {
        body = await readBody(req, UNSIGNED_LIMIT_BYTES);
      } catch (error) {
        if (error instanceof BodyTooLarge) return { status: 401, event: 'http.unsigned_refused', detail: { bytes: `>${UNSIGNED_LIMIT_BYTES}` } };
        throw error;
      }
      if (parseQuery(body.toString('utf8')).ssl_check !== '1') return { status: 401, event: 'http.unsigned_refused', detail: { bytes: body.length } };
      res.writeHead(200).end();
      return 'answered';
    }
    if (declared > limit) return { status: 413, event: 'http.body_too_large', detail: { bytes: declared, limit } };
    const ts = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
    const skew = Number.isNaN(ts) ? NaN : Math.floor(now() / 1000) - ts;
    if (!(Math.abs(skew) <= TIMESTAMP_WINDOW_S)) {
      return { status: 401, event: 'http.stale_request', detail: { skew_s: Number.isNaN(skew) ? 'unreadable' : skew, window_s: TIMESTAMP_WINDOW_S } };
    }
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) return { status: 413, event: 'http.body_too_large', detail: { bytes: `>${limit}`, limit } };
      throw error;
    }
    if (!signatureOk(signingSecret, timestamp, body, signature)) return { status: 401, event: 'http.bad_signature' };
    if (!(await claim(`sig:${timestamp}:${signature}`, (ts + TIMESTAMP_WINDOW_S + 1) * 1000))) {
      return { status: 409, event: 'http.replay_refused', detail: { timestamp: ts } };
    }
    const payload = payloadObject(header(req, 'content-type'), body.toString('utf8'));
    if (!payload) return { status: 400, event: 'http.bad_payload', detail: { hint: 'the body must be a JSON object (or a form whose payload is one)' } };
    if (payload.type === 'event_callback' && typeof payload.event_id === 'string') {
      if (!(await claim(`event:${payload.event_id}`, now() + EVENT_ID_WINDOW_MS))) {
        log.info('http.duplicate_event', { event_id: payload.event_id.slice(0, 40) });
        res.writeHead(200, { 'x-slack-no-retry': '1' }).end();
        return 'answered';
      }
    }
    return body;
  }

  /** A store that fails must not take the bot down with it: the request is then handled (at worst twice). */
  async function claim(key: string, expiresAtMs: number): Promise<boolean> {
    try {
      return await seen.claim(key, expiresAtMs);
    } catch (error) {
      log.warn('http.seen_set_failed', { ...errorFields(error, false), hint: 'handling the request without the replay check' });
      return true;
    }
  }

  return (req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0]!;
    if (req.method !== 'POST' || !endpoints.has(path)) return inner(req, res);
    check(req, res).then(
      (outcome) => {
        if (outcome === 'answered') return;
        if (Buffer.isBuffer(outcome)) {
          (req as IncomingMessage & { rawBody?: Buffer }).rawBody = outcome;
          try {
            inner(req, res);
          } catch (error) {
            log.error('http.dispatch_failed', errorFields(error));
            if (!res.headersSent) res.writeHead(500).end();
          }
          return;
        }
        refuse(res, outcome);
      },
      (error: unknown) => {
        log.warn('http.request_failed', errorFields(error, false));
        if (!res.headersSent) res.writeHead(400, { connection: 'close' }).end();
      },
    );
  };
}
