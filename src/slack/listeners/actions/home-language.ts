/** «In English» / «På norsk» on the Home tab: the same Home again, in the other language (remembered in the Home itself, see home.ts). */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { homeView } from '../events/app-home-opened.ts';
import { guarded } from '../safe.ts';

export function homeLanguageAction(deps: SlackDeps) {
  return async ({ ack, action, body, client, logger, context }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    await guarded(logger, { where: 'action home language', user: body.user.id, team: body.team?.id }, async () => {
      const language = action.value === 'en' ? 'en' : 'nb';
      await client.views.publish({ user_id: body.user.id, view: await homeView(deps, { ...context, teamId: body.team?.id ?? context.teamId }, body.user.id, language) });
    });
  };
}
