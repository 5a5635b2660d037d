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

/**
 * The items 0 … count − 1 in `compare` order, one at a time: a binary heap built in linear
 * time, then one pop per item taken. For when it is not known how many are needed (folding
 * can merge many hits into one), without sorting thousands of hits to use a few dozen.
 */
export function* inOrder(count: number, compare: (a: number, b: number) => number): Generator<number> {
  const heap = new Int32Array(count);
  for (let i = 0; i < count; i++) heap[i] = i;
  let size = count;
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      if (l >= size) return;
      const r = l + 1;
      const c = r < size && compare(heap[r]!, heap[l]!) < 0 ? r : l;
      if (compare(heap[c]!, heap[at]!) >= 0) return;
      const t = heap[c]!;
      heap[c] = heap[at]!;
      heap[at] = t;
      at = c;
    }
  };
  for (let i = (size >>> 1) - 1; i >= 0; i--) down(i);
  while (size > 0) {
    const top = heap[0]!;
    heap[0] = heap[--size]!;
    down(0);
    yield top;
  }
}
