/**
 * The first `k` of the items 0 … count − 1 in `compare` order, without sorting them all:
 * a page of five answers from thousands of relevant hits in a large corpus. Items are
 * indexes into the caller's columns, so nothing is allocated per item. Items that come
 * nearly in order (hits arrive ranked by text score) are mostly rejected with one
 * comparison; a deep page (large `k`) falls back to a full sort.
 */
export function firstInOrder(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0 || count === 0) return [];
  if (k > 64 || count <= k) return Array.from({ length: count }, (_, i) => i).sort(compare).slice(0, k);
  const best: number[] = [];
  for (let item = 0; item < count; item++) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    // Insertion into the sorted short list, dropping the last when full. Stable: an item
    // goes after those it ties with, as a stable sort would place it.
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && compare(item, best[i - 1]!) < 0) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = item;
  }
  return best;
}
