/**
 * Block Kit blocks as readable terminal text, so the console shows exactly what
 * Slack would: the same renderers, then this. mrkdwn is turned back into text
 * (entities decoded, links as "label (url)", *bold* and `code` markers dropped,
 * the emoji we use as symbols).
 */
const EMOJI: Record<string, string> = {
  white_check_mark: '✓',
  x: '✗',
  grey_question: '?',
  warning: '⚠',
  no_entry: '⛔',
  hourglass_flowing_sand: '⏳',
  blue_book: '📘',
  page_facing_up: '📄',
  construction: '🚧',
  information_source: 'ℹ',
  heavy_minus_sign: '–',
  face_with_head_bandage: '🤕',
};

interface Json {
  [key: string]: unknown;
}

export function mrkdwnToText(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, (_m, url: string, label: string) => `${label} (${readableUrl(url)})`)
    .replace(/<(https?:[^>]+)>/g, (_m, url: string) => readableUrl(url))
    .replace(/<@([A-Z0-9]+)>/g, '@$1')
    .replace(/:([a-z_]+):/g, (m, name: string) => EMOJI[name] ?? m)
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s.,:;)])/gm, '$1$2')
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s.,:;)])/gm, '$1$2')
    .replace(/`([^`\n]*)`/g, '«$1»')
    .replace(/\u200b/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Links as people type them: "§14-5", not "%C2%A714-5". */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

const textOf = (t: unknown) => (t && typeof t === 'object' ? mrkdwnToText(String((t as Json).text ?? '')) : '');

/** One element of an actions block or accessory, as the console shows it. */
function elementText(e: Json): string {
  if (e.type === 'button') return e.url ? `→ ${textOf(e.text)}: ${readableUrl(String(e.url))}` : `[${textOf(e.text)}]`;
  return '';
}

export function blocksToText(blocks: unknown[]): string {
  const out: string[] = [];
  for (const b of blocks as Json[]) {
    switch (b.type) {
      case 'header': {
        const title = textOf(b.text);
        out.push(title, '═'.repeat(Math.min(title.length, 72)));
        break;
      }
      case 'section': {
        if (b.text) out.push(textOf(b.text));
        for (const f of (b.fields ?? []) as Json[]) out.push(textOf(f).replace(/\n/, ': '));
        if (b.accessory) out.push(`   ${elementText(b.accessory as Json)}`);
        break;
      }
      case 'context':
        out.push(((b.elements ?? []) as Json[]).map(textOf).map((t) => `   ${t}`).join('\n'));
        break;
      case 'actions':
        out.push(((b.elements ?? []) as Json[]).map(elementText).filter(Boolean).join('  '));
        break;
      case 'divider':
        out.push('');
        break;
      case 'input':
        out.push(`? ${textOf(b.label)}${inputChoices(b.element as Json)}`);
        break;
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

function inputChoices(e: Json): string {
  const options = (e.options ?? []) as Json[];
  return options.length ? `  (${options.map((o) => textOf(o.text)).join(' / ')})` : '';
}
