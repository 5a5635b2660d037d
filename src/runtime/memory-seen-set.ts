/**
 * The SeenSet of one process: a Map from key to expiry, bounded by entries.
 *
 * Expired keys are dropped as new ones arrive (oldest first, which is also
 * soonest to expire for keys claimed with the same window), so the set holds
 * only the keys of the last window. Past `maxEntries` live keys, the oldest are
 * dropped even though still live: memory stays bounded under any flood, at the
 * price that a replay older than the newest `maxEntries` claims gets through
 * (the request's own five-minute timestamp window still bounds it).
 */
import type { SeenSet } from './seen-set.ts';

export interface MemorySeenSetOptions {
  /** Live keys kept at most. Default 100 000 (about 10 MB). */
  maxEntries?: number;
  /** The clock (tests). */
  now?: () => number;
}

export interface MemorySeenSet extends SeenSet {
  /** Keys held now (tests, metrics). */
  size(): number;
}

export function createMemorySeenSet(options: MemorySeenSetOptions = {}): MemorySeenSet {
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  const expiries = new Map<string, number>();

  /** Drops expired keys from the front until one is live: each key is dropped once, so this is amortised O(1). */
  function sweep(at: number): void {
    for (const [key, expiresAt] of expiries) {
      if (expiresAt > at) break;
      expiries.delete(key);
    }
  }

  return {
    async claim(key, expiresAtMs) {
      const at = now();
      sweep(at);
      const existing = expiries.get(key);
      if (existing !== undefined && existing > at) return false;
      // Re-inserted at the end, so the Map's order stays claim order.
      expiries.delete(key);
      if (expiresAtMs <= at) return true;
      expiries.set(key, expiresAtMs);
      while (expiries.size > maxEntries) expiries.delete(expiries.keys().next().value!);
      return true;
    },
    size: () => expiries.size,
  };
}
