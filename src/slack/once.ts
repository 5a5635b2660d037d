/**
 * Global middleware: an Events API delivery is handled once, even when Slack retries it
 * (X-Slack-Retry-Num) or it is replayed, and even when the retry reaches another
 * instance: the event id is claimed in the shared seen-set, and only the claim's winner
 * runs the listeners. Commands and interactions carry no delivery id and pass through.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SeenSet } from '../runtime/seen-set.ts';
import { noteOutcome } from './request-log.ts';
import { errorFields, type Log } from '../log/logger.ts';

/** Slack retries for about 5 minutes; an hour covers retries and late replays with room to spare. */
export const EVENT_SEEN_TTL_MS = 60 * 60 * 1000;

export function eventOnce(seen: SeenSet, log: Log, now: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const b = body as { type?: string; event_id?: unknown; team_id?: unknown };
    if (b.type === 'event_callback' && typeof b.event_id === 'string' && b.event_id.length <= 64) {
      let first = true;
      try {
        first = await seen.claim(`event:${String(b.team_id ?? '')}:${b.event_id}`, now() + EVENT_SEEN_TTL_MS);
      } catch (error) {
        // Database unreachable: answering a redelivery twice is better than answering nothing.
        log.warn('seen_set.unavailable', errorFields(error, false));
      }
      if (!first) {
        noteOutcome('duplicate');
        return;
      }
    }
    await next();
  };
}
