/**
 * The databases the repository tests run on: PGlite in memory always, and the
 * PostgreSQL server too when TEST_DATABASE_URL is set (CI sets it when one is
 * reachable). Each opened PostgreSQL database is a fresh schema, dropped on close, so
 * test files and concurrent runs never see each other's rows.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/config/paths.ts';
import { openDatabase, type OpenDatabase } from '../../../src/db/open.ts';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<OpenDatabase>;
}

/** PGlite's first start compiles WebAssembly and runs initdb: seconds on a busy machine. */
export const OPEN_TIMEOUT_MS = 120_000;

export function freshSchemaName(): string {
  return `test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function openPostgresSchema(url: string, schema = freshSchemaName()): Promise<OpenDatabase> {
  const opened = await openDatabase({ kind: 'postgres', url, poolMax: 4, schema });
  return {
    ...opened,
    async close() {
      await opened.close();
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await admin.end();
      }
    },
  };
}

/**
 * A migrated PGlite database, dumped once and cached in the temp folder (keyed by the
 * migrations and the PGlite version), so each test file loads it in well under a second
 * instead of running initdb and the migrations again: several seconds of CPU each on a
 * busy machine. A changed migration gives a new key, so a stale template is never used.
 */
function templatePath(): string {
  const hash = createHash('sha256');
  const dir = join(PROJECT_ROOT, 'src', 'db', 'migrations');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  for (const pkg of [['@electric-sql', 'pglite'], ['kysely']]) hash.update(readFileSync(join(PROJECT_ROOT, 'node_modules', ...pkg, 'package.json')));
  return join(tmpdir(), `vta-regelbot-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
}

export async function openTestPglite(): Promise<OpenDatabase> {
  const file = templatePath();
  if (existsSync(file)) return openDatabase({ kind: 'memory', loadDataDir: new Blob([readFileSync(file)]) });
  const opened = await openDatabase({ kind: 'memory' });
  const dump = Buffer.from(await (await opened.dumpDataDir!()).arrayBuffer());
  // Written aside and renamed, so a test file starting meanwhile never reads half a file.
  const partial = `${file}.${process.pid}.${randomBytes(3).toString('hex')}`;
  writeFileSync(partial, dump);
  renameSync(partial, file);
  return opened;
}

export function testDatabases(): TestDatabase[] {
  const url = process.env.TEST_DATABASE_URL;
  const list: TestDatabase[] = [{ name: 'pglite', open: openTestPglite }];
  if (url) list.push({ name: 'postgres', open: () => openPostgresSchema(url) });
  return list;
}
