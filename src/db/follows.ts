/**
 * «Følg endringer»: who follows which knowledge entry, and which entries changed since
 * the last snapshot the database has seen. The comparison is one atomic upsert per
 * entry, so when several instances reload the same new knowledge, exactly one of them
 * sees each change and sends the notices.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface Follow {
  workspaceKey: string;
  enterpriseId?: string | null;
  /** A user id (notice by DM) or a channel id. */
  target: string;
  entryId: string;
}

export interface FollowRepo {
  /** True when this is a new follow, false when it already existed. */
  follow(f: Follow): Promise<boolean>;
  unfollow(f: Follow): Promise<boolean>;
  followersOf(entryIds: string[]): Promise<Follow[]>;
  /**
   * Records the snapshot's per-entry hashes and returns the entries whose hash differs
   * from the one recorded before (entries seen for the first time are recorded, not returned).
   */
  changedSince(hashes: Map<string, string>, kbVersion: string): Promise<string[]>;
}

export function createFollowRepo(db: Kysely<Database>, now: () => number = Date.now): FollowRepo {
  return {
    async follow(f) {
      const rows = await db
        .insertInto('follows')
        .values({ workspace_key: f.workspaceKey, enterprise_id: f.enterpriseId ?? null, target: f.target, entry_id: f.entryId, created_at_ms: now() })
        .onConflict((oc) => oc.columns(['workspace_key', 'target', 'entry_id']).doNothing())
        .returning('entry_id')
        .execute();
      return rows.length > 0;
    },
    async unfollow(f) {
      const r = await db.deleteFrom('follows').where('workspace_key', '=', f.workspaceKey).where('target', '=', f.target).where('entry_id', '=', f.entryId).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async followersOf(entryIds) {
      if (!entryIds.length) return [];
      const rows = await db.selectFrom('follows').selectAll().where('entry_id', 'in', entryIds).orderBy('workspace_key').orderBy('target').orderBy('entry_id').execute();
      return rows.map((r) => ({ workspaceKey: r.workspace_key, enterpriseId: r.enterprise_id, target: r.target, entryId: r.entry_id }));
    },
    async changedSince(hashes, kbVersion) {
      if (!hashes.size) return [];
      const values = [...hashes].map(([entry_id, hash]) => ({ entry_id, hash, kb_version: kbVersion }));
      const changed: string[] = [];
      // In chunks, to stay far below PostgreSQL's limit on bound parameters.
      for (let i = 0; i < values.length; i += 500) {
        const rows = await db
          .insertInto('entry_hashes')
          .values(values.slice(i, i + 500))
          .onConflict((oc) => oc.column('entry_id').doUpdateSet({ hash: (eb) => eb.ref('excluded.hash'), kb_version: (eb) => eb.ref('excluded.kb_version') }).where('entry_hashes.hash', '<>', (eb) => eb.ref('excluded.hash')))
          // xmax is 0 for a freshly inserted row and set for one updated by the conflict clause.
          .returning(['entry_id', sql<boolean>`xmax::text <> '0'`.as('updated')])
          .execute();
        changed.push(...rows.filter((r) => r.updated).map((r) => r.entry_id));
      }
      return changed.sort();
    },
  };
}
