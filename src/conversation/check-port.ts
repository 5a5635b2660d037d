/**
 * What the conversation needs from the checks: the checks it can ask for, and a run
 * that gives the checks' own result (src/checks/result.ts) with what it takes to show
 * it: the label and mark the check file gives the outcome, the facts it was reached
 * from, and every cited entry as a citation with link and status.
 */
import type { CheckResult } from '../checks/result.ts';
import type { CheckSpec } from '../checks/index.ts';
import type { OutcomeLabel } from '../knowledge/checks/presentation.ts';
import type { Status } from '../knowledge/schema.ts';

export type { CheckSpec, FactChoice, FactSpec } from '../checks/index.ts';
export type { OutcomeLabel, Verdict } from '../knowledge/checks/presentation.ts';

export type FactValue = boolean | number | string | string[];
export type Facts = Record<string, FactValue>;

export interface CitationView {
  /** "tiltaksforskriften § 14-5 annet ledd bokstav c". */
  text: string;
  url: string | null;
  /** Marked in the answer when it is not law in force. */
  status: Status;
}

export interface CheckReply {
  result: CheckResult;
  outcome: OutcomeLabel;
  /** The facts the result was reached from, for the record and to share the same answer. */
  facts: Facts;
  /** Every entry id the result cites, resolved. */
  sources: Record<string, CitationView>;
  /** The check's English title and the outcome's English label, where its file gives them (shown to an English asker). */
  titleEn?: string;
  outcomeLabelEn?: string;
}

export interface FactError {
  /** The fact at fault, or null when the problem spans several. */
  fact: string | null;
  message: string;
}

export type CheckRun = { ok: true; reply: CheckReply } | { ok: false; errors: FactError[] };

export interface CheckPort {
  list(): CheckSpec[];
  /** With `language: 'en'`, the check's own texts in English where its file has them. */
  run(checkId: string, facts: Facts, options?: { asOf?: string; language?: 'nb' | 'en' }): CheckRun;
}
