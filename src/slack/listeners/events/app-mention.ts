/** A mention in a channel. In a DM the message event answers, so a mention there is not answered twice. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerInThread } from './mention-or-dm.ts';

export function appMention(deps: SlackDeps) {
  return async (args: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const { event, say } = args;
    if (event.channel.startsWith('D')) return;
    await answerInThread(deps, 'event app_mention', { text: event.text, user: event.user, channel: event.channel, ts: event.ts, thread_ts: event.thread_ts }, say, args);
  };
}
