/**
 * Errors reach the user as one friendly ephemeral sentence and the log as the full
 * story with context (what, who, where), never the other way round: no stack
 * trace, internal message or token is ever shown in Slack.
 */
import type { Logger } from '@slack/bolt';
import { errorFields } from '../../log/logger.ts';
import { structuredLog } from '../log.ts';
import { currentRequest } from '../request-log.ts';
import { labels } from '../../answers/labels.ts';

/** The apology where the asker's language is not known (most failures happen before it is read). */
export const FRIENDLY_ERROR = labels('nb').apology;

export interface ErrorContext {
  where: string;
  user?: string;
  team?: string;
  channel?: string;
}

/** One `listener.failed` line with the context and the stack; the request's log line then says outcome "error". */
export function logFailure(logger: Logger, context: ErrorContext, error: unknown): void {
  const request = currentRequest();
  if (request) request.outcome = 'error';
  const fields = { msg: `${context.where} failed`, where: context.where, request_id: request?.id, user: context.user, team: context.team, channel: context.channel, ...errorFields(error) };
  const log = structuredLog(logger);
  if (log) log.error('listener.failed', fields);
  else logger.error(`${context.where} failed`, fields);
}

/** Run a listener body; on failure log it and try to tell the user kindly. Never rethrows. */
export async function guarded(logger: Logger, context: ErrorContext, body: () => Promise<void>, tellUser?: (text: string) => Promise<unknown>): Promise<void> {
  try {
    await body();
  } catch (error) {
    logFailure(logger, context, error);
    if (!tellUser) return;
    try {
      await tellUser(FRIENDLY_ERROR);
    } catch (second) {
      logFailure(logger, { ...context, where: `${context.where} (error reply)` }, second);
    }
  }
}

/** Slack ids we echo as mentions (`<@U…>`): only ever ones that look like ids. */
export function userId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[UW][A-Z0-9]{2,20}$/.test(value) ? value : undefined;
}
