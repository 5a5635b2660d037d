/**
 * The one place every listener is registered. Each kind lives in its own folder
 * (commands, actions, views, events) and exports one register function.
 */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import { registerCommands } from './commands/index.ts';
import { registerActions } from './actions/index.ts';
import { registerViews } from './views/index.ts';
import { registerEvents } from './events/index.ts';
import { registerStoreListeners } from './store-listeners.ts';
import type { SlackStore } from '../store.ts';

export function registerListeners(app: App, deps: SlackDeps, store?: SlackStore): void {
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerEvents(app, deps);
  if (store) registerStoreListeners(app, deps, store);
}
