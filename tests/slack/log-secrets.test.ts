/**
 * Requests carrying secrets: a slash command whose text holds the bot token, an
 * app token and the signing secret, a mention holding them, a request with a
 * bearer token header, a listener failing with a secret in its error. No log
 * line may contain any of them, at any level; at info level not even the
 * user's message, only its length.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SECRET, startHarness, type Harness } from './helpers/harness.ts';
import { event, slashCommand, USER, CHANNEL } from './helpers/slack-requests.ts';
import { waitFor } from './helpers/fake-slack.ts';

const APP_TOKEN = 'xapp-1-A0LEAK-9999-appsecretpart';
const USER_MESSAGE = 'Mitt fødselsnummer er 01017012345, kan vi betale utbytte';
const hostile = `${USER_MESSAGE} ${BOT_TOKEN} ${APP_TOKEN} ${SECRET}`;
const FORBIDDEN_EVERYWHERE = [BOT_TOKEN.slice(5), 'secretbotpart', APP_TOKEN.slice(5), 'appsecretpart', SECRET];

async function exercise(h: Harness) {
  const asked = await h.send(slashCommand('/vta-rules', hostile, h.slack.responseUrl()), 'good', { authorization: `Bearer ${BOT_TOKEN}` });
  expect(asked.json?.blocks).toBeDefined(); // the reply, in the ack
  await h.command('/reserved-contract-check', `verdi=${SECRET} andel=${BOT_TOKEN}`);
  await h.send(event({ type: 'app_mention', user: USER.id, text: `<@U0BOTUSER> ${hostile}`, ts: '1700000000.000900', channel: CHANNEL.id, event_ts: '1700000000.000900' }));
  await waitFor(() => h.slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === '1700000000.000900'), 'the thread reply');
  await h.send(slashCommand('/vta-rules', hostile, h.slack.responseUrl()), 'wrong'); // unsigned: 401, logged by Bolt
  // A listener that fails with secrets in its error message.
  h.useKnowledge(() => {
    throw new Error(`lookup failed for ${BOT_TOKEN} with ${SECRET}`);
  });
  await h.command('/vta-rules', hostile);
  h.reset();
  // Request lines are written when the listener ends, just after the reply.
  await waitFor(() => (h.logs.filter((l) => l.includes('"event":"request"')).length >= 4 ? true : undefined), 'the request log lines');
}

describe('logs and secrets', () => {
  describe('at info level', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ logLevel: 'info' });
      await exercise(h);
    });
    afterAll(() => h.stop());

    it('no line contains a token, the signing secret or the user’s message', () => {
      expect(h.logs.length).toBeGreaterThan(4);
      for (const line of h.logs) {
        for (const secret of FORBIDDEN_EVERYWHERE) expect(line, line).not.toContain(secret);
        expect(line).not.toContain('01017012345');
        expect(line).not.toContain('fødselsnummer');
      }
    });

    it('still says what happened: one JSON request line per request, with id, command, latency, outcome and knowledge version', () => {
      const requests = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'request');
      const first = requests.find((r) => r.command === '/vta-rules');
      expect(first).toMatchObject({ level: 'info', kind: 'command', outcome: 'answered', kb_version: h.kb.version, user: USER.id, text_length: hostile.length });
      expect(first?.request_id).toMatch(/^[0-9a-f]{12}$/);
      expect(typeof first?.latency_ms).toBe('number');
      expect(requests.find((r) => r.command === '/reserved-contract-check')).toMatchObject({ outcome: 'fact_errors' });
      expect(requests.find((r) => r.kind === 'event')).toMatchObject({ name: 'app_mention', outcome: 'answered' });
      expect(requests.some((r) => r.outcome === 'error')).toBe(true);
      const failure = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'listener.failed');
      expect(failure).toMatchObject({ where: 'command /vta-rules', message: expect.stringContaining('[redacted]') });
      expect(requests.find((r) => r.outcome === 'error')?.request_id).toBe(failure?.request_id);
    });
  });

  describe('at debug level', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ logLevel: 'debug' });
      await exercise(h);
    });
    afterAll(() => h.stop());

    it('no line contains a token or the signing secret, even with the libraries logging requests', () => {
      expect(h.logs.length).toBeGreaterThan(10);
      for (const line of h.logs) for (const secret of FORBIDDEN_EVERYWHERE) expect(line, line).not.toContain(secret);
    });
  });
});
