/**
 * From a question to a check: when a question asks whether a procurement route or an
 * approval is open («kan vi reservere …», «egenregi», «terskelverdi», «godkjent som
 * tiltaksarrangør»), the reply offers the check that answers it, with the facts it could
 * read from the question filled in: a value («1,5 millioner»), a share («35 %»), a buyer
 * («kommune»), a kind of contract («varer og tjenester»). Read with the check files' own
 * names for values (`value_aliases`) and the same value parser as the one-line command,
 * so the offered line runs as typed. Only what is plainly there is read; nothing is guessed.
 */
import type { CheckSpec, Facts, FactSpec } from './check-port.ts';
import { checkCommands } from './commands.ts';
import { parseFactValue } from './facts/parse-value.ts';
import { shortName } from './facts/inline.ts';

export interface CheckOffer {
  checkId: string;
  /** The check's slash command, e.g. `/reserved-contract-check`. */
  command: string;
  title: string;
  /** Facts read from the question, by canonical name. */
  facts: Facts;
  /** The same facts as the one-line command text: `verdi=1500000 andel=35 oppdragsgiver=kommune`. */
  line: string;
}

/** Which check a question is about, by the words that name its route; the first rule that matches wins. */
const TOPICS: { checkId: string; pattern: RegExp }[] = [
  { checkId: 'in-house', pattern: /\b(egenregi|eigenregi|utvida egenregi|in-house|in house)\b/iu },
  // Approval as a provider, not any mention of an approved company («kjøpe fra det NAV-godkjente AFT-selskapet»).
  { checkId: 'provider-approval', pattern: /\b(bli godkjen[dt]|godkjen[dt] som|godkjenning som|godkjenning av|få godkjenning|be approved|get approved|approved as|approval as)\b/iu },
  {
    checkId: 'procurement-options',
    pattern: /\b(reserv\w*|samarbeid\w*|cooperation|terskel\w*|threshold\w*|kunngjør\w*|konkurranse\w*|direktekjøp\w*|direkte fr[aå]|ut[ae]n konkurranse|buy directly|anskaff\w*|innkjøp\w*|procure\w*|tender\w*)\b/iu,
  },
];

/** Asking whether something is allowed or open to the asker, not what a word means. */
const ELIGIBILITY = /(^|[\s,.!?])(kan|kunne|får|må|bør|skal|can|could|may|must|should)\s+(vi|me|eg|jeg|kommunen|fylkeskommunen|staten|de|dei|dere|dykk|we|i|they|our|the)\b|\b(lov til|allowed|oppfyller|oppfyll\w*|kvalifiser\w*|qualif\w*|eligible)\b/iu;

/** Value names too common to mean the value on their own in a sentence («offentlig oppdragsgiver» is not a buyer type). */
const TOO_COMMON = new Set(['annen', 'annet', 'offentlig', 'ordinær', 'ordinaer', 'ordinary', 'as', 'kf', 'ny', 'form', 'private', 'privat']);

const MONEY = /(\d{1,3}(?:[  .]\d{3})+|\d+(?:[.,]\d+)?)\s*(milliarder|milliard|mrd|millioner|million|millions|mill\.?|mnok|kroner|kr\.?|nok|,-)(?![\p{L}])/giu;
const PERCENT = /(\d+(?:[.,]\d+)?)\s*(%|prosent|percent|per cent)/giu;

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

/** The facts a question states plainly, by the check's fact names. */
export function readFacts(check: CheckSpec, question: string): Facts {
  const facts: Facts = {};
  const money = check.facts.find((f) => f.type === 'number' && f.unit === 'nok');
  const amount = money ? firstMatch(MONEY, question) : null;
  if (money && amount) setParsed(facts, money, `${amount[1]!.replace(/[  ]/g, '')}${scaleOf(amount[2]!)}`);
  const percent = firstMatch(PERCENT, question);
  const share = percent ? percentFact(check, question, percent.index) : undefined;
  if (share && percent) setParsed(facts, share, percent[1]!);
  const words = ` ${fold(question)} `;
  for (const f of check.facts) {
    if (f.type !== 'enum' || !f.values) continue;
    const found = f.values.filter((v) => namesOf(v).some((n) => words.includes(` ${n} `)));
    // Two values of the same fact named («kommune eller stat»): the question does not say which.
    if (found.length === 1) facts[f.name] = found[0]!.value;
  }
  return facts;
}

/**
 * The percent fact a share in the question belongs to: the only one the check has, or the
 * one whose question and names share the most words with the words around the share
 * («35 % ansatte med nedsatt funksjonsevne» → the share of disadvantaged employees).
 */
function percentFact(check: CheckSpec, question: string, at: number): FactSpec | undefined {
  const percents = check.facts.filter((f) => f.type === 'number' && (f.unit === 'percent' || f.max === 100));
  if (percents.length <= 1) return percents[0];
  const near = new Set(contentWords(question.slice(Math.max(0, at - 60), at + 80)));
  const scored = percents.map((f) => ({ f, score: contentWords(`${f.question} ${(f.aliases ?? []).join(' ')}`).filter((w) => near.has(w)).length }));
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best);
  return best > 0 && top.length === 1 ? top[0]!.f : undefined;
}

/** Words of five letters or more, cut to their first six letters so «ansatte»/«ansatt» meet. */
function contentWords(text: string): string[] {
  return [...new Set((fold(text).match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 6)))];
}

function namesOf(v: { value: string; label: string; aliases?: string[] }): string[] {
  return [v.value, v.label, ...(v.aliases ?? [])].map(fold).filter((n) => n.length >= 3 && !TOO_COMMON.has(n));
}

function fold(s: string): string {
  return s.toLowerCase().normalize('NFC').replace(/[-_]+/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function scaleOf(unit: string): string {
  const u = unit.toLowerCase();
  if (u.startsWith('milliard') || u === 'mrd') return 'mrd';
  if (u.startsWith('mill') || u === 'mnok') return 'mill';
  return '';
}

function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

function setParsed(facts: Facts, spec: FactSpec, raw: string): void {
  const parsed = parseFactValue(spec, raw);
  if (parsed.ok && parsed.value !== undefined) facts[spec.name] = parsed.value;
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
