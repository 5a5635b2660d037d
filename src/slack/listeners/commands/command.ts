/**
 * Every slash command: the reply is worked out at once (a lookup or a check takes
 * a millisecond or two; Slack waits up to 3 s) and sent as the body of the ack,
 * ephemeral (only the asker sees it until they press "Del i kanalen"); see
 * ack-reply.ts. That needs only the `commands` scope and works in every channel
 * and DM, unlike chat.postMessage, and costs no second HTTP exchange. What the
 * command means is the dispatch's business (src/conversation/dispatch.ts); here a
 * check's form becomes a modal, opened after an empty ack (views.open waits on
 * Slack), and a failure after the ack is told through the response_url.
 *
 * The reply is kept as its JSON in a cache of replies (reply-cache.ts): a command
 * asked again with the same text on the same day from the same knowledge gets the
 * same bytes without being worked out again.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerCommand } from '../../../conversation/dispatch.ts';
import { fromSlackText } from '../../blocks/escape.ts';
import { checkModal } from '../../blocks/modals.ts';
import { checkIn } from '../../../conversation/check-language.ts';
import { renderAnswer } from '../../blocks/render.ts';
import { todayIso } from '../../../knowledge/status.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor, noteOutcome, outcomeOf } from '../../request-log.ts';
import { answerQuality, feedbackAvailable } from '../../answer-log.ts';
import { createReplyCache, replyKey, type ReplyCache } from '../../reply-cache.ts';
import { ackWithJson } from '../../ack-reply.ts';

/** About 8 MB of JSON at most (a reply is 2–10 kB): the questions asked over and over fit many times. */
export const REPLY_CACHE_BOUNDS = { maxChars: 4_000_000, maxEntries: 2_000 };

export function commandListener(deps: SlackDeps, cache: ReplyCache = createReplyCache(REPLY_CACHE_BOUNDS)) {
  return async ({ command, ack, respond, client, logger, context: boltContext }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const context = { where: `command ${command.command}`, user: command.user_id, team: command.team_id, channel: command.channel_id };
    let acked = false;
    const reply = (json: string) => {
      acked = true;
      return ackWithJson(ack, boltContext, json);
    };
    await guarded(
      logger,
      context,
      async () => {
        const knowledge = knowledgeFor(deps, boltContext);
        const text = fromSlackText(command.text ?? '');
        const key = replyKey(command.command, todayIso(), feedbackAvailable(), text);
        const cached = cache.get(knowledge, key);
        if (cached) {
          noteOutcome(cached.outcome);
          await reply(cached.body);
          return;
        }
        const answer = answerCommand(knowledge, command.command, text, { shareable: true });
        const outcome = outcomeOf(answer);
        noteOutcome(outcome);
        if (answer.kind === 'check-form') {
          acked = true;
          await ack();
          const meta = { checkId: answer.check.id, responseUrl: command.response_url, ...(answer.language === 'en' ? { lang: answer.language } : {}) };
          await client.views.open({ trigger_id: command.trigger_id, view: checkModal(checkIn(answer.check, answer.language), meta) });
          return;
        }
        const body = JSON.stringify({ response_type: 'ephemeral', ...renderAnswer(answer) });
        // Where there is an asker (a database), a weak answer is rendered afresh each time: rendering it
        // queues it for the editors, per asker. Without one, rendering has no effect to repeat.
        if (answer.kind !== 'lookup' || !feedbackAvailable() || answerQuality(answer.result) === 'ok') cache.set(knowledge, key, { body, outcome });
        await reply(body);
      },
      // Before the ack the apology is the ack's body; after it (a modal that failed to open), a post to the response_url.
      (text) => (acked ? respond({ response_type: 'ephemeral', text }) : reply(JSON.stringify({ response_type: 'ephemeral', text }))),
    );
  };
}
