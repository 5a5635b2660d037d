/**
 * The HTTPReceiver options that turn on Bolt's installer: GET /slack/install (sets the
 * state cookie and links to Slack's consent page) and GET /slack/oauth_redirect (checks
 * the state, calls oauth.v2.access, stores the installation). The state is a JWT signed
 * with SLACK_STATE_SECRET, so any instance can check a state another one issued.
 */
import type { HTTPReceiverOptions } from '@slack/bolt';
import type { OAuthConfig } from '../../config/oauth.ts';
import { BOT_SCOPES } from '../../config/oauth.ts';
import { databaseInstallationStore } from './installation-store.ts';
import type { SlackStore } from '../store.ts';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export function oauthReceiverOptions(oauth: OAuthConfig, store: SlackStore | undefined, clientOptions: { slackApiUrl?: string }): Partial<HTTPReceiverOptions> {
  if (!store?.installations) throw new Error('install by OAuth needs the database (store.installations)');
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore: databaseInstallationStore(store.installations),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // oauth.v2.access goes to the same Web API base as every other call (a fake one in tests).
      clientOptions,
    },
  };
}
