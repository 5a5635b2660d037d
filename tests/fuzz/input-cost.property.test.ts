/**
 * No input a person can send costs the bot more than a few milliseconds: hostile
 * text (unclosed markup, fact lists, long words, pasted pages up to 100 kB) in
 * every surface (slash commands, mentions, DMs, modal values), through the real
 * app, measured as the CPU this process spends from sending the request until
 * its reply is in. CPU time, not wall time: other processes on a busy machine do
 * not count. The bound is generous (a normal request costs a few ms, the bugs
 * this guards against cost seconds); the real per-request figures are in the
 * load test (`npm run loadtest -- --compare-bare`).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../slack/helpers/harness.ts';
import { waitFor } from '../slack/helpers/fake-slack.ts';
import { CHANNEL, event, USER, viewSubmission } from '../slack/helpers/slack-requests.ts';
import { INJECTIONS } from './arbitraries.ts';

const CPU_BOUND_MS = 200;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logLevel: 'info' });
});
afterAll(() => h.stop());

/** Units that made the old code slow when repeated: unclosed tags, facts, long runs. */
const UNITS = ['<@U1|', '<#C1|', '<http://a', '<!subteam^S1|', 'zz=1 ', 'verdi="', 'a', ' ', '§ 14-', '&amp;', 'æøå', '\u0301', ...INJECTIONS];
const hostileText = fc.oneof(
  fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 25_000 })).map(([u, n]) => u.repeat(n).slice(0, 100_000)),
  fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 400 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
);
const surface = fc.constantFrom('/vta-rules', '/reserved-contract-check', '/in-house-check', 'mention', 'dm', 'modal');

let n = 0;
/** Sends the text on a surface and resolves when its reply is in. */
async function ask(where: string, text: string): Promise<void> {
  const id = ++n;
  if (where.startsWith('/')) {
    await h.command(where, text); // the reply is the ack's body
    return;
  }
  if (where === 'modal') {
    const res = await h.send(viewSubmission({ callback_id: 'check_modal', private_metadata: JSON.stringify({ checkId: 'procurement-options' }) }, { 'fact:estimatedValueNok': { fact: { type: 'plain_text_input', value: text } } }));
    expect(res.status).toBe(200);
    return;
  }
  const ts = `1700000100.${String(id).padStart(6, '0')}`;
  const ev = where === 'mention' ? { type: 'app_mention', channel: CHANNEL.id } : { type: 'message', channel_type: 'im', channel: 'D0DM' };
  await h.send(event({ ...ev, user: USER.id, text: `<@U0BOTUSER> ${text}`, ts, event_ts: ts }));
  await waitFor(() => h.slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === ts), `a reply in ${ts}`, 20_000);
}

describe('cost of any input', () => {
  it(`no input costs more than ${CPU_BOUND_MS} ms of CPU, request to reply`, async () => {
    // Warm up: the first requests pay for JIT compilation, not for their input.
    for (const where of ['/vta-rules', '/reserved-contract-check', 'mention', 'dm', 'modal']) await ask(where, 'utbytte');
    let worst = { ms: 0, where: '', length: 0 };
    await fc.assert(
      fc.asyncProperty(surface, hostileText, async (where, text) => {
        const before = process.cpuUsage();
        await ask(where, text);
        const used = process.cpuUsage(before);
        const ms = (used.user + used.system) / 1000;
        if (ms > worst.ms) worst = { ms, where, length: text.length };
        expect(ms, `${where}, ${text.length} characters: ${JSON.stringify(text.slice(0, 60))}…`).toBeLessThan(CPU_BOUND_MS);
      }),
      { numRuns: 60 },
    );
    console.log(`input cost: worst ${worst.ms.toFixed(1)} ms CPU (${worst.where}, ${worst.length} characters)`);
  }, 120_000);
});
