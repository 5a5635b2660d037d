/**
 * 👍 / 👎 under an answer (into the editors' queue) and «Følg endringer» (subscribe the
 * user to an entry shown). The values come back from Slack, so they are parsed and
 * bounded, and an entry id is followed only if the knowledge base has it.
 */
import type { AllMiddlewareArgs, BlockAction, BlockButtonAction, BlockOverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../../deps.ts';
import type { FollowRepo } from '../../../db/follows.ts';
import { decodeValue } from '../../blocks/message.ts';
import { escapeMrkdwn } from '../../blocks/escape.ts';
import { MAX_QUESTION_LENGTH as MAX_QUERY } from '../../../answers/question.ts';
import { currentAsker, recordFeedback } from '../../answer-log.ts';
import { guarded } from '../safe.ts';
import { knowledgeFor, noteOutcome } from '../../request-log.ts';
import { readValue } from '../../blocks/lang-value.ts';
import { labels } from '../../../answers/labels.ts';
import { detectLanguage } from '../../../answers/language.ts';
import { titleIn } from '../../../answers/reply-text.ts';

const FeedbackValue = z.object({
  q: z.string().max(MAX_QUERY),
  ids: z.array(z.string().max(100)).max(20),
  v: z.string().max(100),
});

const EntryId = z.string().min(1).max(150);

const contextOf = (where: string, body: BlockAction) => ({ where, user: body.user.id, team: body.team?.id, channel: body.channel?.id });


export function feedbackAction(kind: 'up' | 'down') {
  return async ({ ack, action, body, respond, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    await guarded(logger, contextOf(`action feedback ${kind}`, body), async () => {
      const value = FeedbackValue.parse(decodeValue(action.value));
      const stored = await recordFeedback(kind, value.q, value.ids, value.v);
      noteOutcome(`feedback_${kind}`);
      // With logging turned off for the workspace nothing was stored, so promise nothing.
      // In the language of the answer voted on: the question's, by the rule the answer was given by.
      const t = labels(detectLanguage(value.q));
      await respond({ response_type: 'ephemeral', replace_original: false, text: !stored ? t.thanksUp : kind === 'up' ? t.thanksUpStored : t.thanksDown });
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  };
}

export function followAction(deps: SlackDeps, follows: FollowRepo, mode: 'follow' | 'unfollow' = 'follow') {
  return async ({ ack, action, body, respond, logger, context }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction | BlockOverflowAction>): Promise<void> => {
    await ack();
    await guarded(logger, contextOf(`action ${mode}`, body), async () => {
      const raw = action.type === 'overflow' ? action.selected_option.value : action.value;
      const { value: entryId, language } = readValue(EntryId.parse(raw));
      const t = labels(language);
      const asker = currentAsker();
      const entry = knowledgeFor(deps, context).kb.entries.find((e) => e.id === entryId);
      if (!asker || !entry) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: t.followGone });
        return;
      }
      const ref = { workspaceKey: asker.workspaceKey, enterpriseId: asker.enterpriseId, target: asker.userId, entryId };
      const title = escapeMrkdwn(titleIn(entry, language));
      if (mode === 'unfollow') {
        await follows.unfollow(ref);
        noteOutcome('unfollowed');
        await respond({ response_type: 'ephemeral', replace_original: false, text: t.unfollowed(title) });
        return;
      }
      const added = await follows.follow(ref);
      noteOutcome(added ? 'followed' : 'already_following');
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: added ? t.followed(title) : t.alreadyFollowing(title),
      });
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  };
}
