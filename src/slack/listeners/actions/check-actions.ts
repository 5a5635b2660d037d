/** Buttons that start a check (Home tab, help) or share a check result visibly. */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../../deps.ts';
import { decodeValue } from '../../blocks/message.ts';
import { checkModal } from '../../blocks/modals.ts';
import { checkAnswer } from '../../../conversation/dispatch.ts';
import { renderAnswer } from '../../blocks/render.ts';
import { guarded, userId } from '../safe.ts';
import { knowledgeFor } from '../../request-log.ts';
import { readValue } from '../../blocks/lang-value.ts';
import { checkIn } from '../../../conversation/check-language.ts';
import type { Language } from '../../../answers/language.ts';

/** What the form remembers of the asker's language: "en" for English, nothing for Norwegian (its metadata stays as it was). */
const langMeta = (language: Language | undefined) => (language === 'en' ? { lang: 'en' as const } : {});

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const contextOf = (where: string, body: BlockButtonAction) => ({ where, user: body.user.id, team: body.team?.id, channel: body.channel?.id });

export function openCheckAction(deps: SlackDeps) {
  return async ({ ack, action, body, client, logger, context }: ButtonArgs): Promise<void> => {
    await ack();
    await guarded(logger, contextOf('action open check', body), async () => {
      const { value: checkId, language } = readValue(action.value ?? '');
      const spec = knowledgeFor(deps, context).checks?.list().find((c) => c.id === checkId);
      if (!spec) throw new Error(`unknown check ${String(action.value).slice(0, 50)}`);
      const responseUrl = (body as { response_url?: string }).response_url;
      await client.views.open({ trigger_id: body.trigger_id, view: checkModal(checkIn(spec, language), { checkId: spec.id, ...(responseUrl ? { responseUrl } : {}), ...langMeta(language) }) });
    });
  };
}

const OfferValue = z.object({
  checkId: z.string().max(100),
  facts: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.array(z.string())])),
  lang: z.literal('en').optional(),
});

/** The check a lookup question led to: its form, with the facts read from the question filled in. */
export function offerCheckAction(deps: SlackDeps) {
  return async ({ ack, action, body, client, logger, context }: ButtonArgs): Promise<void> => {
    await ack();
    await guarded(logger, contextOf('action offer check', body), async () => {
      const value = OfferValue.parse(JSON.parse(String(action.value)));
      const spec = knowledgeFor(deps, context).checks?.list().find((c) => c.id === value.checkId);
      if (!spec) throw new Error(`unknown check ${value.checkId.slice(0, 50)}`);
      const responseUrl = (body as { response_url?: string }).response_url;
      const view = checkModal(checkIn(spec, value.lang), { checkId: spec.id, ...(responseUrl ? { responseUrl } : {}), ...langMeta(value.lang) }, value.facts);
      await client.views.open({ trigger_id: body.trigger_id, view });
    });
  };
}

const ShareValue = z.object({
  checkId: z.string().max(100),
  facts: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.array(z.string())])),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  lang: z.literal('en').optional(),
});

export function shareCheckAction(deps: SlackDeps) {
  return async ({ ack, action, body, respond, logger, context }: ButtonArgs): Promise<void> => {
    await ack();
    await guarded(logger, contextOf('action share check', body), async () => {
      const value = ShareValue.parse(decodeValue(action.value));
      const answer = checkAnswer(knowledgeFor(deps, context), '', value.checkId, value.facts, { asOf: value.asOf, shareable: false, sharedBy: userId(body.user.id), ...(value.lang ? { language: value.lang } : {}) });
      if (answer.kind !== 'check-result') throw new Error(`shared check no longer runs: ${answer.kind === 'fact-errors' ? answer.errors.map((e) => e.message).join('; ') : answer.kind}`);
      await respond({ response_type: 'in_channel', replace_original: false, ...renderAnswer(answer) });
    }, (text) => respond({ response_type: 'ephemeral', replace_original: false, text }));
  };
}
