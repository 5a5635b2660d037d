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
import { statusOn } from '../knowledge/status.ts';

export type QuestionKind = DirectAnswer['kind'];

export interface DirectLine {
  entryId: string;
  kind: QuestionKind;
  text: string;
}

// `\b` is an ASCII word boundary even with the u flag: after «må», «får», «når» (ending in a
// letter outside a–z) it never matches, so those questions had no kind. END is the boundary
// for any letter.
const END = String.raw`(?![\p{L}\p{N}])`;
const START = String.raw`(?<![\p{L}\p{N}])`;
const words = (alternatives: string) => new RegExp(`${START}(${alternatives})${END}`, 'iu');

const DURATION = words(String.raw`hvor lenge|kor lenge|kor lengje|how long|hvor lang tid|kor lang tid|tidsbegrens\p{L}*|time limit|maks(?:imal)? varighet|varigheit`);
// A share or sum written as a number («35 %», «1,5 millioner») is a fact the asker gives, not an amount asked for.
const AMOUNT = words(
  String.raw`hvor mye|kor mykje|kor mye|hvor stor\p{L}*|kor stor\p{L}*|hvor mange|kor mange|hvor høy\p{L}*|kor høg\p{L}*|how much|how many|how high|what percentage|what share|which share|what proportion|hvilken sats|kva sats|satsen|sats for|rate for` +
    // «fra hvilken verdi gjelder loven?», "from what value does the act apply?"
    String.raw`|fr[aå] (?:hvilken|hvilket|kva for ein|kva for eit|kva) (?:verdi|beløp)|(?:from|above) (?:what|which) (?:value|amount)`,
);
/**
 * «hva er EØS-terskelverdien …», «kva er den nedre beløpsgrensa», "what is the lower limit …":
 * asked for a limit or a rate by its name, the question wants the figure, though it opens with «hva».
 * «hva er en terskelverdi?», "what is a threshold value?" (indefinite) ask what the word means.
 */
const NAMED_AMOUNT = new RegExp(
  `${START}(hva|kva|what)\\s+(er|is|are)\\s+(?!(?:a|an|en|ei|et|ein|eit)\\s)(the\\s+|den\\s+|dei\\s+|de\\s+)?([\\p{L}-]+\\s+){0,2}?` +
    String.raw`[\p{L}-]*(terskelverdi|terskel|beløpsgrens|minstebeløp|minstekrav|threshold|lower limit|upper limit|minimum share|minimum)\p{L}*${END}`,
  'iu',
);
const WHO = words('hvem|kven|who|whom');
/** Words that open a question asking for something other than yes or no. */
const OPEN = words('hva|kva|hvordan|korleis|hvorfor|kvifor|når|hvilke\\p{L}*|kva for|what|how|why|when|which');
const YES_NO = words('kan|må|skal|er|har|får|bør|kunne|måtte|ska|can|could|must|may|might|is|are|do|does|did|should|shall|will|would|has|have');

/** What kind of answer a question asks for, or null when it asks for none of the kinds a direct line gives. */
export function questionKind(question: string): QuestionKind | null {
  const q = question.slice(0, 800);
  if (DURATION.test(q)) return 'duration';
  if (AMOUNT.test(q) || NAMED_AMOUNT.test(q)) return 'amount';
  if (WHO.test(q)) return 'who';
  if (OPEN.test(q)) return null;
  return YES_NO.test(q) ? 'yes_no' : null;
}

/** Words that name the measure or the source, not what a provision is about. */
const NOT_SUBJECT = new Set(['vta', 'aft', 'varig', 'tilrettelagt', 'tilrettelagd', 'arbeid', 'arbeidsforberedende', 'trening', 'tiltaksforskriften', 'forhåndsgodkjent', 'forhåndsgodkjente', 'virksomhet', 'virksomheten', 'statlig', 'måned', 'inntil', 'kommune', 'kommunen', 'kommuner', 'kommunal', 'kommunale', 'kommunalt',
  'municipality', 'municipalities', 'municipal', 'kommunane', 'kommunar',
  // Who a provision is about, not what it says: «må VTA-deltakere ha uføretrygd?» is not about employment (§ 14-7) because both name participants.
  'deltaker', 'deltakere', 'deltakerne', 'deltakeren', 'deltakar', 'deltakarar', 'deltakarane', 'deltakaren', 'participant', 'participants']);

const wordsOf = (text: string): string[] => (text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !NOT_SUBJECT.has(w));

/**
 * Does the question name what the entry is about (a word of its title or keywords: «utbytte»,
 * «dividends», «ansatt», «varighet»)? A first hit that only shares the measure's name with the
 * question («can a non-profit be approved as a VTA provider?» → the dividend ban) gets no line.
 */
function mentionsSubject(question: string, entry: Entry): boolean {
  const q = question.toLowerCase();
  // «non-profit», «ikke-kommersiell» name the opposite of their second half: "profit" there does not ask about profit.
  const asked = wordsOf(q.replace(/(?<![\p{L}])(non|ikke|ikkje|not)-[\p{L}]+/gu, ' '));
  const subject = [entry.title, ...entry.keywords];
  return subject.some((text) => {
    const words = wordsOf(text);
    // A phrase of the keywords the question contains names the subject even when its words are
    // short or the measure's name ("who can get VTA").
    if (/\s/.test(text.trim()) && q.includes(text.toLowerCase())) return true;
    return words.some((w) => asked.some((a) => sameStem(a, w)));
  });
}

/** The two measures by the names people use, in bokmål, nynorsk and English. */
const MEASURES: { name: string; pattern: RegExp }[] = [
  { name: 'VTA', pattern: /(?<![\p{L}])(vta\p{L}*|varig\p{L}* tilrettelag\p{L}*|permanent(?:ly)? adapted work|sheltered (?:work|employment))(?![\p{L}])/iu },
  { name: 'AFT', pattern: /(?<![\p{L}])(aft\p{L}*|arbeidsforbered\p{L}*|(?:work|employment) preparation\p{L}*|work preparatory)(?![\p{L}])/iu },
];

/**
 * A «who» question gets the target group of a measure only when it names that measure:
 * "Who is eligible for training?" is not about AFT (§ 13-3), though "eligible" is one of its words.
 */
function namesMeasureOf(question: string, entry: Entry): boolean {
  const about = MEASURES.filter((m) => m.pattern.test(entry.title));
  return about.length === 0 || about.some((m) => m.pattern.test(question));
}

/** «medfinansiere»/«medfinansiering», «dividends»/«dividend»: the same word but for its ending. */
function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common === a.length || common === b.length ? common >= 4 : common >= Math.max(5, Math.min(a.length, b.length) - 3);
}

/**
 * The answer line of a hit: its own entry's, else the one line of the parts folded into it
 * («hvor mye må kommunen betale for en VTA-plass?» finds § 14-8 with its annet ledd, which
 * carries the line, folded in). A folded part answers the question only when it is itself in
 * force on the date, is the only folded part with a line of the kind asked, and the question
 * names its subject; several candidate lines mean the hit does not settle which applies.
 */
function lineOf(hit: LookupHit, answers: ReadonlyMap<string, DirectAnswer>, kind: QuestionKind, question: string, asOf: string): { id: string; answer: DirectAnswer } | null {
  const own = answers.get(hit.entry.id);
  if (own) return own.kind === kind && mentionsSubject(question, hit.entry) ? { id: hit.entry.id, answer: own } : null;
  const parts = hit.folded.filter((part) => answers.get(part.id)?.kind === kind);
  if (parts.length !== 1) return null;
  const part = parts[0]!;
  const { status, pending } = statusOn(part, asOf);
  if (status !== 'in_force' || pending || !mentionsSubject(question, part)) return null;
  return { id: part.id, answer: answers.get(part.id)! };
}

/** A rival this close to the first hit, with an answer of the same kind, makes the first hit unclear. */
const CLEAR_MARGIN = 1.25;

/**
 * The figures a line states, without its citation: «Minst 30 % … (anskaffelsesforskriften
 * § 16-9 …)» → 30. Two amount or duration lines stating the same figures agree (§ 8-8, § 16-9
 * and § 30-3 all require 30 %), and so do two lines saying the same but for the citation: a
 * close rival like that does not make the answer unclear.
 */
function figures(line: DirectAnswer): string {
  const text = line.nb.replace(/\([^)]*\)/g, ' ').replace(/§\s*[\dA-Za-z-]+/g, ' ');
  return [...new Set(text.match(/\d+(?:[ .,]\d+)*/g) ?? [])].sort().join('|');
}

function agree(a: DirectAnswer, b: DirectAnswer): boolean {
  // The same sentence under another citation (§ 14-5 and § 13-6 første ledd say the same).
  const said = (line: DirectAnswer) => line.nb.replace(/\([^)]*\)/g, '').trim();
  if (said(a) === said(b)) return true;
  if (a.kind === 'yes_no' || a.kind === 'who') return false;
  const fa = figures(a);
  return fa !== '' && fa === figures(b);
}

export function directAnswer(question: string, result: LookupResult, answers: ReadonlyMap<string, DirectAnswer>, language: Language): DirectLine | null {
  const first = result.hits[0];
  // What the hits say first: most questions' first hit carries no line, and then the question's kind (five patterns) does not matter.
  if (!first || result.citation) return null;
  if (first.status !== 'in_force' || first.pending || first.conceptsMissed.length) return null;
  if (!answers.has(first.entry.id) && !first.folded.some((part) => answers.has(part.id))) return null;
  const kind = questionKind(question);
  if (!kind) return null;
  const line = lineOf(first, answers, kind, question, result.asOf);
  if (!line) return null;
  if (kind === 'who' && !namesMeasureOf(question, line.id === first.entry.id ? first.entry : first.folded.find((e) => e.id === line.id)!)) return null;
  const second = result.hits[1];
  // The rival's own line, whether or not the question names its subject (its folded parts answer their own
  // questions). A rival missing a concept the question names (the state's rate when the municipality is asked about) is near, not an answer.
  const rival = second && second.score * CLEAR_MARGIN > first.score && !second.conceptsMissed.length ? answers.get(second.entry.id) : undefined;
  if (rival?.kind === kind && !agree(line.answer, rival)) return null;
  return { entryId: line.id, kind, text: language === 'en' ? line.answer.en : line.answer.nb };
}
