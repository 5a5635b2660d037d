/**
 * PGlite behind the small pool interface Kysely's PostgresDialect drives (`connect`,
 * `query`, `release`), so PostgreSQL and the embedded database share one dialect, one
 * query compiler and one migrator. PGlite is a single session: a "connection" is a turn
 * at it, handed out one at a time, so a transaction on one connection can never see
 * statements from another interleaved into it.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

export function pgliteTurns(pglite: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();
  return {
    async connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const previous = queue;
      queue = previous.then(() => turn);
      await previous;
      let released = false;
      return {
        query: (async (sql: string, parameters: ReadonlyArray<unknown>) =>
          (await pglite.query(sql, [...parameters])) as unknown as PostgresQueryResult<unknown>) as PostgresPoolClient['query'],
        release() {
          if (released) return;
          released = true;
          release();
        },
      };
    },
    async end() {
      await queue;
      await pglite.close();
    },
  };
}
