/**
 * Requests built the way Slack builds them: slash commands form-encoded,
 * interactivity as a form with one `payload` field of JSON, events as JSON, all
 * signed with HMAC-SHA256 over `v0:<timestamp>:<raw body>` with the signing secret.
 */
import { createHmac } from 'node:crypto';

export const TEAM = { id: 'T0TEAM', domain: 'kommunen' };
export const USER = { id: 'U0ASKER', username: 'kari', team_id: TEAM.id };
export const CHANNEL = { id: 'C0INNKJOP', name: 'innkjop' };

export interface SlackRequest {
  body: string;
  contentType: string;
}

export function sign(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export function slashCommand(command: string, text: string, responseUrl: string, triggerId = 'trigger.111.abc'): SlackRequest {
  const form = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: CHANNEL.id,
    channel_name: CHANNEL.name,
    user_id: USER.id,
    user_name: USER.username,
    command,
    text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId,
  });
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

function interactive(payload: object): SlackRequest {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function blockAction(action: { action_id: string; value?: string; block_id?: string }, responseUrl: string, options: { ephemeral?: boolean; triggerId?: string; inHome?: boolean } = {}): SlackRequest {
  const container = options.inHome
    ? { type: 'view', view_id: 'V0HOME' }
    : { type: 'message', message_ts: '1700000000.000100', channel_id: CHANNEL.id, is_ephemeral: options.ephemeral ?? true };
  return interactive({
    type: 'block_actions',
    user: USER,
    api_app_id: 'A0APP',
    token: 'deprecated-verification-token',
    container,
    trigger_id: options.triggerId ?? 'trigger.222.def',
    team: TEAM,
    enterprise: null,
    is_enterprise_install: false,
    ...(options.inHome ? { view: { id: 'V0HOME', type: 'home' } } : { channel: CHANNEL, response_url: responseUrl }),
    actions: [{ type: 'button', block_id: action.block_id ?? 'b1', action_id: action.action_id, value: action.value, text: { type: 'plain_text', text: 'knapp' }, action_ts: '1700000001.000000' }],
  });
}

export function viewSubmission(view: { callback_id: string; private_metadata?: string; blocks?: unknown[] }, values: Record<string, Record<string, object>>): SlackRequest {
  return interactive({
    type: 'view_submission',
    team: TEAM,
    user: USER,
    api_app_id: 'A0APP',
    token: 'deprecated-verification-token',
    trigger_id: 'trigger.333.ghi',
    view: {
      id: 'V0MODAL',
      team_id: TEAM.id,
      type: 'modal',
      blocks: view.blocks ?? [],
      private_metadata: view.private_metadata ?? '',
      callback_id: view.callback_id,
      state: { values },
      hash: '1700000000.abc',
      title: { type: 'plain_text', text: 'Modal' },
      close: null,
      submit: null,
      root_view_id: 'V0MODAL',
      app_id: 'A0APP',
      bot_id: 'B0BOT',
    },
    response_urls: [],
    is_enterprise_install: false,
  });
}

export function event(ev: Record<string, unknown>, eventId = `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`): SlackRequest {
  return {
    contentType: 'application/json',
    body: JSON.stringify({
      token: 'deprecated-verification-token',
      team_id: TEAM.id,
      api_app_id: 'A0APP',
      event: ev,
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: TEAM.id, user_id: 'U0BOTUSER', is_bot: true, is_enterprise_install: false }],
    }),
  };
}
