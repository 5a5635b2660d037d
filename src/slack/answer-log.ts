/**
 * Who is asking, for the editors' queue: a middleware (present only with a database)
 * keeps the workspace and user of each request in an AsyncLocalStorage, so the lookup
 * reply can log a question it answered badly, and the renderer knows to add the 👍/👎
 * buttons, without threading either through every listener. Outside such a request
 * (the console, tests without a database) nothing is logged and no buttons are shown.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { FeedbackKind, FeedbackRepo } from '../db/feedback.ts';
import { workspaceKey } from '../db/workspaces.ts';
import type { LookupResult } from '../search/lookup.ts';
import { errorFields, type Log } from '../log/logger.ts';

/** Below this top score, with no provision cited directly, an answer counts as weak (measured on the knowledge base: good answers score several hundred). */
export const WEAK_TOP_SCORE = 100;

interface Asker {
  workspaceKey: string;
  enterpriseId: string | null;
  userId: string;
  feedback: FeedbackRepo;
  log: Log;
}

const scope = new AsyncLocalStorage<Asker>();

type Body = {
  team_id?: string;
  team?: { id?: string } | null;
  enterprise_id?: string;
  enterprise?: { id?: string } | null;
  user_id?: string;
  user?: { id?: string; team_id?: string };
  event?: { user?: string };
};

export function askerMiddleware(feedback: FeedbackRepo, log: Log): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const b = body as Body;
    const team = b.team_id ?? b.team?.id ?? b.user?.team_id;
    const user = b.user_id ?? b.user?.id ?? b.event?.user;
    if (!team || !user) return next();
    const asker: Asker = { workspaceKey: workspaceKey(team), enterpriseId: b.enterprise_id ?? b.enterprise?.id ?? null, userId: user, feedback, log };
    await scope.run(asker, next);
  };
}

/** Whether answers in this request should carry the feedback and follow buttons. */
export function feedbackAvailable(): boolean {
  return scope.getStore() !== undefined;
}

export function currentAsker(): Omit<Asker, 'feedback' | 'log'> | undefined {
  const a = scope.getStore();
  return a && { workspaceKey: a.workspaceKey, enterpriseId: a.enterpriseId, userId: a.userId };
}

export function answerQuality(result: LookupResult): FeedbackKind | 'ok' {
  if (result.hits.length === 0) return 'no_hits';
  if (!result.hits.some((h) => h.cited) && result.hits[0]!.score < WEAK_TOP_SCORE) return 'weak';
  return 'ok';
}

/** Writes one feedback row for the current asker; never throws, never delays the answer. */
export function recordFeedback(kind: FeedbackKind, question: string, entryIds: string[], kbVersion: string): Promise<boolean> {
  const a = scope.getStore();
  if (!a) return Promise.resolve(false);
  return a.feedback
    .record({ workspaceKey: a.workspaceKey, enterpriseId: a.enterpriseId, kind, userId: a.userId, question, entryIds, kbVersion })
    .catch((error: unknown) => {
      a.log.warn('feedback.record_failed', errorFields(error, false));
      return false;
    });
}

/** Logs a question the knowledge base answered with nothing or only weak hits. */
export function noteAnswer(result: LookupResult, kbVersion: string): void {
  const quality = answerQuality(result);
  if (quality === 'ok') return;
  void recordFeedback(quality, result.query, result.hits.map((h) => h.entry.id), kbVersion);
}
