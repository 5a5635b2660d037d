/** Publishes the Home tab each time someone opens it, so it always shows the knowledge version that is live. */
import type { AllMiddlewareArgs, Context, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { homeLanguage, renderHome } from '../../blocks/home.ts';
import type { Language } from '../../../answers/language.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor } from '../../request-log.ts';

/** The Home tab for this user, with the editors' part when they are one; also re-published after an editor's change. */
export async function homeView(deps: SlackDeps, context: Context, userId: string, language?: Language) {
  const k = knowledgeFor(deps, context);
  const view = renderHome(k.kb, k.checks?.list() ?? [], language);
  if (deps.homeExtras) view.blocks = [...view.blocks, ...(await deps.homeExtras(context.teamId, userId))].slice(0, 100);
  return view;
}

export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, client, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    await guarded(logger, { where: 'event app_home_opened', user: event.user, team: context.teamId }, async () => {
      // In the language the viewer last chose (kept in the Home Slack sends back), Norwegian at first.
      const language = homeLanguage(event.view?.private_metadata);
      await client.views.publish({ user_id: event.user, view: await homeView(deps, context, event.user, language) });
    });
  };
}
