import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { statusOn } from '../../src/knowledge/status.ts';
import { createInvertedIndex } from '../../src/search/inverted-index.ts';
import { createAnalyzer } from '../../src/search/analyzer.ts';
import { createLookup, toIndexedDoc, type LookupResult } from '../../src/search/lookup.ts';
import { createStatusCache } from '../../src/search/status-cache.ts';
import type { TextIndex } from '../../src/search/text-index.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { loadQuestions } from '../quality/question-set.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid');
const kb = loaded.kb;

const comparable = (r: LookupResult) => ({ ...r, hits: r.hits.map((h) => ({ ...h, entry: h.entry.id, source: h.source.id })) });

describe('lookup on hit columns', () => {
  it('answers exactly as from hit objects (engines without searchColumns)', () => {
    const objectsOnly = (...args: Parameters<typeof createInvertedIndex>): TextIndex => {
      const index = createInvertedIndex(...args);
      return { search: (q) => index.search(q), queryTerms: (q) => index.queryTerms(q) };
    };
    const columns = createLookup(kb, createInvertedIndex);
    const objects = createLookup(kb, objectsOnly);
    const queries = [...loadQuestions().map((q) => q.q), '§ 14-5', 'kapittel 13', 'medfinansiering etter nytt kapittel 14 A', '§ 14-5 utbytte'];
    for (const q of queries) {
      for (const options of [{ asOf: '2026-11-22', top: 10 }, { asOf: '2025-06-01', top: 3, offset: 2 }]) {
        expect(comparable(columns(q, options)), q).toEqual(comparable(objects(q, options)));
      }
    }
  });

  it('gives columns in the same order as hits, with the same scores and match maps', () => {
    const index = createInvertedIndex(kb.entries.map((e) => toIndexedDoc(e, kb.sources.get(e.source)!)), createAnalyzer(kb.glossary));
    for (const { q } of loadQuestions().slice(0, 40)) {
      const hits = index.search(q);
      const cols = index.searchColumns!(q);
      expect(cols.count).toBe(hits.length);
      hits.forEach((h, i) => {
        expect([kb.entries[cols.doc[i]!]!.id, cols.score[i], Object.fromEntries(cols.matches(i))]).toEqual([h.id, h.score, Object.fromEntries(h.matches)]);
      });
    }
  });
});

describe('unordered hit columns (what lookup reads)', () => {
  const index = createInvertedIndex(kb.entries.map((e) => toIndexedDoc(e, kb.sources.get(e.source)!, kb.phrasings.get(e.id))), createAnalyzer(kb.glossary));
  const byDoc = (cols: ReturnType<NonNullable<typeof index.searchColumns>>) =>
    new Map(Array.from({ length: cols.count }, (_, i) => [cols.doc[i]!, [cols.score[i], Object.fromEntries(cols.matches(i))]]));
  // Long questions (more than 32 terms: masks of more than one word) and many ways of
  // matching (the pattern table grows past its first size) included.
  const long = loadQuestions().slice(0, 40).map((q) => q.q).join(' ');
  const queries = [...loadQuestions().map((q) => q.q), long, `${long} ${long.split(' ').reverse().join(' ')}`];

  it('hold the same hits, scores and matches as the ranked columns, with each hit’s pattern map its matches', () => {
    for (const q of queries) {
      const ranked = byDoc(index.searchColumns!(q));
      const cols = index.searchColumns!(q, { ordered: false });
      expect(byDoc(cols), q).toEqual(ranked);
      expect(cols.pattern, q).toBeDefined();
      for (let i = 0; i < cols.count; i++) expect(cols.patternMatches![cols.pattern![i]!], q).toBe(cols.matches(i));
      // One map per way of matching: no two maps alike.
      const ways = cols.patternMatches!.map((m) => JSON.stringify([...m]));
      expect(new Set(ways).size, q).toBe(ways.length);
    }
    expect(index.searchColumns!(long, { ordered: false }).patternMatches!.length).toBeGreaterThan(1);
  });

  it('tell apart every way of matching when there are hundreds', () => {
    // Document i holds the words k0 … k8 of the bits of i: 511 ways of matching «k0 … k8».
    const doc = (i: number) => ({ id: `d${String(i).padStart(3, '0')}`, title: Array.from({ length: 9 }, (_, j) => (i & (1 << j) ? `k${j}` : '')).join(' '), keywords: '', citation: '', summary: 'tekst', summary_en: '', source: '', questions: '' });
    const small = createInvertedIndex(Array.from({ length: 512 }, (_, i) => doc(i)), createAnalyzer(kb.glossary));
    const cols = small.searchColumns!('k0 k1 k2 k3 k4 k5 k6 k7 k8', { ordered: false });
    expect(cols.count).toBe(511);
    expect(cols.patternMatches!.length).toBe(511);
    for (let i = 0; i < cols.count; i++) {
      const bits = Array.from({ length: 9 }, (_, j) => j).filter((j) => cols.doc[i]! & (1 << j));
      expect(Object.fromEntries(cols.patternMatches![cols.pattern![i]!]!)).toEqual(Object.fromEntries(bits.map((j) => [`k${j}`, 'exact'])));
    }
  });

  it('search a query as analysed, whatever the caller does with the terms it was given', () => {
    const q = 'kan en VTA-bedrift betale utbytte til kommunen';
    const before = byDoc(index.searchColumns!(q));
    const terms = index.queryTerms(q);
    terms.length = 0;
    terms.push('tull');
    expect(index.queryTerms(q)).not.toEqual(['tull']);
    expect(byDoc(index.searchColumns!(q))).toEqual(before);
  });

  it('are valid until the next search, and a search leaves no trace in the next', () => {
    const first = byDoc(index.searchColumns!('utbytte', { ordered: false }));
    index.searchColumns!(long, { ordered: false });
    expect(byDoc(index.searchColumns!('utbytte', { ordered: false }))).toEqual(first);
  });
});

describe('status cache', () => {
  it('gives the status statusOn gives, for every entry, on more dates than it keeps', () => {
    const statusesOn = createStatusCache(kb.entries);
    const dates = ['2020-01-01', '2024-12-31', '2025-06-01', '2025-12-31', '2026-01-01', '2026-06-30', '2026-11-22', '2027-01-01', '2028-07-01', '2030-01-01'];
    for (let round = 0; round < 2; round++) {
      for (const date of dates) {
        const at = statusesOn(date);
        kb.entries.forEach((e, i) => expect(at(i), `${e.id} on ${date}`).toEqual(statusOn(e, date)));
      }
    }
    const statuses = new Set(dates.flatMap((d) => kb.entries.map((_, i) => JSON.stringify(statusesOn(d)(i)))));
    expect(statuses.size).toBeGreaterThan(3); // the dates above do exercise pending and historical
  });
});

describe('lookup: a cited section does not change how the other words rank', () => {
  // With a section cited, its entries come first; the remaining hits are exactly the hits
  // of the other words alone, same order and scores, minus the entries now cited.
  const lookup = createLookup(kb);
  const sections = ['14-5', '13-4', '14-2', '14-1'];
  const words = ['utbytte', 'kommune eier', 'varighet', 'tilskudd per plass', 'reservert kontrakt'];
  it.each(sections)('§ %s with other words', (section) => {
    for (const w of words) {
      const both = lookup(`§ ${section} ${w}`, { asOf: '2026-11-22', top: 60 });
      expect(both.citation?.section, w).toBe(section);
      const cited = both.hits.filter((h) => h.cited);
      expect(cited.length, w).toBeGreaterThan(0);
      const citedIds = new Set(cited.map((h) => h.entry.id));
      const alone = lookup(w, { asOf: '2026-11-22', top: 60 + cited.length }).hits.filter((h) => !citedIds.has(h.entry.id));
      const text = both.hits.filter((h) => !h.cited);
      expect(text.map((h) => [h.entry.id, h.score]), w).toEqual(alone.slice(0, text.length).map((h) => [h.entry.id, h.score]));
    }
  });
});

describe('lookup: pages', () => {
  it('gives each page as the same slice of one long ranking, with the same total', () => {
    const lookup = createLookup(kb);
    for (const q of ['utbytte', 'kommunal medfinansiering VTA', '§ 14-5 utbytte', 'medfinansiering etter nytt kapittel 14 A', 'kapittel 13', 'AFT']) {
      const all = lookup(q, { asOf: '2026-11-22', top: 100 });
      expect(all.hits.length, q).toBeGreaterThan(3);
      for (const [offset, top] of [[0, 1], [0, 5], [2, 3], [4, 7]] as const) {
        const page = lookup(q, { asOf: '2026-11-22', top, offset });
        expect(page.total, q).toBe(all.total);
        expect(page.hits.map((h) => [h.entry.id, h.score]), `${q} ${offset}+${top}`).toEqual(all.hits.slice(offset, offset + top).map((h) => [h.entry.id, h.score]));
      }
    }
  });
});
