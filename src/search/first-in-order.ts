/**
 * The first `k` items in `compare` order, sorted, without sorting them all: a page of
 * five answers from thousands of relevant hits in a large corpus. Items that come in
 * nearly in order (hits arrive ranked by text score) are mostly rejected with one
 * comparison; a deep page (large `k`) falls back to a full sort.
 */
export function firstInOrder<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (k > 64 || items.length <= k) return [...items].sort(compare).slice(0, k);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    // Insertion into the sorted short list, dropping the last when full. Stable: an item
    // goes after those it ties with, as a stable sort would place it.
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && compare(item, best[i - 1]!) < 0) {
      if (i < k) best[i] = best[i - 1]!;
      i--;
    }
    best[i] = item;
  }
  return best;
}
