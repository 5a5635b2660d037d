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

export type ModalView = types.ModalView;

/** What the modal remembers between opening and submission. */
export const CheckModalMeta = z.object({
  checkId: z.string().max(100),
  /** The slash command's response_url: where the result is also posted, as an ephemeral message. */
  responseUrl: z.string().url().max(1000).optional(),
  asOf: z.string().optional(),
});
export type CheckModalMeta = z.infer<typeof CheckModalMeta>;

export function checkModal(spec: CheckSpec, meta: CheckModalMeta, initial: Facts = {}): ModalView {
  const intro: Block = {
    type: 'section',
    text: mrkdwn(
      'Svar på det du vet. La et felt stå tomt hvis du ikke vet: da sier svaret hva som mangler. Svaret bygger på reglene i kunnskapsbasen, med kilder.',
    ),
  };
  return {
    type: 'modal',
    callback_id: CALLBACK.checkModal,
    private_metadata: JSON.stringify(meta),
    title: plain(modalTitle(spec), LIMITS.viewTitle),
    submit: plain('Sjekk', LIMITS.viewSubmit),
    close: plain('Avbryt', LIMITS.viewClose),
    blocks: [intro, ...spec.facts.slice(0, LIMITS.blocksPerView - 1).map((f) => factInput(f, initial[f.name]))],
  };
}

/** Modal titles hold 24 characters; the checks' own titles are longer, so each check file gives a short one. */
function modalTitle(spec: CheckSpec): string {
  return truncate(spec.shortTitle ?? spec.title, LIMITS.viewTitle);
}

function factInput(f: FactSpec, initial: Facts[string] | undefined): Block {
  return {
    type: 'input',
    block_id: factBlockId(f.name),
    optional: true,
    label: plain(f.question, LIMITS.inputLabel),
    ...(f.help ? { hint: plain(f.help, LIMITS.inputHint) } : {}),
    element: factElement(f, initial),
  } as Block;
}

const option = (value: string, label: string) => ({ text: plain(label, LIMITS.optionText), value: value.slice(0, LIMITS.optionValue) });

function factElement(f: FactSpec, initial: Facts[string] | undefined) {
  switch (f.type) {
    case 'boolean': {
      const options = [option('ja', 'Ja'), option('nei', 'Nei'), option('vet ikke', 'Vet ikke')];
      const chosen = initial === true ? options[0] : initial === false ? options[1] : undefined;
      return { type: 'radio_buttons', action_id: FACT_ACTION, options, ...(chosen ? { initial_option: chosen } : {}) };
    }
    case 'number':
      return {
        type: 'plain_text_input',
        action_id: FACT_ACTION,
        max_length: 40,
        placeholder: plain(numberPlaceholder(f), LIMITS.placeholder),
        ...(typeof initial === 'number' ? { initial_value: String(initial) } : {}),
      };
    case 'enum': {
      const options = (f.values ?? []).slice(0, LIMITS.selectOptions).map((c) => option(c.value, c.label));
      const chosen = options.find((o) => o.value === initial);
      return { type: 'static_select', action_id: FACT_ACTION, placeholder: plain('Velg', LIMITS.placeholder), options, ...(chosen ? { initial_option: chosen } : {}) };
    }
    case 'list': {
      const options = [...(f.values ?? []).map((c) => option(c.value, c.label)), option(NONE_OF_THESE, 'Ingen av disse')];
      const chosen = Array.isArray(initial) ? options.filter((o) => initial.includes(o.value)) : [];
      const common = { action_id: FACT_ACTION, options, ...(chosen.length ? { initial_options: chosen } : {}) };
      return options.length <= LIMITS.radioOrCheckboxOptions
        ? { type: 'checkboxes', ...common }
        : { type: 'multi_static_select', placeholder: plain('Velg alle som passer', LIMITS.placeholder), ...common, options: options.slice(0, LIMITS.selectOptions) };
    }
  }
}

function numberPlaceholder(f: FactSpec): string {
  if (f.unit === 'percent' || f.max === 100) return 'Prosent, f.eks. 35';
  if (f.unit === 'nok') return 'Kroner uten mva., f.eks. 450 000';
  return 'Et tall';
}

/** The result, in the modal that was just submitted (response_action: update). */
export function resultModal(reply: CheckReply, kbVersion: string): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.checkResult,
    title: plain('Resultat', LIMITS.viewTitle),
    close: plain('Lukk', LIMITS.viewClose),
    blocks: renderCheckBlocks(reply, { kbVersion, maxBlocks: LIMITS.blocksPerView, budget: 24_000 }),
  };
}

/** A message-sized notice inside a modal, for when the check itself could not run. */
export function noticeModal(title: string, text: string): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.checkResult,
    title: plain(title, LIMITS.viewTitle),
    close: plain('Lukk', LIMITS.viewClose),
    blocks: [{ type: 'section', text: mrkdwn(truncate(escapeMrkdwn(text), LIMITS.sectionText)) }],
  };
}
