import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, loadConfig, secretsOf } from '../../src/config/config.ts';
import { BOT_SCOPES } from '../../src/config/oauth.ts';

const base = {
  SLACK_CLIENT_ID: '1234.5678',
  SLACK_CLIENT_SECRET: 'abcdef0123456789abcdef',
  SLACK_STATE_SECRET: 's'.repeat(40),
  SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
  TOKEN_ENCRYPTION_KEY: 'ab'.repeat(32),
};

describe('install-by-OAuth configuration', () => {
  it('SLACK_CLIENT_ID with its companions selects HTTP mode with OAuth and no bot token', () => {
    const c = loadConfig(base);
    expect(c.mode).toBe('http');
    if (c.mode !== 'http') return;
    expect(c.oauth?.clientId).toBe('1234.5678');
    expect(c.botToken).toBeUndefined();
    expect(secretsOf(c)).toEqual(expect.arrayContaining([base.SLACK_CLIENT_SECRET, base.SLACK_STATE_SECRET, base.SLACK_SIGNING_SECRET, base.TOKEN_ENCRYPTION_KEY]));
  });

  it.each([
    ['SLACK_CLIENT_SECRET', /SLACK_CLIENT_SECRET is needed/],
    ['SLACK_STATE_SECRET', /SLACK_STATE_SECRET is needed/],
    ['TOKEN_ENCRYPTION_KEY', /TOKEN_ENCRYPTION_KEY is needed/],
    ['SLACK_SIGNING_SECRET', /SLACK_SIGNING_SECRET is needed/],
  ])('names %s when it is missing', (name, message) => {
    expect(() => loadConfig({ ...base, [name]: '' })).toThrow(message);
  });

  it('refuses a short state secret and a client id together with a single-workspace bot token', () => {
    expect(() => loadConfig({ ...base, SLACK_STATE_SECRET: 'short' })).toThrow(/SLACK_STATE_SECRET must be at least 32/);
    expect(() => loadConfig({ ...base, SLACK_BOT_TOKEN: 'xoxb-1-2' })).toThrow(ConfigError);
  });

  it('without SLACK_CLIENT_ID the single-workspace modes are unchanged', () => {
    expect(loadConfig({}).mode).toBe('console');
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: base.SLACK_SIGNING_SECRET });
    expect(http).toMatchObject({ mode: 'http', botToken: 'xoxb-1-2' });
    expect(http.mode === 'http' && http.oauth).toBeFalsy();
  });

  it('asks at install for exactly the bot scopes the manifest declares', () => {
    const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as { oauth_config: { scopes: { bot: string[] } } };
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });
});
