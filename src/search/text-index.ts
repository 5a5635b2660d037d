/**
 * Our own small interface to full-text search, so the engine can be swapped
 * (search-bench.md: MiniSearch slows toward a naive scan as a corpus grows).
 */
export interface IndexedDoc {
  id: string;
  title: string;
  keywords: string;
  citation: string;
  summary: string;
  summary_en: string;
  source: string;
  /** Curated ways people ask for this entry (knowledge/phrasings.yaml), joined. */
  questions: string;
}

export const FIELD_BOOSTS: Record<Exclude<keyof IndexedDoc, 'id'>, number> = {
  title: 3,
  citation: 2,
  keywords: 2,
  source: 1,
  summary: 1,
  summary_en: 1,
  // How people ask is close evidence, but it is not the law's text: above the summary,
  // below the title, so a phrasing never outranks the provision that uses the user's words.
  questions: 1.5,
};

/** How a query term met the document: exactly, as a prefix of a longer word, or through typo tolerance. */
export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

export interface TextHit {
  id: string;
  /** Position of the document in the array the index was built from, so callers can keep per-document data in flat arrays. */
  doc: number;
  score: number;
  /** Each analysed query term that matched this document, and how. */
  matches: Map<string, MatchKind>;
}

/**
 * The same hits as `search` gives, in the same order, as columns: a caller ranking
 * thousands of hits (lookup on a large corpus) then allocates no object per hit, which
 * otherwise kept the garbage collector busy enough to dominate the slowest lookups.
 */
export interface HitColumns {
  count: number;
  /** Document position (as TextHit.doc) of hit i. */
  doc: Int32Array;
  score: Float64Array;
  /** Matches of hit i (as TextHit.matches); hits that matched alike may share one map. */
  matches(i: number): Map<string, MatchKind>;
  /**
   * Optional: hit i matched the query as `patternMatches[pattern[i]]` (= `matches(i)`). A
   * caller deciding per way of matching (the relevance gate) then reads a number per hit,
   * not a Map of every hit (thousands at 100×).
   */
  pattern?: Int32Array;
  patternMatches?: readonly Map<string, MatchKind>[];
}

export interface SearchColumnsOptions {
  /**
   * False: the same hits with the same scores and matches, in no particular order, in
   * buffers the next search of the index reuses. For a caller that ranks the hits itself
   * right away (lookup weighs every score again, so the index's order is not used): no
   * sort of every hit and no fresh arrays per search.
   */
  ordered?: boolean;
}

export interface TextIndex {
  search(query: string): TextHit[];
  /** Optional: `search` as columns (see HitColumns); `hitColumns` adapts engines without it. */
  searchColumns?(query: string, options?: SearchColumnsOptions): HitColumns;
  /** The analysed terms of a query, as the index sees them. */
  queryTerms(query: string): string[];
}

/** Columns from hits, for engines that only produce TextHit objects. */
export function hitColumns(hits: TextHit[]): HitColumns {
  return {
    count: hits.length,
    doc: Int32Array.from(hits, (h) => h.doc),
    score: Float64Array.from(hits, (h) => h.score),
    matches: (i) => hits[i]!.matches,
  };
}
