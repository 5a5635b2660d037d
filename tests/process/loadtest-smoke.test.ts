/**
 * The load test script works end to end, small: a few hundred signed slash
 * commands against the real bot process on 127.0.0.1, with a valid and a broken
 * knowledge edit during the run. Latency is not asserted (CI machines are
 * noisy); `npm run loadtest` is the benchmark.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, runLoadTest } from '../../scripts/loadtest/run.ts';
import { assertLoopback } from '../../scripts/loadtest/bot-process.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';

describe('npm run loadtest (smoke)', () => {
  it('answers every request, reloads on a valid edit, keeps the last good version on a broken one, and stops cleanly', async () => {
    const report = await runLoadTest({ rate: 100, duration: 4, amount: 300, lanes: 10, reloadEvery: 1.2, reloadBroken: true, knowledgeDir: MINI_KB, drainSeconds: 5 });
    const text = formatReport(report);
    expect(report.problems, text).toEqual([]);
    expect(report.pass).toBe(true);
    expect(report.sent).toBe(300);
    expect(report.status2xx).toBe(300);
    expect(report.answered).toBe(300);
    expect(report.answeredVia).toEqual({ ack: 300, response_url: 0 }); // a command's reply is its ack's body
    expect(report.duplicateAnswers).toBe(0);
    expect(report.ack.count).toBe(300);
    expect(report.reloads.done).toBeGreaterThanOrEqual(1);
    expect(report.reloads.failed).toBeGreaterThanOrEqual(1);
    expect(report.bot.exitCode).toBe(0);
    expect(text).toMatch(/throughput +\d/);
    expect(text).toMatch(/ack +p50 [\d.]+ ms .* p99 [\d.]+ ms/);
    expect(text).toMatch(/requests +300 sent, 300 answered 2xx, 0 non-2xx, 0 errors/);
  }, 60_000);

  it('refuses any address but 127.0.0.1', () => {
    expect(() => assertLoopback('http://127.0.0.1:3000/api/')).not.toThrow();
    for (const url of ['http://localhost:3000/', 'http://10.0.0.1/', 'https://slack.com/api/', 'http://[::1]:3000/']) expect(() => assertLoopback(url)).toThrow(/127\.0\.0\.1/);
  });
});
