/**
 * The `check --json` contract: other tools build on these field names.
 * {"check", "outcome", "criteria": [{"id", "result", "citations"}], "questions",
 * "citations", and for procurement-options "procedure" and "routes"}. Extra fields
 * (labels, explanations, the date and knowledge version) only add to it.
 */
import { trustLine } from './labels.ts';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { entryUrl } from '../knowledge/citation.ts';
import { statusOn } from '../knowledge/status.ts';
import type { CheckResult } from '../checks/index.ts';
import { citationText } from './check-text.ts';

export function checkToJson(result: CheckResult, kb: KnowledgeBase) {
  return {
    check: result.check,
    outcome: result.outcome,
    outcome_text: result.outcomeText,
    as_of: result.asOf,
    kb_version: kb.version,
    ...(result.procedure ? { procedure: result.procedure.value, procedure_label: result.procedure.label } : {}),
    ...(result.routes
      ? {
          routes: result.routes.map((r) => ({ id: r.id, available: r.available, reasons: r.reasons, citations: r.citations })),
        }
      : {}),
    criteria: result.criteria.map((c) => ({
      id: c.id,
      result: c.result,
      citations: c.citations,
      label: c.label,
      explanation: c.explanation,
      role: c.role,
      basis: c.basis,
      caveat: c.caveat,
    })),
    questions: result.questions,
    citations: result.citations.map((id) => {
      const entry = kb.entryById.get(id)!;
      const source = kb.sources.get(entry.source);
      return {
        id,
        citation: citationText(kb, id),
        title: entry.title,
        status: statusOn(entry, result.asOf).status,
        url: source ? entryUrl(entry, source) : null,
        verification: entry.verification.level,
        unverified: entry.verification.unverified ?? null,
        trust: trustLine(entry),
      };
    }),
  };
}
