/**
 * The small text tools the readers of facts in a question share: folding to plain words,
 * clauses, and whether a statement is negated or only compared («under 500 000 kr»).
 */

/** Word boundaries for any letter: `\b` is an ASCII boundary and fails after «å», «ø», «æ» («direkte frå»). */
export const WORD_START = String.raw`(?<![\p{L}])`;
export const WORD_END = String.raw`(?![\p{L}])`;

/** The alternatives (a regular-expression alternation) as whole words, any case. */
export function wholeWords(alternatives: string): RegExp {
  return new RegExp(`${WORD_START}(${alternatives})${WORD_END}`, 'iu');
}

/** Lower case, no punctuation, «-» and «_» as spaces: «Helse- og sosialtjenester» → "helse og sosialtjenester". */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFC').replace(/[-_]+/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Words that turn a statement around: «vi er ikke en ideell organisasjon», "we are not a municipality". */
const NEGATION = new Set(['ikke', 'ikkje', 'not', 'no', 'never', 'aldri', 'verken', 'neither', 'nor', 'uten', 'utan', 'without', 'isnt', 'arent', 'dont', 'doesnt', 'ingen', 'inga', 'intet']);

/** Is one of the `span` words before `index` in `text` (folded words) a negation? */
export function negatedBefore(words: readonly string[], index: number, span = 3): boolean {
  for (let i = Math.max(0, index - span); i < index; i++) if (NEGATION.has(words[i]!)) return true;
  return false;
}

/** A folded text split into words, with "n't" kept as a negation («don't» → "dont"). */
export function wordsOf(text: string): string[] {
  return fold(text.replace(/n[’']t\b/gi, 'nt')).split(' ').filter(Boolean);
}

/**
 * A figure after one of these is a bound, not the fact: «under 500 000 kr», «minst 30 %»,
 * "more than 2 million" say what the value is compared with, not what it is.
 */
const BOUND = /(?:^|[^\p{L}])(under|over|opp til|opptil|inntil|minst|maks|maksimalt|høyst|mindre enn|mer enn|meir enn|færre enn|fleire enn|flere enn|below|above|up to|at least|at most|less than|more than|fewer than|over|exceeding|overstiger|lavere enn|høyere enn|lågare enn|høgare enn|grensen på|grensa på|terskelverdien på|limit of|threshold of|innanfor|innenfor|within|fra|frå|from|til|to|between|mellom)\s*(?:ca\.?\s*|omtrent\s*|about\s*)?$/iu;

/** Is the figure at `at` in `text` a bound («under 500 000 kr») rather than the value itself? */
export function isBound(text: string, at: number): boolean {
  return BOUND.test(text.slice(Math.max(0, at - 30), at).trimEnd().replace(/[  ]+$/, '') + ' ');
}

/** The clause around `at`: from the last «,.;:!?» or «og/and/men/but» before it to the next one after it. */
export function clauseAround(text: string, at: number, end: number): string {
  const before = text.slice(0, at);
  const after = text.slice(end);
  const cut = /[,.;:!?]\s|[;:!?]|\s(?:og|and|men|but|mens|while)\s/giu;
  let start = 0;
  for (const m of before.matchAll(cut)) start = m.index! + m[0].length;
  cut.lastIndex = 0;
  const next = cut.exec(after);
  return text.slice(start, end + (next ? next.index : after.length));
}
