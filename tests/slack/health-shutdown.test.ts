/**
 * Health routes and graceful drain of the Slack runtime, in process (the real
 * Bolt app over HTTP on 127.0.0.1). The process-level behaviour (signals, exit
 * codes) is in tests/runtime/process.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './helpers/harness.ts';
import { blockAction } from './helpers/slack-requests.ts';
import { waitFor } from './helpers/fake-slack.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('health routes', () => {
  it('GET /healthz says the process is up; GET /readyz gives the live knowledge version', async () => {
    h = await startHarness();
    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${h.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', ready: true, kb_version: h.kb.version });
    expect(ready.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503 on /readyz when the knowledge is not ready', async () => {
    h = await startHarness();
    h.useKnowledge(() => {
      throw new Error('not loaded');
    });
    const ready = await fetch(`${h.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not_ready' });
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });

  it('does not serve the health routes to other methods, and keeps the Slack endpoint signed', async () => {
    h = await startHarness();
    expect((await fetch(`${h.baseUrl}/healthz`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/slack/events`, { method: 'POST', body: 'x' })).status).toBe(401);
  });
});

describe('graceful drain', () => {
  it('finishes the request in flight, then stops taking connections', async () => {
    h = await startHarness();
    h.slack.delayResponses(400); // the listener is still replying after its ack
    const url = h.slack.responseUrl();
    // A button's answer goes to its response_url after the ack (a command's is the ack itself).
    expect((await h.send(blockAction({ action_id: 'lookup_topic:0', value: 'utbytte' }, url))).status).toBe(200);
    await waitFor(() => (h!.runtime.inflight.count() > 0 ? true : undefined), 'the request to be in flight');

    const result = await h.runtime.drain(5000);
    expect(result.abandoned).toBe(0);
    expect(h.slack.responses.some((r) => url.endsWith(r.url))).toBe(true); // the answer was delivered before the drain ended
    await expect(fetch(`${h.baseUrl}/healthz`)).rejects.toThrow(); // nothing listens any more
    const stopped = h.logs.map((l) => JSON.parse(l)).find((l) => l.event === 'slack.stopped');
    expect(stopped).toMatchObject({ mode: 'http', drained: true, abandoned: 0 });
  });

  it('gives up on work still in flight at the bound, and says how much', async () => {
    h = await startHarness();
    h.slack.delayResponses(3000);
    const url = h.slack.responseUrl();
    await h.send(blockAction({ action_id: 'lookup_topic:0', value: 'utbytte' }, url));
    await waitFor(() => (h!.runtime.inflight.count() > 0 ? true : undefined), 'the request to be in flight');
    const result = await h.runtime.drain(300);
    expect(result.abandoned).toBe(1);
    // Drain returned before the reply it gave up on (held back 3 s) could be delivered.
    expect(h.slack.responses.some((r) => url.endsWith(r.url))).toBe(false);
  });
});
