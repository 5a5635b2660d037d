/**
 * What a check answers: the one result shape of `runCheck`, which the evaluator builds,
 * `check --json` prints, and the Slack and terminal renderers show. The types are read
 * from these schemas, so the shape is written once.
 */
import { z } from 'zod';
import { Role } from '../knowledge/checks/schema.ts';

export const Truth = z.enum(['met', 'not_met', 'unknown']);

/** Law in force, NAV or ministry guidance, or only background (reports): how much weight a criterion has. */
export const Basis = z.enum(['law', 'guidance', 'background']);

export const CriterionResult = z.object({
  id: z.string(),
  label: z.string(),
  role: Role,
  result: Truth,
  explanation: z.string(),
  /** Entry ids. */
  citations: z.array(z.string()),
  basis: Basis,
  caveat: z.string().nullable(),
  /** Facts that would settle it, when the result is unknown. */
  missing: z.array(z.string()),
});

export const RouteResult = z.object({
  id: z.string(),
  label: z.string(),
  available: z.boolean().nullable(),
  /** False when the route does not matter here (e.g. below the limit nothing else is needed). */
  relevant: z.boolean().nullable(),
  reasons: z.array(z.string()),
  citations: z.array(z.string()),
});

export const ProcedureResult = z.object({
  value: z.string().nullable(),
  label: z.string().nullable(),
  citations: z.array(z.string()),
});

export const Question = z.object({
  fact: z.string(),
  question: z.string(),
  /** What an answer may be, for someone writing the facts as JSON. */
  allowed: z.string(),
});

export const CheckResult = z.object({
  check: z.string(),
  title: z.string(),
  asOf: z.string(),
  outcome: z.string(),
  outcomeText: z.string(),
  criteria: z.array(CriterionResult),
  /** Empty unless the outcome is needs_more_info; then never empty. */
  questions: z.array(Question),
  citations: z.array(z.string()),
  procedure: ProcedureResult.optional(),
  routes: z.array(RouteResult).optional(),
  /** Numbers ("entry/key") the knowledge has no value for on the date, that the open outcome depends on. */
  unresolvedNumbers: z.array(z.string()),
});

export type Truth = z.infer<typeof Truth>;
export type Basis = z.infer<typeof Basis>;
export type CriterionResult = z.infer<typeof CriterionResult>;
export type RouteResult = z.infer<typeof RouteResult>;
export type ProcedureResult = z.infer<typeof ProcedureResult>;
export type Question = z.infer<typeof Question>;
export type CheckResult = z.infer<typeof CheckResult>;
