import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbSeenSet } from '../../src/db/seen-set.ts';
import type { OpenDatabase } from '../../src/db/open.ts';
import { OPEN_TIMEOUT_MS, testDatabases } from './helpers/databases.ts';

describe.each(testDatabases())('database seen-set on $name', (target) => {
  let opened: OpenDatabase;
  let clock = 1_000_000;
  const now = () => clock;
  beforeAll(async () => {
    opened = await target.open();
  }, OPEN_TIMEOUT_MS);
  afterAll(() => opened?.close());

  it('claims a key once while it is live, and again after it expires', async () => {
    const seen = createDbSeenSet(opened.db, now);
    expect(await seen.claim('event:T1:Ev1', clock + 1000)).toBe(true);
    expect(await seen.claim('event:T1:Ev1', clock + 1000)).toBe(false);
    expect(await seen.claim('event:T1:Ev2', clock + 1000)).toBe(true);
    clock += 1000;
    expect(await seen.claim('event:T1:Ev1', clock + 1000)).toBe(true);
    expect(await seen.claim('event:T1:Ev1', clock + 1000)).toBe(false);
  });

  it('lets exactly one of many concurrent claims of one key win, across two handles on the same database', async () => {
    const a = createDbSeenSet(opened.db, now);
    const b = createDbSeenSet(opened.db, now);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim('race:1', clock + 5000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('purges only expired keys', async () => {
    const seen = createDbSeenSet(opened.db, now);
    await seen.claim('purge:old', clock + 10);
    await seen.claim('purge:new', clock + 10_000);
    clock += 100;
    const purged = await seen.purgeExpired();
    expect(purged).toBeGreaterThanOrEqual(1);
    const keys = (await opened.db.selectFrom('seen_keys').select('key').where('key', 'like', 'purge:%').execute()).map((r) => r.key);
    expect(keys).toEqual(['purge:new']);
  });

  it('refuses an unbounded key instead of storing it', async () => {
    await expect(createDbSeenSet(opened.db, now).claim('x'.repeat(10_000), clock + 1)).rejects.toThrow(/longer than/);
  });
});
