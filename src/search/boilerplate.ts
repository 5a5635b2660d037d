/**
 * Question boilerplate: words that frame a question without saying what it is about
 * («Vil statsråden …», «Hva sier reglene om …», «Kan du fortelle meg …», "What do the
 * rules say about …"). They are taken out of the question before it is searched, so a
 * written question to a minister is matched on its subject, not on its formalities.
 *
 * Query-side only: the knowledge is indexed as written. Stop words (the glossary's list)
 * are dropped by the analyzer anyway; this list is the framing that is not a stop word.
 */
import { words } from './analyzer.ts';

const BOILERPLATE = new Set([
  // addressing the government and the Storting
  'statsråden', 'statsråd', 'statsrådens', 'ministeren', 'minister', 'regjeringen', 'regjeringa', 'regjeringens',
  'departementet', 'departementets', 'stortinget', 'representanten',
  // asking, wondering, telling
  'spørsmål', 'spørsmålet', 'spørre', 'spør', 'lurer', 'lurte', 'lure', 'undrer', 'fortelle', 'forklare', 'forklar',
  'svar', 'svare', 'vite', 'veit', 'info', 'informasjon', 'opplysninger', 'redegjøre', 'gjere', 'gjøre',
  // "what do the rules say"
  'sier', 'seier', 'står', 'regler', 'reglene', 'reglane', 'reglar', 'regelverket', 'regelverk', 'gjelder', 'gjeld',
  'gjeldende', 'egentlig', 'eigentleg', 'generelt', 'konkret', 'konkrete',
  // «hvor stor / stort», «kor stor»: the size asked for is in the answer, not the topic
  'stor', 'stort', 'store',
  // politeness and chat
  'hei', 'hallo', 'heisann', 'takk', 'tusen', 'vennlig', 'vennligst', 'venleg', 'hilsen', 'helsing', 'mvh',
  'please', 'thanks', 'thank', 'hello', 'hi', 'dear', 'regards',
  // English framing
  'tell', 'know', 'explain', 'question', 'questions', 'rule', 'rules', 'say', 'says', 'said', 'wondering', 'wonder',
  'anyone', 'somebody', 'someone', 'like', 'want', 'need', 'help',
]);

/** Whether a word (as `words` gives it) only frames the question. */
export function isBoilerplate(word: string): boolean {
  return BOILERPLATE.has(word);
}

/**
 * The question without its framing words, as plain words joined by spaces. A word that is
 * part of a glossary phrase there (`inPhrase`, e.g. «utfyllende regler») is kept.
 */
export function stripBoilerplate(question: string, inPhrase: readonly boolean[] = []): string {
  return words(question)
    .filter((w, i) => inPhrase[i] || !BOILERPLATE.has(w))
    .join(' ');
}
