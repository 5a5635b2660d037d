/**
 * `npm run loadtest -- [--rate 200] [--duration 60] [--amount N] [--lanes 20]
 *                      [--reload-every 10] [--reload-broken] [--compare-bare] [--soak]
 *                      [--json] [--strict] [--instances 2 --database-url postgres://… [--event-rate 10]]`
 *
 * Starts the bot (compiled, as `npm start` runs it) in HTTP mode on 127.0.0.1
 * with Slack faked on 127.0.0.1, drives it with signed slash commands
 * (autocannon) and prints throughput, ack and answer latency (p50/p99), errors,
 * CPU per request, and the reloads that happened. Nothing leaves the machine.
 *
 * --compare-bare  first runs a bare Bolt app that only acks under the same load,
 *                 then the bot, and prints both and the ratios (goal: ack p99 and
 *                 CPU per request within 2× of the bare app's, 0 errors).
 * --node-args "…" options for the bot's node (e.g. "--max-old-space-size=128").
 * --profile DIR   writes a CPU profile of the bot (node --cpu-prof) into DIR.
 * --warm-up N     N requests (default 20) one by one before the measured ones, not measured
 *                 (with --soak new questions too): a long one measures optimised code.
 * --soak          20 000 requests (unless --amount), each one different, and RSS
 *                 after the first 2 000 against the end (goal: within 1.2×).
 *
 * Exit code 1 when a request failed or went unanswered, or a goal of the mode
 * was missed; with --strict also when a p99 is 50 ms or more. See
 * scripts/loadtest/run.ts and docs/hardening.md.
 */
import { parseArgs } from 'node:util';
import { formatReport, runLoadTest, type LoadTestReport } from './loadtest/run.ts';

const USAGE =
  'usage: npm run loadtest -- [--rate 200] [--duration 60] [--amount N] [--lanes 20] [--reload-every SECONDS] [--reload-broken] [--compare-bare] [--soak] [--warm-up 20] [--profile DIR] [--instances N --database-url postgres://… [--event-rate 10]] [--json] [--strict]';
const P99_TARGET_MS = 50;
const BARE_FACTOR = 2;

const { values } = parseArgs({
  options: {
    rate: { type: 'string' },
    duration: { type: 'string' },
    amount: { type: 'string' },
    lanes: { type: 'string' },
    'reload-every': { type: 'string' },
    'reload-broken': { type: 'boolean', default: false },
    'compare-bare': { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    profile: { type: 'string' },
    'warm-up': { type: 'string' },
    'node-args': { type: 'string' },
    instances: { type: 'string' },
    'database-url': { type: 'string' },
    'event-rate': { type: 'string' },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const progress = (line: string) => console.error(`… ${line}`);

/** Bot against bare, side by side, with the goals of issue 9. */
function formatComparison(bare: LoadTestReport, bot: LoadTestReport): { text: string; met: boolean } {
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? NaN : Math.round((a / b) * 100) / 100);
  const ackRatio = ratio(bot.ack.p99, bare.ack.p99);
  const cpuRatio = ratio(bot.bot.cpuMsPerRequest, bare.bot.cpuMsPerRequest);
  const errors = bot.errors + bot.timeouts + bot.non2xx + bot.errorReplies + bot.missing;
  const met = ackRatio <= BARE_FACTOR && cpuRatio <= BARE_FACTOR && errors === 0;
  const row = (label: string, b: string, r: string, x: string) => `${label.padEnd(16)} ${b.padStart(12)} ${r.padStart(12)} ${x.padStart(8)}`;
  return {
    met,
    text: [
      'Bot against a bare Bolt app that only acks, same load, same run:',
      row('', 'bare', 'bot', 'bot/bare'),
      row('ack p50 (ms)', String(bare.ack.p50), String(bot.ack.p50), String(ratio(bot.ack.p50, bare.ack.p50))),
      row('ack p99 (ms)', String(bare.ack.p99), String(bot.ack.p99), String(ackRatio)),
      row('CPU/request (ms)', String(bare.bot.cpuMsPerRequest), String(bot.bot.cpuMsPerRequest), String(cpuRatio)),
      row('throughput (/s)', String(bare.throughput), String(bot.throughput), ''),
      row('errors', String(bare.errors + bare.timeouts + bare.non2xx), String(errors), ''),
      `machine during the bot's run: ${bot.machine.cpu ? `${bot.machine.cpu.machineBusy} % busy, other processes ${bot.machine.cpu.others} %` : 'n/a'}; load average ${bot.machine.loadAfter.map((x) => x.toFixed(2)).join(' ')}`,
      `goal (ack p99 and CPU/request within ${BARE_FACTOR}× of bare, 0 errors): ${met ? 'MET' : 'MISSED'}`,
    ].join('\n'),
  };
}

try {
  const options = {
    rate: num(values.rate),
    duration: num(values.duration),
    amount: num(values.amount) ?? (values.soak ? 20_000 : undefined),
    lanes: num(values.lanes),
    reloadEvery: num(values['reload-every']),
    reloadBroken: values['reload-broken'],
    soak: values.soak,
    profileDir: values.profile,
    warmUp: num(values['warm-up']),
    nodeArgs: values['node-args']?.split(/\s+/).filter(Boolean) ?? [],
    instances: num(values.instances),
    databaseUrl: values['database-url'],
    eventRate: num(values['event-rate']),
  };
  if (values.soak && options.duration === undefined) options.duration = Math.ceil((options.amount ?? 20_000) / (options.rate ?? 200)) + 30;
  const bare = values['compare-bare'] ? await runLoadTest({ ...options, app: 'bare' }, progress) : undefined;
  const report = await runLoadTest(options, progress);
  const comparison = bare ? formatComparison(bare, report) : undefined;
  if (values.json) console.log(JSON.stringify(bare ? { bare, bot: report, goalMet: comparison!.met } : report));
  else {
    if (bare) console.log(`${formatReport(bare, { p99Ms: P99_TARGET_MS })}\n`);
    console.log(formatReport(report, { p99Ms: P99_TARGET_MS }));
    if (comparison) console.log(`\n${comparison.text}`);
  }
  const missedTarget = report.ack.p99 >= P99_TARGET_MS || report.answer.p99 >= P99_TARGET_MS;
  process.exit(!report.pass || (comparison && !comparison.met) || (values.strict && missedTarget) ? 1 : 0);
} catch (err) {
  if ((err as { name?: string }).name === 'ZodError') {
    console.error(`error: ${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  throw err;
}
