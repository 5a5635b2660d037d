/**
 * Brings the schema to the latest migration at start-up. Several instances may start at
 * once: each takes the same PostgreSQL advisory lock on one connection first, so one
 * migrates while the others wait, then find nothing left to do.
 */
import { Migrator, sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';

/** Arbitrary but fixed: every instance of this app must use the same number. */
export const MIGRATION_LOCK_ID = 0x76746172; // "vtar"

export class MigrationError extends Error {}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_ID)})`.execute(conn);
    try {
      // Kysely looks for its bookkeeping tables by name in every schema unless told which:
      // name the one this connection writes to, so a database with several schemas
      // (one per test run, or per deployment) keeps separate migration records.
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(conn);
      const migrator = new Migrator({ db: conn, provider: migrationProvider, migrationTableSchema: rows[0]!.schema });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
        throw new MigrationError(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_ID)})`.execute(conn);
    }
  });
}
