/**
 * One listener for every slash command. The checks' commands come from their files
 * (knowledge/checks/<id>.yaml), so which command runs what is decided per request,
 * from the knowledge live then; Slack sends only the commands the manifest declares.
 */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { LOOKUP_COMMAND } from '../../../conversation/commands.ts';
import { vtaRulesCommand } from './vta-rules.ts';
import { checkCommand } from './check-command.ts';

export const ANY_COMMAND = /^\/[a-z0-9_-]+$/;

export function registerCommands(app: App, deps: SlackDeps): void {
  const lookup = vtaRulesCommand(deps);
  const check = checkCommand(deps);
  app.command(ANY_COMMAND, (args) => (args.command.command === LOOKUP_COMMAND ? lookup(args) : check(args)));
}
