/**
 * Which database to use, from the environment: PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded PGlite in DATABASE_DIR (default data/pglite/ in the project,
 * git-ignored), so a fresh clone starts with nothing to install.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config/paths.ts';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const DatabaseEnv = z.object({
  DATABASE_URL: optional(z.string().trim().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/dbname')),
  DATABASE_DIR: optional(z.string().trim().min(1)),
  DATABASE_POOL_MAX: optional(z.coerce.number().int().min(1).max(100)),
  /** Days the feedback log keeps questions before deleting them. */
  FEEDBACK_RETENTION_DAYS: optional(z.coerce.number().int('must be a whole number of days').min(1).max(3650)),
  /** Key for pseudonymising user ids in the feedback log (32+ random characters, the same on every instance). */
  PSEUDONYM_KEY: optional(z.string().trim().min(32, 'must be at least 32 random characters (openssl rand -hex 32)')),
});

export interface FeedbackSettings {
  retentionDays: number;
  /** Undefined: a random key per process (pseudonyms then differ between instances and restarts). */
  pseudonymKey?: string;
}

export function feedbackSettings(env: Record<string, string | undefined>): FeedbackSettings {
  const parsed = DatabaseEnv.safeParse(env);
  if (!parsed.success) throw new DatabaseConfigError(`Configuration problem:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')} ${i.message}`).join('\n')}\nSee .env.example.`);
  return { retentionDays: parsed.data.FEEDBACK_RETENTION_DAYS ?? 90, ...(parsed.data.PSEUDONYM_KEY ? { pseudonymKey: parsed.data.PSEUDONYM_KEY } : {}) };
}

export const DEFAULT_DATABASE_DIR = join(PROJECT_ROOT, 'data', 'pglite');

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolMax: number; /** Tests: every table in this schema, created if missing. */ schema?: string }
  | { kind: 'embedded'; dir: string }
  | { kind: 'memory'; /** Tests: start from this dump of a migrated database instead of running initdb (seconds saved per open). */ loadDataDir?: Blob };

export class DatabaseConfigError extends Error {}

/**
 * DATABASE_DIR=off: no database at all (the single-workspace modes then keep the seen-set
 * in memory and offer no feedback or follow buttons). For process-level tests and the
 * plain load test, where starting a database per process costs seconds.
 */
export function databaseDisabled(env: Record<string, string | undefined>): boolean {
  return !env.DATABASE_URL?.trim() && env.DATABASE_DIR?.trim() === 'off';
}

export function databaseTarget(env: Record<string, string | undefined>): DatabaseTarget {
  const parsed = DatabaseEnv.safeParse(env);
  if (!parsed.success) throw new DatabaseConfigError(`Configuration problem:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')} ${i.message}`).join('\n')}\nSee .env.example.`);
  const e = parsed.data;
  if (e.DATABASE_URL) return { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX ?? 10 };
  // ":memory:" keeps nothing after exit: for tests and load tests that start the bot as a process.
  if (e.DATABASE_DIR === ':memory:') return { kind: 'memory' };
  return { kind: 'embedded', dir: e.DATABASE_DIR ?? DEFAULT_DATABASE_DIR };
}

/** For logs: where the data is, without the password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'memory') return 'PGlite (in memory)';
  if (target.kind === 'embedded') return `PGlite in ${target.dir}`;
  try {
    const u = new URL(target.url);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}${target.schema ? ` (schema ${target.schema})` : ''}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Secret values among the database settings, for the log redactor: the password in DATABASE_URL and the pseudonym key. */
export function databaseSecrets(env: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  try {
    if (env.DATABASE_URL) {
      const password = decodeURIComponent(new URL(env.DATABASE_URL).password);
      if (password) out.push(password);
    }
  } catch {
    /* not a URL: the configuration check reports it */
  }
  if (env.PSEUDONYM_KEY?.trim()) out.push(env.PSEUDONYM_KEY.trim());
  return out;
}
