/**
 * `/vta-rules <spørsmål>`: acknowledge at once, then answer through the
 * response_url, ephemeral (only the asker sees it until they press "Del i kanalen").
 * Replying through response_url needs only the `commands` scope and works in every
 * channel and DM, unlike chat.postMessage.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { renderHelp } from '../../blocks/help.ts';
import { cleanQuery, lookupMessage, wantsHelp } from '../lookup-reply.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor, noteOutcome } from '../../request-log.ts';

export function vtaRulesCommand(deps: SlackDeps) {
  return async ({ command, ack, respond, logger, context: boltContext }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const context = { where: `command ${command.command}`, user: command.user_id, team: command.team_id, channel: command.channel_id };
    await guarded(
      logger,
      context,
      async () => {
        const k = knowledgeFor(deps, boltContext);
        const query = cleanQuery(command.text);
        if (wantsHelp(query)) noteOutcome('help');
        const message = wantsHelp(query)
          ? renderHelp(k.checks?.list() ?? [])
          : lookupMessage(k, { query, shareable: true });
        await respond({ response_type: 'ephemeral', ...message });
      },
      (text) => respond({ response_type: 'ephemeral', text }),
    );
  };
}
