/**
 * One listener for every slash command. The checks' commands come from their files
 * (knowledge/checks/<id>.yaml), so which command runs what is decided per request,
 * from the knowledge live then; Slack sends only the commands the manifest declares.
 *
 * It runs as the last global middleware rather than as a Bolt listener: Bolt hands
 * every request to every registered listener's chain of matchers (a dozen here,
 * each with its own argument objects and promises) to find the one that matches.
 * Commands are nearly all the traffic and need none of that; anything else goes on
 * to the listeners. The listener gets the same arguments a Bolt listener would.
 */
import type { AllMiddlewareArgs, AnyMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { commandListener } from './command.ts';

export const ANY_COMMAND = /^\/[a-z0-9_-]+$/;

/** The middleware that answers the commands matching `commands`, and passes anything else on. */
export type CommandMiddleware = ((args: AnyMiddlewareArgs & AllMiddlewareArgs) => Promise<void>) & { commands: RegExp };

export function commandMiddleware(deps: SlackDeps): CommandMiddleware {
  const listener = commandListener(deps);
  const middleware = async (args: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const { command } = args as Partial<SlackCommandMiddlewareArgs>;
    if (command && typeof command.command === 'string' && ANY_COMMAND.test(command.command)) return listener(args as AllMiddlewareArgs & SlackCommandMiddlewareArgs);
    await args.next();
  };
  return Object.assign(middleware, { commands: ANY_COMMAND });
}

export function registerCommands(app: App, deps: SlackDeps): void {
  app.use(commandMiddleware(deps));
}
