/** Publishes the Home tab each time someone opens it, so it always shows the knowledge version that is live. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { renderHome } from '../../blocks/home.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor } from '../../request-log.ts';

export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, client, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    await guarded(logger, { where: 'event app_home_opened', user: event.user, team: context.teamId }, async () => {
      const k = knowledgeFor(deps, context);
      await client.views.publish({ user_id: event.user, view: renderHome(k.kb, k.checks?.list() ?? []) });
    });
  };
}
