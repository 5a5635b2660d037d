/**
 * `/reserved-contract-check`, `/in-house-check`, `/provider-check`: with no text,
 * open the check's modal; with facts (`verdi=450000 andel=35 hovedformål=ja`),
 * answer at once; with facts it cannot read, say which and how to write them.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { allCommands, checkCommands } from '../../../conversation/commands.ts';
import { escapeMrkdwn } from '../../blocks/escape.ts';
import { fromSlackText } from '../../blocks/escape.ts';
import { checkModal } from '../../blocks/modals.ts';
import { renderFactErrors } from '../../blocks/render-check.ts';
import { parseInlineFacts } from '../../../conversation/facts/inline.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor, noteOutcome } from '../../request-log.ts';
import { checkResultMessage, checksUnavailable, factHelp } from '../check-reply.ts';

const HELP_WORDS = new Set(['hjelp', 'help', '?']);

export function checkCommand(deps: SlackDeps) {
  return async ({ command, ack, respond, client, logger, context: boltContext }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const context = { where: `command ${command.command}`, user: command.user_id, team: command.team_id, channel: command.channel_id };
    await guarded(
      logger,
      context,
      async () => {
        const k = knowledgeFor(deps, boltContext);
        if (!k.checks) return void (await respond({ response_type: 'ephemeral', ...checksUnavailable(command.command) }));
        const specs = k.checks.list();
        const cmd = checkCommands(specs).find((c) => c.command === command.command);
        if (!cmd) {
          noteOutcome('unknown_command');
          return void (await respond({ response_type: 'ephemeral', text: `Kjenner ikke ${escapeMrkdwn(command.command)}. Kommandoer: ${allCommands(specs).join(', ')}.` }));
        }
        const spec = specs.find((c) => c.id === cmd.checkId);
        if (!k.checks || !spec) return void (await respond({ response_type: 'ephemeral', ...checksUnavailable(cmd.command) }));
        const text = fromSlackText(command.text ?? '');
        if (!text) {
          noteOutcome('modal_opened');
          await client.views.open({ trigger_id: command.trigger_id, view: checkModal(spec, { checkId: spec.id, responseUrl: command.response_url }) });
          return;
        }
        if (HELP_WORDS.has(text.toLowerCase())) return void (await respond({ response_type: 'ephemeral', ...factHelp(cmd.command, spec) }));
        const parsed = parseInlineFacts(spec, text);
        if (!parsed.ok) {
          noteOutcome('fact_errors');
          return void (await respond({ response_type: 'ephemeral', ...renderFactErrors(cmd.command, spec, parsed.errors) }));
        }
        const run = k.checks.run(spec.id, parsed.facts);
        if (!run.ok) {
          noteOutcome('fact_errors');
          return void (await respond({ response_type: 'ephemeral', ...renderFactErrors(cmd.command, spec, run.errors) }));
        }
        noteOutcome(run.reply.result.outcome);
        await respond({ response_type: 'ephemeral', ...checkResultMessage(k, run.reply, { shareable: true }) });
      },
      (message) => respond({ response_type: 'ephemeral', text: message }),
    );
  };
}
