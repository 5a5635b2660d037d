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
import type { Analyzer } from './analyzer.ts';
import { fuzzyDistance, fuzzyWeight, prefixFor, prefixWeight } from './expansion.ts';
import { SealedMatchMap } from './match-maps.ts';
import { buildPostings } from './postings.ts';
import { orderByScore } from './rank-order.ts';
import { SortedVocabulary } from './sorted-vocabulary.ts';
import type { HitColumns, IndexedDoc, MatchKind, TextHit, TextIndex } from './text-index.ts';

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

  const queryTerms = (query: string): string[] => [...new Set(analyzer.queryTerms(query))];

  const expand = (q: string): Expansion[] => {
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

  /** Every hit of the query, ranked, as columns; scratch space is left clean. */
  const searchColumns = (query: string): HitColumns => {
    const qs = queryTerms(query);
    const W = (qs.length + 31) >>> 5;
    if (W > words) {
      words = W;
      matched = new Uint32Array(N * W);
      exact = new Uint32Array(N * W);
      prefix = new Uint32Array(N * W);
    }
    let count = 0;
    for (let q = 0; q < qs.length; q++) {
      const bit = 1 << (q & 31);
      const word = q >>> 5;
      for (const { term, weight, kind } of expand(qs[q]!)) {
        const end = offsets[term + 1]!;
        for (let p = offsets[term]!; p < end; p++) {
          const d = postDocs[p]!;
          if (score[d] === 0) touched[count++] = d;
          score[d]! += weight * postScores[p]!;
          const m = d * words + word;
          matched[m]! |= bit;
          if (kind === EXACT) exact[m]! |= bit;
          else if (kind === PREFIX) prefix[m]! |= bit;
        }
      }
    }

    // Documents that matched more of the query rank higher (MiniSearch's "quality").
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      let n = 0;
      for (let w = 0; w < W; w++) n += popcount(matched[d * words + w]!);
      score[d]! *= n;
    }
    // The documents touched, in document (= id) order: a scan when they are many, else a sort.
    let inOrder: Int32Array;
    if (count * 16 > N) {
      inOrder = new Int32Array(count);
      for (let d = 0, i = 0; d < N; d++) if (score[d]! > 0) inOrder[i++] = d;
    } else inOrder = touched.slice(0, count).sort();
    const order = orderByScore(inOrder, score);

    // One map per way of matching the query, found through a small trie keyed by the
    // three masks, 16 query terms per level packed into one number (3 × 16 bits < 2^53).
    const root: PatternNode = { next: new Map() };
    const levels = (qs.length + 15) >>> 4;
    const maps: SealedMatchMap[] = [];
    const patternOf = (d: number): number => {
      let node = root;
      for (let c = 0; c < levels; c++) {
        const m = d * words + (c >>> 1);
        const shift = (c & 1) * 16;
        const key = (((matched[m]! >>> shift) & 0xffff) * 65536 + ((exact[m]! >>> shift) & 0xffff)) * 65536 + ((prefix[m]! >>> shift) & 0xffff);
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map() }));
        node = child;
      }
      if (node.pattern === undefined) {
        const map = new SealedMatchMap();
        for (let q = 0; q < qs.length; q++) {
          const m = d * words + (q >>> 5);
          const bit = 1 << (q & 31);
          if (matched[m]! & bit) map.set(qs[q]!, KINDS[exact[m]! & bit ? EXACT : prefix[m]! & bit ? PREFIX : FUZZY]!);
        }
        node.pattern = maps.push(map.seal()) - 1;
      }
      return node.pattern;
    };
    const doc = new Int32Array(count);
    const hitScore = new Float64Array(count);
    const pattern = new Int32Array(count);
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
    return { count, doc, score: hitScore, matches: (i) => maps[pattern[i]!]! };
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

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
