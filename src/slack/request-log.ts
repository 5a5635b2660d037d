/**
 * Global Bolt middleware, first in the chain for every command, button, modal
 * and event, in both HTTP and Socket Mode:
 *
 * - pins the knowledge snapshot for the request (`context.knowledge`), so every
 *   listener answers from the version live when the request arrived, even if a
 *   reload swaps it meanwhile (see knowledgeFor);
 * - counts the request as in flight until its listener has finished (a shutdown
 *   waits for it);
 * - writes one `request` log line when it ends: id, kind, command or action,
 *   latency, outcome, knowledge version. Never the user's text: only its length.
 *
 * The outcome is "ok" unless a listener says otherwise (noteOutcome) or fails
 * (logFailure marks it "error"); the request record travels with the request in
 * an AsyncLocalStorage so nested code can reach it without threading it through.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { Knowledge } from '../conversation/knowledge.ts';
import type { SlackDeps } from './deps.ts';
import type { InFlight } from '../runtime/inflight.ts';
import type { Answer } from '../conversation/answer.ts';
import type { Log } from '../log/logger.ts';

export interface RequestRecord {
  id: string;
  /** command | action | view | event | other */
  kind: string;
  /** The command (/vta-rules), action_id, callback_id or event type. */
  name: string;
  outcome: string;
}

const scope = new AsyncLocalStorage<RequestRecord>();

/**
 * Request ids: 12 hex digits, a random prefix drawn once per process and a counter,
 * unique within the process and unlikely to meet another instance's. Cheaper than
 * drawing random bytes per request.
 */
const ID_PREFIX = randomBytes(3).toString('hex');
let idCounter = 0;
function nextRequestId(): string {
  idCounter = (idCounter + 1) % 0x1000000;
  return ID_PREFIX + idCounter.toString(16).padStart(6, '0');
}

/** The request being handled, if any (undefined outside a request, e.g. in the console). */
export function currentRequest(): RequestRecord | undefined {
  return scope.getStore();
}

/** A finer outcome for the log line ("no_hits", "help", "fact_errors"…); an error already noted stays. */
export function noteOutcome(outcome: string): void {
  const r = scope.getStore();
  if (r && r.outcome !== 'error') r.outcome = outcome;
}

/** The outcome a reply gives the request's log line: what was answered, never the user's text. */
export function outcomeOf(answer: Answer): string {
  switch (answer.kind) {
    case 'lookup':
      return answer.result.hits.length ? 'answered' : 'no_hits';
    case 'check-form':
      return 'modal_opened';
    case 'fact-errors':
      return 'fact_errors';
    case 'check-result':
      return answer.reply.result.outcome;
    default:
      return answer.kind.replace(/-/g, '_');
  }
}

/** The snapshot pinned for this request; deps.knowledge() when a listener runs without the middleware. */
export function knowledgeFor(deps: SlackDeps, context: Context | undefined): Knowledge {
  return (context?.knowledge as Knowledge | undefined) ?? deps.knowledge();
}

type Body = Record<string, unknown> & {
  command?: string;
  text?: string;
  type?: string;
  actions?: { action_id?: string }[];
  view?: { callback_id?: string };
  event?: { type?: string; channel_type?: string; text?: string; user?: string };
  user_id?: string;
  user?: { id?: string };
  team_id?: string;
  team?: { id?: string };
};

export function describeRequest(body: Body): Pick<RequestRecord, 'kind' | 'name'> & { text_length?: number } {
  if (typeof body.command === 'string') return { kind: 'command', name: body.command, text_length: (body.text ?? '').length };
  if (body.type === 'block_actions') return { kind: 'action', name: String(body.actions?.[0]?.action_id ?? '?') };
  if (body.type === 'view_submission' || body.type === 'view_closed') return { kind: 'view', name: String(body.view?.callback_id ?? '?') };
  if (body.type === 'event_callback' && body.event) {
    const name = body.event.channel_type ? `${body.event.type}.${body.event.channel_type}` : String(body.event.type);
    return { kind: 'event', name, ...(typeof body.event.text === 'string' ? { text_length: body.event.text.length } : {}) };
  }
  return { kind: 'other', name: String(body.type ?? '?') };
}

/**
 * The snapshot for this request. If getting it throws, nothing is pinned: the
 * listener then asks again inside its own guard, which turns the failure into a
 * friendly reply instead of an unanswered request.
 */
function pinKnowledge(deps: SlackDeps): Knowledge | undefined {
  try {
    return deps.knowledge();
  } catch {
    return undefined;
  }
}

export function requestMiddleware(deps: SlackDeps, log: Log, inflight: InFlight): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const done = inflight.begin();
    const started = performance.now();
    const knowledge = pinKnowledge(deps);
    if (knowledge) context.knowledge = knowledge;
    const b = body as Body;
    const what = describeRequest(b);
    const record: RequestRecord = { id: nextRequestId(), kind: what.kind, name: what.name, outcome: 'ok' };
    context.requestId = record.id;
    try {
      await scope.run(record, next);
    } catch (error) {
      record.outcome = 'error';
      throw error;
    } finally {
      done();
      // Built field by field (no spreads): one object per request, same keys in the same order as before.
      const fields: Record<string, unknown> = { request_id: record.id, kind: record.kind };
      if (record.kind === 'command') fields.command = record.name;
      else fields.name = record.name;
      fields.latency_ms = Math.round((performance.now() - started) * 10) / 10;
      fields.outcome = record.outcome;
      fields.kb_version = knowledge?.kb.version;
      fields.team = b.team_id ?? b.team?.id;
      fields.user = b.user_id ?? b.user?.id ?? b.event?.user;
      if (what.text_length !== undefined) fields.text_length = what.text_length;
      log.info('request', fields);
    }
  };
}
