/**
 * Connects the checks module (src/checks: `listChecks`, `runCheck`) to the
 * CheckPort the Slack app and the console use. This is the only file that knows
 * the checks' own types; it turns entry ids into citations with links and status,
 * and outcome ids into the short Norwegian label and ✓ / ✗ / ? / ℹ mark the check's file gives.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import { entryUrl, formatCitation } from '../knowledge/citation.ts';
import { statusOn } from '../knowledge/status.ts';
import { listChecks, runCheck, type CheckError, type CheckResult } from '../checks/index.ts';
import type { CheckPort, CheckResultView, CheckSpec, CitationView, FactError, Facts, Tri } from './check-port.ts';

const tri = (t: 'met' | 'not_met' | 'unknown'): Tri => (t === 'met' ? true : t === 'not_met' ? false : null);

export function createCheckPort(kb: KnowledgeBase): CheckPort {
  const summaries = listChecks(kb);
  const specs: CheckSpec[] = summaries.map((c) => ({
    id: c.id,
    title: c.title,
    ...(c.shortTitle ? { shortTitle: c.shortTitle } : {}),
    ...(c.command ? { command: c.command } : {}),
    facts: c.facts.map((f) => ({
      name: f.name,
      type: f.type,
      question: f.question,
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.min !== undefined ? { min: f.min } : {}),
      ...(f.max !== undefined ? { max: f.max } : {}),
      ...(f.values ? { choices: f.values.map((v) => ({ value: v.value, label: v.label, aliases: c.aliases.values.get(f.name)?.get(v.value) ?? [] })) } : {}),
      ...(f.help ? { hint: f.help } : {}),
      aliases: c.aliases.facts.get(f.name) ?? [],
    })),
  }));

  const labels = new Map(summaries.map((c) => [c.id, c.outcomeLabels]));

  const cite = (asOf: string) => (id: string): CitationView => {
    const entry = kb.entryById.get(id);
    const source = entry && kb.sources.get(entry.source);
    if (!entry || !source) return { text: id, url: null, status: 'in_force' };
    return { text: formatCitation(entry, source), url: entryUrl(entry, source), status: statusOn(entry, asOf).status };
  };

  function toView(r: CheckResult, facts: Facts): CheckResultView {
    const c = cite(r.asOf);
    const outcome = labels.get(r.check)?.[r.outcome] ?? { label: r.outcome.replace(/[_-]/g, ' '), verdict: 'info' as const };
    return {
      checkId: r.check,
      title: r.title,
      outcome: r.outcome,
      outcomeLabel: outcome.label,
      outcomeText: r.outcomeText,
      verdict: outcome.verdict,
      ...(r.procedure?.value ? { procedure: { id: r.procedure.value, label: r.procedure.label ?? r.procedure.value, citations: r.procedure.citations.map(c) } } : {}),
      routes: (r.routes ?? []).map((route) => ({ id: route.id, label: route.label, available: route.available, relevant: route.relevant, reasons: route.reasons, citations: route.citations.map(c) })),
      criteria: r.criteria.map((k) => ({
        id: k.id,
        label: k.label,
        met: tri(k.result),
        explanation: k.explanation,
        citations: k.citations.map(c),
        basis: k.basis,
        ...(k.caveat ? { caveat: k.caveat } : {}),
      })),
      questions: r.questions.map((q) => q.question),
      asOf: r.asOf,
      facts,
    };
  }

  return {
    list: () => specs,
    run(checkId, facts, options = {}) {
      const run = runCheck(kb, checkId, facts, { asOf: options.asOf });
      return run.ok ? { ok: true, result: toView(run.result, facts) } : { ok: false, errors: [toFactError(run.error)] };
    },
  };
}

function toFactError(e: CheckError): FactError {
  switch (e.kind) {
    case 'invalid_facts':
      return { fact: e.field || null, message: e.message };
    case 'no_rule_value':
      return { fact: null, message: `Kunnskapsbasen har ikke tallene regelen trenger for denne datoen. Prøv ${e.allowed}.` };
    case 'unknown_check':
      return { fact: null, message: `Ukjent regelsjekk. Tilgjengelige: ${e.allowed}.` };
    case 'invalid_date':
      return { fact: null, message: 'Datoen må skrives ÅÅÅÅ-MM-DD.' };
  }
}
