import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackRepo, pseudonym } from '../../src/db/feedback.ts';
import { createFollowRepo } from '../../src/db/follows.ts';
import type { OpenDatabase } from '../../src/db/open.ts';
import { OPEN_TIMEOUT_MS, testDatabases } from './helpers/databases.ts';

const KEY = Buffer.alloc(32, 1);
const DAY = 24 * 60 * 60 * 1000;

describe.each(testDatabases())('feedback log and follows on $name', (target) => {
  let opened: OpenDatabase;
  let clock = 1_800_000_000_000;
  const now = () => clock;
  beforeAll(async () => {
    opened = await target.open();
  }, OPEN_TIMEOUT_MS);
  afterAll(() => opened?.close());

  const ask = (workspaceKey: string, kind: 'no_hits' | 'weak' | 'down' | 'up', question: string, userId = 'U0KARI', entryIds: string[] = []) => ({ workspaceKey, kind, userId, question, entryIds, kbVersion: 'kb-1' });

  it('stores a pseudonym, never the user id, and lists the most asked gaps first with the entry ids shown', async () => {
    const repo = createFeedbackRepo(opened.db, { pseudonymKey: KEY, now });
    await repo.record(ask('T:TA', 'no_hits', 'Parkering for ansatte'));
    await repo.record(ask('T:TA', 'no_hits', 'parkering for ansatte', 'U0OLA'));
    await repo.record(ask('T:TA', 'down', 'utbytte', 'U0OLA', ['tf-14-5-c', 'tf-14-5-b']));
    await repo.record(ask('T:TA', 'up', 'utbytte'));
    await repo.record(ask('T:TB', 'no_hits', 'fisk'));
    const rows = await opened.db.selectFrom('feedback_log').select(['user_hash']).where('workspace_key', '=', 'T:TA').execute();
    expect(rows.map((r) => r.user_hash)).not.toContain('U0KARI');
    expect(rows.map((r) => r.user_hash)).toContain(pseudonym(KEY, 'U0KARI'));
    expect(pseudonym(Buffer.alloc(32, 2), 'U0KARI')).not.toBe(pseudonym(KEY, 'U0KARI'));

    const gaps = await repo.topGaps({ workspaceKey: 'T:TA' });
    expect(gaps).toEqual([
      { kind: 'no_hits', question: 'parkering for ansatte', entryIds: [], count: 2, lastAtMs: clock },
      { kind: 'down', question: 'utbytte', entryIds: ['tf-14-5-c', 'tf-14-5-b'], count: 1, lastAtMs: clock },
    ]);
    expect((await repo.topGaps({})).map((g) => g.question)).toContain('fisk');
  });

  it('deletes what is older than the retention period, and keeps the rest', async () => {
    const repo = createFeedbackRepo(opened.db, { pseudonymKey: KEY, now, retentionDays: 90 });
    await repo.record(ask('T:TR', 'no_hits', 'gammelt spørsmål'));
    clock += 60 * DAY;
    await repo.record(ask('T:TR', 'no_hits', 'nyere spørsmål'));
    clock += 31 * DAY;
    expect(await repo.purge()).toBeGreaterThanOrEqual(1);
    const left = await opened.db.selectFrom('feedback_log').select('question').where('workspace_key', '=', 'T:TR').execute();
    expect(left.map((r) => r.question)).toEqual(['nyere spørsmål']);
  });

  it('stores nothing for a workspace that turned logging off, and forgets what it had', async () => {
    const repo = createFeedbackRepo(opened.db, { pseudonymKey: KEY, now });
    await repo.record(ask('T:TOFF', 'no_hits', 'før'));
    expect(await repo.settings('T:TOFF')).toEqual({ loggingEnabled: true, editors: [] });
    await repo.updateSettings('T:TOFF', { loggingEnabled: false, editors: ['U0RED', 'not an id!'] });
    expect(await repo.settings('T:TOFF')).toEqual({ loggingEnabled: false, editors: ['U0RED'] });
    expect(await repo.record(ask('T:TOFF', 'no_hits', 'etter'))).toBe(false);
    expect(await repo.topGaps({ workspaceKey: 'T:TOFF' })).toEqual([]);
  });

  it('follows once per target and entry, and finds the followers of changed entries', async () => {
    const follows = createFollowRepo(opened.db, now);
    expect(await follows.follow({ workspaceKey: 'T:TA', target: 'U0KARI', entryId: 'e1' })).toBe(true);
    expect(await follows.follow({ workspaceKey: 'T:TA', target: 'U0KARI', entryId: 'e1' })).toBe(false);
    await follows.follow({ workspaceKey: 'T:TA', target: 'C0KANAL', entryId: 'e1' });
    await follows.follow({ workspaceKey: 'T:TB', target: 'U0OLA', entryId: 'e2' });
    expect((await follows.followersOf(['e1'])).map((f) => f.target)).toEqual(['C0KANAL', 'U0KARI']);
    expect(await follows.unfollow({ workspaceKey: 'T:TA', target: 'C0KANAL', entryId: 'e1' })).toBe(true);
    expect((await follows.followersOf(['e1', 'e2'])).map((f) => `${f.workspaceKey}/${f.target}/${f.entryId}`)).toEqual(['T:TA/U0KARI/e1', 'T:TB/U0OLA/e2']);
  });

  it('reports each changed entry once, to one of several instances comparing the same new snapshot', async () => {
    const a = createFollowRepo(opened.db, now);
    const b = createFollowRepo(opened.db, now);
    expect(await a.changedSince(new Map([['e1', 'h1'], ['e2', 'h2'], ['e3', 'h3']]), 'kb-1')).toEqual([]);
    const next = new Map([['e1', 'h1'], ['e2', 'h2-new'], ['e3', 'h3-new'], ['e4', 'h4']]);
    const [fromA, fromB] = await Promise.all([a.changedSince(next, 'kb-2'), b.changedSince(next, 'kb-2')]);
    expect([...fromA, ...fromB].sort()).toEqual(['e2', 'e3']);
    expect(await a.changedSince(next, 'kb-2')).toEqual([]);
  });
});
