/**
 * The editors' switch in the Home tab: turn the workspace's question log off (which also
 * deletes what was logged) or on again. Only members named as editors may; anyone else's
 * click changes nothing.
 */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import type { FeedbackRepo } from '../../../db/feedback.ts';
import { workspaceKey } from '../../../db/workspaces.ts';
import { homeView } from '../events/app-home-opened.ts';
import { homeLanguage } from '../../blocks/home.ts';
import { guarded } from '../safe.ts';
import { noteOutcome } from '../../request-log.ts';

export function loggingToggleAction(deps: SlackDeps, feedback: FeedbackRepo) {
  return async ({ ack, action, body, client, logger, context }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    await guarded(logger, { where: 'action logging toggle', user: body.user.id, team: body.team?.id }, async () => {
      const team = body.team?.id ?? context.teamId;
      if (!team || (action.value !== 'on' && action.value !== 'off')) return;
      const key = workspaceKey(team);
      if (!(await feedback.settings(key)).editors.includes(body.user.id)) {
        noteOutcome('not_editor');
        return;
      }
      await feedback.updateSettings(key, { loggingEnabled: action.value === 'on' });
      noteOutcome(`logging_${action.value}`);
      const language = homeLanguage((body.view as { private_metadata?: string } | undefined)?.private_metadata);
      await client.views.publish({ user_id: body.user.id, view: await homeView(deps, { ...context, teamId: team }, body.user.id, language) });
    });
  };
}
