/**
 * Hostile input for the property tests: what a person could paste into a
 * slash command, a mention, a modal field or `ask`, and what a broken or
 * malicious client could send. Mixed from
 * - any Unicode (lone surrogates, combining marks, emoji, RTL), control characters;
 * - Slack markup and injection attempts: <!channel>, <@U123>, <http://x|y>, *_~`, &lt;;
 * - the bot's own vocabulary (citations, fact names, numbers) so the parsers get deep;
 * - numbers out of every range: negative, huge, 1e309, NaN, hex, with units;
 * - very long strings (up to 100 kB) in separate, fewer-run properties.
 */
import fc from 'fast-check';

export const INJECTIONS = [
  '<!channel>', '<!here>', '<!everyone>', '<!here|here>', '<@U123>', '<@U0EVIL|admin>', '<#C0EVIL|general>', '<!subteam^S0EVIL|@team>',
  '<http://x|y>', '<https://evil.example|Lovdata>', '<mailto:x@evil.example|mail>', 'https://evil.example', 'www.evil.example', '@here', '@channel', '@everyone',
  '*fet*', '_kursiv_', '~strek~', '`kode`', '```blokk```', '>sitat', '&lt;!channel&gt;', '&amp;', '&', '<', '>', '|', '\\', '"', "'", '«', '»',
  '${process.env}', '{{7*7}}', '</script><script>alert(1)</script>', "'; DROP TABLE entries; --", '__proto__', 'constructor', '%s%n', '\u0000', '\u202e', '\ufeff', '\u200b',
];

const VOCABULARY = [
  'utbytte', 'VTA', 'AFT', 'vta-o', 'kommune', 'aksjeselskap', 'reservert kontrakt', 'egenregi', '100 000', 'terskelverdi', 'hjelp', 'mer',
  '§ 14-5', '14-5 annet ledd', '§ 14-5 (2) bokstav c', '14 A-8', 'foa 8-8', 'loa § 5', 'FOR-2016-08-12-974 § 3-1', 'prinsipputtalelsen 2.4', 'kap. 13', 'kapittel 14 A',
  'verdi=450000', 'andel=35', 'hovedformål=ja', 'oppdragsgiver=kommune', 'verdi="450 000 kr"', 'andel=35,5%', 'verdi=2mill', 'vet ikke', 'ingen', '=', '==', 'x=',
];

export const OUT_OF_RANGE_NUMBERS = [
  '-1', '-0', '101', '150', '1e309', '-1e309', '1e-400', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000', '9'.repeat(400), '0.000000001', '99999999999999999999',
  '1.7976931348623157e308', '450.000.000', '35,5,5', '--5', '+5', '5-', '1e3', '2mrd', '3 mill', '-2k', '%', 'kr', ',', '.', '٣٥', '３５', '³⁵',
];

const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

/** One piece of hostile text. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }, // any code point, lone surrogates included
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.constantFrom(...OUT_OF_RANGE_NUMBERS) },
  { weight: 1, arbitrary: CONTROL },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '=') },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** Hostile text of ordinary size: a question, a line of facts. */
export const hostileText = (maxPieces = 16) => fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));

/** Up to 100 kB: a paste, or an attack on the parsers' complexity. Built from repeated pieces so it stays cheap to generate. */
export const hugeText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: 10_000, max: 100_000 }))
  .map(([parts, size]) => {
    const unit = parts.join('') || 'a';
    return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  });

/** Text as Slack would deliver it in a command or event: markup encoded (&lt; &gt; &amp;) around real mentions and links. */
export const slackEncoded = hostileText().map((t) =>
  t.replace(/&(?!lt;|gt;|amp;)/g, '&amp;').replace(/<(?![@!#]|https?:|mailto:)/g, '&lt;'),
);

/** Markers that must never reach Slack unescaped from user input. */
export const RAW_CONTROL = /<!(channel|here|everyone|subteam)|<@U(123|0EVIL)|<#C0EVIL|<https?:\/\/(x|evil)|<mailto:x@evil|https?:\/\/evil|@(here|channel|everyone)\b/;
