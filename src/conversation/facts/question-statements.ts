/**
 * Yes/no facts a question states in so many words: «hovedformålet vårt er å integrere …»,
 * "our main purpose is work integration", «vi betaler ikke utbytte», «selskapet er heleid av
 * kommunen». Each phrasing is a pattern with a slot for the negation that turns it into «nei»
 * («hovedformålet er ikke å integrere» → nei). Anything else that negates it («det er ikke
 * slik at …»), a question form ("can we pay dividends?") or two readings that disagree leave
 * the fact unknown: a negation is never read as yes, and nothing is guessed. Only facts whose
 * wording settles them are here; «bestemmende innflytelse», «felles kontroll» or whether the
 * purpose is «allmenn interesse» are assessments the asker should make in the form.
 */
import type { CheckSpec, FactValue, Facts } from '../check-port.ts';
import { negatedBefore, WORD_END as R, WORD_START as L, wordsOf } from './question-text.ts';

/** The negation slot of a pattern: its text makes the statement «nei». */
const NOT = String.raw`(?<neg>(?:ikke|ikkje|aldri|ingen|inga|not|never|no|do not|don't|does not|doesn't|did not)\s+)?`;

/** The same, before the verb in a clause «… når hovedformålet ikke er å …». */
const NOT_BEFORE = String.raw`(?<neg2>(?:ikke|ikkje|aldri)\s+)?`;

interface Statement {
  /** The facts it gives when stated; with a negation, `negated` instead (or nothing when left out). */
  facts: Facts;
  negated?: Facts;
  pattern: RegExp;
  /**
   * Words the pattern cannot match without (one of them, as in the pattern, same flags):
   * tested first, so a question without them costs one quick scan instead of the pattern's
   * search with its look-behind at every position.
   */
  needs: RegExp;
}

const rx = (source: string) => new RegExp(source, 'giu');
/** The `needs` of a statement: no `g` (a `g` pattern's test would move its lastIndex). */
const needs = (source: string) => new RegExp(source, 'iu');

const STATEMENTS: Statement[] = [
  {
    facts: { supplierMainPurposeIntegration: true },
    negated: { supplierMainPurposeIntegration: false },
    pattern: rx(`${L}(?:hoved|hovud)(?:formål|føremål|formal)(?:et|a)?(?:\\s+(?:vårt|vår|deres|dykkar|deira|dens|dets|hennar|til\\s+[\\p{L}-]+))?\\s+${NOT_BEFORE}(?:er|var|har vært|har vore)\\s+${NOT}(?:å\\s+)?(?:integrer|inkluder|arbeidsinkluder|få\\s+[\\p{L}-]+\\s+i\\s+arbeid)`),
    needs: needs('hoved|hovud'),
  },
  {
    facts: { supplierMainPurposeIntegration: true },
    negated: { supplierMainPurposeIntegration: false },
    pattern: rx(`${L}${NOT_BEFORE}har\\s+${NOT}som\\s+(?:hoved|hovud)(?:formål|føremål)\\s+å\\s+(?:integrere|inkludere)`),
    needs: needs('hoved|hovud'),
  },
  {
    facts: { supplierMainPurposeIntegration: true },
    negated: { supplierMainPurposeIntegration: false },
    pattern: rx(`${L}(?:main|primary|principal|core|chief)\\s+(?:purpose|aim|objective|goal|mission)\\s+(?:is|was)\\s+${NOT}(?:to\\s+)?(?:integrat|includ|(?:the\\s+)?(?:work|social|labou?r[- ]market|vocational|professional)\\s+integration|(?:the\\s+)?inclusion|(?:the\\s+)?integration)`),
    needs: needs('purpose|aim|objective|goal|mission'),
  },
  {
    facts: { paysDividend: true },
    negated: { paysDividend: false },
    pattern: rx(`${L}(?:vi|me|bedriften|bedrifta|selskapet|virksomheten|verksemda|foretaket|og)\\s+(?:betaler|betalar|deler|utbetaler|utbetalar)\\s+${NOT}(?:noe\\s+|noko\\s+)?(?:ut\\s+)?utbyt+e${R}`),
    needs: needs('utbyt'),
  },
  {
    facts: { paysDividend: true },
    negated: { paysDividend: false },
    pattern: rx(`${L}(?:we|the company|the business|it)\\s+${NOT}(?:pay|pays|distribute|distributes)\\s+(?<neg2>no\\s+)?(?:any\\s+)?dividends?${R}`),
    needs: needs('dividend'),
  },
  {
    facts: { newProvider: true },
    pattern: rx(`${L}(?:vi|me|we)\\s+(?:er|søker|søkjer|are|apply|are applying)\\s+(?:om\\s+godkjenning\\s+|for\\s+approval\\s+)?(?:som|as)?\\s*(?:en|ein|a)?\\s*(?:ny|new)\\s+(?:tiltaks)?(?:arrangør|provider|leverandør)`),
    needs: needs('arrangør|provider|leverandør'),
  },
  {
    facts: { separateAccountsPerMeasure: true },
    negated: { separateAccountsPerMeasure: false },
    pattern: rx(`${L}(?:vi|me|we|bedriften|selskapet|virksomheten|the company)\\s+${NOT}(?:fører|har|keep|keeps|have|has)\\s+(?<neg2>ikke\\s+|ikkje\\s+|not\\s+|no\\s+)?(?:eget|eige|egne|eigne|separate)\\s+(?:regnskap|rekneskap|accounts)`),
    needs: needs('regnskap|rekneskap|accounts'),
  },
  {
    facts: { ownsOrControlsOtherBusiness: true },
    negated: { ownsOrControlsOtherBusiness: false },
    pattern: rx(`${L}(?:vi|me|we|bedriften|selskapet|the company)\\s+${NOT}(?:eier|eig|own|owns|kontrollerer|control|controls)\\s+(?<neg2>ikke\\s+|ikkje\\s+|ingen\\s+|inga\\s+|no\\s+)?(?:et\\s+|eit\\s+|a\\s+|any\\s+)?(?:datterselskap|dotterselskap|subsidiar|aksjer i|aksjar i|shares in|annen forretningsvirksomhet|anna forretningsverksemd|other business)`),
    needs: needs('datterselskap|dotterselskap|subsidiar|aksjer i|aksjar i|shares in|annen forretningsvirksomhet|anna forretningsverksemd|other business'),
  },
  {
    facts: { supplierIsOwnMunicipalEnterprise: true },
    pattern: rx(`${L}(?:vårt|vår|eget|eige|our own|our)\\s+(?:eget\\s+|eige\\s+)?(?:kf|fkf|kommunale foretak|kommunalt foretak|fylkeskommunale foretak|municipal enterprise)${R}`),
    needs: needs('kf|foretak|municipal enterprise'),
  },
  // Wholly owned by the municipality: the public share is 100 %, so no private owner.
  {
    facts: { publicOwnershipPercent: 100, privateOwnershipPercent: 0 },
    pattern: rx(`${L}(?:heleid|heleigd|heileigd|wholly owned|fully owned|100\\s*%\\s*(?:eid|eigd|owned))\\s+(?:av|by)\\s+(?:kommunen|kommunene|kommunane|kommuner|fylkeskommunen|the municipality|the municipalities|municipalities|the county)${R}`),
    needs: needs('heleid|heleigd|heileigd|wholly owned|fully owned|100'),
  },
  {
    facts: { publicOwnershipPercent: 100, privateOwnershipPercent: 0 },
    pattern: rx(`${L}(?:kommunen|kommunene|kommunane|fylkeskommunen|the municipality|the municipalities|the county)\\s+(?:eier|eig|owns|own)\\s+(?<neg>ikke\\s+|ikkje\\s+|not\\s+)?(?:100\\s*%|100 prosent|alle aksjene|alle aksjane|hele selskapet|heile selskapet|all (?:of )?the shares|all shares)`),
    needs: needs('100|hele selskapet|heile selskapet|alle aksje|all'),
  },
];

/** A word right before the subject that makes it a question or a wish, not a statement: "can we pay …". */
const ASKED = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'shall', 'will', 'would', 'do', 'does', 'did', 'to', 'kan', 'må', 'skal', 'bør', 'får', 'kunne', 'vil', 'å']);

/** Per check (its spec lives as long as its knowledge snapshot): its fact names, and the statements that give any of them. */
const byCheck = new WeakMap<CheckSpec, { names: Set<string>; statements: Statement[] }>();

function statementsOf(check: CheckSpec): { names: Set<string>; statements: Statement[] } {
  let found = byCheck.get(check);
  if (!found) {
    const names = new Set(check.facts.map((f) => f.name));
    found = { names, statements: STATEMENTS.filter((s) => Object.keys(s.facts).some((n) => names.has(n))) };
    byCheck.set(check, found);
  }
  return found;
}

export function statedFacts(check: CheckSpec, question: string): Facts {
  const { names, statements } = statementsOf(check);
  const readings = new Map<string, Set<FactValue>>();
  const add = (facts: Facts) => {
    for (const [name, value] of Object.entries(facts)) {
      if (!names.has(name) || value === undefined) continue;
      readings.set(name, (readings.get(name) ?? new Set()).add(value));
    }
  };
  for (const s of statements) {
    if (!s.needs.test(question)) continue;
    for (const m of question.matchAll(s.pattern)) {
      const before = wordsOf(question.slice(0, m.index!));
      if (ASKED.has(before.at(-1) ?? '')) continue;
      const negated = Boolean(m.groups?.neg || m.groups?.neg2);
      // A negation outside the slot («det er ikke slik at hovedformålet er …») leaves it unknown.
      if (negatedBefore(before, before.length) || (!negated && hasNegation(m[0]))) {
        for (const name of Object.keys(s.facts)) readings.set(name, new Set([true, false]));
        continue;
      }
      if (!negated) add(s.facts);
      else if (s.negated) add(s.negated);
    }
  }
  const facts: Facts = {};
  for (const [name, values] of readings) if (values.size === 1) facts[name] = [...values][0]!;
  return facts;
}

function hasNegation(text: string): boolean {
  const words = wordsOf(text);
  return negatedBefore(words, words.length, words.length);
}
