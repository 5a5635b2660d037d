/** Registers every slash command from the one command table. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { CHECK_COMMANDS, LOOKUP_COMMAND } from '../../commands.ts';
import { vtaRulesCommand } from './vta-rules.ts';
import { checkCommand } from './check-command.ts';

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(LOOKUP_COMMAND, vtaRulesCommand(deps));
  for (const cmd of CHECK_COMMANDS) app.command(cmd.command, checkCommand(deps, cmd));
}
