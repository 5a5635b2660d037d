/**
 * When a query term may also match longer words (prefix) or misspelt ones (fuzzy), and
 * how much such a derived match is worth. Shared by every engine so they expand a query
 * the same way; the weights are MiniSearch's defaults, which the question set was tuned on.
 */

/** Numbers, section numbers and concept terms ("~3") mean exactly what they say. */
const literal = (term: string): boolean => /[\d~]/.test(term);

/** Terms of four letters or more also match words they begin ("kontrakt" → "kontraktsvilkår"). */
export const prefixFor = (term: string): boolean => term.length >= 4 && !literal(term);

/**
 * Typo tolerance only where it pays (it is the costly part of a search): long words the
 * index does not know as typed. Returns the largest edit distance allowed, 0 for none.
 */
export function fuzzyDistance(term: string, known: boolean): number {
  if (term.length < 6 || known || literal(term)) return 0;
  return Math.min(6, Math.round(term.length * 0.2));
}

/** Same as MiniSearch's `fuzzy: 0.2` with its default `maxFuzzy`, expressed as MiniSearch wants it. */
export const FUZZY_RATIO = 0.2;

/**
 * Weight of a derived match: a prefix match starts at 0.375 and fades slowly with the
 * letters added; a fuzzy match starts at 0.45 and fades faster with each edit.
 */
export const prefixWeight = (query: string, term: string): number =>
  (0.375 * term.length) / (term.length + 0.3 * (term.length - query.length));
export const fuzzyWeight = (term: string, distance: number): number => (0.45 * term.length) / (term.length + distance);
