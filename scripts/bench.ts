/**
 * `npm run bench`: a benchmark, not a test. For each full-text engine (MiniSearch, our
 * inverted index, a naive scan) prints medians over repeated runs: cold start (read +
 * validate + index) in fresh processes, lookup p50/p99 over the question set (and CPU time
 * per lookup, which other work on the machine moves less than wall time); the same
 * on a synthetic knowledge base 100× larger; and the ratios between engines.
 * Each engine's lookups run in a process of their own, as in production: in one shared
 * process the garbage of one engine (MiniSearch and the scan make much) is collected
 * during another's lookups and inflates its p99.
 *
 * Options: --rounds N (default 5), --scale N (default 100), --engines a,b (default all).
 * Internal: --lookups-of ENGINE --dir DIR times one engine's lookups and prints JSON.
 */
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadKnowledge, type KnowledgeBase } from '../src/knowledge/load.ts';
import { createLookup } from '../src/search/lookup.ts';
import { ENGINE_NAMES, ENGINES, isEngineName, type EngineName } from '../src/search/engines.ts';
import { spawnSync } from 'node:child_process';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/config/paths.ts';
import { loadQuestions, scoreQuestions } from '../tests/quality/question-set.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    scale: { type: 'string', default: '100' },
    engines: { type: 'string', default: ENGINE_NAMES.join(',') },
    'lookups-of': { type: 'string' },
    dir: { type: 'string' },
  },
});
const ROUNDS = Number(values.rounds);
const SCALE = Number(values.scale);
const ENGINES_RUN = values.engines.split(',').filter((e): e is EngineName => {
  if (!isEngineName(e)) throw new Error(`unknown engine ${e}; known: ${ENGINE_NAMES.join(', ')}`);
  return true;
});
const LABEL: Record<EngineName, string> = { minisearch: 'MiniSearch', inverted: 'inverted', naive: 'naive scan' };
const AS_OF = '2026-11-22';
const WARM_UP_MS = 1000;

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

interface LookupRun {
  samples: number[];
  /** CPU time per lookup over the timed rounds (this process's threads): steadier than wall time when other work shares the cores. */
  cpuMs: number;
  rss: number;
  /** Question-set scores, on the real knowledge only. */
  top1?: number;
  top3?: number;
}

/**
 * One engine's lookups in this process: warm-up, then ROUNDS timed passes over the queries.
 * Warm-up lasts a second (at least one pass), so the optimising compiler has finished
 * with the hot code for every engine alike; a single pass of a fast engine takes a few
 * milliseconds and left compilation to the timed rounds. Cold start is measured apart.
 */
async function lookupsOf(engine: EngineName, dir: string): Promise<LookupRun> {
  const lookup = createLookup(load(dir), await ENGINES[engine]());
  const queries = loadQuestions().map((q) => q.q);
  const warmUntil = performance.now() + WARM_UP_MS;
  do for (const q of queries) lookup(q, { asOf: AS_OF });
  while (performance.now() < warmUntil);
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      lookup(q, { asOf: AS_OF });
      samples.push(performance.now() - t0);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / samples.length;
  const rss = process.memoryUsage().rss;
  // Speed only counts at equal quality: the question set (npm run eval), on the real knowledge.
  const score = dir === KNOWLEDGE_DIR ? scoreQuestions(lookup, loadQuestions()) : undefined;
  return { samples, cpuMs, rss, top1: score?.top1, top3: score?.top3 };
}

function lookupsInChild(engine: EngineName, dir: string): LookupRun {
  const args = ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'bench.ts'), '--lookups-of', engine, '--dir', dir, '--rounds', String(ROUNDS)];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`lookups of ${engine} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as LookupRun;
}

async function measure(label: string, dir: string, queries: string[]) {
  const kb = load(dir);
  console.log(`\n## ${label}: ${kb.entries.length} entries, ${queries.length} queries × ${ROUNDS} rounds after ${WARM_UP_MS} ms of warm-up`);
  const results = new Map<EngineName, LookupRun>();
  for (const engine of ENGINES_RUN) {
    const cold = coldStarts(dir, engine);
    console.log(
      `cold start (${LABEL[engine]}), fresh process: median ${ms(cold.total)} (load ${ms(cold.load)}, index ${ms(cold.index)}) over ${ROUNDS} runs; RSS ${mb(cold.rss)}`,
    );
  }
  for (const engine of ENGINES_RUN) {
    const run = lookupsInChild(engine, dir);
    results.set(engine, run);
    const { samples } = run;
    console.log(
      `lookup (${LABEL[engine]}):`.padEnd(24) +
        `p50 ${ms(median(samples))}  p99 ${ms(percentile(samples, 99))}  max ${ms(Math.max(...samples))}; CPU ${ms(run.cpuMs)} a lookup; RSS after ${mb(run.rss)}` +
        (run.top1 === undefined ? '' : `; question set top-1 ${(run.top1 * 100).toFixed(1)} %, top-3 ${(run.top3! * 100).toFixed(1)} %`),
    );
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
  // Other work on a small machine shows up as p99 spikes (a lookup descheduled mid-way); say how busy it was.
  console.log(`load average (1 min) at the end: ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
}

if (values['lookups-of'] !== undefined) {
  const engine = values['lookups-of'];
  if (!isEngineName(engine) || values.dir === undefined) throw new Error('--lookups-of ENGINE needs a known engine and --dir');
  console.log(JSON.stringify(await lookupsOf(engine, values.dir)));
  process.exit(0);
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
