/**
 * Every slash command: acknowledge at once, then answer through the response_url,
 * ephemeral (only the asker sees it until they press "Del i kanalen"). Replying
 * through response_url needs only the `commands` scope and works in every channel
 * and DM, unlike chat.postMessage. What the command means is the dispatch's business
 * (src/conversation/dispatch.ts); here a check's form becomes a modal.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerCommand } from '../../../conversation/dispatch.ts';
import { fromSlackText } from '../../blocks/escape.ts';
import { checkModal } from '../../blocks/modals.ts';
import { renderAnswer } from '../../blocks/render.ts';
import { afterPendingIo } from '../../../runtime/after-pending-io.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor, noteOutcome, outcomeOf } from '../../request-log.ts';

export function commandListener(deps: SlackDeps) {
  return async ({ command, ack, respond, client, logger, context: boltContext }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    await afterPendingIo(); // acks of requests already waiting go out before this answer is worked out
    const context = { where: `command ${command.command}`, user: command.user_id, team: command.team_id, channel: command.channel_id };
    await guarded(
      logger,
      context,
      async () => {
        const answer = answerCommand(knowledgeFor(deps, boltContext), command.command, fromSlackText(command.text ?? ''), { shareable: true });
        noteOutcome(outcomeOf(answer));
        if (answer.kind === 'check-form') {
          await client.views.open({ trigger_id: command.trigger_id, view: checkModal(answer.check, { checkId: answer.check.id, responseUrl: command.response_url }) });
          return;
        }
        await respond({ response_type: 'ephemeral', ...renderAnswer(answer) });
      },
      (text) => respond({ response_type: 'ephemeral', text }),
    );
  };
}
