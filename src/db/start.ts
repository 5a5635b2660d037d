/**
 * The database as the running bot uses it: opened (and migrated) at start, the
 * repositories over it, and the periodic clean-up of expired rows. One timer per
 * instance; the clean-ups are plain deletes, harmless when several instances run them.
 */
import type { DatabaseTarget } from './config.ts';
import { createSealer } from './crypto.ts';
import { openDatabase, type OpenDatabase } from './open.ts';
import { createDbSeenSet, type DbSeenSet } from './seen-set.ts';
import { createInstallationRepo, type InstallationRepo } from './workspaces.ts';
import { createFeedbackRepo, type FeedbackRepo } from './feedback.ts';
import { createFollowRepo, type FollowRepo } from './follows.ts';
import { randomBytes } from 'node:crypto';
import { errorFields, type Log } from '../log/logger.ts';

export interface BotDatabase {
  opened: OpenDatabase;
  seen: DbSeenSet;
  feedback: FeedbackRepo;
  follows: FollowRepo;
  /** Only with a token key (install by OAuth). */
  installations?: InstallationRepo;
  /** One round of clean-up now (also run every `cleanupEveryMs`). */
  cleanup(): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  log: Log;
  tokenKey?: Buffer;
  retentionDays?: number;
  pseudonymKey?: string;
  cleanupEveryMs?: number;
  now?: () => number;
}

export const DEFAULT_CLEANUP_EVERY_MS = 10 * 60 * 1000;

export async function startDatabase(target: DatabaseTarget, options: StartOptions): Promise<BotDatabase> {
  const now = options.now ?? Date.now;
  const opened = await openDatabase(target);
  options.log.info('database.ready', { where: opened.where, migrated: opened.migrated });
  const seen = createDbSeenSet(opened.db, now);
  if (!options.pseudonymKey) options.log.warn('feedback.pseudonym_key_random', { hint: 'set PSEUDONYM_KEY so the feedback log pseudonymises users the same way on every instance and after restarts' });
  const pseudonymKey = options.pseudonymKey ? Buffer.from(options.pseudonymKey, 'utf8') : randomBytes(32);
  const feedback = createFeedbackRepo(opened.db, { pseudonymKey, now, ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}) });
  const follows = createFollowRepo(opened.db, now);
  const installations = options.tokenKey ? createInstallationRepo(opened.db, createSealer(options.tokenKey), now) : undefined;

  async function cleanup() {
    try {
      const seenKeys = await seen.purgeExpired();
      // The retention promise: questions older than the retention period are deleted here, at start and every round.
      const feedbackRows = await feedback.purge();
      if (seenKeys || feedbackRows) options.log.info('database.cleanup', { seen_keys: seenKeys, feedback_rows: feedbackRows });
    } catch (error) {
      options.log.warn('database.cleanup_failed', errorFields(error, false));
    }
  }
  const timer = setInterval(() => void cleanup(), options.cleanupEveryMs ?? DEFAULT_CLEANUP_EVERY_MS);
  timer.unref();
  void cleanup();

  return {
    opened,
    seen,
    feedback,
    follows,
    ...(installations ? { installations } : {}),
    cleanup,
    async close() {
      clearInterval(timer);
      await opened.close();
    },
  };
}
