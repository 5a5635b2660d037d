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
}

export const FIELD_BOOSTS: Record<Exclude<keyof IndexedDoc, 'id'>, number> = {
  title: 3,
  citation: 2,
  keywords: 2,
  source: 1,
  summary: 1,
  summary_en: 1,
};

/** How a query term met the document: exactly, as a prefix of a longer word, or through typo tolerance. */
export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

export interface TextHit {
  id: string;
  score: number;
  /** Each analysed query term that matched this document, and how. */
  matches: Map<string, MatchKind>;
}

export interface TextIndex {
  search(query: string): TextHit[];
  /** The analysed terms of a query, as the index sees them. */
  queryTerms(query: string): string[];
}
