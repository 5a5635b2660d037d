/** Listeners that exist only with a database: uninstall clean-up (OAuth mode), feedback and follow buttons. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import type { SlackStore } from '../store.ts';
import { ACTION_FEEDBACK } from '../ids-feedback.ts';
import { appUninstalled, tokensRevoked } from './events/uninstall.ts';
import { feedbackAction, followAction } from './actions/feedback-actions.ts';
import { loggingToggleAction } from './actions/logging-toggle.ts';

export function registerStoreListeners(app: App, deps: SlackDeps, store: SlackStore): void {
  if (store.installations) {
    app.event('app_uninstalled', appUninstalled(store.installations));
    app.event('tokens_revoked', tokensRevoked(store.installations));
  }
  if (store.feedback) {
    app.action(ACTION_FEEDBACK.up, feedbackAction('up'));
    app.action(ACTION_FEEDBACK.down, feedbackAction('down'));
    app.action(ACTION_FEEDBACK.loggingToggle, loggingToggleAction(deps, store.feedback));
  }
  if (store.follows) {
    app.action(ACTION_FEEDBACK.follow, followAction(deps, store.follows));
    app.action(ACTION_FEEDBACK.followMenu, followAction(deps, store.follows));
    app.action(ACTION_FEEDBACK.unfollow, followAction(deps, store.follows, 'unfollow'));
  }
}
