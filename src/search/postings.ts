/**
 * Builds the postings of an inverted index in a few passes over flat typed arrays:
 * terms interned to integer ids, and for each term the documents that contain it with a
 * score precomputed at build time, so a search only adds numbers.
 *
 * The score of a term in a document is the sum over fields of field boost × BM25+ with
 * MiniSearch's parameters and definitions (field length = distinct terms in the field,
 * document frequency per field), so this engine ranks as MiniSearch did when the
 * question set was tuned.
 */
import type { Analyzer } from './analyzer.ts';
import { FIELD_BOOSTS, type IndexedDoc } from './text-index.ts';

/** MiniSearch's defaults: term-frequency saturation, length normalisation, and the BM25+ floor. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export interface Postings {
  /** Term by id. */
  terms: string[];
  termIds: Map<string, number>;
  /** Postings of term t are positions offsets[t] … offsets[t + 1] − 1. */
  offsets: Int32Array;
  /** Document numbers (positions in the input), ascending within each term. */
  docs: Int32Array;
  /** Weighted BM25+ score of the term in that document, summed over fields. */
  scores: Float64Array;
}

/** A growable Int32Array, since the number of (term, document, field) triples is known only at the end. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

const grow = (a: Int32Array, min: number): Int32Array => {
  if (a.length >= min) return a;
  const bigger = new Int32Array(Math.max(min, a.length * 2));
  bigger.set(a);
  return bigger;
};

export function buildPostings(docs: readonly IndexedDoc[], analyzer: Analyzer): Postings {
  const fields = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];
  const boosts = fields.map((f) => FIELD_BOOSTS[f]);
  const F = fields.length;
  const N = docs.length;
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  // Entries share field text (every entry of a source has the same `source` field), so
  // each distinct text is analysed and interned once. Its term ids go into one growing
  // list (start and end per text): a corpus of 20 000 entries has over 100 000 texts, and an
  // array each kept the garbage collector busy.
  const analysed = new Map<string, number>();
  const allIds = new IntList();
  const textStart = new IntList();
  const textEnd = new IntList();
  const idsOf = (text: string): number => {
    let slot = analysed.get(text);
    if (slot !== undefined) return slot;
    const ts = analyzer.terms(text);
    slot = textStart.length;
    textStart.push(allIds.length);
    for (let i = 0; i < ts.length; i++) {
      let id = termIds.get(ts[i]!);
      if (id === undefined) {
        id = terms.length;
        terms.push(ts[i]!);
        termIds.set(ts[i]!, id);
      }
      allIds.push(id);
    }
    textEnd.push(allIds.length);
    analysed.set(text, slot);
    return slot;
  };

  // Pass 1: one (term, document, field, frequency) triple per distinct term of each field.
  const tTerm = new IntList();
  const tDoc = new IntList();
  const tFieldFreq = new IntList(); // field in the low 4 bits, frequency above
  const fieldLength = new Float64Array(N * F);
  const lengthSum = new Float64Array(F);
  let df: Int32Array = new Int32Array(1024 * F); // documents per (term, field)
  let freq: Int32Array = new Int32Array(1024);
  const seen: number[] = [];
  for (let d = 0; d < N; d++) {
    const doc = docs[d]!;
    for (let f = 0; f < F; f++) {
      const slot = idsOf(doc[fields[f]!]);
      const ids = allIds.data;
      freq = grow(freq, terms.length);
      for (let i = textStart.data[slot]!, end = textEnd.data[slot]!; i < end; i++) if (freq[ids[i]!]!++ === 0) seen.push(ids[i]!);
      df = grow(df, terms.length * F);
      for (const id of seen) {
        df[id * F + f]!++;
        tTerm.push(id);
        tDoc.push(d);
        tFieldFreq.push(f | (freq[id]! << 4));
        freq[id] = 0;
      }
      fieldLength[d * F + f] = seen.length;
      lengthSum[f]! += seen.length;
      seen.length = 0;
    }
  }
  const avgLength = Array.from(lengthSum, (s) => s / N);

  // Pass 2: postings per term (a document counts once however many fields it matches), as offsets.
  const V = terms.length;
  const T = tTerm.length;
  const offsets = new Int32Array(V + 1);
  const lastDoc = new Int32Array(V).fill(-1);
  for (let i = 0; i < T; i++) {
    const t = tTerm.data[i]!;
    const d = tDoc.data[i]!;
    if (lastDoc[t] !== d) {
      lastDoc[t] = d;
      offsets[t + 1]!++;
    }
  }
  for (let t = 0; t < V; t++) offsets[t + 1]! += offsets[t]!;

  // BM25+ parts that depend only on (term, field) or (document, field), worked out once.
  const idf = new Float64Array(V * F);
  for (let i = 0; i < V * F; i++) idf[i] = Math.log(1 + (N - df[i]! + 0.5) / (df[i]! + 0.5));
  const saturation = new Float64Array(N * F); // k × length normalisation
  for (let i = 0; i < N * F; i++) saturation[i] = BM25.k * (1 - BM25.b + (BM25.b * fieldLength[i]!) / avgLength[i % F]!);

  // Pass 3: fill documents and scores; triples come in document order, so each term's documents ascend.
  const postDocs = new Int32Array(offsets[V]!);
  const postScores = new Float64Array(offsets[V]!);
  const next = offsets.slice(0, V);
  const slotOf = new Int32Array(V);
  lastDoc.fill(-1);
  for (let i = 0; i < T; i++) {
    const t = tTerm.data[i]!;
    const d = tDoc.data[i]!;
    if (lastDoc[t] !== d) {
      lastDoc[t] = d;
      slotOf[t] = next[t]!++;
      postDocs[slotOf[t]!] = d;
    }
    const f = tFieldFreq.data[i]! & 15;
    const tf = tFieldFreq.data[i]! >>> 4;
    postScores[slotOf[t]!]! += boosts[f]! * idf[t * F + f]! * (BM25.d + (tf * (BM25.k + 1)) / (tf + saturation[d * F + f]!));
  }
  return { terms, termIds, offsets, docs: postDocs, scores: postScores };
}
