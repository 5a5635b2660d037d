import MiniSearch from 'minisearch';
import type { Analyzer } from './analyzer.ts';
import { FUZZY_RATIO, fuzzyDistance, prefixFor } from './expansion.ts';
import { FIELD_BOOSTS, type IndexedDoc, type MatchKind, type TextHit, type TextIndex } from './text-index.ts';

export function createMiniSearchIndex(docs: IndexedDoc[], analyzer: Analyzer): TextIndex {
  const fields = Object.keys(FIELD_BOOSTS);
  // Typo tolerance only where it pays (fuzzy search costs ~10×): long words that the
  // index does not know as they are typed; never numbers or concept terms.
  const vocabulary = new Set<string>();
  const fuzzyFor = (term: string): number => (fuzzyDistance(term, vocabulary.has(term)) > 0 ? FUZZY_RATIO : 0);
  const index = new MiniSearch<IndexedDoc>({
    fields,
    idField: 'id',
    tokenize: (text) => {
      const terms = analyzer.terms(text);
      for (const t of terms) vocabulary.add(t);
      return terms;
    },
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOSTS,
      prefix: prefixFor,
      fuzzy: fuzzyFor,
      combineWith: 'OR',
      tokenize: (text) => [...new Set(analyzer.queryTerms(text))],
      processTerm: (term) => term,
    },
  });
  index.addAll(docs);
  const position = new Map(docs.map((d, i) => [d.id, i]));
  return {
    queryTerms: (query) => [...new Set(analyzer.queryTerms(query))],
    search(query) {
      return index.search(query).map((r): TextHit => {
        const matches = new Map<string, MatchKind>();
        for (const q of r.queryTerms) {
          const kind: MatchKind = r.terms.includes(q) ? 'exact' : r.terms.some((t) => t.startsWith(q)) ? 'prefix' : 'fuzzy';
          matches.set(q, kind);
        }
        return { id: String(r.id), doc: position.get(r.id)!, score: r.score, matches };
      });
    },
  };
}
