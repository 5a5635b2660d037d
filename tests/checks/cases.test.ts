/**
 * Runs tests/checks/cases*.yaml against the real knowledge base: every case is facts and a
 * date in, and the outcome, citations, criteria, questions, procedure and routes expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { runCheck, type CheckResult } from '../../src/checks/index.ts';

const Truth = z.enum(['met', 'not_met', 'unknown', 'absent']);
const RouteExpectation = z.union([
  z.boolean(),
  z.null(),
  z.object({ available: z.boolean().nullable(), cites: z.array(z.string()).default([]), not_cited: z.array(z.string()).default([]) }).strict(),
]);
const Case = z
  .object({
    name: z.string(),
    check: z.string(),
    as_of: z.string(),
    facts: z.unknown(),
    expect: z.union([
      z.object({ error: z.object({ kind: z.string(), field: z.string() }).strict() }).strict(),
      z
        .object({
          outcome: z.string(),
          cites: z.array(z.string()).default([]),
          not_cited: z.array(z.string()).default([]),
          criteria: z.record(z.string(), Truth).default({}),
          questions: z.array(z.string()).optional(),
          procedure: z.string().nullable().optional(),
          routes: z.record(z.string(), RouteExpectation).default({}),
        })
        .strict(),
    ]),
  })
  .strict();

// cases.yaml, and one cases-<topic>.yaml per change of the law, each read the same way.
const caseFiles = readdirSync(import.meta.dirname).filter((f) => /^cases(-[a-z0-9-]+)?\.yaml$/.test(f)).sort();
const cases = caseFiles.flatMap(
  (f) => z.object({ cases: z.array(Case).min(1) }).strict().parse(parse(readFileSync(join(import.meta.dirname, f), 'utf8'), { merge: true })).cases,
);

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(`knowledge base invalid: ${loaded.problems.length} problem(s); run npm run kb:check`);
const kb = loaded.kb;

function criterionResult(result: CheckResult, id: string): string {
  return result.criteria.find((c) => c.id === id)?.result ?? 'absent';
}

describe('check cases (tests/checks/cases*.yaml)', () => {
  it('has at least 50 cases, across all four checks, with unique names, and cases for every check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const check of kb.checks) expect(cases.filter((c) => c.check === check.id).length, `cases for ${check.id} in tests/checks/cases*.yaml`).toBeGreaterThan(0);
    for (const id of ['reserved-contract', 'in-house', 'procurement-options', 'provider-approval']) {
      expect(cases.filter((c) => c.check === id).length, id).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const run = runCheck(kb, c.check, c.facts, { asOf: c.as_of });
    const want = c.expect;
    if ('error' in want) {
      expect(run.ok ? run.result.outcome : { kind: run.error.kind, field: run.error.field }).toEqual(want.error);
      if (!run.ok) expect(run.error.allowed.length).toBeGreaterThan(0);
      return;
    }
    if (!run.ok) throw new Error(`expected ${want.outcome}, got error: ${run.error.field}: ${run.error.message}`);
    const r = run.result;
    expect(r.outcome).toBe(want.outcome);
    expect(r.asOf).toBe(c.as_of);
    for (const id of want.cites) expect(r.citations, `cites ${id}`).toContain(id);
    for (const id of want.not_cited) expect(r.citations, `does not cite ${id}`).not.toContain(id);
    for (const [id, result] of Object.entries(want.criteria)) expect(criterionResult(r, id), `criterion ${id}`).toBe(result);
    if (want.questions) expect(r.questions.map((q) => q.fact)).toEqual(want.questions);
    if (want.procedure !== undefined) expect(r.procedure?.value).toBe(want.procedure);
    for (const [id, route] of Object.entries(want.routes)) {
      const actual = r.routes?.find((x) => x.id === id);
      expect(actual, `route ${id}`).toBeDefined();
      const expected = route !== null && typeof route === 'object' ? route : { available: route, cites: [], not_cited: [] };
      expect(actual!.available, `route ${id}`).toBe(expected.available);
      for (const e of expected.cites) expect(actual!.citations, `route ${id} cites ${e}`).toContain(e);
      for (const e of expected.not_cited) expect(actual!.citations, `route ${id} does not cite ${e}`).not.toContain(e);
    }
    // Every criterion shown is cited, and the check's own criteria's citations are listed at the top.
    for (const criterion of r.criteria) {
      expect(criterion.citations.length, criterion.id).toBeGreaterThan(0);
      if (!criterion.id.includes('.')) for (const id of criterion.citations) expect(r.citations).toContain(id);
    }
  });
});
