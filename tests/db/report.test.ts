import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackRepo } from '../../src/db/feedback.ts';
import type { OpenDatabase } from '../../src/db/open.ts';
import { runReport, type ReportOptions } from '../../src/cli/report-command.ts';
import { UsageError } from '../../src/cli/common.ts';
import { OPEN_TIMEOUT_MS, openTestPglite } from './helpers/databases.ts';

const base: ReportOptions = { days: 90, limit: 20, json: false, purge: false };

describe('npm run report', () => {
  let opened: OpenDatabase;
  const clock = 1_800_000_000_000;
  beforeAll(async () => {
    opened = await openTestPglite();
  }, OPEN_TIMEOUT_MS);
  afterAll(() => opened?.close());

  it('lists the most asked gaps with the entry ids shown, per workspace or for all', async () => {
    const feedback = createFeedbackRepo(opened.db, { pseudonymKey: Buffer.alloc(32, 1), now: () => clock });
    for (const user of ['U1', 'U2', 'U3']) await feedback.record({ workspaceKey: 'T:T0A', kind: 'no_hits', userId: user, question: 'Parkering', entryIds: [], kbVersion: 'v' });
    await feedback.record({ workspaceKey: 'T:T0A', kind: 'down', userId: 'U1', question: 'utbytte', entryIds: ['tf-14-5'], kbVersion: 'v' });
    await feedback.record({ workspaceKey: 'T:T0B', kind: 'weak', userId: 'U9', question: 'ferie', entryIds: ['x-1'], kbVersion: 'v' });
    const forA = await runReport({ ...base, team: 'T0A' }, feedback, 'test db', clock);
    expect(forA.split('\n').slice(1)).toEqual(['   3×  "parkering"  (no hits)', '   1×  "utbytte"  (thumbs down; shown: tf-14-5)']);
    expect(await runReport(base, feedback, 'test db', clock)).toContain('"ferie"  (weak hits; shown: x-1)');
    const json = JSON.parse(await runReport({ ...base, team: 'T0B', json: true }, feedback, 'test db', clock)) as { gaps: { question: string }[] };
    expect(json.gaps.map((g) => g.question)).toEqual(['ferie']);
  });

  it('names editors and turns logging off for one workspace', async () => {
    const feedback = createFeedbackRepo(opened.db, { pseudonymKey: Buffer.alloc(32, 1), now: () => clock });
    expect(await runReport({ ...base, team: 'T0A', editors: 'U0ED1,U0ED2' }, feedback, 'db', clock)).toBe('T0A: logging on; editors: U0ED1, U0ED2');
    expect(await runReport({ ...base, team: 'T0A', logging: 'off' }, feedback, 'db', clock)).toBe('T0A: logging off; editors: U0ED1, U0ED2');
    expect(await runReport({ ...base, team: 'T0A' }, feedback, 'db', clock)).toContain('No questions without a good answer');
  });

  it.each([
    [{ team: 'kommunen' }, /--team needs a Slack team id/],
    [{ logging: 'maybe', team: 'T0A' }, /--logging needs on or off/],
    [{ editors: 'U0ED1' }, /add --team/],
    [{ team: 'T0A', editors: 'kari' }, /--editors needs Slack user ids/],
  ])('refuses %o with a line saying what to type', async (bad, message) => {
    const feedback = createFeedbackRepo(opened.db, { pseudonymKey: Buffer.alloc(32, 1) });
    await expect(runReport({ ...base, ...bad }, feedback, 'db')).rejects.toThrow(UsageError);
    await expect(runReport({ ...base, ...bad }, feedback, 'db')).rejects.toThrow(message);
  });
});
