import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.ts';
import { redact, redactingLogger } from '../../src/slack/log.ts';

const BOT = 'xoxb-1111-2222-abcdefABCDEF';
const APP = 'xapp-1-A111-222-abcdef0123';
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'a');

const fail = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('config', () => {
  it('picks the mode from the variables that are set', () => {
    expect(loadConfig({})).toEqual({ mode: 'console', logLevel: 'info' });
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: ' ' }).mode).toBe('console');
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toMatchObject({ mode: 'socket', botToken: BOT, appToken: APP });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' })).toMatchObject({ mode: 'http', port: 8080, host: '0.0.0.0' });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'http://127.0.0.1:9999/api' })).toMatchObject({ apiUrl: 'http://127.0.0.1:9999/api/' });
  });

  it('says clearly what is missing or wrong, naming the variable and never echoing a secret', () => {
    expect(fail({ SLACK_BOT_TOKEN: BOT })).toMatch(/needs either SLACK_APP_TOKEN .* or SLACK_SIGNING_SECRET/);
    expect(fail({ SLACK_APP_TOKEN: APP })).toMatch(/SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not/);
    const wrong = fail({ SLACK_BOT_TOKEN: 'xoxp-user-token-secretpart', SLACK_APP_TOKEN: APP });
    expect(wrong).toMatch(/SLACK_BOT_TOKEN must be the Bot User OAuth Token, starting with "xoxb-"/);
    expect(wrong).not.toContain('secretpart');
    expect(fail({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT })).toMatch(/SLACK_APP_TOKEN must be an app-level token/);
    expect(fail({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'http' })).toMatch(/PORT/);
    expect(fail({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'slack.com' })).toMatch(/SLACK_API_URL must be a full URL/);
  });
});

describe('log redaction', () => {
  it('removes configured secrets and anything shaped like a Slack token', () => {
    expect(redact(`token=${BOT} app=${APP} secret=${SECRET} other=xoxp-9-9-zz`, [SECRET])).toBe('token=xoxb-[redacted] app=xapp-[redacted] secret=[redacted] other=xoxp-[redacted]');
  });

  it('applies to every level and to objects and errors passed to the logger', () => {
    const lines: string[] = [];
    const logger = redactingLogger([SECRET], 'debug', (_level, line) => lines.push(line));
    logger.debug({ headers: { authorization: `Bearer ${BOT}` } });
    logger.error(new Error(`failed with ${SECRET}`));
    logger.info('plain', APP);
    expect(lines.join('\n')).not.toMatch(/xoxb-1111|xapp-1-A111|8f742231b10e/);
    expect(lines).toHaveLength(3);
  });
});
