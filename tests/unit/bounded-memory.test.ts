/** What the bot remembers between requests stays bounded however many different inputs arrive. */
import { describe, expect, it } from 'vitest';
import { createBoundedCache } from '../../src/runtime/bounded-cache.ts';
import { createMemorySeenSet } from '../../src/runtime/memory-seen-set.ts';

describe('bounded cache', () => {
  it('never holds more than its entries or its characters', () => {
    const cache = createBoundedCache<string>({ maxEntries: 1000, maxChars: 50_000 });
    let maxSize = 0;
    let maxChars = 0;
    for (let i = 0; i < 100_000; i++) {
      const word = `${i.toString(36)}${'x'.repeat(i % 200)}`;
      cache.set(word, word.slice(0, 10));
      maxSize = Math.max(maxSize, cache.size);
      maxChars = Math.max(maxChars, cache.chars);
    }
    expect(maxSize).toBeLessThanOrEqual(1000);
    expect(maxChars).toBeLessThanOrEqual(50_000);
    expect(maxChars).toBeGreaterThan(40_000); // it does fill up to the bound before starting over
  });

  it('keeps what fits and answers from it', () => {
    const cache = createBoundedCache<string[]>({ maxEntries: 10, maxChars: 100, charsOf: (v) => v.join('').length });
    cache.set('utbytte', ['utbytt']);
    expect(cache.get('utbytte')).toEqual(['utbytt']);
    cache.set('utbytte', ['utbytte']);
    expect(cache.chars).toBe(14);
    cache.set('x'.repeat(101), []); // larger than the whole budget: not kept, nothing evicted
    expect(cache.get('utbytte')).toEqual(['utbytte']);
  });
});

describe('in-memory seen-set', () => {
  it('claims a key once until it expires', async () => {
    let now = 1_000_000;
    const seen = createMemorySeenSet({ now: () => now });
    expect(await seen.claim('sig:1', now + 300_000)).toBe(true);
    expect(await seen.claim('sig:1', now + 300_000)).toBe(false);
    now += 300_001;
    expect(await seen.claim('sig:1', now + 300_000)).toBe(true);
  });

  it('drops expired keys as new ones arrive, and never holds more than maxEntries', async () => {
    let now = 0;
    const seen = createMemorySeenSet({ now: () => now, maxEntries: 5000 });
    for (let i = 0; i < 50_000; i++) {
      now += 10;
      await seen.claim(`k${i}`, now + 10_000);
      expect(seen.size()).toBeLessThanOrEqual(5000);
    }
    // Only the keys of the last 10 s are live: 1 000 of them.
    expect(seen.size()).toBeLessThanOrEqual(1001);
    const flood = createMemorySeenSet({ now: () => 0, maxEntries: 100 });
    for (let i = 0; i < 1000; i++) await flood.claim(`f${i}`, 1_000_000);
    expect(flood.size()).toBe(100);
  });
});
