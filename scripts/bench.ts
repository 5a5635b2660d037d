/**
 * `npm run bench`: a benchmark, not a test. For each full-text engine (MiniSearch, our
 * inverted index, a naive scan) prints medians over repeated runs: cold start (read +
 * validate + index) in fresh processes, lookup p50/p99 over the question set; the same
 * on a synthetic knowledge base 100× larger; and the ratios between engines.
 * Lookups of the engines are interleaved round by round, so load from other processes
 * on the machine falls on all of them alike.
 *
 * Options: --rounds N (default 5), --scale N (default 100), --engines a,b (default all).
 */
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadKnowledge, type KnowledgeBase } from '../src/knowledge/load.ts';
import { createLookup, type Lookup } from '../src/search/lookup.ts';
import { ENGINE_NAMES, ENGINES, isEngineName, type EngineName } from '../src/search/engines.ts';
import { spawnSync } from 'node:child_process';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/config/paths.ts';
import { loadQuestions, scoreQuestions } from '../tests/quality/question-set.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, scale: { type: 'string', default: '100' }, engines: { type: 'string', default: ENGINE_NAMES.join(',') } },
});
const ROUNDS = Number(values.rounds);
const SCALE = Number(values.scale);
const ENGINES_RUN = values.engines.split(',').filter((e): e is EngineName => {
  if (!isEngineName(e)) throw new Error(`unknown engine ${e}; known: ${ENGINE_NAMES.join(', ')}`);
  return true;
});
const LABEL: Record<EngineName, string> = { minisearch: 'MiniSearch', inverted: 'inverted', naive: 'naive scan' };
const AS_OF = '2026-11-22';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (n: number) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

function load(dir: string): KnowledgeBase {
  const r = loadKnowledge(dir);
  if (!r.ok) throw new Error(`knowledge at ${dir} is invalid (${r.problems.length} problems)`);
  return r.kb;
}

/** A copy of the knowledge base with every entry repeated `scale` times, text shuffled between copies. */
function makeSyntheticKb(scale: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-bench-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  rmSync(join(dir, 'entries'), { recursive: true });
  rmSync(join(dir, 'checks'), { recursive: true, force: true });
  mkdirSync(join(dir, 'entries'));
  const base = load(KNOWLEDGE_DIR).entries;
  const vocabulary = base.flatMap((e) => e.summary.split(/\s+/));
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let copy = 0; copy < scale; copy++) {
    const entries = base.map((e) => ({
      ...e,
      id: copy === 0 ? e.id : `${e.id}.x${copy}`,
      related: copy === 0 ? e.related : [],
      supersedes: copy === 0 ? e.supersedes : undefined,
      summary:
        copy === 0
          ? e.summary
          : e.summary
              .split(/\s+/)
              .map((w) => (rand() < 0.5 ? vocabulary[Math.floor(rand() * vocabulary.length)] : w))
              .join(' '),
    }));
    writeFileSync(join(dir, 'entries', `copy-${String(copy).padStart(3, '0')}.yaml`), stringify({ entries: JSON.parse(JSON.stringify(entries)) }));
  }
  return dir;
}

/** Cold start in fresh processes, so JIT warm-up and module loading count as they do for a user. */
function coldStarts(dir: string, engine: EngineName) {
  const runs = Array.from({ length: ROUNDS }, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'cold-start.ts'), dir, engine], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold-start failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { loadMs: number; indexMs: number; totalMs: number; rss: number };
  });
  return {
    total: median(runs.map((r) => r.totalMs)),
    load: median(runs.map((r) => r.loadMs)),
    index: median(runs.map((r) => r.indexMs)),
    rss: median(runs.map((r) => r.rss)),
  };
}

async function measure(label: string, dir: string, queries: string[]) {
  const kb = load(dir);
  console.log(`\n## ${label}: ${kb.entries.length} entries, ${queries.length} queries × ${ROUNDS} rounds`);
  const results = new Map<EngineName, { lookup: Lookup; samples: number[] }>();
  for (const engine of ENGINES_RUN) {
    const cold = coldStarts(dir, engine);
    console.log(
      `cold start (${LABEL[engine]}), fresh process: median ${ms(cold.total)} (load ${ms(cold.load)}, index ${ms(cold.index)}) over ${ROUNDS} runs; RSS ${mb(cold.rss)}`,
    );
    results.set(engine, { lookup: createLookup(kb, await ENGINES[engine]()), samples: [] });
  }
  for (const { lookup } of results.values()) for (const q of queries) lookup(q, { asOf: AS_OF }); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const { lookup, samples } of results.values()) {
      for (const q of queries) {
        const t0 = performance.now();
        lookup(q, { asOf: AS_OF });
        samples.push(performance.now() - t0);
      }
    }
  }
  for (const [engine, { samples }] of results) {
    console.log(`lookup (${LABEL[engine]}):`.padEnd(24) + `p50 ${ms(median(samples))}  p99 ${ms(percentile(samples, 99))}  max ${ms(Math.max(...samples))}`);
  }
  // Speed only counts at equal quality: the question set (npm run eval) per engine, on the real knowledge.
  if (dir === KNOWLEDGE_DIR) {
    for (const [engine, { lookup }] of results) {
      const score = scoreQuestions(lookup, loadQuestions());
      console.log(`question set (${LABEL[engine]}):`.padEnd(30) + `top-1 ${(score.top1 * 100).toFixed(1)} %  top-3 ${(score.top3 * 100).toFixed(1)} %`);
    }
  }
  const ratio = (slow: EngineName, fast: EngineName) => {
    const a = results.get(slow)?.samples;
    const b = results.get(fast)?.samples;
    if (!a || !b) return;
    console.log(
      `ratio ${LABEL[slow]} / ${LABEL[fast]}: p50 ×${(median(a) / median(b)).toFixed(1)}  p99 ×${(percentile(a, 99) / percentile(b, 99)).toFixed(1)}`,
    );
  };
  ratio('naive', 'minisearch');
  ratio('naive', 'inverted');
  ratio('minisearch', 'inverted');
  globalThis.gc?.();
  console.log(`RSS after all lookups (this process): ${mb(process.memoryUsage().rss)}`);
  // Other work on a small machine shows up as p99 spikes (a lookup descheduled mid-way); say how busy it was.
  console.log(`load average (1 min) at the end: ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
}

const queries = loadQuestions().map((q) => q.q);
console.log(`# bench (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
await measure('real knowledge base (1×)', KNOWLEDGE_DIR, queries);
const synthetic = makeSyntheticKb(SCALE);
try {
  await measure(`synthetic knowledge base (${SCALE}×)`, synthetic, queries);
} finally {
  rmSync(synthetic, { recursive: true, force: true });
}
