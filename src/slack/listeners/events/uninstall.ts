/**
 * app_uninstalled and tokens_revoked: remove everything stored for the workspace (or
 * the org, for an org-wide install). Slack sends both in either order, and may repeat
 * them, so the removal is idempotent; Bolt delivers both without a token.
 */
import type { AllMiddlewareArgs, Context, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { InstallationRepo } from '../../../db/workspaces.ts';
import { guarded } from '../safe.ts';
import { noteOutcome } from '../../request-log.ts';

function refOf(context: Context, body: { team_id?: string; enterprise_id?: string }) {
  return { teamId: context.teamId ?? body.team_id ?? null, enterpriseId: context.enterpriseId ?? body.enterprise_id ?? null, isEnterpriseInstall: Boolean(context.isEnterpriseInstall) };
}

export function appUninstalled(installations: InstallationRepo) {
  return async ({ body, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled'>): Promise<void> => {
    await guarded(logger, { where: 'event app_uninstalled', team: context.teamId }, async () => {
      await installations.removeEverything(refOf(context, body));
      noteOutcome('removed');
    });
  };
}

export function tokensRevoked(installations: InstallationRepo) {
  return async ({ event, body, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'tokens_revoked'>): Promise<void> => {
    await guarded(logger, { where: 'event tokens_revoked', team: context.teamId }, async () => {
      // Only the bot token matters: the app asks for no user tokens, so a revoked user token leaves nothing to remove.
      if (!event.tokens.bot?.length) return;
      await installations.removeEverything(refOf(context, body));
      noteOutcome('removed');
    });
  };
}
