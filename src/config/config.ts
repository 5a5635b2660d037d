/**
 * Configuration from the environment, validated once at start, in one place: how the
 * bot reaches Slack (or not), and how the process runs whatever the transport (log
 * format, hot reload, the shutdown bound). Which Slack variables are set decides how
 * the bot runs:
 *
 *   SLACK_BOT_TOKEN + SLACK_APP_TOKEN        → Socket Mode (no public URL needed)
 *   SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET   → HTTP on PORT (Slack calls a public URL)
 *   none of the three                        → the local console
 *
 * Messages name the variable and where its value comes from, and never echo a
 * secret (at most its first characters, to tell a user token from a bot token).
 */
import { z } from 'zod';
import type { LogFormat } from '../log/logger.ts';
import { loadOAuthConfig, type OAuthConfig } from './oauth.ts';

/** Unset and empty are the same: `SLACK_APP_TOKEN=` in a .env file means "not set". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const prefixOf = (v: string) => `"${v.slice(0, 5)}…"`;

export const Env = z.object({
  SLACK_BOT_TOKEN: optional(
    z.string().trim().refine((v) => v.startsWith('xoxb-'), { error: (i) => `must be the Bot User OAuth Token, starting with "xoxb-" (OAuth & Permissions page); got a value starting with ${prefixOf(String(i.input))}` }),
  ),
  SLACK_APP_TOKEN: optional(
    z.string().trim().refine((v) => v.startsWith('xapp-'), { error: (i) => `must be an app-level token with the connections:write scope, starting with "xapp-" (Basic Information → App-Level Tokens); got a value starting with ${prefixOf(String(i.input))}` }),
  ),
  SLACK_SIGNING_SECRET: optional(
    z.string().trim().regex(/^[0-9a-f]{20,}$/i, 'must be the Signing Secret from Basic Information → App Credentials (a long hexadecimal string)'),
  ),
  PORT: optional(z.coerce.number().int('must be a whole number').min(0).max(65535, 'must be a port number, 0 to 65535')),
  HOST: optional(z.string().min(1)),
  SLACK_API_URL: optional(
    z
      .string()
      .url('must be a full URL, e.g. https://slack.com/api/')
      .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://'),
  ),
  LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error'])),
});
export type Env = z.infer<typeof Env>;

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

interface Common {
  /** Web API base URL ending in "/"; undefined = Slack's own. */
  apiUrl?: string;
  logLevel: LogLevelName;
}
export type SlackConfig =
  | (Common & { mode: 'socket'; botToken: string; appToken: string })
  | (Common & { mode: 'http'; botToken: string; signingSecret: string; port: number; host: string; oauth?: undefined })
  /** Installed by OAuth into any number of workspaces: tokens come from the database, not the environment. */
  | (Common & { mode: 'http'; botToken?: undefined; signingSecret: string; port: number; host: string; oauth: OAuthConfig });
export type Config = SlackConfig | { mode: 'console'; logLevel: LogLevelName };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example and docs/operations.md, "Install in a Slack workspace".`);
  }
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`));
  const e = parsed.data;
  const logLevel = e.LOG_LEVEL ?? 'info';
  const common = { logLevel, ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/` } : {}) };

  const oauth = loadOAuthConfig(env);
  if (oauth.problems.length) throw new ConfigError(oauth.problems);
  if (oauth.config) {
    const clash = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN'].filter((name) => e[name as 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN']);
    if (clash.length) throw new ConfigError([`SLACK_CLIENT_ID (install by OAuth, tokens in the database) and ${clash.join(' and ')} (one workspace) are both set: unset one of them`]);
    if (!e.SLACK_SIGNING_SECRET) throw new ConfigError(['SLACK_CLIENT_ID is set, so SLACK_SIGNING_SECRET is needed too: install by OAuth runs in HTTP mode']);
    return { mode: 'http', signingSecret: e.SLACK_SIGNING_SECRET, port: e.PORT ?? 3000, host: e.HOST ?? '0.0.0.0', oauth: oauth.config, ...common };
  }
  if (!e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) return { mode: 'console', logLevel };
  if (!e.SLACK_BOT_TOKEN) {
    const set = e.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET';
    throw new ConfigError([`${set} is set but SLACK_BOT_TOKEN is not: set the Bot User OAuth Token (xoxb-…) too, or unset ${set} to use the local console`]);
  }
  if (e.SLACK_APP_TOKEN) return { mode: 'socket', botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, ...common };
  if (e.SLACK_SIGNING_SECRET) {
    return { mode: 'http', botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, port: e.PORT ?? 3000, host: e.HOST ?? '0.0.0.0', ...common };
  }
  throw new ConfigError([
    'SLACK_BOT_TOKEN is set, but the bot also needs either SLACK_APP_TOKEN (Socket Mode, recommended) or SLACK_SIGNING_SECRET (HTTP mode with a public URL)',
  ]);
}

/** Every secret value in the config, for the log redactor. */
export function secretsOf(config: Config): string[] {
  if (config.mode === 'console') return [];
  if (config.mode === 'socket') return [config.botToken, config.appToken];
  if (config.oauth) return [config.signingSecret, config.oauth.clientSecret, config.oauth.stateSecret, config.oauth.tokenKey.toString('hex'), config.oauth.tokenKey.toString('base64')];
  return [config.botToken, config.signingSecret];
}

// ---- how the process runs, whatever the transport (the console and the CLIs read these too)

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

const DEFAULT_RELOAD_DEBOUNCE_MS = 300;
/** Well under the 30 s most supervisors (Kubernetes, systemd) wait before SIGKILL. */
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export function loadRuntimeConfig(env: Record<string, string | undefined>, stderrIsTty = Boolean(process.stderr.isTTY)): RuntimeConfig {
  const parsed = RuntimeEnv.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = parsed.data;
  const format = e.LOG_FORMAT ?? 'auto';
  return {
    logFormat: format === 'auto' ? (stderrIsTty || e.NODE_ENV === 'development' ? 'pretty' : 'json') : format,
    watchKnowledge: e.KNOWLEDGE_WATCH ?? true,
    reloadDebounceMs: e.KNOWLEDGE_RELOAD_DEBOUNCE_MS ?? DEFAULT_RELOAD_DEBOUNCE_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS ?? DEFAULT_SHUTDOWN_TIMEOUT_MS,
  };
}
