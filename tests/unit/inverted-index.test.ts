import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge/load.ts';
import { GlossaryFile } from '../../src/knowledge/schema.ts';
import { createAnalyzer } from '../../src/search/analyzer.ts';
import { createInvertedIndex } from '../../src/search/inverted-index.ts';
import { createMiniSearchIndex } from '../../src/search/minisearch-index.ts';
import { createLookup, toIndexedDoc } from '../../src/search/lookup.ts';
import type { IndexedDoc, TextHit, TextIndex } from '../../src/search/text-index.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { loadQuestions } from '../quality/question-set.ts';

function loaded(dir: string): KnowledgeBase {
  const r = loadKnowledge(dir);
  if (!r.ok) throw new Error(`knowledge at ${dir} is invalid`);
  return r.kb;
}
const docsOf = (kb: KnowledgeBase): IndexedDoc[] => kb.entries.map((e) => toIndexedDoc(e, kb.sources.get(e.source)!));

const mini = loaded(MINI_KB);
const real = loaded(KNOWLEDGE_DIR);
const AS_OF = '2026-11-22';

/** Hits as comparable data: id, score rounded to 9 significant digits, and how each term matched. */
const summary = (hits: TextHit[]) =>
  new Map(hits.map((h) => [h.id, { score: Number(h.score.toPrecision(9)), matches: Object.fromEntries([...h.matches].sort()) }]));

/** MiniSearch orders equal scores by insertion; ours by id. Compare by score, then id. */
const ranked = (hits: TextHit[]) => [...hits].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).map((h) => h.id);

function engines(kb: KnowledgeBase): { analyzer: ReturnType<typeof createAnalyzer>; ms: TextIndex; inv: TextIndex } {
  const analyzer = createAnalyzer(kb.glossary);
  const docs = docsOf(kb);
  return { analyzer, ms: createMiniSearchIndex(docs, analyzer), inv: createInvertedIndex(docs, analyzer) };
}

describe('inverted index ranks as MiniSearch does', () => {
  it('gives the same hits, scores and match kinds on the mini knowledge base', () => {
    const { ms, inv } = engines(mini);
    const queries = ['utbytte', 'utleie eiendom', 'varighet AFT', 'krav til virksomheter', 'aksjeselskap kommunal aksjemajoritet', 'forsterket oppfølging', 'dividend', 'virksomhet', 'ett år', '§ 14-5', 'leie'];
    for (const q of queries) {
      expect(summary(inv.search(q)), q).toEqual(summary(ms.search(q)));
      expect(inv.search(q).map((h) => h.id), q).toEqual(ranked(ms.search(q)));
    }
  });

  // Fuzzy matching differs on purpose (a swap of two letters is one edit, not two; a
  // mistyped first letter is not searched), so queries that need it are compared by
  // their first answer only.
  it('gives the same hits, scores and match kinds on the real knowledge for every question without a typo', () => {
    const { ms, inv } = engines(real);
    let compared = 0;
    for (const { q } of loadQuestions()) {
      const expected = ms.search(q);
      if (expected.some((h) => [...h.matches.values()].includes('fuzzy'))) continue;
      compared++;
      expect(summary(inv.search(q)), q).toEqual(summary(expected));
      expect(inv.search(q).slice(0, 5).map((h) => h.id), q).toEqual(ranked(expected).slice(0, 5));
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('gives the same first answer through lookup for every question', () => {
    const withMs = createLookup(real, createMiniSearchIndex);
    const withInv = createLookup(real, createInvertedIndex);
    for (const { q, as_of } of loadQuestions()) {
      const first = (l: typeof withMs) => l(q, { asOf: as_of ?? AS_OF, top: 1 }).hits.map((h) => h.entry.id);
      expect(first(withInv), q).toEqual(first(withMs));
    }
  });
});

describe('inverted index: prefix and fuzzy matching', () => {
  const glossary = GlossaryFile.parse(parse(readFileSync(join(KNOWLEDGE_DIR, 'glossary.yaml'), 'utf8')));
  const analyzer = createAnalyzer(glossary);
  const doc = (id: string, summary: string): IndexedDoc => ({ id, title: '', keywords: '', citation: '', summary, summary_en: '', source: '', questions: '' });
  const index = createInvertedIndex(
    [
      doc('a', 'kontraktsvilkår for leverandøren'),
      doc('b', 'kontrakt med leverandøren'),
      doc('c', 'medfinansiering fra kommunen'),
      doc('d', 'tilskudd etter paragraf 14-5'),
      doc('e', 'stilling som veileder'),
      doc('f', 'anbud'),
    ],
    analyzer,
  );
  const kinds = (q: string) => Object.fromEntries(index.search(q).map((h) => [h.id, Object.fromEntries(h.matches)]));

  it('matches longer words a term of four letters or more begins, for less than the word itself', () => {
    const hits = index.search('kontrakt');
    expect(hits.map((h) => h.id)).toEqual(['b', 'a']);
    expect(kinds('kontrakt')).toEqual({ b: { kontrakt: 'exact' }, a: { kontrakt: 'prefix' } });
  });

  it('does not expand short terms or numbers', () => {
    expect(index.search('anb')).toEqual([]);
    expect(index.search('14').map((h) => h.id)).toEqual(['d']);
    expect(index.search('1').map((h) => h.id)).toEqual([]);
  });

  it('tolerates typos in long unknown words: an edit, a swap of two letters', () => {
    // The word itself matches by typo tolerance; the question analysis also reads it as the
    // glossary concept it misspells, which the document names exactly.
    const concept = analyzer.queryTerms('medfinansiering').find((t) => t.startsWith('~'))!;
    expect(kinds('medfinansering')).toEqual({ c: { [analyzer.terms('medfinansering')[0]!]: 'fuzzy', [concept]: 'exact' } });
    expect(index.search('medfinnasiering').map((h) => h.id)).toEqual(['c']);
    expect(index.search('leveradnøren').map((h) => h.id).sort()).toEqual(['a', 'b']);
  });

  it('does not look for typos in words it knows, in short words, or in the first letter', () => {
    expect(index.search('anbuf')).toEqual([]); // five letters: too short to guess
    expect(index.search('bestilling')).toEqual([]); // "stilling" is two edits away, but at the start
    expect(index.search('tilskudd').map((h) => h.id)).toEqual(['d']);
  });

  it('counts a prefix or fuzzy match for less than an exact one, and less the further it is', () => {
    // One document per index, so BM25 is the same and the score ratio is the match weight.
    const scoreOf = (text: string, q: string) => createInvertedIndex([doc('x', text)], analyzer).search(q)[0]?.score ?? 0;
    const exact = scoreOf('anbudskonkurransen', 'anbudskonkurransen');
    // "anbudskonkurransegrunnlag": 9 letters past the query term "anbudskonkurrans" (16 letters).
    expect(scoreOf('anbudskonkurransegrunnlag', 'anbudskonkurransen') / exact).toBeCloseTo((0.375 * 25) / (25 + 0.3 * 9), 9);
    // "anbudskonkuranse" stems to "anbudskonkurans", one edit from the query term.
    expect(scoreOf('anbudskonkuranse', 'anbudskonkurransen') / exact).toBeCloseTo((0.45 * 15) / (15 + 1), 9);
    expect(scoreOf('veiledere', 'veileder')).toBeGreaterThan(scoreOf('veilederordningene', 'veileder'));
    expect(createInvertedIndex([doc('p', 'oppfølgingen')], analyzer).search('oppfølgingsplanene')).toEqual([]);
  });
});

describe('inverted index: determinism and reuse', () => {
  const analyzer = createAnalyzer(real.glossary);
  const docs = docsOf(real);
  const index = createInvertedIndex(docs, analyzer);
  const queries = loadQuestions().map((q) => q.q);

  it('returns the same hits for the same query, whatever was searched before', () => {
    const first = queries.map((q) => index.search(q));
    const again = [...queries].reverse().map((q) => index.search(q)).reverse();
    expect(again.map((hits) => summary(hits))).toEqual(first.map((hits) => summary(hits)));
    expect(again.map((hits) => hits.map((h) => h.id))).toEqual(first.map((hits) => hits.map((h) => h.id)));
  });

  it('does not depend on the order of the documents, and breaks ties by id', () => {
    const reversed = createInvertedIndex([...docs].reverse(), analyzer);
    for (const q of queries) {
      const hits = index.search(q);
      expect(reversed.search(q).map((h) => h.id), q).toEqual(hits.map((h) => h.id));
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        expect(a.score > b.score || (a.score === b.score && a.id < b.id), `${q}: ${a.id} before ${b.id}`).toBe(true);
      }
    }
  });

  it('handles long queries (more terms than one bit mask holds) and empty ones', () => {
    const long = docs.slice(0, 40).map((d) => d.title).join(' ');
    expect(analyzer.terms(long).length).toBeGreaterThan(32);
    const hits = index.search(long);
    const ms = createMiniSearchIndex(docs, analyzer).search(long);
    expect(summary(hits)).toEqual(summary(ms));
    expect(index.search('')).toEqual([]);
    expect(index.search('og i på')).toEqual([]);
  });

  it('shares match maps between hits, sealed so one hit cannot change another', () => {
    const hits = index.search('utbytte aksjeselskap');
    expect(hits.length).toBeGreaterThan(1);
    expect(() => hits[0]!.matches.set('x', 'exact')).toThrow(TypeError);
    expect(() => hits[0]!.matches.delete([...hits[0]!.matches.keys()][0]!)).toThrow(TypeError);
    expect(new Map(hits[0]!.matches).set('x', 'exact').get('x')).toBe('exact');
  });
});
