/**
 * What a check answers: the typed result of `runCheck`, shared by the evaluator, the
 * renderers and the Slack adapter.
 */
import type { Truth } from './logic.ts';
import type { Role } from '../knowledge/checks/schema.ts';

/** Law in force, NAV or ministry guidance, or only background (reports): how much weight a criterion has. */
export type Basis = 'law' | 'guidance' | 'background';

export interface CriterionResult {
  id: string;
  label: string;
  role: Role;
  result: Truth;
  explanation: string;
  citations: string[];
  basis: Basis;
  caveat: string | null;
  /** Facts that would settle it, when the result is unknown. */
  missing: string[];
}

export interface RouteResult {
  id: string;
  label: string;
  available: boolean | null;
  relevant: boolean | null;
  reasons: string[];
  citations: string[];
}

export interface ProcedureResult {
  value: string | null;
  label: string | null;
  citations: string[];
}

export interface Question {
  fact: string;
  question: string;
  /** What an answer may be, for someone writing the facts as JSON. */
  allowed: string;
}

export interface CheckResult {
  check: string;
  title: string;
  asOf: string;
  outcome: string;
  outcomeText: string;
  criteria: CriterionResult[];
  /** Empty unless the outcome is needs_more_info; then never empty. */
  questions: Question[];
  citations: string[];
  procedure?: ProcedureResult;
  routes?: RouteResult[];
  /** Numbers ("entry/key") the knowledge has no value for on the date, that the open outcome depends on. */
  unresolvedNumbers: string[];
}
