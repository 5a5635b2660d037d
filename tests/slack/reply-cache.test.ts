/**
 * The cache of command replies (src/slack/reply-cache.ts): bounded by characters and
 * entries with the least recently used going first, and tied to one knowledge
 * snapshot; through the real app, a repeated question is answered with the same
 * bytes without a second lookup, and other knowledge is looked up afresh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplyCache, replyKey } from '../../src/slack/reply-cache.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { startHarness, type Harness } from './helpers/harness.ts';

const reply = (body: string) => ({ body, outcome: 'answered' });

describe('reply cache', () => {
  it('keeps replies per snapshot and starts afresh for another snapshot', () => {
    const cache = createReplyCache({ maxChars: 1_000, maxEntries: 10 });
    const v1 = {};
    const v2 = {};
    cache.set(v1, 'a', reply('{"text":"v1"}'));
    expect(cache.get(v1, 'a')?.body).toBe('{"text":"v1"}');
    expect(cache.get(v2, 'a')).toBeUndefined();
    cache.set(v2, 'b', reply('{"text":"v2"}'));
    expect(cache.get(v1, 'a')).toBeUndefined();
    expect(cache.get(v2, 'a')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('drops the least recently used past the character bound, and counts what it holds', () => {
    const cache = createReplyCache({ maxChars: 100, maxEntries: 10 });
    const k = {};
    const body = 'x'.repeat(20);
    for (const key of ['k1', 'k2', 'k3']) cache.set(k, key, reply(body));
    expect(cache.chars).toBe(3 * (2 + 20 + 'answered'.length));
    cache.get(k, 'k1'); // k2 is now the oldest
    cache.set(k, 'k4', reply(body));
    expect(cache.chars).toBeLessThanOrEqual(100);
    expect(cache.get(k, 'k2')).toBeUndefined();
    expect(cache.get(k, 'k1')?.body).toBe(body);
    expect(cache.get(k, 'k4')?.body).toBe(body);
  });

  it('holds at most maxEntries, and never an entry larger than the whole bound', () => {
    const cache = createReplyCache({ maxChars: 10_000, maxEntries: 3 });
    const k = {};
    for (let i = 0; i < 10; i++) cache.set(k, `q${i}`, reply('{}'));
    expect(cache.size).toBe(3);
    expect(cache.get(k, 'q9')).toBeDefined();
    expect(cache.get(k, 'q0')).toBeUndefined();
    cache.set(k, 'huge', reply('x'.repeat(20_000)));
    expect(cache.get(k, 'huge')).toBeUndefined();
    expect(cache.size).toBe(3);
  });

  it('tells apart the command, the date, the feedback buttons and the text', () => {
    const keys = new Set([
      replyKey('/vta-rules', '2026-12-02', false, 'utbytte'),
      replyKey('/vta-rules', '2026-12-03', false, 'utbytte'),
      replyKey('/other', '2026-12-02', false, 'utbytte'),
      replyKey('/vta-rules', '2026-12-02', true, 'utbytte'),
      replyKey('/vta-rules', '2026-12-02', false, 'utbytte '),
    ]);
    expect(keys.size).toBe(5);
  });
});

describe('a repeated question through the app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const ask = (question: string) => h.command('/vta-rules', question);

  it('is answered with the same reply without a second lookup; other knowledge is looked up', async () => {
    const kb = h.kb;
    const real = createLookup(kb);
    let lookups = 0;
    const counting = (): Knowledge => ({ kb, lookup: (q, o) => (lookups++, real(q, o)) }) as Knowledge;
    const snapshot = counting();
    h.useKnowledge(() => snapshot);

    const first = await ask('tiltaksforskriften § 14-5');
    const second = await ask('tiltaksforskriften § 14-5');
    expect(lookups).toBe(1);
    expect(second).toEqual(first);
    expect(JSON.stringify(first)).toContain('14-5');

    const other = counting();
    h.useKnowledge(() => other);
    const third = await ask('tiltaksforskriften § 14-5');
    expect(lookups).toBe(2);
    expect(third).toEqual(first);

    // Without a database (no asker, nothing queued for the editors) a weak answer is kept too.
    lookups = 0;
    const none1 = await ask('havtornsaft');
    const none2 = await ask('havtornsaft');
    expect(lookups).toBe(1);
    expect(none2).toEqual(none1);
    expect(JSON.stringify(none1)).toContain('Fant ingenting som passer godt');
    h.reset();
  });
});
