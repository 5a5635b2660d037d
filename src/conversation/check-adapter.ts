/**
 * Connects the checks (src/checks: `listChecks`, `runCheck`) to the CheckPort the
 * conversation uses: the result as the checks give it, the outcome's label and mark
 * from the check's file, every cited entry as a citation with link and status, and
 * errors as one sentence each, in the language asked for.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import { entryUrl, formatCitation } from '../knowledge/citation.ts';
import { statusOn } from '../knowledge/status.ts';
import { listChecks, runCheck, type CheckError } from '../checks/index.ts';
import type { CheckResult } from '../checks/result.ts';
import type { CheckPort, CitationView, FactError } from './check-port.ts';
import type { Language } from '../answers/language.ts';
import { labels } from '../answers/labels.ts';

export function createCheckPort(kb: KnowledgeBase): CheckPort {
  const specs = listChecks(kb);
  const labels = new Map(specs.map((c) => [c.id, c.outcomeLabels]));
  const titlesEn = new Map(specs.flatMap((c) => (c.titleEn ? [[c.id, c.titleEn] as const] : [])));
  const labelsEn = new Map(kb.checks.map((c) => [c.id, c.outcome_labels_en]));

  const cite = (id: string, asOf: string): CitationView => {
    const entry = kb.entryById.get(id);
    const source = entry && kb.sources.get(entry.source);
    if (!entry || !source) return { text: id, url: null, status: 'in_force' };
    return { text: formatCitation(entry, source), url: entryUrl(entry, source), status: statusOn(entry, asOf).status };
  };

  const citedIds = (r: CheckResult) => [
    ...(r.procedure?.citations ?? []),
    ...(r.routes ?? []).flatMap((x) => x.citations),
    ...r.criteria.flatMap((x) => x.citations),
    ...r.citations,
  ];

  return {
    list: () => specs,
    run(checkId, facts, options = {}) {
      const run = runCheck(kb, checkId, facts, { asOf: options.asOf, ...(options.language === 'en' ? { language: options.language } : {}) });
      if (!run.ok) return { ok: false, errors: [toFactError(run.error, options.language)] };
      const r = run.result;
      const outcome = labels.get(r.check)?.[r.outcome] ?? { label: r.outcome.replace(/[_-]/g, ' '), verdict: 'info' as const };
      const sources = Object.fromEntries(citedIds(r).map((id) => [id, cite(id, r.asOf)]));
      const titleEn = titlesEn.get(r.check);
      const outcomeLabelEn = labelsEn.get(r.check)?.[r.outcome];
      return { ok: true, reply: { result: r, outcome, facts, sources, ...(titleEn ? { titleEn } : {}), ...(outcomeLabelEn ? { outcomeLabelEn } : {}) } };
    },
  };
}

function toFactError(e: CheckError, language?: Language): FactError {
  const t = labels(language);
  switch (e.kind) {
    case 'invalid_facts':
      return { fact: e.field || null, message: e.message };
    case 'no_rule_value':
      return { fact: null, message: t.noRuleValue(e.allowed) };
    case 'unknown_check':
      return { fact: null, message: t.unknownCheck(e.allowed) };
    case 'invalid_date':
      return { fact: null, message: t.dateFormat };
  }
}
