/**
 * A compact inverted index behind the TextIndex interface, built for speed at any corpus
 * size (search-bench.md: MiniSearch scores every match through per-document Maps and
 * slows toward a scan as the corpus grows).
 *
 * - Postings are typed arrays with the BM25+ score of each (term, document) computed at
 *   build time (postings.ts); it ranks as MiniSearch does, so quality carries over.
 * - A query term is expanded exactly as in MiniSearch (expansion.ts): itself, the longer
 *   words it begins (sorted vocabulary, binary search), and for unknown long words the
 *   words within a small edit distance; derived matches count for less.
 * - Scores accumulate in a Float64Array, with per-document bit masks recording how each
 *   query term matched; only the documents touched are visited again and reset.
 * - Like MiniSearch, a document's score is multiplied by the number of query terms it
 *   matched. Every hit is returned (lookup filters by coverage), by score, then by id,
 *   as objects (`search`) or as columns (`searchColumns`, no object per hit).
 */
import { createBoundedCache } from '../runtime/bounded-cache.ts';
import type { Analyzer } from './analyzer.ts';
import { fuzzyDistance, fuzzyWeight, prefixFor, prefixWeight } from './expansion.ts';
import { SealedMatchMap } from './match-maps.ts';
import { buildPostings } from './postings.ts';
import { orderByScore } from './rank-order.ts';
import { SortedVocabulary } from './sorted-vocabulary.ts';
import type { HitColumns, IndexedDoc, MatchKind, SearchColumnsOptions, TextHit, TextIndex } from './text-index.ts';

const EXACT = 0;
const PREFIX = 1;
const FUZZY = 2;
const KINDS: MatchKind[] = ['exact', 'prefix', 'fuzzy'];

interface PatternNode {
  next: Map<number, PatternNode>;
  /** Index of this pattern's map in the search's list of maps, once made. */
  pattern?: number;
}

interface Expansion {
  term: number;
  weight: number;
  kind: typeof EXACT | typeof PREFIX | typeof FUZZY;
}

export function createInvertedIndex(docs: IndexedDoc[], analyzer: Analyzer): TextIndex {
  // Documents are numbered in id order, so equal scores are ordered by id by comparing numbers.
  const position = Int32Array.from(docs.keys()).sort((a, b) => (docs[a]!.id < docs[b]!.id ? -1 : docs[a]!.id > docs[b]!.id ? 1 : 0));
  const byId = Array.from(position, (p) => docs[p]!);
  const { terms, termIds, offsets, docs: postDocs, scores: postScores } = buildPostings(byId, analyzer);
  const vocabulary = new SortedVocabulary(terms);
  const N = byId.length;

  // Scratch space reused by every search and reset for the documents touched.
  const score = new Float64Array(N);
  const touched = new Int32Array(N);
  let words = 0; // 32-bit words of mask per document, grown for long queries
  let matched = new Uint32Array(0);
  let exact = new Uint32Array(0);
  let prefix = new Uint32Array(0);

  // The terms of the last query analysed: lookup asks for a query's terms (for the
  // relevance gate) and then searches the same text, which would analyse it again.
  let lastQuery: string | undefined;
  let lastTerms: readonly string[] = [];
  const termsOf = (query: string): readonly string[] => {
    if (query !== lastQuery) {
      lastTerms = [...new Set(analyzer.queryTerms(query))];
      lastQuery = query;
    }
    return lastTerms;
  };
  const queryTerms = (query: string): string[] => [...termsOf(query)];

  // Each query term's expansion (prefixes, typos) depends only on the term and the
  // vocabulary, and users repeat their words: remembered, bounded like the analyzer's caches.
  const expansions = createBoundedCache<readonly Expansion[]>({ maxEntries: 20_000, maxChars: 2_000_000, charsOf: (xs) => 16 * xs.length });
  const expand = (q: string): readonly Expansion[] => {
    let out = expansions.get(q);
    if (out === undefined) expansions.set(q, (out = expandTerm(q)));
    return out;
  };
  const expandTerm = (q: string): Expansion[] => {
    const out: Expansion[] = [];
    const id = termIds.get(q);
    if (id !== undefined) out.push({ term: id, weight: 1, kind: EXACT });
    if (prefixFor(q)) for (const t of vocabulary.withPrefix(q)) out.push({ term: t, weight: prefixWeight(q, terms[t]!), kind: PREFIX });
    const max = fuzzyDistance(q, id !== undefined);
    if (max > 0) {
      for (const { id: t, distance } of vocabulary.near(q, max)) out.push({ term: t, weight: fuzzyWeight(terms[t]!, distance), kind: FUZZY });
    }
    return out;
  };

  const patterns = new PatternTable();
  // Columns of unordered searches, reused by each (SearchColumnsOptions: valid until the next search).
  let reusedDoc = new Int32Array(0);
  let reusedScore = new Float64Array(0);
  let reusedPattern = new Int32Array(0);

  /** Every hit of the query as columns, ranked unless `ordered` is false; scratch space is left clean. */
  const searchColumns = (query: string, options?: SearchColumnsOptions): HitColumns => {
    const ordered = options?.ordered ?? true;
    const qs = termsOf(query);
    const W = (qs.length + 31) >>> 5;
    if (W > words) {
      words = W;
      matched = new Uint32Array(N * W);
      exact = new Uint32Array(N * W);
      prefix = new Uint32Array(N * W);
    }
    let count = 0;
    // The hottest loop at 100×: locals only, and the kind of match decided once per expansion.
    const stride = words;
    const all = matched;
    for (let q = 0; q < qs.length; q++) {
      const bit = 1 << (q & 31);
      const word = q >>> 5;
      for (const { term, weight, kind } of expand(qs[q]!)) {
        const end = offsets[term + 1]!;
        const marks = kind === EXACT ? exact : kind === PREFIX ? prefix : undefined;
        if (marks) {
          for (let p = offsets[term]!; p < end; p++) {
            const d = postDocs[p]!;
            if (score[d] === 0) touched[count++] = d;
            score[d]! += weight * postScores[p]!;
            const m = d * stride + word;
            all[m]! |= bit;
            marks[m]! |= bit;
          }
        } else {
          for (let p = offsets[term]!; p < end; p++) {
            const d = postDocs[p]!;
            if (score[d] === 0) touched[count++] = d;
            score[d]! += weight * postScores[p]!;
            all[d * stride + word]! |= bit;
          }
        }
      }
    }

    // Documents that matched more of the query rank higher (MiniSearch's "quality"); an
    // unordered search does this in its one pass over the hits below.
    if (ordered) {
      for (let i = 0; i < count; i++) {
        const d = touched[i]!;
        let n = 0;
        for (let w = 0; w < W; w++) n += popcount(matched[d * words + w]!);
        score[d]! *= n;
      }
    }
    let order: Int32Array;
    if (ordered) {
      // The documents touched, in document (= id) order: a scan when they are many, else a sort.
      let inOrder: Int32Array;
      if (count * 16 > N) {
        inOrder = new Int32Array(count);
        for (let d = 0, i = 0; d < N; d++) if (score[d]! > 0) inOrder[i++] = d;
      } else inOrder = touched.slice(0, count).sort();
      order = orderByScore(inOrder, score);
    } else order = touched;

    // One map per way of matching the query. With up to 32 query terms (one mask word) the
    // way is three masks (which terms matched exactly, by prefix only, by typo only), found
    // in an open-addressing table of typed arrays; longer queries go through a small trie
    // keyed by the three masks, 16 query terms per level packed into one number (3 × 16 bits < 2^53).
    const maps: SealedMatchMap[] = [];
    const mapOf = (d: number): number => {
      const map = new SealedMatchMap();
      for (let q = 0; q < qs.length; q++) {
        const m = d * words + (q >>> 5);
        const bit = 1 << (q & 31);
        if (matched[m]! & bit) map.set(qs[q]!, KINDS[exact[m]! & bit ? EXACT : prefix[m]! & bit ? PREFIX : FUZZY]!);
      }
      return maps.push(map.seal()) - 1;
    };
    let patternOf: (d: number) => number;
    if (W === 1) {
      patterns.clear();
      // Hits come in the order the postings first reached them, so neighbours often
      // matched alike: the last pattern is checked before the table.
      let lastAll = -1;
      let lastE = -1;
      let lastPf = -1;
      let lastK = -1;
      patternOf = (d) => {
        const m = d * words;
        const all = matched[m]!;
        const e = exact[m]! & all;
        const pf = prefix[m]! & all & ~e;
        if (all === lastAll && e === lastE && pf === lastPf) return lastK;
        let k = patterns.get(all, e, pf);
        if (k < 0) patterns.set(all, e, pf, (k = mapOf(d)));
        lastAll = all;
        lastE = e;
        lastPf = pf;
        return (lastK = k);
      };
    } else {
      const root: PatternNode = { next: new Map() };
      const levels = (qs.length + 15) >>> 4;
      patternOf = (d) => {
        let node = root;
        for (let c = 0; c < levels; c++) {
          const m = d * words + (c >>> 1);
          const shift = (c & 1) * 16;
          const key = (((matched[m]! >>> shift) & 0xffff) * 65536 + ((exact[m]! >>> shift) & 0xffff)) * 65536 + ((prefix[m]! >>> shift) & 0xffff);
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = { next: new Map() }));
          node = child;
        }
        return (node.pattern ??= mapOf(d));
      };
    }
    if (!ordered && reusedDoc.length < count) {
      reusedDoc = new Int32Array(N);
      reusedScore = new Float64Array(N);
      reusedPattern = new Int32Array(N);
    }
    const doc = ordered ? new Int32Array(count) : reusedDoc;
    const hitScore = ordered ? new Float64Array(count) : reusedScore;
    const pattern = ordered ? new Int32Array(count) : reusedPattern;
    if (ordered) {
      for (let i = 0; i < count; i++) {
        const d = order[i]!;
        doc[i] = position[d]!;
        hitScore[i] = score[d]!;
        pattern[i] = patternOf(d);
      }
      for (let i = 0; i < count; i++) {
        const d = touched[i]!;
        score[d] = 0;
        for (let w = 0; w < W; w++) matched[d * words + w] = exact[d * words + w] = prefix[d * words + w] = 0;
      }
    } else {
      // One pass: multiply, copy out, find the pattern, and clean up behind.
      for (let i = 0; i < count; i++) {
        const d = touched[i]!;
        let n = 0;
        for (let w = 0; w < W; w++) n += popcount(matched[d * words + w]!);
        doc[i] = position[d]!;
        hitScore[i] = score[d]! * n;
        pattern[i] = patternOf(d);
        score[d] = 0;
        for (let w = 0; w < W; w++) matched[d * words + w] = exact[d * words + w] = prefix[d * words + w] = 0;
      }
    }
    return { count, doc, score: hitScore, matches: (i) => maps[pattern[i]!]!, pattern, patternMatches: maps };
  };

  return {
    queryTerms,
    searchColumns,
    search(query) {
      const found = searchColumns(query);
      const hits = new Array<TextHit>(found.count);
      for (let i = 0; i < found.count; i++) {
        hits[i] = { id: docs[found.doc[i]!]!.id, doc: found.doc[i]!, score: found.score[i]!, matches: found.matches(i) };
      }
      return hits;
    },
  };
}

/**
 * Pattern numbers keyed by three 32-bit masks: open addressing in typed arrays, kept
 * between searches and cleared by generation, so finding a hit's pattern allocates nothing.
 */
class PatternTable {
  private bits = 8;
  private a = new Uint32Array(1 << this.bits);
  private b = new Uint32Array(1 << this.bits);
  private c = new Uint32Array(1 << this.bits);
  private value = new Int32Array(1 << this.bits);
  private generation = new Int32Array(1 << this.bits);
  private now = 1;
  private size = 0;

  clear(): void {
    this.now++;
    this.size = 0;
  }

  /** The number stored for (a, b, c), or −1. */
  get(a: number, b: number, c: number): number {
    const mask = (1 << this.bits) - 1;
    for (let slot = this.slotOf(a, b, c); this.generation[slot] === this.now; slot = (slot + 1) & mask) {
      if (this.a[slot] === a >>> 0 && this.b[slot] === b >>> 0 && this.c[slot] === c >>> 0) return this.value[slot]!;
    }
    return -1;
  }

  /** Stores `value` for (a, b, c), which must not be stored yet. */
  set(a: number, b: number, c: number, value: number): void {
    if (2 * (this.size + 1) > 1 << this.bits) this.grow();
    const mask = (1 << this.bits) - 1;
    let slot = this.slotOf(a, b, c);
    while (this.generation[slot] === this.now) slot = (slot + 1) & mask;
    this.generation[slot] = this.now;
    this.a[slot] = a;
    this.b[slot] = b;
    this.c[slot] = c;
    this.value[slot] = value;
    this.size++;
  }

  private slotOf(a: number, b: number, c: number): number {
    return Math.imul(a ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35), 0x9e3779b1) >>> (32 - this.bits);
  }

  private grow(): void {
    const { a, b, c, value, generation, now } = this;
    this.bits++;
    const n = 1 << this.bits;
    this.a = new Uint32Array(n);
    this.b = new Uint32Array(n);
    this.c = new Uint32Array(n);
    this.value = new Int32Array(n);
    this.generation = new Int32Array(n);
    this.now = 1;
    this.size = 0;
    for (let i = 0; i < generation.length; i++) if (generation[i] === now) this.set(a[i]!, b[i]!, c[i]!, value[i]!);
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
