/** End to end through the real Bolt app over signed HTTP: the Home tab, mentions and direct messages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settle, startHarness, text, type Harness } from './helpers/harness.ts';
import { waitFor } from './helpers/fake-slack.ts';
import { CHANNEL, event, USER } from './helpers/slack-requests.ts';
import { expectWithinLimits } from './helpers/within-limits.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const posted = (threadTs: string) => waitFor(() => h.slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === threadTs), `a reply in thread ${threadTs}`);

describe('events', () => {
  it('publishes the Home tab with the knowledge version, last verified date and sources with status', async () => {
    await h.send(event({ type: 'app_home_opened', user: USER.id, channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000300' }));
    const publish = await waitFor(() => h.slack.apiCalls('views.publish').find((c) => c.args.user_id === USER.id), 'views.publish');
    const view = publish.args.view as object;
    expectWithinLimits('home', view, 'home');
    expect(text(view)).toContain(h.kb.version);
    expect(text(view)).toContain(h.kb.lastVerified);
    expect(text(view)).toContain('Høringsnotat, nytt kapittel 14 A');
    expect(text(view)).toContain('FORSLAG, ikke gjeldende rett');
  });

  it('answers a mention in a thread under it', async () => {
    await h.send(event({ type: 'app_mention', user: USER.id, text: '<@U0BOTUSER> hva sier regelverket om utbytte?', ts: '1700000000.000400', channel: CHANNEL.id, event_ts: '1700000000.000400' }));
    const post = await posted('1700000000.000400');
    expect(post.args.channel).toBe(CHANNEL.id);
    expectWithinLimits('message', post.args, 'mention answer');
    expect(text(post.args.blocks)).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(text(post.args.blocks)).not.toContain('lookup_share');
  });

  it('answers a direct message in a thread, and ignores edits and its own messages', async () => {
    await h.send(event({ type: 'message', channel_type: 'im', user: USER.id, text: '§ 14-5', ts: '1700000000.000500', channel: 'D0DM', event_ts: '1700000000.000500' }));
    const post = await posted('1700000000.000500');
    expect(post.args.channel).toBe('D0DM');
    expect(text(post.args.blocks)).toContain('Krav til virksomheter som arrangerer VTA');
    const before = h.slack.apiCalls('chat.postMessage').length;
    await h.send(event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D0DM', ts: '1700000000.000600', event_ts: '1700000000.000600', message: { text: 'x' } }));
    await h.send(event({ type: 'message', channel_type: 'im', user: 'U0BOTUSER', bot_id: 'B0BOT', text: 'mitt eget svar', ts: '1700000000.000700', channel: 'D0DM', event_ts: '1700000000.000700' }));
    await settle(h);
    expect(h.slack.apiCalls('chat.postMessage').length).toBe(before);
  });

  it('does not answer a redelivered event twice', async () => {
    const req = event({ type: 'app_mention', user: USER.id, text: '<@U0BOTUSER> utbytte', ts: '1700000000.000800', channel: CHANNEL.id, event_ts: '1700000000.000800' });
    const before = h.slack.apiCalls('chat.postMessage').length;
    // A redelivery carries X-Slack-Retry-Num; Bolt puts it in context.retryNum.
    const res = await h.send(req, 'good', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(res.status).toBe(200);
    await settle(h);
    expect(h.slack.apiCalls('chat.postMessage').length).toBe(before);
  });
});
