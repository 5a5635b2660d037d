/**
 * What the Slack app and the console need from the checks, in their terms. The
 * checks themselves (src/checks, knowledge/checks) are owned elsewhere; the adapter
 * in check-adapter.ts is the only code that knows their exact types, so a change
 * there touches one file here.
 */
import type { CheckCommand } from '../knowledge/checks/presentation.ts';

export type FactType = 'boolean' | 'number' | 'enum' | 'list';

export interface FactChoice {
  value: string;
  /** Norwegian label shown in the modal. */
  label: string;
  /** Other words people type for it (`oppdragsgiver=kommune`). */
  aliases?: string[];
}

export interface FactSpec {
  name: string;
  type: FactType;
  /** The question in Norwegian that asks for the fact. */
  question: string;
  unit?: string;
  min?: number;
  max?: number;
  /** For enum and list facts. */
  choices?: FactChoice[];
  /** Extra help shown under the field. */
  hint?: string;
  /** Names people type for it (`verdi=450000`); the first is its short name. */
  aliases?: string[];
}

export interface CheckSpec {
  id: string;
  /** Norwegian title, e.g. "Reservert kontrakt og anskaffelsesvei". */
  title: string;
  /** The title where room is short (a modal's 24 characters). */
  shortTitle?: string;
  /** The slash command that asks for the check, if it has one. */
  command?: CheckCommand;
  facts: FactSpec[];
}

export type FactValue = boolean | number | string | string[];
export type Facts = Record<string, FactValue>;

export interface CitationView {
  /** "tiltaksforskriften § 14-5 annet ledd bokstav c". */
  text: string;
  url: string | null;
  /** Marked in the answer when it is not law in force. */
  status: 'in_force' | 'proposed' | 'guidance' | 'background' | 'historical';
}

export type Tri = true | false | null;

export interface CriterionView {
  id: string;
  label: string;
  /** true = met, false = not met, null = unknown. */
  met: Tri;
  explanation: string;
  citations: CitationView[];
  /** What the criterion rests on when it is not law (NAV guidance, a report): said next to it. */
  basis?: 'law' | 'guidance' | 'background';
  /** A reservation the check itself states (an interpretation not verified, say). */
  caveat?: string;
}

export interface RouteView {
  id: string;
  label: string;
  available: Tri;
  /** false when the route does not matter for this purchase (e.g. below the limit, nothing else is needed). */
  relevant?: Tri;
  reasons: string[];
  citations: CitationView[];
}

/** How the verdict is marked: ✓, ✗, ?, or ℹ for an outcome that is information, not a yes or no. */
export type Verdict = 'yes' | 'no' | 'unknown' | 'info';

export interface CheckResultView {
  checkId: string;
  title: string;
  /** Machine outcome ("eligible", "needs_more_info", …), a short label and the check's own explanation. */
  outcome: string;
  outcomeLabel: string;
  outcomeText: string;
  verdict: Verdict;
  procedure?: { id: string; label: string; citations: CitationView[] };
  routes: RouteView[];
  criteria: CriterionView[];
  /** Questions still to answer (needs_more_info). */
  questions: string[];
  asOf: string;
  /** The facts the result was reached from, for the record. */
  facts: Facts;
}

export interface FactError {
  /** The fact at fault, or null when the problem spans several. */
  fact: string | null;
  message: string;
}

export type CheckRun = { ok: true; result: CheckResultView } | { ok: false; errors: FactError[] };

export interface CheckPort {
  list(): CheckSpec[];
  run(checkId: string, facts: Facts, options?: { asOf?: string }): CheckRun;
}
