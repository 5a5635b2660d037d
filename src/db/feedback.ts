/**
 * The editors' queue: questions the knowledge base answered badly (no hits, weak hits,
 * a 👎), kept so editors can see what is missing. Privacy by construction:
 * - user ids are replaced by a keyed HMAC (the same person gives the same value, which
 *   cannot be turned back into the id without the key);
 * - rows are deleted after the retention period (default 90 days);
 * - a workspace can turn logging off, and then nothing about its questions is stored.
 */
import { createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type FeedbackKind = 'no_hits' | 'weak' | 'down' | 'up';
export const GAP_KINDS: FeedbackKind[] = ['no_hits', 'weak', 'down'];

export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Longest question stored; the lookup itself caps questions well below this. */
const MAX_QUESTION = 1000;

export interface FeedbackEvent {
  workspaceKey: string;
  enterpriseId?: string | null;
  kind: FeedbackKind;
  userId: string;
  question: string;
  entryIds: string[];
  kbVersion: string;
}

export interface Gap {
  kind: FeedbackKind;
  question: string;
  /** Entry ids shown with the answer ('' when none). */
  entryIds: string[];
  count: number;
  lastAtMs: number;
}

export interface WorkspaceSettings {
  loggingEnabled: boolean;
  editors: string[];
}

export interface FeedbackRepo {
  /** Stores the event unless the workspace turned logging off; returns whether it was stored. */
  record(event: FeedbackEvent): Promise<boolean>;
  /** The most frequent gaps since `sinceMs`, most asked first; all workspaces when `workspaceKey` is undefined. */
  topGaps(options: { workspaceKey?: string; sinceMs?: number; limit?: number }): Promise<Gap[]>;
  /** Deletes rows older than the retention period; returns how many. */
  purge(): Promise<number>;
  settings(workspaceKey: string): Promise<WorkspaceSettings>;
  updateSettings(workspaceKey: string, change: Partial<WorkspaceSettings>): Promise<WorkspaceSettings>;
}

export interface FeedbackOptions {
  /** Key for pseudonymising user ids. */
  pseudonymKey: Buffer;
  retentionDays?: number;
  now?: () => number;
}

export function pseudonym(key: Buffer, userId: string): string {
  return createHmac('sha256', key).update(userId).digest('base64url').slice(0, 22);
}

const cleanIds = (ids: string[]) => ids.filter((id) => /^[\w.:-]{1,100}$/.test(id)).slice(0, 20);

export function createFeedbackRepo(db: Kysely<Database>, options: FeedbackOptions): FeedbackRepo {
  const now = options.now ?? Date.now;
  const retentionMs = (options.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;

  async function settings(workspaceKey: string): Promise<WorkspaceSettings> {
    const row = await db.selectFrom('workspace_settings').selectAll().where('workspace_key', '=', workspaceKey).executeTakeFirst();
    return { loggingEnabled: row?.logging_enabled ?? true, editors: row?.editors ? row.editors.split(',').filter(Boolean) : [] };
  }

  return {
    async record(event) {
      if (!(await settings(event.workspaceKey)).loggingEnabled) return false;
      await db
        .insertInto('feedback_log')
        .values({
          workspace_key: event.workspaceKey,
          enterprise_id: event.enterpriseId ?? null,
          kind: event.kind,
          user_hash: pseudonym(options.pseudonymKey, event.userId),
          question: event.question.slice(0, MAX_QUESTION),
          entry_ids: cleanIds(event.entryIds).join(','),
          kb_version: event.kbVersion.slice(0, 100),
          created_at_ms: now(),
        })
        .execute();
      return true;
    },
    async topGaps({ workspaceKey, sinceMs = now() - retentionMs, limit = 10 }) {
      let q = db
        .selectFrom('feedback_log')
        .select(['kind', 'entry_ids', sql<string>`lower(question)`.as('question'), sql<number>`count(*)::int`.as('n'), sql<string>`max(created_at_ms)::text`.as('last')])
        .where('kind', 'in', GAP_KINDS)
        .where('question', 'is not', null)
        .where('created_at_ms', '>=', sinceMs)
        .groupBy(['kind', 'entry_ids', sql`lower(question)`])
        .orderBy('n', 'desc')
        .orderBy('last', 'desc')
        .limit(Math.min(Math.max(limit, 1), 100));
      if (workspaceKey) q = q.where('workspace_key', '=', workspaceKey);
      const rows = await q.execute();
      return rows.map((r) => ({ kind: r.kind as FeedbackKind, question: r.question, entryIds: r.entry_ids ? r.entry_ids.split(',') : [], count: r.n, lastAtMs: Number(r.last) }));
    },
    async purge() {
      const result = await db.deleteFrom('feedback_log').where('created_at_ms', '<', now() - retentionMs).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    settings,
    async updateSettings(workspaceKey, change) {
      const current = await settings(workspaceKey);
      const next = { ...current, ...change };
      const row = { workspace_key: workspaceKey, logging_enabled: next.loggingEnabled, editors: cleanIds(next.editors).join(',') };
      await db
        .insertInto('workspace_settings')
        .values(row)
        .onConflict((oc) => oc.column('workspace_key').doUpdateSet({ logging_enabled: row.logging_enabled, editors: row.editors }))
        .execute();
      // Turning logging off also forgets what was logged before.
      if (!next.loggingEnabled) await db.deleteFrom('feedback_log').where('workspace_key', '=', workspaceKey).execute();
      return next;
    },
  };
}
