/**
 * Install by OAuth ("distributed" app, many workspaces): configured by Bolt's usual
 * names. Present only when SLACK_CLIENT_ID is set; without it the single-workspace
 * modes (one bot token) work as before.
 */
import { z } from 'zod';


const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const OAuthEnv = z.object({
  SLACK_CLIENT_ID: optional(z.string().trim().regex(/^\d+\.\d+$/, 'must be the Client ID from Basic Information → App Credentials (digits, a dot, digits)')),
  SLACK_CLIENT_SECRET: optional(z.string().trim().min(16, 'must be the Client Secret from Basic Information → App Credentials')),
  SLACK_STATE_SECRET: optional(z.string().trim().min(32, 'must be at least 32 random characters, the same on every instance (make one with: openssl rand -hex 32)')),
  TOKEN_ENCRYPTION_KEY: optional(z.string().trim()),
});

/** What the bot asks for at install: the same bot scopes as manifest.yml (a test keeps the two equal). */
export const BOT_SCOPES = ['commands', 'chat:write', 'app_mentions:read', 'im:history'] as const;

export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** AES-256-GCM key for the tokens stored in the database. */
  tokenKey: Buffer;
}

/** undefined when SLACK_CLIENT_ID is unset; otherwise every other variable is required, and problems name them. */
export function loadOAuthConfig(env: Record<string, string | undefined>): { config?: OAuthConfig; problems: string[] } {
  const parsed = OAuthEnv.safeParse(env);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`) };
  const e = parsed.data;
  if (!e.SLACK_CLIENT_ID) return { problems: [] };
  const problems: string[] = [];
  if (!e.SLACK_CLIENT_SECRET) problems.push('SLACK_CLIENT_ID is set, so SLACK_CLIENT_SECRET is needed too (Basic Information → App Credentials)');
  if (!e.SLACK_STATE_SECRET) problems.push('SLACK_CLIENT_ID is set, so SLACK_STATE_SECRET is needed too: a random value of at least 32 characters, the same on every instance (openssl rand -hex 32)');
  let tokenKey: Buffer | undefined;
  if (!e.TOKEN_ENCRYPTION_KEY) problems.push('SLACK_CLIENT_ID is set, so TOKEN_ENCRYPTION_KEY is needed too: the key that encrypts the stored tokens (openssl rand -hex 32)');
  else {
    try {
      tokenKey = parseKey(e.TOKEN_ENCRYPTION_KEY);
    } catch (error) {
      if (!(error instanceof KeyError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length || !tokenKey) return { problems };
  return { config: { clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET!, stateSecret: e.SLACK_STATE_SECRET!, tokenKey }, problems: [] };
}

/** A key or a sealed value that cannot be used. */
export class KeyError extends Error {}

/** The key from the environment: 32 bytes as 64 hex characters or as base64. */
export function parseKey(text: string, name = 'TOKEN_ENCRYPTION_KEY'): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) {
    throw new KeyError(`${name} must be 32 random bytes, as 64 hexadecimal characters or base64 (make one with: openssl rand -hex 32)`);
  }
  return key;
}
