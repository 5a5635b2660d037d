/**
 * A Map-backed cache with two bounds: entries and the characters of its keys and
 * values together (the memory it holds is about twice that many bytes, plus a
 * fixed cost per entry). Past either bound it starts over: cheaper per lookup
 * than tracking recency, and the working set (the knowledge base's own words)
 * is back within a few requests. Used for caches keyed by what users type, where
 * every distinct word would otherwise stay for the life of the process.
 */
export interface BoundedCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
  /** Characters of keys and values held now. */
  readonly chars: number;
}

export function createBoundedCache<V>(options: { maxEntries: number; maxChars: number; charsOf?: (value: V) => number }): BoundedCache<V> {
  const map = new Map<string, V>();
  const charsOf = options.charsOf ?? ((v: V) => (typeof v === 'string' ? v.length : 0));
  let chars = 0;
  return {
    get: (key) => map.get(key),
    set(key, value) {
      const cost = key.length + charsOf(value);
      // One entry larger than the whole budget is not worth keeping.
      if (cost > options.maxChars) return;
      if (map.size >= options.maxEntries || chars + cost > options.maxChars) {
        map.clear();
        chars = 0;
      }
      const old = map.get(key);
      if (old !== undefined) chars -= key.length + charsOf(old);
      map.set(key, value);
      chars += cost;
    },
    get size() {
      return map.size;
    },
    get chars() {
      return chars;
    },
  };
}
