/**
 * The one-line direct answer shown above the hits («Nei. En godkjent VTA-arrangør kan
 * ikke betale utbytte …»), from `knowledge/answers.yaml`. Shown only when the question
 * asks what the line answers (a yes/no question gets a yes/no line, «hvor lenge» a
 * duration) and the entry carrying it is the clear first hit as of the date asked, in
 * force and not pending, and names every glossary concept the question names (a question
 * about wage subsidies gets no «who can get VTA» line). Otherwise nothing: a «Nei.» under a question it does not
 * answer would be worse than no line at all.
 */
import type { DirectAnswer, Entry } from '../knowledge/schema.ts';
import type { LookupHit, LookupResult } from '../search/lookup.ts';
import type { Language } from './language.ts';

export type QuestionKind = DirectAnswer['kind'];

export interface DirectLine {
  entryId: string;
  kind: QuestionKind;
  text: string;
}

const DURATION = /\b(hvor lenge|kor lenge|kor lengje|how long|hvor lang tid|kor lang tid|tidsbegrens\w*|time limit|maks(?:imal)? varighet|varigheit)\b/iu;
// A share or sum written as a number («35 %», «1,5 millioner») is a fact the asker gives, not an amount asked for.
const AMOUNT = /\b(hvor mye|kor mykje|kor mye|hvor stor\w*|kor stor\w*|hvor mange|kor mange|how much|how many|what percentage|hvilken sats|kva sats|satsen|sats for|rate for)\b/iu;
const WHO = /(^|[\s,.!?])(hvem|kven|who|whom)\b/iu;
/** Words that open a question asking for something other than yes or no. */
const OPEN = /(^|[\s,.!?])(hva|kva|hvordan|korleis|hvorfor|kvifor|når|hvilke\w*|kva for|what|how|why|when|which)\b/iu;
const YES_NO = /(^|[\s,.!?])(kan|må|skal|er|har|får|bør|kunne|måtte|ska|can|could|must|may|might|is|are|do|does|did|should|shall|will|would|has|have)\b/iu;

/** What kind of answer a question asks for, or null when it asks for none of the kinds a direct line gives. */
export function questionKind(question: string): QuestionKind | null {
  const q = question.slice(0, 800);
  if (DURATION.test(q)) return 'duration';
  if (AMOUNT.test(q)) return 'amount';
  if (WHO.test(q)) return 'who';
  if (OPEN.test(q)) return null;
  return YES_NO.test(q) ? 'yes_no' : null;
}

/** Words that name the measure or the source, not what a provision is about. */
const NOT_SUBJECT = new Set(['vta', 'aft', 'varig', 'tilrettelagt', 'tilrettelagd', 'arbeid', 'arbeidsforberedende', 'trening', 'tiltaksforskriften', 'forhåndsgodkjent', 'forhåndsgodkjente', 'virksomhet', 'virksomheten', 'statlig', 'måned', 'inntil', 'kommune', 'kommunen', 'kommuner', 'kommunal', 'kommunale', 'kommunalt']);

const wordsOf = (text: string): string[] => (text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !NOT_SUBJECT.has(w));

/**
 * Does the question name what the entry is about (a word of its title or keywords: «utbytte»,
 * «dividends», «ansatt», «varighet»)? A first hit that only shares the measure's name with the
 * question («can a non-profit be approved as a VTA provider?» → the dividend ban) gets no line.
 */
function mentionsSubject(question: string, entry: Entry): boolean {
  const q = question.toLowerCase();
  const asked = wordsOf(q);
  const subject = [entry.title, ...entry.keywords];
  return subject.some((text) => {
    const words = wordsOf(text);
    if (words.length > 1 && q.includes(text.toLowerCase())) return true;
    return words.some((w) => asked.some((a) => sameStem(a, w)));
  });
}

/** «medfinansiere»/«medfinansiering», «dividends»/«dividend»: the same word but for its ending. */
function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common === a.length || common === b.length ? common >= 4 : common >= Math.max(5, Math.min(a.length, b.length) - 3);
}

/** The answer line of a hit's own entry (a part folded into it answers its own question, not this one). */
function lineOf(hit: LookupHit, answers: ReadonlyMap<string, DirectAnswer>): { id: string; answer: DirectAnswer } | null {
  const answer = answers.get(hit.entry.id);
  return answer ? { id: hit.entry.id, answer } : null;
}

/** A rival this close to the first hit, with an answer of the same kind, makes the first hit unclear. */
const CLEAR_MARGIN = 1.25;

export function directAnswer(question: string, result: LookupResult, answers: ReadonlyMap<string, DirectAnswer>, language: Language): DirectLine | null {
  const kind = questionKind(question);
  const first = result.hits[0];
  if (!kind || !first || result.citation) return null;
  if (first.status !== 'in_force' || first.pending || first.conceptsMissed.length) return null;
  const line = lineOf(first, answers);
  if (!line || line.answer.kind !== kind || !mentionsSubject(question, first.entry)) return null;
  const second = result.hits[1];
  if (second && second.score * CLEAR_MARGIN > first.score && lineOf(second, answers)?.answer.kind === kind) return null;
  return { entryId: line.id, kind, text: language === 'en' ? line.answer.en : line.answer.nb };
}
