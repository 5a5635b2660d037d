/**
 * The seen-set in the database, shared by every instance: a retry or replay that reaches
 * another instance than the first delivery is still claimed only once.
 */
import { sql, type Kysely } from 'kysely';
import type { SeenSet } from '../runtime/seen-set.ts';
import type { Database } from './schema.ts';

export interface DbSeenSet extends SeenSet {
  /** Deletes keys expired by `nowMs`; returns how many. */
  purgeExpired(nowMs?: number): Promise<number>;
}

/** Keys longer than this are hashed by the caller's choice of key; refuse them rather than store anything unbounded. */
export const MAX_KEY_LENGTH = 512;

export function createDbSeenSet(db: Kysely<Database>, now: () => number = Date.now): DbSeenSet {
  return {
    async claim(key, expiresAtMs) {
      if (key.length > MAX_KEY_LENGTH) throw new Error(`seen-set key longer than ${MAX_KEY_LENGTH} characters`);
      // One statement, so two instances claiming at once cannot both win: a new key is
      // inserted; an existing one is taken over only if its claim has expired; a live one
      // returns no row.
      const row = await db
        .insertInto('seen_keys')
        .values({ key, expires_at_ms: Math.round(expiresAtMs) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ expires_at_ms: (eb) => eb.ref('excluded.expires_at_ms') }).where('seen_keys.expires_at_ms', '<=', now()))
        .returning(sql<number>`1`.as('claimed'))
        .executeTakeFirst();
      return row !== undefined;
    },
    async purgeExpired(nowMs = now()) {
      const result = await db.deleteFrom('seen_keys').where('expires_at_ms', '<=', nowMs).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
