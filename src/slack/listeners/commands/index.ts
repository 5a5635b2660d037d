/**
 * One listener for every slash command. The checks' commands come from their files
 * (knowledge/checks/<id>.yaml), so which command runs what is decided per request,
 * from the knowledge live then; Slack sends only the commands the manifest declares.
 */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { commandListener } from './command.ts';

export const ANY_COMMAND = /^\/[a-z0-9_-]+$/;

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(ANY_COMMAND, commandListener(deps));
}
