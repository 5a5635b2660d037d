/**
 * Buttons under a lookup answer. "Flere treff" and the topic buttons replace an
 * ephemeral answer in place (less clutter) and add a new ephemeral message under
 * a visible one (never change what others already see). "Del i kanalen" posts the
 * same answer visibly via response_url, which needs no extra scope.
 */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../../deps.ts';
import { decodeValue } from '../../blocks/message.ts';
import { cleanQuestion, lookupAnswer, type LookupPage } from '../../../conversation/dispatch.ts';
import { MAX_QUESTION_LENGTH } from '../../../answers/question.ts';
import { renderAnswer } from '../../blocks/render.ts';
import { guarded, userId } from '../safe.ts';
import { knowledgeFor, noteOutcome, outcomeOf } from '../../request-log.ts';
import type { Context } from '@slack/bolt';
import { lawTextModal } from '../../blocks/law-text.ts';
import { lovdataText } from '../../../lovdata/notice.ts';
import { readValue } from '../../blocks/lang-value.ts';

/** The page as a message, its outcome noted for the log line. */
function lookupMessage(deps: SlackDeps, context: Context, page: LookupPage) {
  const answer = lookupAnswer(knowledgeFor(deps, context), page);
  noteOutcome(outcomeOf(answer));
  return renderAnswer(answer);
}
type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const LookupValue = z.object({
  q: z.string().min(1).max(MAX_QUESTION_LENGTH),
  offset: z.number().int().min(0).max(10_000),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const isEphemeral = (body: BlockButtonAction) => Boolean((body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral);
const contextOf = (where: string, body: BlockButtonAction) => ({ where, user: body.user.id, team: body.team?.id, channel: body.channel?.id });
const inPlace = (body: BlockButtonAction) => ({ response_type: 'ephemeral' as const, replace_original: isEphemeral(body) });

export function nextPageAction(deps: SlackDeps) {
  return async ({ ack, action, body, respond, logger, context }: ButtonArgs): Promise<void> => {
    await ack();
    await guarded(logger, contextOf('action next page', body), async () => {
      const value = LookupValue.parse(decodeValue(action.value));
      const message = lookupMessage(deps, context, { query: value.q, offset: value.offset, asOf: value.asOf, shareable: isEphemeral(body) });
      await respond({ ...inPlace(body), ...message });
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  };
}

export function shareAction(deps: SlackDeps) {
  return async ({ ack, action, body, respond, logger, context }: ButtonArgs): Promise<void> => {
    await ack();
    await guarded(logger, contextOf('action share', body), async () => {
      const value = LookupValue.parse(decodeValue(action.value));
      const message = lookupMessage(deps, context, { query: value.q, offset: value.offset, asOf: value.asOf, shareable: false, sharedBy: userId(body.user.id) });
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  };
}

export function topicAction(deps: SlackDeps) {
  return async ({ ack, action, body, respond, logger, context }: ButtonArgs): Promise<void> => {
    await ack();
    await guarded(logger, contextOf('action topic', body), async () => {
      const query = cleanQuestion(action.value ?? '');
      if (!query) return;
      await respond({ ...inPlace(body), ...lookupMessage(deps, context, { query, shareable: true }) });
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  };
}

/** Link buttons open the URL in the browser, but Slack still sends the click; acknowledge it so no warning shows. */
export async function openSourceAction({ ack }: ButtonArgs): Promise<void> {
  await ack();
}

/** «Vis lovteksten»: the §'s wording from the report loaded with the knowledge, in a modal. Nothing is fetched. */
export function showLawTextAction(deps: SlackDeps) {
  return async ({ ack, action, body, client, logger, context }: ButtonArgs): Promise<void> => {
    await ack();
    await guarded(logger, contextOf('action show law text', body), async () => {
      const k = knowledgeFor(deps, context);
      const { value, language } = readValue((action.value ?? '').slice(0, 200));
      const entry = k.kb.entryById.get(value);
      const source = entry ? k.kb.sources.get(entry.source) : undefined;
      await client.views.open({ trigger_id: body.trigger_id, view: lawTextModal(lovdataText(value, k.kb.lovdata), source?.url, language) });
    });
  };
}
