/**
 * Opens the database the configuration names and brings its schema up to date:
 * a PostgreSQL pool, or PGlite on disk (locked to this process) or in memory (tests).
 * Everything above this file sees one `Kysely<Database>` whichever it is.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.ts';
import { describeTarget, type DatabaseTarget } from './config.ts';
import { lockEmbeddedDir } from './embedded-lock.ts';
import { MIGRATION_LOCK_ID, migrateToLatest } from './migrate.ts';
import { pgliteTurns } from './pglite-pool.ts';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  /** Where the data is, for the start-up log; never contains a password. */
  where: string;
  /** Migrations applied by this start (empty when the schema was already current). */
  migrated: string[];
  /** PGlite only: the whole database as a tarball, for `loadDataDir` (tests start from it). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

async function postgresPool(target: Extract<DatabaseTarget, { kind: 'postgres' }>) {
  const { default: pg } = await import('pg');
  if (target.schema) {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(target.schema)) throw new Error(`not a plain schema name: ${target.schema}`);
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    try {
      // Under the migration lock: "if not exists" alone still races between two instances.
      await admin.query(`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
      await admin.query(`create schema if not exists ${target.schema}`);
      await admin.query(`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    } finally {
      await admin.end();
    }
  }
  return new pg.Pool({
    connectionString: target.url,
    max: target.poolMax,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
}

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  let release = () => {};
  let dialect: PostgresDialect;
  let dumpDataDir: (() => Promise<Blob>) | undefined;
  if (target.kind === 'postgres') {
    dialect = new PostgresDialect({ pool: await postgresPool(target) });
  } else {
    const lock = target.kind === 'embedded' ? lockEmbeddedDir(target.dir) : undefined;
    release = () => lock?.release();
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      const pglite = target.kind === 'embedded' ? await PGlite.create(target.dir) : await PGlite.create(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
      const pool = pgliteTurns(pglite);
      dialect = new PostgresDialect({ pool });
      dumpDataDir = async () => {
        // A turn of its own, so no statement runs while the files are copied.
        const turn = await pool.connect();
        try {
          return (await pglite.dumpDataDir('none')) as Blob;
        } finally {
          turn.release();
        }
      };
    } catch (error) {
      release();
      throw error;
    }
  }
  const db = new Kysely<Database>({ dialect });
  let migrated: string[];
  try {
    migrated = await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    release();
    throw error;
  }
  return {
    db,
    kind: target.kind,
    where: describeTarget(target),
    migrated,
    ...(dumpDataDir ? { dumpDataDir } : {}),
    async close() {
      await db.destroy();
      release();
    },
  };
}
