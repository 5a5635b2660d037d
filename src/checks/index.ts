/**
 * The checks' public face, for the CLI, Slack and tests:
 * `listChecks(kb)` and `runCheck(kb, id, facts, { asOf })`. `runCheck` never throws on
 * input: whatever `facts` is, the answer is a verdict or an error that says what to fix.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import { IsoDate } from '../knowledge/schema.ts';
import { todayIso } from '../knowledge/status.ts';
import { brokenConstraint, evaluateCheck, settledFacts } from './evaluate.ts';
import { describeAllowed, parseFacts, type FactsError } from './facts.ts';
import { allAliases, allFactDefs } from '../knowledge/checks/used.ts';
import { checkInEnglish } from '../knowledge/checks/english.ts';
import type { CheckCommand, OutcomeLabel } from '../knowledge/checks/presentation.ts';
import type { CheckResult } from './result.ts';
import { NEEDS_MORE_INFO, type Check, type FactDef } from '../knowledge/checks/schema.ts';

export type { CheckResult, CriterionResult, RouteResult, ProcedureResult, Question, Basis } from './result.ts';
export type { FactsError } from './facts.ts';

/** A value of an enum or list fact, with the words people type for it. */
export type FactChoice = NonNullable<FactDef['values']>[number] & { aliases?: string[] };

/** A fact as a form or a command line asks for it: its definition, and the names people type for it (the first is its short name). */
export type FactSpec = Omit<FactDef, 'values'> & { values?: FactChoice[]; aliases?: string[] };

/** What it takes to ask for a check: its facts (those of the checks it uses included) and how it is presented. */
export interface CheckSpec {
  id: string;
  title: string;
  /** The title where room is short (a modal's 24 characters). */
  shortTitle?: string;
  /** The title and short title in English, where the check file gives them. */
  titleEn?: string;
  shortTitleEn?: string;
  /** The slash command that asks for the check, if it has one. */
  command?: CheckCommand;
  facts: FactSpec[];
  /** The same facts as an English asker reads them (questions, help, value labels from the file's `english:` part); same names and values. */
  factsEn?: FactSpec[];
}

export interface CheckSummary extends CheckSpec {
  summary: string;
  outcomes: string[];
  outcomeLabels: Record<string, OutcomeLabel>;
}

export type CheckError =
  | FactsError
  | { kind: 'unknown_check'; field: 'check'; message: string; allowed: string }
  | { kind: 'invalid_date'; field: 'asOf'; message: string; allowed: string }
  /** The knowledge has no value for a number on that date (e.g. thresholds before they were recorded). */
  | { kind: 'no_rule_value'; field: 'asOf'; message: string; allowed: string };

export type RunCheckResult = { ok: true; result: CheckResult } | { ok: false; error: CheckError };

export interface RunCheckOptions {
  /** The date whose rules apply, YYYY-MM-DD; today when left out. */
  asOf?: string;
  /** English: the check files' English texts (`_en`, Norwegian where missing) and the evaluator's English words. */
  language?: 'nb' | 'en';
}

export function listChecks(kb: KnowledgeBase): CheckSummary[] {
  const byId = checkMap(kb);
  const englishById = new Map(kb.checks.map((c) => [c.id, checkInEnglish(c)]));
  return kb.checks.map((c) => ({
    id: c.id,
    title: c.title,
    summary: c.summary,
    outcomes: c.outcomes.map((o) => o.id),
    facts: factSpecs(c, byId),
    factsEn: factSpecs(englishById.get(c.id)!, englishById),
    ...(c.command ? { command: c.command } : {}),
    ...(c.short_title ? { shortTitle: c.short_title } : {}),
    ...(c.title_en ? { titleEn: c.title_en } : {}),
    ...(c.short_title_en ? { shortTitleEn: c.short_title_en } : {}),
    outcomeLabels: c.outcome_labels,
  }));
}

function factSpecs(check: Check, byId: ReadonlyMap<string, Check>): FactSpec[] {
  const aliases = allAliases(check, byId);
  return allFactDefs(check, byId).map((f) => ({
    ...f,
    ...(f.values ? { values: f.values.map((v) => ({ ...v, aliases: aliases.values.get(f.name)?.get(v.value) ?? [] })) } : {}),
    aliases: aliases.facts.get(f.name) ?? [],
  }));
}

export function runCheck(kb: KnowledgeBase, checkId: string, facts: unknown, options: RunCheckOptions = {}): RunCheckResult {
  const english = options.language === 'en';
  const byId = english ? new Map(kb.checks.map((c) => [c.id, checkInEnglish(c)])) : checkMap(kb);
  const check = byId.get(checkId);
  if (!check) {
    const allowed = kb.checks.map((c) => c.id).join(', ');
    return { ok: false, error: { kind: 'unknown_check', field: 'check', message: `unknown check "${checkId}"`, allowed } };
  }
  const asOf = options.asOf ?? todayIso();
  if (!IsoDate.safeParse(asOf).success) {
    return { ok: false, error: { kind: 'invalid_date', field: 'asOf', message: `"${asOf}" is not a date`, allowed: 'a real date as YYYY-MM-DD' } };
  }
  const defs = allFactDefs(check, byId);
  const parsed = parseFacts(facts, defs);
  if (!parsed.ok) return parsed;

  const sources = { entryById: kb.entryById, checkById: byId, ...(english ? { language: 'en' as const } : {}) };
  const broken = brokenConstraint(sources, check, parsed.facts, asOf);
  if (broken) {
    const def = defs.find((d) => d.name === broken.field)!;
    return { ok: false, error: { kind: 'invalid_facts', field: broken.field, message: broken.message, allowed: describeAllowed(def) } };
  }
  const result = evaluateCheck(sources, check, settledFacts(sources, check, parsed.facts, asOf), asOf);
  if (result.outcome === NEEDS_MORE_INFO && result.questions.length === 0) {
    // Open only because the knowledge lacks a number for the date: no answer the user gives can settle it.
    const from = result.unresolvedNumbers.map((ref) => firstDateOf(kb, ref)).filter((d): d is string => !!d).sort().pop();
    return {
      ok: false,
      error: {
        kind: 'no_rule_value',
        field: 'asOf',
        message: `the knowledge base has no value in force on ${asOf} for ${result.unresolvedNumbers.join(', ')}`,
        allowed: from ? `a date from ${from}` : 'another date',
      },
    };
  }
  return { ok: true, result };
}

function checkMap(kb: KnowledgeBase): Map<string, Check> {
  return new Map(kb.checks.map((c) => [c.id, c]));
}

/** The earliest date the knowledge has a number ("entry/key") for, to suggest a date that works. */
function firstDateOf(kb: KnowledgeBase, ref: string): string | undefined {
  const [entryId = '', key = ''] = ref.split('/');
  const numbers = kb.entryById.get(entryId)?.numbers.filter((n) => n.key === key) ?? [];
  return numbers.map((n) => n.valid_from).filter((d): d is string => !!d).sort()[0];
}
