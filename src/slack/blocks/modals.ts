/**
 * The check modal: one optional input block per fact (leaving one empty means
 * "I don't know", which the check answers with the questions still open), and the
 * read-only modal that shows the result after submission.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { CheckReply, CheckSpec, Facts, FactSpec } from '../../conversation/check-port.ts';
import { CALLBACK, FACT_ACTION, NONE_OF_THESE, factBlockId } from '../ids.ts';
import { escapeMrkdwn } from './escape.ts';
import { mrkdwn, plain, truncate } from './fit.ts';
import { LIMITS } from './limits.ts';
import { renderCheckBlocks } from './render-check.ts';
import type { Block } from './message.ts';
import type { Language } from '../../answers/language.ts';
import { labels, type Labels } from '../../answers/labels.ts';
import { checkShortTitleIn } from '../../answers/reply-text.ts';

export type ModalView = types.ModalView;

/** What the modal remembers between opening and submission. */
export const CheckModalMeta = z.object({
  checkId: z.string().max(100),
  /** The slash command's response_url: where the result is also posted, as an ephemeral message. */
  responseUrl: z.string().url().max(1000).optional(),
  asOf: z.string().optional(),
  /** Set to "en" when the form was opened for an English asker: the form, its errors and its result in English. Left out for Norwegian. */
  lang: z.literal('en').optional(),
});
export type CheckModalMeta = z.infer<typeof CheckModalMeta>;

/** The form of a check; pass the check as the asker reads it (checkIn) and set `meta.lang` for an English asker. */
export function checkModal(spec: CheckSpec, meta: CheckModalMeta, initial: Facts = {}): ModalView {
  const t = labels(meta.lang);
  const intro: Block = { type: 'section', text: mrkdwn(t.formModalIntro) };
  return {
    type: 'modal',
    callback_id: CALLBACK.checkModal,
    private_metadata: JSON.stringify(meta),
    title: plain(modalTitle(spec, meta.lang), LIMITS.viewTitle),
    submit: plain(t.formSubmit, LIMITS.viewSubmit),
    close: plain(t.formCancel, LIMITS.viewClose),
    blocks: [intro, ...spec.facts.slice(0, LIMITS.blocksPerView - 1).map((f) => factInput(f, initial[f.name], t))],
  };
}

/** Modal titles hold 24 characters; the checks' own titles are longer, so each check file gives a short one. */
function modalTitle(spec: CheckSpec, language?: Language): string {
  return truncate(checkShortTitleIn(spec, language), LIMITS.viewTitle);
}

function factInput(f: FactSpec, initial: Facts[string] | undefined, t: Labels): Block {
  return {
    type: 'input',
    block_id: factBlockId(f.name),
    optional: true,
    label: plain(f.question, LIMITS.inputLabel),
    ...(f.help ? { hint: plain(f.help, LIMITS.inputHint) } : {}),
    element: factElement(f, initial, t),
  } as Block;
}

const option = (value: string, label: string) => ({ text: plain(label, LIMITS.optionText), value: value.slice(0, LIMITS.optionValue) });

function factElement(f: FactSpec, initial: Facts[string] | undefined, t: Labels) {
  switch (f.type) {
    case 'boolean': {
      // The values are what the fact parser reads, the same in both languages; only the labels are the asker's.
      const options = [option('ja', t.yes), option('nei', t.no), option('vet ikke', t.dontKnow)];
      const chosen = initial === true ? options[0] : initial === false ? options[1] : undefined;
      return { type: 'radio_buttons', action_id: FACT_ACTION, options, ...(chosen ? { initial_option: chosen } : {}) };
    }
    case 'number':
      return {
        type: 'plain_text_input',
        action_id: FACT_ACTION,
        max_length: 40,
        placeholder: plain(numberPlaceholder(f, t), LIMITS.placeholder),
        ...(typeof initial === 'number' ? { initial_value: String(initial) } : {}),
      };
    case 'enum': {
      const options = (f.values ?? []).slice(0, LIMITS.selectOptions).map((c) => option(c.value, c.label));
      const chosen = options.find((o) => o.value === initial);
      return { type: 'static_select', action_id: FACT_ACTION, placeholder: plain(t.choose, LIMITS.placeholder), options, ...(chosen ? { initial_option: chosen } : {}) };
    }
    case 'list': {
      const options = [...(f.values ?? []).map((c) => option(c.value, c.label)), option(NONE_OF_THESE, t.noneOfThese)];
      const chosen = Array.isArray(initial) ? options.filter((o) => initial.includes(o.value)) : [];
      const common = { action_id: FACT_ACTION, options, ...(chosen.length ? { initial_options: chosen } : {}) };
      return options.length <= LIMITS.radioOrCheckboxOptions
        ? { type: 'checkboxes', ...common }
        : { type: 'multi_static_select', placeholder: plain(t.chooseAll, LIMITS.placeholder), ...common, options: options.slice(0, LIMITS.selectOptions) };
    }
  }
}

function numberPlaceholder(f: FactSpec, t: Labels): string {
  if (f.unit === 'percent' || f.max === 100) return t.percentPlaceholder;
  if (f.unit === 'nok') return t.nokPlaceholder;
  return t.numberPlaceholder;
}

/** The result, in the modal that was just submitted (response_action: update). */
export function resultModal(reply: CheckReply, kbVersion: string, language?: Language): ModalView {
  const t = labels(language);
  const english = language === 'en' ? { language, ...(reply.titleEn ? { titleEn: reply.titleEn } : {}) } : {};
  return {
    type: 'modal',
    callback_id: CALLBACK.checkResult,
    title: plain(t.resultTitle, LIMITS.viewTitle),
    close: plain(t.close, LIMITS.viewClose),
    blocks: renderCheckBlocks(reply, { kbVersion, maxBlocks: LIMITS.blocksPerView, budget: 24_000, ...english }),
  };
}

/** A message-sized notice inside a modal, for when the check itself could not run. */
export function noticeModal(title: string, text: string, language?: Language): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.checkResult,
    title: plain(title, LIMITS.viewTitle),
    close: plain(labels(language).close, LIMITS.viewClose),
    blocks: [{ type: 'section', text: mrkdwn(truncate(escapeMrkdwn(text), LIMITS.sectionText)) }],
  };
}
