/**
 * `npm run loadtest -- [--rate 200] [--duration 60] [--amount N] [--lanes 20]
 *                      [--reload-every 10] [--reload-broken] [--json] [--strict]`
 *
 * Starts the bot in HTTP mode on 127.0.0.1 with Slack faked on 127.0.0.1, drives
 * it with signed slash commands (autocannon) and prints throughput, ack and
 * answer latency (p50/p99), errors, and the reloads that happened. Nothing
 * leaves the machine. Exit code 1 when a request failed or went unanswered;
 * with --strict also when a p99 is 50 ms or more. See scripts/loadtest/run.ts.
 */
import { parseArgs } from 'node:util';
import { formatReport, runLoadTest } from './loadtest/run.ts';

const USAGE = 'usage: npm run loadtest -- [--rate 200] [--duration 60] [--amount N] [--lanes 20] [--reload-every SECONDS] [--reload-broken] [--json] [--strict]';
const P99_TARGET_MS = 50;

const { values } = parseArgs({
  options: {
    rate: { type: 'string' },
    duration: { type: 'string' },
    amount: { type: 'string' },
    lanes: { type: 'string' },
    'reload-every': { type: 'string' },
    'reload-broken': { type: 'boolean', default: false },
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

try {
  const report = await runLoadTest(
    {
      rate: num(values.rate),
      duration: num(values.duration),
      amount: num(values.amount),
      lanes: num(values.lanes),
      reloadEvery: num(values['reload-every']),
      reloadBroken: values['reload-broken'],
    },
    (line) => console.error(`… ${line}`),
  );
  console.log(values.json ? JSON.stringify(report) : formatReport(report, { p99Ms: P99_TARGET_MS }));
  const missedTarget = report.ack.p99 >= P99_TARGET_MS || report.answer.p99 >= P99_TARGET_MS;
  process.exit(!report.pass || (values.strict && missedTarget) ? 1 : 0);
} catch (err) {
  if ((err as { name?: string }).name === 'ZodError') {
    console.error(`error: ${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  throw err;
}
