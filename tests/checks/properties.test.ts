/**
 * Property-based tests: whatever the input, the evaluator answers (a verdict or an error
 * that names a field), never crashes, never defaults a missing fact, and never changes a
 * settled answer when more facts are given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { listChecks, runCheck, type CheckSummary } from '../../src/checks/index.ts';
import type { FactDef } from '../../src/knowledge/checks/schema.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid; run npm run kb:check');
const kb = loaded.kb;
const checks = listChecks(kb);
const ERROR_KINDS = new Set(['invalid_facts', 'unknown_check', 'invalid_date', 'no_rule_value']);

/** A value the fact accepts, biased towards the edges of its range. */
function validValue(def: FactDef): fc.Arbitrary<unknown> {
  switch (def.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...def.values!.map((v) => v.value));
    case 'list':
      return fc.subarray(def.values!.map((v) => v.value));
    case 'number': {
      const min = def.min ?? 0;
      const max = def.max ?? 100_000_000;
      return fc.oneof(fc.constantFrom(min, max), fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }));
    }
  }
}

/** Some of the check's facts, each with a valid value or null ("don't know"). */
function someFacts(check: CheckSummary): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.fromEntries(check.facts.map((f) => [f.name, fc.option(validValue(f), { nil: null })]));
  return fc.record(entries, { requiredKeys: [] });
}

const date = fc.date({ min: new Date('2010-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function given(facts: Record<string, unknown>): Set<string> {
  return new Set(Object.entries(facts).filter(([, v]) => v !== null && v !== undefined).map(([k]) => k));
}

describe.each(checks.map((c) => [c.id, c] as const))('check %s', (_, check) => {
  it('answers any valid facts on any date: a verdict that keeps its invariants, or a named error', () => {
    fc.assert(
      fc.property(someFacts(check), date, (facts, asOf) => {
        const run = runCheck(kb, check.id, facts, { asOf });
        if (!run.ok) {
          expect(ERROR_KINDS.has(run.error.kind)).toBe(true);
          expect(run.error.field.length).toBeGreaterThan(0);
          expect(run.error.allowed.length).toBeGreaterThan(0);
          return;
        }
        const r = run.result;
        expect(check.outcomes).toContain(r.outcome);
        // Unknown is an answer: needs_more_info exactly when questions remain, and only about facts not given.
        expect(r.outcome === 'needs_more_info').toBe(r.questions.length > 0);
        for (const q of r.questions) expect(given(facts).has(q.fact), q.fact).toBe(false);
        for (const c of r.criteria) {
          expect(c.citations.length).toBeGreaterThan(0);
          for (const id of c.citations) expect(kb.entryById.get(id)?.status).not.toBe('proposed');
        }
        if (r.procedure?.value === null) expect(r.outcome).toBe('needs_more_info');
      }),
      { numRuns: 300 },
    );
  });

  it('never changes a settled outcome when more facts are added', () => {
    fc.assert(
      fc.property(someFacts(check), someFacts(check), date, (first, more, asOf) => {
        const before = runCheck(kb, check.id, first, { asOf });
        if (!before.ok || before.result.outcome === 'needs_more_info') return;
        const known = given(first);
        const added = Object.fromEntries(Object.entries(more).filter(([k]) => !known.has(k)));
        const after = runCheck(kb, check.id, { ...first, ...added }, { asOf });
        if (!after.ok) {
          expect(after.error.kind).toBe('invalid_facts'); // the added facts contradict the first ones
          return;
        }
        expect(after.result.outcome).toBe(before.result.outcome);
      }),
      { numRuns: 300 },
    );
  });

  it('does not crash on junk: anything at all, or wrong values under the right names', () => {
    const names = check.facts.map((f) => f.name);
    const junk = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...names, 'other', '__proto__'), fc.anything()));
    fc.assert(
      fc.property(junk, (facts) => {
        const run = runCheck(kb, check.id, facts, { asOf: '2026-11-22' });
        if (!run.ok) expect(run.error.kind).toBe('invalid_facts');
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(someFacts(check), date, (facts, asOf) => {
        expect(JSON.stringify(runCheck(kb, check.id, facts, { asOf }))).toBe(JSON.stringify(runCheck(kb, check.id, facts, { asOf })));
      }),
      { numRuns: 50 },
    );
  });
});

describe('runCheck on bad options', () => {
  it('refuses an unknown check and a bad date with a named field', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (id, asOf) => {
        const run = runCheck(kb, id, {}, { asOf });
        if (!run.ok) expect(['check', 'asOf', 'facts']).toContain(run.error.field === '' ? 'facts' : run.error.field);
      }),
      { numRuns: 200 },
    );
  });
});
