/**
 * User text is echoed back in mrkdwn (the question, a value that could not be
 * parsed). Slack would otherwise turn it into a mention (`<!channel>`, `<@U123>`),
 * a link (`<http://x|klikk her>`, a bare URL) or formatting (`*`, `_`, `~`).
 *
 * - `escapeMrkdwn`: the three characters Slack reserves (&, <, >) become entities,
 *   so no `<…>` control sequence survives. Used for our own text too.
 * - `quoteUserText`: escapes, and also shows the text as an inline code span,
 *   where Slack applies no bold/italic/strike and no auto-linking; backticks and
 *   line breaks that would end the span are replaced, `@here`-style words and
 *   `://` get an invisible break so nothing pings or links.
 * - `fromSlackText`: the reverse for input: Slack sends `&lt;` etc. and wraps
 *   mentions and links in `<…>`; we want the words the user typed.
 */
const ZWSP = '\u200b';

const RESERVED = /[&<>]/;

export function escapeMrkdwn(text: string): string {
  // Most text has none of the three: one scan instead of three replaces.
  if (!RESERVED.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What neutralise changes: a case-insensitive @channel/@here/@everyone, `://`, or `www.` after a word boundary. */
const PINGS_OR_LINKS = /@(channel|here|everyone)|:\/\/|\bwww\./i;

function neutralise(text: string): string {
  if (!PINGS_OR_LINKS.test(text)) return text;
  return text
    .replace(/@(channel|here|everyone)/gi, `@${ZWSP}$1`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** User text, safe to put anywhere in mrkdwn, shown as `code`. At most `max` characters. */
export function quoteUserText(text: string, max = 200): string {
  let flat = text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, 'ˋ').trim();
  if (flat.length > max) flat = `${flat.slice(0, max - 1)}…`;
  if (flat.length === 0) return '';
  return `\`${neutralise(escapeMrkdwn(flat))}\``;
}

/** What fromSlackText changes, besides trimming: a tag, an entity, a run of spaces, any other white space. */
const ENCODED_OR_SPACED = /[<&]|[^\S ]| {2}/;

/** Text as the user typed it, from Slack's encoded form (mentions dropped, links to their label). */
export function fromSlackText(text: string): string {
  // Most questions are plain words: one scan instead of nine replaces.
  if (!ENCODED_OR_SPACED.test(text)) return text.trim();
  // Linear time: no part of a pattern can run past the next `<`, so an unclosed
  // `<@…`, `<#…` or `<http…` is given up at the next tag instead of at the end of
  // the text (with `[^>]*`, every unclosed tag scanned the rest: quadratic).
  // Slack sends a typed `<` as `&lt;`, so a real label never contains one.
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^<>]*)?>/g, ' ')
    .replace(/<!(?:channel|here|everyone)(?:\|[^<>]*)?>/g, ' ')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^<>]*))?>/g, (_m, label: string | undefined) => label ?? ' ')
    .replace(/<#[A-Z0-9]+(?:\|([^<>]*))?>/g, (_m, label: string | undefined) => (label ? `#${label}` : ' '))
    .replace(/<((?:https?|mailto):[^|<>]+)(?:\|([^<>]*))?>/g, (_m, url: string, label: string | undefined) => label ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fallback `text` of a message (notifications, screen readers): escaped, nothing that pings or links. */
export function safeFallback(text: string): string {
  const flat = /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text;
  return neutralise(escapeMrkdwn(flat.trim()));
}
