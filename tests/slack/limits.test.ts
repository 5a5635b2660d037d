/**
 * Every answer the bot can give stays within Block Kit's limits: each question of
 * the question set (every page, ephemeral and shared), no-hit answers, help, the
 * Home tab, every check's modal, and check outcomes. Also answers made
 * deliberately too big, to prove the fitting works rather than the data being small.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge/load.ts';
import { createLookup, type LookupResult } from '../../src/search/lookup.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { loadQuestions } from '../quality/question-set.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { renderLookup } from '../../src/slack/blocks/render-lookup.ts';
import { PAGE_SIZE } from '../../src/conversation/dispatch.ts';
import { renderHelp } from '../../src/slack/blocks/help.ts';
import { renderHome } from '../../src/slack/blocks/home.ts';
import { checkModal, resultModal } from '../../src/slack/blocks/modals.ts';
import { renderCheckMessage, renderFactErrors } from '../../src/slack/blocks/render-check.ts';
import { LIMITS, limitViolations } from '../../src/slack/blocks/limits.ts';
import { createCheckPort } from '../../src/conversation/check-adapter.ts';
import type { CheckPort, CheckSpec, Facts, FactSpec, FactValue } from '../../src/conversation/check-port.ts';
import { listChecks } from '../../src/checks/index.ts';
import fc from 'fast-check';
import { fakeCheckPort, FAKE_SPECS } from './helpers/fake-checks.ts';
import { expectWithinLimits } from './helpers/within-limits.ts';

const real = loadKnowledge(KNOWLEDGE_DIR);
const mini = loadKnowledge(MINI_KB);
if (!mini.ok) throw new Error('mini fixture invalid');
const AS_OF = '2026-11-22';

/** Renders every page of the answer, ephemeral and shared; one lookup, sliced, as paging would see it. */
const lookups = new Map<KnowledgeBase, ReturnType<typeof createLookup>>();
function renderEveryPage(kb: KnowledgeBase, query: string, asOf = AS_OF): number {
  if (!lookups.has(kb)) lookups.set(kb, createLookup(kb));
  const all = lookups.get(kb)!(query, { top: 1000, asOf });
  let pages = 0;
  for (let offset = 0; pages === 0 || offset < all.total; offset += PAGE_SIZE) {
    const result: LookupResult = { ...all, hits: all.hits.slice(offset, offset + PAGE_SIZE) };
    const ephemeral = renderLookup(result, { offset, shareable: true, kbVersion: kb.version });
    const shared = renderLookup(result, { offset, shareable: false, sharedBy: 'U0123ABCD', kbVersion: kb.version });
    expectWithinLimits('message', ephemeral, `«${query}» page ${pages + 1}`);
    expectWithinLimits('message', shared, `«${query}» page ${pages + 1} (shared)`);
    pages++;
  }
  return pages;
}

describe('Block Kit limits', () => {
  it.skipIf(!real.ok)('holds for every page of every answer to the question set (live knowledge)', () => {
    if (!real.ok) return;
    const questions = loadQuestions();
    let pages = 0;
    for (const q of questions) pages += renderEveryPage(real.kb, q.q, q.as_of);
    expect(pages).toBeGreaterThanOrEqual(questions.length);
  });

  it('holds for every answer to the question set on the fixture knowledge too (runs even while knowledge/ is being edited)', () => {
    for (const q of loadQuestions()) renderEveryPage(mini.kb, q.q, q.as_of);
  });

  it('holds for help, the Home tab and no-hit answers', () => {
    const kb = real.ok ? real.kb : mini.kb;
    expectWithinLimits('message', renderHelp(FAKE_SPECS), 'help');
    expectWithinLimits('home', renderHome(kb, FAKE_SPECS), 'home');
    expectWithinLimits('home', renderHome(mini.kb, []), 'home (mini)');
    const none = createLookup(kb)('xyzzy plugh', { asOf: AS_OF });
    expect(none.hits).toHaveLength(0);
    expectWithinLimits('message', renderLookup(none, { offset: 0, shareable: true, kbVersion: kb.version }), 'no hits');
  });

  it('fits answers whose entries are far too long, by splitting and paging, never by failing', () => {
    const lookup = createLookup(mini.kb);
    const result = lookup('§ 14-5', { top: 3, asOf: AS_OF });
    expect(result.hits.length).toBeGreaterThan(1);
    const huge: LookupResult = {
      ...result,
      query: 'x'.repeat(5000),
      hits: result.hits.map((h) => ({
        ...h,
        citation: 'c'.repeat(4000),
        entry: { ...h.entry, title: 't'.repeat(4000), summary: `${'Et langt sammendrag. '.repeat(600)}\n\n${'<@U1> & <!channel> '.repeat(200)}`, change_note: 'n'.repeat(5000) },
      })),
    };
    const message = renderLookup(huge, { offset: 0, shareable: true, kbVersion: 'v' });
    expectWithinLimits('message', message, 'oversized');
    // Not everything fits on one page: the rest is offered as "Flere treff".
    expect(JSON.stringify(message.blocks)).toContain('lookup_next_page');
    expect(JSON.stringify(message.blocks)).not.toContain('<!channel>');
  });

  it('holds for every check modal, outcome and fact error (stand-in checks)', () => {
    checkAll(fakeCheckPort(), 'fake');
  });

  it.skipIf(!real.ok)('holds for every check modal and outcome of the real checks (live knowledge)', () => {
    if (!real.ok) return;
    const port = createCheckPort(real.kb);
    expect(port.list().length).toBeGreaterThan(0);
    checkAll(port, 'real');
  });

  // Every check's outcomes from generated facts: about 2 s alone, past 5 s when the full suite (with the database tests' PGlite) shares a busy 2-core machine.
  it.skipIf(!real.ok)('holds for every outcome each real check declares, reached from generated facts (seeded)', () => {
    if (!real.ok) return;
    const port = createCheckPort(real.kb);
    for (const check of listChecks(real.kb)) {
      const spec = port.list().find((s) => s.id === check.id)!;
      const seen = new Set<string>();
      for (const facts of [...fc.sample(factsArbitrary(spec), { numRuns: 400, seed: 4242 }), ...climb(port, spec)]) {
        const run = port.run(spec.id, facts, { asOf: AS_OF });
        if (!run.ok) {
          expectWithinLimits('message', renderFactErrors('/x-check', spec, run.errors), `${spec.id} errors`);
          continue;
        }
        seen.add(run.reply.result.outcome);
        expectWithinLimits('modal', resultModal(run.reply, 'v'), `${spec.id} ${run.reply.result.outcome} modal`);
        expectWithinLimits('message', renderCheckMessage(run.reply, { kbVersion: 'v', shareValue: '{}' }), `${spec.id} ${run.reply.result.outcome}`);
      }
      expect([...seen].sort(), `outcomes reached for ${check.id}`).toEqual([...check.outcomes].sort());
    }
  }, 30_000);

  it('reports breaches it is meant to catch', () => {
    const bad = { text: 'x', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }, { type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3001) } }] };
    expect(limitViolations('message', bad)).toHaveLength(2);
    expect(limitViolations('message', { text: 'x', blocks: Array.from({ length: LIMITS.blocksPerMessage + 1 }, () => ({ type: 'divider' })) })).toHaveLength(1);
  });
});

function checkAll(port: CheckPort, label: string): void {
  for (const spec of port.list()) {
    expectWithinLimits('modal', checkModal(spec, { checkId: spec.id, responseUrl: `https://hooks.slack.com/commands/T0/${'1'.repeat(60)}` }), `${label} modal ${spec.id}`);
    const samples = [{}, ...sampleFacts(spec)];
    for (const facts of samples) {
      const run = port.run(spec.id, facts, { asOf: AS_OF });
      if (!run.ok) {
        expectWithinLimits('message', renderFactErrors('/x-check', spec, run.errors), `${label} ${spec.id} errors`);
        continue;
      }
      expectWithinLimits('modal', resultModal(run.reply, 'v'), `${label} ${spec.id} result modal`);
      expectWithinLimits('message', renderCheckMessage(run.reply, { kbVersion: 'v', shareValue: '{}' }), `${label} ${spec.id} result`);
    }
  }
}

/** Any subset of a check's facts, with values at and around the boundaries that matter. */
function factsArbitrary(spec: CheckSpec): fc.Arbitrary<Facts> {
  const value = (f: FactSpec): fc.Arbitrary<FactValue> => {
    switch (f.type) {
      case 'boolean':
        return fc.boolean();
      case 'number': {
        const min = f.min ?? 0;
        const max = f.max ?? 100_000_000;
        const marks = [0, 19, 20, 21, 29.9, 30, 33, 34, 50, 79, 80, 80.1, 81, 99_999, 100_000, 1_300_000, 2_000_000, 8_000_000, 60_000_000].filter((n) => n >= min && n <= max);
        return fc.oneof(fc.constantFrom(min, max, ...marks), fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 1e8)) }));
      }
      case 'enum':
        return fc.constantFrom(...(f.values ?? []).map((c) => c.value));
      case 'list':
        return fc.subarray((f.values ?? []).map((c) => c.value));
    }
  };
  const record = Object.fromEntries(spec.facts.map((f) => [f.name, fc.option(value(f), { nil: undefined, freq: 4 })]));
  return fc.record(record).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Facts);
}

/** Boundary values and choices to try for a fact. */
function candidates(f: FactSpec): FactValue[] {
  switch (f.type) {
    case 'boolean':
      return [true, false];
    case 'number':
      return [f.min ?? 0, 19, 20, 21, 30, 33, 34, 80, 81, 99_999, 100_000, 2_000_000, 60_000_000, f.max ?? 1e8].filter((n) => n >= (f.min ?? 0) && n <= (f.max ?? 1e8));
    case 'enum':
      return (f.values ?? []).map((c) => c.value);
    case 'list':
      return [[], ...(f.values ?? []).map((c) => [c.value])];
  }
}

/**
 * Outcomes that need many facts right at once (every approval rule met) are out of
 * reach of random facts. Climb to the facts that meet the most criteria, then take
 * every one-fact change from there: that reaches the "all met" outcomes and their
 * neighbours ("NAV must assess", "does not meet") deterministically.
 */
function climb(port: CheckPort, spec: CheckSpec): Facts[] {
  const score = (facts: Facts) => {
    const run = port.run(spec.id, facts, { asOf: AS_OF });
    if (!run.ok) return -1e6;
    const r = run.reply.result;
    return r.criteria.filter((c) => c.result === 'met').length * 2 - r.criteria.filter((c) => c.result === 'not_met').length * 3 - r.questions.length;
  };
  let best: Facts = Object.fromEntries(spec.facts.map((f) => [f.name, candidates(f)[0]!]));
  let bestScore = score(best);
  for (let pass = 0; pass < 4; pass++) {
    for (const f of spec.facts) {
      for (const v of candidates(f)) {
        const trial = { ...best, [f.name]: v };
        const s = score(trial);
        if (s > bestScore) [best, bestScore] = [trial, s];
      }
    }
  }
  const neighbours = spec.facts.flatMap((f) => candidates(f).map((v) => ({ ...best, [f.name]: v })));
  return [best, ...neighbours];
}

/** A few fact combinations per check: all yes / high, all no / low. */
function sampleFacts(spec: ReturnType<CheckPort['list']>[number]) {
  const pick = (high: boolean) =>
    Object.fromEntries(
      spec.facts.map((f) => {
        switch (f.type) {
          case 'boolean':
            return [f.name, high];
          case 'number':
            return [f.name, high ? Math.min(f.max ?? 1_000_000, 1_000_000) : (f.min ?? 0)];
          case 'enum':
            return [f.name, (high ? f.values?.[0] : f.values?.at(-1))?.value ?? ''];
          case 'list':
            return [f.name, high ? (f.values ?? []).map((c) => c.value) : []];
        }
      }),
    );
  return [pick(true), pick(false)];
}
