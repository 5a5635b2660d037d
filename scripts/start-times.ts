/**
 * `npm run bench:start [-- --runs 5]`: how long the tools take to start, against
 * bare `node` and against node plus loading the knowledge (kb:check), which is the
 * floor for anything that answers. Prints wall time and CPU time (user + system,
 * the child's own, from /proc/self/stat) as medians; on a busy machine the CPU
 * time is the figure to compare. The goal (issue 9): `ask` and the bot's start to
 * ready within 3× of bare node plus the knowledge load.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config/paths.ts';
import { ensureBuilt } from './build.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const HZ = 100;

/** CPU of waited-for children so far (cutime + cstime), in ms. */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / HZ;
}

/** Runs `cmd` until it exits, or until stderr shows `ready` (then stops it); wall and CPU in ms. */
function once(cmd: string[], env: Record<string, string> = {}, ready?: RegExp): Promise<{ wallMs: number; cpuMs: number }> {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd[0]!, cmd.slice(1), { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let wallMs = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (ready && !wallMs && ready.test(err)) {
        wallMs = performance.now() - started;
        process.kill(-child.pid!, 'SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!wallMs) wallMs = performance.now() - started;
      if (code !== 0 && !(ready && signal)) return reject(new Error(`${cmd.join(' ')} exited ${code}: ${err.slice(-300)}`));
      resolve({ wallMs, cpuMs: childrenCpuMs() - cpuBefore });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, cmd: string[], env?: Record<string, string>, ready?: RegExp) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(cmd, env, ready));
  // A process stopped at ready under npm is npm's grandchild: its CPU never reaches our children's account.
  const cpuKnown = !(ready && cmd[0] === 'npm');
  const r = { label, wallMs: Math.round(median(runs.map((x) => x.wallMs))), cpuMs: cpuKnown ? Math.round(median(runs.map((x) => x.cpuMs))) : NaN };
  console.log(`${label.padEnd(44)} wall ${String(r.wallMs).padStart(6)} ms   cpu ${cpuKnown ? `${String(r.cpuMs).padStart(6)} ms` : '     – (not measurable)'}`);
  return r;
}

await ensureBuilt();
const httpBot = { SLACK_BOT_TOKEN: 'xoxb-start-0000-timeonly', SLACK_SIGNING_SECRET: '00112233445566778899aabbccddeeff', HOST: '127.0.0.1', PORT: '0', LOG_FORMAT: 'json', SLACK_API_URL: 'http://127.0.0.1:9/api/' };
const listening = /"event":"slack\.listening"/;
console.log(`start times, median of ${RUNS}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const node = await measure('node -e 0 (bare node)', [process.execPath, '-e', '0']);
const kb = await measure('kb:check (node + knowledge load)', [process.execPath, 'dist/cli/kb-check.js']);
const ask = await measure('ask "utbytte" (compiled)', [process.execPath, 'dist/cli/ask.js', 'utbytte']);
const npmAsk = await measure('npm run ask -- "utbytte"', ['npm', 'run', '--silent', 'ask', '--', 'utbytte']);
const tsxAsk = await measure('tsx src/cli/ask.ts "utbytte" (before)', ['node_modules/.bin/tsx', 'src/cli/ask.ts', 'utbytte']);
const bot = await measure('bot to listening (node dist/main.js)', [process.execPath, 'dist/main.js'], httpBot, listening);
const npmStart = await measure('npm start to listening', ['npm', 'start'], httpBot, listening);
const tsxBot = await measure('bot to listening, tsx (before)', [process.execPath, '--import', 'tsx', 'src/main.ts'], httpBot, listening);
const floor = kb.cpuMs;
console.log(`\nfloor (node + knowledge load): ${floor} ms CPU. Ratios to it (goal ≤ 3, bare node alone is ${node.cpuMs} ms):`);
for (const r of [ask, npmAsk, tsxAsk, bot, npmStart, tsxBot]) console.log(`  ${r.label.padEnd(42)} ${(r.cpuMs / floor).toFixed(2)}× CPU, ${(r.wallMs / kb.wallMs).toFixed(2)}× wall`);
