/**
 * A message in the bot's DM (message.im). Edits, deletions, joins and bot messages
 * arrive as message events too (with a subtype or bot_id); only a person's new
 * message is a question.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerInThread } from './mention-or-dm.ts';

export function directMessage(deps: SlackDeps) {
  return async (args: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    const { event, say } = args;
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    await answerInThread(deps, 'event message.im', { text: event.text ?? '', user: event.user, channel: event.channel, ts: event.ts, thread_ts: event.thread_ts }, say, args);
  };
}
