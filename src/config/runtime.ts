/**
 * Settings for how the process runs, whatever the transport: log format, hot
 * reload of the knowledge, and the shutdown bound. Validated with zod at start
 * like the Slack settings (src/slack/config.ts), and kept apart from them so the
 * console and the CLIs can read these without anything Slack-specific.
 */
import { z } from 'zod';
import type { LogFormat } from '../log/logger.ts';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const flag = z.enum(['on', 'off', 'true', 'false', '1', '0']).transform((v) => ['on', 'true', '1'].includes(v));

export const RuntimeEnv = z.object({
  /** json | pretty | auto (pretty in a terminal or with NODE_ENV=development, JSON otherwise). */
  LOG_FORMAT: optional(z.enum(['json', 'pretty', 'auto'])),
  NODE_ENV: optional(z.string()),
  /** Watch knowledge/ and reload on change (SIGHUP reloads either way). */
  KNOWLEDGE_WATCH: optional(flag),
  /** Quiet time after the last file change before reloading: a burst of saves gives one reload, of the last state. */
  KNOWLEDGE_RELOAD_DEBOUNCE_MS: optional(z.coerce.number().int().min(0).max(60_000)),
  /** Longest a SIGTERM waits for requests in flight before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: optional(z.coerce.number().int().min(0).max(120_000)),
});

export interface RuntimeConfig {
  logFormat: LogFormat;
  watchKnowledge: boolean;
  reloadDebounceMs: number;
  shutdownTimeoutMs: number;
}

export const DEFAULT_RELOAD_DEBOUNCE_MS = 300;
/** Well under the 30 s most supervisors (Kubernetes, systemd) wait before SIGKILL. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export function loadRuntimeConfig(env: Record<string, string | undefined>, stderrIsTty = Boolean(process.stderr.isTTY)): RuntimeConfig {
  const parsed = RuntimeEnv.safeParse(env);
  if (!parsed.success) throw new RuntimeConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = parsed.data;
  const format = e.LOG_FORMAT ?? 'auto';
  return {
    logFormat: format === 'auto' ? (stderrIsTty || e.NODE_ENV === 'development' ? 'pretty' : 'json') : format,
    watchKnowledge: e.KNOWLEDGE_WATCH ?? true,
    reloadDebounceMs: e.KNOWLEDGE_RELOAD_DEBOUNCE_MS ?? DEFAULT_RELOAD_DEBOUNCE_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS ?? DEFAULT_SHUTDOWN_TIMEOUT_MS,
  };
}

export class RuntimeConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`);
  }
}
