/**
 * The bot as `npm start` runs it, in a child process in HTTP mode on 127.0.0.1
 * with Slack faked on loopback: health routes, SIGHUP reload, and SIGTERM
 * finishing the request in flight and exiting 0 within the bound, or 1 when the
 * bound cuts work off.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../../scripts/loadtest/bot-process.ts';
import { startFakeSlack, type FakeSlack } from '../slack/helpers/fake-slack.ts';
import { blockAction, sign } from '../slack/helpers/slack-requests.ts';
import { copyMiniKb } from '../helpers/kb-fixture.ts';

const SECRET = 'fedcba9876543210fedcba9876543210';
const BOT_TOKEN = 'xoxb-proc-0000-secretbotpart';

let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
});

function start(knowledgeDir: string, env: Record<string, string> = {}): Promise<BotProcess> {
  return startBotProcess({ botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: slack.apiUrl, knowledgeDir, env });
}

/** A topic button: acknowledged, then answered at its response_url (a slash command's reply is its ack, so nothing stays in flight). */
async function topicClick(bot: BotProcess, text: string, responseUrl: string) {
  const req = blockAction({ action_id: 'lookup_topic:0', value: text }, responseUrl);
  return fetch(`${bot.baseUrl}/slack/events`, { method: 'POST', headers: { 'content-type': req.contentType, ...sign(SECRET, req.body) }, body: req.body });
}

describe('the bot process', () => {
  it('serves health, reloads on SIGHUP, and on SIGTERM finishes the request in flight and exits 0 within the bound', async () => {
    const dir = copyMiniKb();
    const bot = await start(dir, { KNOWLEDGE_WATCH: 'off', SHUTDOWN_TIMEOUT_MS: '5000' });
    try {
      expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);
      const ready = (await (await fetch(`${bot.baseUrl}/readyz`)).json()) as { kb_version: string; status: string };
      expect(ready.status).toBe('ready');

      // SIGHUP: the file watch is off, so only the signal can bring the edit in.
      const file = join(dir, 'entries', 'vta.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Tiltaksarrangøren kan ikke betale utbytte til eierne.', 'Tiltaksarrangøren kan ikke betale utbytte eller nyperose.'));
      bot.kill('SIGHUP');
      const reloaded = await bot.waitForLog((l) => l.event === 'knowledge.reloaded', 'the SIGHUP reload');
      expect(reloaded).toMatchObject({ reason: 'SIGHUP', previous_version: ready.kb_version });
      const after = (await (await fetch(`${bot.baseUrl}/readyz`)).json()) as { kb_version: string; last_reload: { ok: boolean } };
      expect(after.kb_version).toBe(reloaded.kb_version);
      expect(after.last_reload.ok).toBe(true);

      // A request in flight (its reply is slow), then SIGTERM.
      slack.delayResponses(700);
      const url = slack.responseUrl();
      expect((await topicClick(bot, 'nyperose', url)).status).toBe(200);
      const sent = Date.now();
      bot.kill('SIGTERM');
      const { code } = await bot.exited;
      const took = Date.now() - sent;
      expect(code).toBe(0);
      expect(took).toBeLessThan(5000);
      const answer = slack.responses.find((r) => url.endsWith(r.url));
      expect(JSON.stringify(answer?.body)).toContain('Forbud mot utbytte'); // answered from the reloaded version
      expect(bot.logs.find((l) => l.event === 'shutdown.done')).toMatchObject({ reason: 'SIGTERM', abandoned: 0, exit_code: 0 });
      expect(bot.logs.find((l) => l.event === 'request')).toMatchObject({ kind: 'action', name: 'lookup_topic:0', outcome: 'answered', kb_version: reloaded.kb_version });
    } finally {
      slack.delayResponses(0);
      bot.kill('SIGKILL');
    }
  }, 30_000);

  it('exits 1 at the bound when a request is still in flight, and says so', async () => {
    const bot = await start(copyMiniKb(), { SHUTDOWN_TIMEOUT_MS: '500' });
    try {
      slack.delayResponses(10_000);
      await topicClick(bot, 'utbytte', slack.responseUrl()); // acked; the listener now waits on the slow reply
      const sent = Date.now();
      bot.kill('SIGTERM');
      const { code } = await bot.exited;
      expect(code).toBe(1);
      expect(Date.now() - sent).toBeLessThan(3000); // bound 500 ms, hard exit 1 s later at most, plus scheduling
      expect(bot.logs.find((l) => l.event === 'shutdown.done')).toMatchObject({ abandoned: 1, exit_code: 1 });
    } finally {
      slack.delayResponses(0);
      bot.kill('SIGKILL');
    }
  }, 30_000);
});
