/**
 * Block Kit limits, in one table, and a checker that lists every breach in a
 * message or view. Slack rejects a payload that breaks any of these with an opaque
 * `invalid_blocks`, so the renderers fit their output to them (see fit.ts) and the
 * tests run every rendered answer through `limitViolations`.
 *
 * Sources: docs.slack.dev Block Kit reference; @slack/types JSDoc; the measured
 * `msg_blocks_too_long` total (bolt-js #2509, #2867).
 */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  id: 255,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  selectOptions: 100,
  radioOrCheckboxOptions: 10,
  placeholder: 150,
  inputLabel: 2000,
  inputHint: 2000,
  plainTextInputMaxLength: 3000,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  privateMetadata: 3000,
  /** Fallback `text` next to blocks; Slack truncates after 40 000, we keep it short. */
  messageText: 3000,
  /**
   * Total characters of text in one message's blocks. Undocumented: Slack answers
   * `msg_blocks_too_long` from about 12–13k; we stay well under.
   */
  messageTextBudget: 11_000,
} as const;

export type Surface = 'message' | 'modal' | 'home';

interface Json {
  [key: string]: unknown;
}

const textOf = (t: unknown): string => (t && typeof t === 'object' && typeof (t as Json).text === 'string' ? ((t as Json).text as string) : '');

/** Every limit the payload breaks, as readable strings; empty when it is within them all. */
export function limitViolations(surface: Surface, payload: { blocks?: unknown[]; text?: string } & Json): string[] {
  const problems: string[] = [];
  const blocks = (payload.blocks ?? []) as Json[];
  const maxBlocks = surface === 'message' ? LIMITS.blocksPerMessage : LIMITS.blocksPerView;
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  const empty = (what: string, text: string) => {
    if (text.trim().length === 0) problems.push(`${what}: empty text`);
  };

  over('blocks', blocks.length, maxBlocks);
  if (surface === 'message') {
    over('fallback text', (payload.text ?? '').length, LIMITS.messageText);
    over('total block text', totalText(blocks), LIMITS.messageTextBudget);
  } else {
    over('view title', textOf(payload.title).length, LIMITS.viewTitle);
    over('view submit', textOf(payload.submit).length, LIMITS.viewSubmit);
    over('view close', textOf(payload.close).length, LIMITS.viewClose);
    over('private_metadata', String(payload.private_metadata ?? '').length, LIMITS.privateMetadata);
    over('callback_id', String(payload.callback_id ?? '').length, LIMITS.id);
    if (surface === 'modal' && blocks.some((b) => b.type === 'input') && !payload.submit) problems.push('modal with input blocks needs submit');
  }

  const blockIds = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `block ${i} (${String(block.type)})`;
    if (typeof block.block_id === 'string') {
      over(`${at} block_id`, block.block_id.length, LIMITS.id);
      if (blockIds.has(block.block_id)) problems.push(`${at}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'section': {
        const fields = (block.fields ?? []) as Json[];
        if (block.text) {
          over(`${at} text`, textOf(block.text).length, LIMITS.sectionText);
          empty(`${at} text`, textOf(block.text));
        } else if (fields.length === 0) problems.push(`${at}: needs text or fields`);
        over(`${at} fields`, fields.length, LIMITS.sectionFields);
        fields.forEach((f, j) => over(`${at} field ${j}`, textOf(f).length, LIMITS.sectionFieldText));
        if (block.accessory) checkElement(`${at} accessory`, block.accessory as Json, over, empty);
        break;
      }
      case 'header':
        over(`${at} text`, textOf(block.text).length, LIMITS.headerText);
        empty(`${at} text`, textOf(block.text));
        break;
      case 'context': {
        const elements = (block.elements ?? []) as Json[];
        over(`${at} elements`, elements.length, LIMITS.contextElements);
        elements.forEach((e, j) => {
          over(`${at} element ${j}`, textOf(e).length, LIMITS.contextText);
          if (e.type !== 'image') empty(`${at} element ${j}`, textOf(e));
        });
        break;
      }
      case 'actions': {
        const elements = (block.elements ?? []) as Json[];
        over(`${at} elements`, elements.length, LIMITS.actionsElements);
        if (elements.length === 0) problems.push(`${at}: no elements`);
        elements.forEach((e, j) => checkElement(`${at} element ${j}`, e, over, empty));
        break;
      }
      case 'input':
        over(`${at} label`, textOf(block.label).length, LIMITS.inputLabel);
        empty(`${at} label`, textOf(block.label));
        over(`${at} hint`, textOf(block.hint).length, LIMITS.inputHint);
        if (surface === 'message') problems.push(`${at}: input blocks only belong in views`);
        checkElement(`${at} element`, block.element as Json, over, empty);
        break;
      case 'divider':
        break;
      default:
        problems.push(`${at}: block type not used by this app`);
    }
  });
  return problems;
}

type Over = (what: string, length: number, max: number) => void;
type Empty = (what: string, text: string) => void;

function checkElement(at: string, e: Json, over: Over, empty: Empty): void {
  if (typeof e.action_id === 'string') over(`${at} action_id`, e.action_id.length, LIMITS.id);
  over(`${at} placeholder`, textOf(e.placeholder).length, LIMITS.placeholder);
  switch (e.type) {
    case 'button':
      over(`${at} text`, textOf(e.text).length, LIMITS.buttonText);
      empty(`${at} text`, textOf(e.text));
      over(`${at} value`, String(e.value ?? '').length, LIMITS.buttonValue);
      over(`${at} url`, String(e.url ?? '').length, LIMITS.url);
      break;
    case 'static_select':
    case 'multi_static_select':
      over(`${at} options`, ((e.options ?? []) as unknown[]).length, LIMITS.selectOptions);
      checkOptions(at, (e.options ?? []) as Json[], over);
      break;
    case 'radio_buttons':
    case 'checkboxes':
      over(`${at} options`, ((e.options ?? []) as unknown[]).length, LIMITS.radioOrCheckboxOptions);
      checkOptions(at, (e.options ?? []) as Json[], over);
      break;
    case 'plain_text_input':
      if (typeof e.max_length === 'number') over(`${at} max_length`, e.max_length, LIMITS.plainTextInputMaxLength);
      break;
  }
}

function checkOptions(at: string, options: Json[], over: Over): void {
  options.forEach((o, k) => {
    over(`${at} option ${k} text`, textOf(o.text).length, LIMITS.optionText);
    over(`${at} option ${k} value`, String(o.value ?? '').length, LIMITS.optionValue);
    over(`${at} option ${k} description`, textOf(o.description).length, LIMITS.optionDescription);
  });
}

/** All text a message's blocks carry: what Slack's undocumented total appears to count. */
export function totalText(blocks: unknown[]): number {
  return textIn(blocks);
}

/** Characters of every string under a `text` key. A loop over keys, not Object.entries: it runs over every reply rendered. */
function textIn(v: unknown): number {
  if (Array.isArray(v)) {
    let n = 0;
    for (const x of v) if (x && typeof x === 'object') n += textIn(x);
    return n;
  }
  if (!v || typeof v !== 'object') return 0;
  let n = 0;
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const x = o[k];
    if (typeof x === 'string') {
      if (k === 'text') n += x.length;
    } else if (x && typeof x === 'object') n += textIn(x);
  }
  return n;
}
