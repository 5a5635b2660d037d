/**
 * From a question to a check: when a question asks whether a procurement route or an
 * approval is open («kan vi reservere …», «egenregi», «terskelverdi», «godkjent som
 * tiltaksarrangør»), the reply offers the check that answers it, with the facts it could
 * read from the question filled in: a value («1,5 millioner»), a share («35 %»), a buyer
 * («kommune»), a kind of contract («varer og tjenester»). Read with the check files' own
 * names for values (`value_aliases`) and the same value parser as the one-line command,
 * so the offered line runs as typed. Only what is plainly there is read; nothing is guessed.
 */
import type { CheckPort, CheckSpec, Facts, FactSpec, OutcomeLabel } from './check-port.ts';
import { checkCommands } from './commands.ts';
import { readFacts } from './facts/question-facts.ts';
import { wholeWords as words } from './facts/question-text.ts';
import { shortName } from './facts/inline.ts';
import type { Language } from '../answers/language.ts';

export interface CheckOffer {
  checkId: string;
  /** The check's slash command, e.g. `/reserved-contract-check`. */
  command: string;
  title: string;
  /** Facts read from the question, by canonical name. */
  facts: Facts;
  /** The same facts as the one-line command text: `verdi=1500000 andel=35 oppdragsgiver=kommune`. */
  line: string;
  /**
   * The check's outcome on these facts, when they already settle it («kjøpe direkte for
   * 300 000 kr» → outside the procurement rules): shown beside the offer, whose form (or
   * line) gives the reasons. Left out while the check still needs facts.
   */
  outcome?: OutcomeLabel;
}


/** Which check a question is about, by the words that name its route; the first rule that matches wins. */
const TOPICS: { checkId: string; pattern: RegExp }[] = [
  { checkId: 'in-house', pattern: words('egenregi|eigenregi|utvida egenregi|in-house|in house') },
  // Approval as a provider, not any mention of an approved company («kjøpe fra det NAV-godkjente AFT-selskapet»).
  { checkId: 'provider-approval', pattern: words('bli godkjen[dt]|godkjen[dt] som|godkjenning som|godkjenning av|få godkjenning|be approved|get approved|approved as|approval as') },
  {
    checkId: 'procurement-options',
    pattern: words(
      String.raw`reserv\p{L}*|samarbeid\p{L}*|cooperation|co-operation|terskel\p{L}*|threshold\p{L}*|kunngjør\p{L}*|konkurranse\p{L}*|direktekjøp\p{L}*|direkte fr[aå]|kjøpe? direkte|kjøpa direkte|direct award|award directly|purchase directly|ut[ae]n konkurranse|buy directly|anskaff\p{L}*|innkjøp\p{L}*|procure\p{L}*|tender\p{L}*`,
    ),
  },
];

/**
 * Asking whether something is allowed or open to the asker, not what a word means: «kan vi …»,
 * «kan en kommune …», "can our municipality …", «er det lov …», "is it possible …".
 */
const ELIGIBILITY = new RegExp(
  String.raw`(?<![\p{L}])(kan|kunne|får|må|bør|skal|can|could|may|must|should)\s+(vi|me|eg|jeg|kommunen|fylkeskommunen|staten|de|dei|dere|dykk|en|ein|ei|et|eit|man|we|i|they|our|my|a|an|the|it|one)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(lov til|allowed|oppfyller|oppfyll\p{L}*|kvalifiser\p{L}*|qualif\p{L}*|eligible|er det (?:lov|mulig|tillatt)|is it (?:possible|allowed|legal|permitted))(?![\p{L}])`,
  'iu',
);

export function offerCheck(checks: readonly CheckSpec[], question: string): CheckOffer | null {
  const q = question.slice(0, 800);
  const topic = TOPICS.find((t) => t.pattern.test(q));
  if (!topic || !ELIGIBILITY.test(q)) return null;
  const check = checks.find((c) => c.id === topic.checkId);
  const command = checkCommands(checks).find((c) => c.checkId === topic.checkId);
  if (!check || !command) return null;
  const facts = readFacts(check, q);
  return { checkId: check.id, command: command.command, title: check.shortTitle ?? command.label, facts, line: factLine(check, facts) };
}

/**
 * The offer with the check's outcome on the facts read, when those facts settle it (a verdict
 * other than «unknown»); for an English asker by the check file's English label, where it has
 * one (the same run: the label comes with the reply).
 */
export function settleOffer(offer: CheckOffer, checks: Pick<CheckPort, 'run'>, asOf?: string, language?: Language): CheckOffer {
  if (!Object.keys(offer.facts).length) return offer;
  const run = checks.run(offer.checkId, offer.facts, asOf ? { asOf } : {});
  if (!run.ok || run.reply.outcome.verdict === 'unknown') return offer;
  const label = language === 'en' ? run.reply.outcomeLabelEn : undefined;
  return { ...offer, outcome: label ? { ...run.reply.outcome, label } : run.reply.outcome };
}

/** The facts as the one-line command text, in the check's order, each by its short name; runs as typed. */
export function factLine(check: CheckSpec, facts: Facts): string {
  return check.facts
    .filter((f) => facts[f.name] !== undefined)
    .map((f) => `${shortName(f)}=${typedValue(f, facts[f.name]!)}`)
    .join(' ');
}

function typedValue(f: FactSpec, value: Facts[string]): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const one = (v: string) => {
    const choice = f.values?.find((c) => c.value === v);
    const name = choice?.aliases?.[0] ?? v;
    return /\s/.test(name) ? `"${name}"` : name;
  };
  return Array.isArray(value) ? value.map(one).join(',') : one(value);
}

export { readFacts };
