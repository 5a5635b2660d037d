/**
 * `@bot hva sier regelverket om utbytte?` in a channel, or a direct message: the
 * lookup, answered in a thread under the question so a channel is not flooded.
 * Slack redelivers an event it thinks was not received (`X-Slack-Retry-Num`); the
 * first delivery was already answered, so retries are dropped.
 */
import type { AllMiddlewareArgs, SayFn } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerQuestion } from '../../../conversation/dispatch.ts';
import { fromSlackText } from '../../blocks/escape.ts';
import { renderAnswer } from '../../blocks/render.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor, noteOutcome, outcomeOf } from '../../request-log.ts';

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
      // A thread has no use for a form, and a reply there is already visible: no form buttons, nothing to share.
      const answer = answerQuestion(knowledgeFor(deps, args.context), fromSlackText(event.text), { shareable: false, forms: false });
      if (answer.kind === 'lookup') noteOutcome(outcomeOf(answer));
      await say({ ...renderAnswer(answer), thread_ts });
    },
    (text) => say({ text, thread_ts }),
  );
}
