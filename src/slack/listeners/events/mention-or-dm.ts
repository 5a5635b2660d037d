/**
 * `@bot hva sier regelverket om utbytte?` in a channel, or a direct message: the
 * lookup, answered in a thread under the question so a channel is not flooded.
 * Slack redelivers an event it thinks was not received (`X-Slack-Retry-Num`); the
 * first delivery was already answered, so retries are dropped.
 */
import type { AllMiddlewareArgs, SayFn } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { renderHelp } from '../../blocks/help.ts';
import { cleanQuery, lookupMessage, wantsHelp } from '../lookup-reply.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor } from '../../request-log.ts';

export interface IncomingText {
  text: string;
  user?: string;
  channel: string;
  ts: string;
  thread_ts?: string;
}

export async function answerInThread(deps: SlackDeps, where: string, event: IncomingText, say: SayFn, args: AllMiddlewareArgs): Promise<void> {
  if (args.context.retryNum) return;
  const thread_ts = event.thread_ts ?? event.ts;
  await guarded(
    args.logger,
    { where, user: event.user, team: args.context.teamId, channel: event.channel },
    async () => {
      const query = cleanQuery(event.text);
      const k = knowledgeFor(deps, args.context);
      const message = wantsHelp(query) ? renderHelp(k.checks?.list() ?? [], false) : lookupMessage(k, { query, shareable: false });
      await say({ ...message, thread_ts });
    },
    (text) => say({ text, thread_ts }),
  );
}
