/**
 * A linear scan over the same analysed terms: the baseline the benchmark compares
 * MiniSearch with, and a fallback that needs no index build.
 */
import type { Analyzer } from './analyzer.ts';
import { FIELD_BOOSTS, type IndexedDoc, type MatchKind, type TextHit, type TextIndex } from './text-index.ts';

export function createNaiveIndex(docs: IndexedDoc[], analyzer: Analyzer): TextIndex {
  const fields = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];
  const analysed = docs.map((d, i) => ({ id: d.id, doc: i, fields: fields.map((f) => [f, analyzer.terms(d[f])] as const) }));
  return {
    queryTerms: (query) => [...new Set(analyzer.queryTerms(query))],
    search(query) {
      const terms = [...new Set(analyzer.queryTerms(query))];
      const hits: TextHit[] = [];
      for (const doc of analysed) {
        let score = 0;
        const matches = new Map<string, MatchKind>();
        for (const [field, docTerms] of doc.fields) {
          for (const t of terms) {
            let n = 0;
            let exact = false;
            for (const d of docTerms) {
              if (d === t) (n++, (exact = true));
              else if (t.length >= 4 && !/[\d~]/.test(t) && d.startsWith(t)) n++;
            }
            if (n > 0) {
              score += FIELD_BOOSTS[field] * (1 + Math.log(n));
              if (exact || !matches.has(t)) matches.set(t, exact ? 'exact' : 'prefix');
            }
          }
        }
        if (score > 0) hits.push({ id: doc.id, doc: doc.doc, score, matches });
      }
      return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    },
  };
}
