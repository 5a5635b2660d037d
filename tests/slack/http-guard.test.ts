/**
 * The HTTP guard in front of Bolt (src/slack/http-guard.ts), through the real
 * app on 127.0.0.1: body limit, freshness both ways, replayed requests and
 * events, and bodies that are not a JSON object.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, SECRET, type Harness } from './helpers/harness.ts';
import { waitFor } from './helpers/fake-slack.ts';
import { CHANNEL, event, sign, slashCommand, USER } from './helpers/slack-requests.ts';
import { BODY_LIMIT_BYTES } from '../../src/slack/http-guard.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const now = () => Math.floor(Date.now() / 1000);
const post = (body: string, headers: Record<string, string>) => fetch(`${h.baseUrl}/slack/events`, { method: 'POST', headers, body });
const signedJson = (body: string, ts = now()) => post(body, { 'content-type': 'application/json', ...sign(SECRET, body, ts) });

/** The process still answers: a normal signed command gets its reply. */
async function stillServing(): Promise<void> {
  await h.command('/vta-rules', 'utbytte');
}

describe('bodies that are not a JSON object', () => {
  it.each(['null', '[]', '42', '"tekst"', 'true'])('a signed JSON body %s gets 400 and the bot keeps serving', async (body) => {
    const res = await signedJson(body);
    expect(res.status).toBe(400);
    await stillServing();
  });

  it('a signed form whose payload is null or broken JSON gets 400', async () => {
    for (const body of ['payload=null', 'payload=%5B1%5D', 'payload=%7Bbroken']) {
      const res = await post(body, { 'content-type': 'application/x-www-form-urlencoded', ...sign(SECRET, body) });
      expect(res.status).toBe(400);
    }
    await stillServing();
  });
});

describe('freshness and replays', () => {
  it('refuses a timestamp more than five minutes in the future, as in the past', async () => {
    const req = slashCommand('/vta-rules', 'utbytte', h.slack.responseUrl());
    for (const ts of [now() + 6 * 60, now() - 6 * 60]) {
      const res = await post(req.body, { 'content-type': req.contentType, ...sign(SECRET, req.body, ts) });
      expect(res.status).toBe(401);
    }
    // Within the window either way is fine (clocks differ a little).
    const ok = await post(req.body, { 'content-type': req.contentType, ...sign(SECRET, req.body, now() + 60) });
    expect(ok.status).toBe(200);
  });

  it('answers a signed request once: the same signature and timestamp again is refused', async () => {
    const url = h.slack.responseUrl();
    const req = slashCommand('/vta-rules', 'utbytte', url);
    const headers = { 'content-type': req.contentType, ...sign(SECRET, req.body) };
    const first = await post(req.body, headers);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('"blocks"'); // answered, in the ack
    const again = await post(req.body, headers);
    expect(again.status).toBe(409);
    expect(await again.text()).toBe(''); // and not again
    await stillServing();
  });

  it('handles an event_id once, even when it arrives again freshly signed', async () => {
    const ts = '1700000000.009900';
    const req = event({ type: 'app_mention', user: USER.id, text: '<@U0BOTUSER> utbytte', ts, channel: CHANNEL.id, event_ts: ts }, 'EvREPLAY0001');
    expect((await h.send(req)).status).toBe(200);
    await waitFor(() => h.slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === ts), 'the first answer');
    // Another copy with a later (valid) timestamp: a new signature, the same event.
    const again = await post(req.body, { 'content-type': req.contentType, ...sign(SECRET, req.body, now() + 2) });
    expect(again.status).toBe(200);
    // A later mention is answered; by then the copy would have been answered too if it were handled.
    const later = '1700000000.009901';
    expect((await h.send(event({ type: 'app_mention', user: USER.id, text: '<@U0BOTUSER> utbytte', ts: later, channel: CHANNEL.id, event_ts: later }))).status).toBe(200);
    await waitFor(() => h.slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === later), 'the later answer');
    expect(h.slack.apiCalls('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
  });
});

describe('unsigned requests', () => {
  it('answers Slack’s ssl_check, and nothing else unsigned reaches the app', async () => {
    expect((await post('ssl_check=1&token=abc', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(200);
    const ts = '1700000000.009950';
    const unsigned = event({ type: 'app_mention', user: USER.id, text: '<@U0BOTUSER> utbytte', ts, channel: CHANNEL.id, event_ts: ts });
    expect((await post(unsigned.body.slice(0, 1000), { 'content-type': 'application/json' })).status).toBe(401);
    expect((await post('ssl_check=1&payload=%7B%22type%22%3A%22block_actions%22%7D', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(200);
    await stillServing();
    expect(h.slack.apiCalls('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(0);
  });
});

describe('body limit', () => {
  it('refuses a declared body over the limit with 413, before reading it', async () => {
    const body = `text=${'a'.repeat(BODY_LIMIT_BYTES + 10)}`;
    const res = await post(body, { 'content-type': 'application/x-www-form-urlencoded', ...sign(SECRET, body) });
    expect(res.status).toBe(413);
    await stillServing();
  });

  it('refuses a large unsigned body without reading it (401)', async () => {
    const res = await post('x'.repeat(64 * 1024), { 'content-type': 'application/json' });
    expect(res.status).toBe(401);
    expect(h.logs.some((l) => l.includes('http.unsigned_refused'))).toBe(true);
  });

  it('still takes a Slack-sized payload near the limit', async () => {
    const url = h.slack.responseUrl();
    // A long message with its blocks, as Slack sends a 40 000-character DM: well over Bolt's needs, under the limit.
    const req = slashCommand('/vta-rules', 'utbytte', url);
    const body = `${req.body}&padding=${'x'.repeat(200 * 1024)}`;
    const res = await post(body, { 'content-type': req.contentType, ...sign(SECRET, body) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('"blocks"'); // the reply, in the ack
  });
});
