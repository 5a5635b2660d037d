import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { openDatabase, type OpenDatabase } from '../../src/db/open.ts';
import { OPEN_TIMEOUT_MS, freshSchemaName, openPostgresSchema, testDatabases } from './helpers/databases.ts';

// Migrations are what is under test here, so PGlite starts empty (not from the migrated template).
const targets = testDatabases().map((t) => (t.name === 'pglite' ? { ...t, open: () => openDatabase({ kind: 'memory' }) } : t));

describe.each(targets)('migrations on $name', (target) => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await target.open();
  }, OPEN_TIMEOUT_MS);
  afterAll(() => opened?.close());

  it('creates every table at open, and a second run has nothing left to do', async () => {
    expect(opened.migrated).toEqual(['0001-initial']);
    expect(await migrateToLatest(opened.db)).toEqual([]);
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = current_schema() order by table_name`.execute(opened.db);
    expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['entry_hashes', 'feedback_log', 'follows', 'seen_keys', 'slack_installations', 'workspace_settings']));
  });

  it('runs concurrent migrations on one database one after the other (advisory lock), applying each migration once', async () => {
    const results = await Promise.all([migrateToLatest(opened.db), migrateToLatest(opened.db), migrateToLatest(opened.db)]);
    expect(results.flat()).toEqual([]);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('two instances starting together on one PostgreSQL', () => {
  it('both open a fresh schema; the migration is applied once', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = freshSchemaName();
    const first = openPostgresSchema(url, schema);
    const second = openDatabase({ kind: 'postgres', url, poolMax: 2, schema });
    const [a, b] = await Promise.all([first, second]);
    try {
      expect([...a.migrated, ...b.migrated]).toEqual(['0001-initial']);
    } finally {
      await b.close();
      await a.close();
    }
  }, OPEN_TIMEOUT_MS);
});
