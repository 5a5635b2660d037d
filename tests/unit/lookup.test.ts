import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { createNaiveIndex } from '../../src/search/naive-index.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';

const loaded = loadKnowledge(MINI_KB);
if (!loaded.ok) throw new Error('fixture invalid');
const lookup = createLookup(loaded.kb);
const ids = (q: string, asOf = '2026-11-22') => lookup(q, { asOf }).hits.map((h) => h.entry.id);

describe('lookup', () => {
  it('returns the cited provision first, section-level entry before its parts', () => {
    expect(ids('§ 14-5')[0]).toBe('tf-14-5');
    expect(ids('§ 14-5').slice(0, 2)).toEqual(['tf-14-5', 'tf-14-5-2-c']);
    expect(ids('14-5 annet ledd bokstav c')[0]).toBe('tf-14-5-2-c');
    expect(ids('tf 14-5 (2)')[0]).toBe('tf-14-5-2-c');
  });

  it('formats the full Norwegian citation and a deep link', () => {
    const hit = lookup('14-5 annet ledd bokstav c').hits[0]!;
    expect(hit.citation).toBe('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(hit.url).toBe('https://lovdata.no/forskrift/2015-12-11-1598/§14-5');
    expect(hit.cited).toBe(true);
  });

  it('cites a proposed section as a proposal', () => {
    const hit = lookup('14 A-6').hits[0]!;
    expect(hit.entry.id).toBe('hn14a-14a-6');
    expect(hit.citation).toBe('forslag til tiltaksforskriften § 14 A-6');
    expect(hit.status).toBe('proposed');
  });

  it('answers as the rules stood on the date asked', () => {
    const now = lookup('§ 13-4', { asOf: '2026-11-22' }).hits;
    expect(now.map((h) => [h.entry.id, h.status])).toEqual([
      ['tf-13-4', 'in_force'],
      ['tf-13-4-2025', 'historical'],
    ]);
    const before = lookup('§ 13-4', { asOf: '2025-06-01' }).hits;
    expect(before.map((h) => [h.entry.id, h.status, h.pending])).toEqual([
      ['tf-13-4-2025', 'in_force', false],
      ['tf-13-4', 'in_force', true],
    ]);
  });

  it('matches synonyms across languages through the glossary', () => {
    expect(ids('dividend')[0]).toBe('tf-14-5-2-c');
    expect(ids('kan vi betale utbyte')[0]).toBe('tf-14-5-2-c');
  });

  it('tolerates typos and inflections', () => {
    expect(ids('utleie av eiendommen')[0]).toBe('prins-2-4');
    expect(ids('varigheten')).toContain('tf-13-4');
  });

  it('is deterministic: equal scores are ordered by id', () => {
    const a = lookup('varighet AFT', { asOf: '2026-11-22' }).hits.map((h) => h.entry.id);
    const b = lookup('varighet AFT', { asOf: '2026-11-22' }).hits.map((h) => h.entry.id);
    expect(a).toEqual(b);
  });

  it('says so and suggests topics when nothing matches', () => {
    const r = lookup('momssats på pizza');
    expect(r.hits).toEqual([]);
    expect(r.suggestions.length).toBeGreaterThan(0);
  });

  it('pages through results', () => {
    const all = lookup('§ 14-5', { top: 10 }).hits.map((h) => h.entry.id);
    const second = lookup('§ 14-5', { top: 1, offset: 1 }).hits.map((h) => h.entry.id);
    expect(second).toEqual([all[1]]);
  });

  it('gives the same first answer with the naive index as with the default engine', () => {
    const naive = createLookup(loaded.kb, createNaiveIndex);
    for (const q of ['utbytte', 'utleie eiendom', '§ 14-5', 'varighet']) {
      expect(naive(q, { asOf: '2026-11-22' }).hits[0]?.entry.id).toBe(lookup(q, { asOf: '2026-11-22' }).hits[0]?.entry.id);
    }
  });
});

describe('citations', () => {
  it('cites a plain-numbered § of an act as a § and links to it', async () => {
    const { formatCitation, entryUrl } = await import('../../src/knowledge/citation.ts');
    const source = {
      id: 'anskaffelsesloven', cite_as: 'anskaffelsesloven', name: 'Lov om offentlige anskaffelser', kind: 'act', status: 'in_force',
      section_label: '§', section_url: 'https://lovdata.no/lov/2016-06-17-73/§{section}', aliases: [],
    } as const;
    const entry = { id: 'loa-7a', source: 'anskaffelsesloven', section: '7a', ledd: 1, title: 'Helse', status: 'in_force', summary: 'x'.repeat(20), keywords: [], related: [], numbers: [], verification: { last_verified: '2026-11-22', level: 'secondary', method: 'test fixture', compared_with: [] } } as const;
    expect(formatCitation({ ...entry, keywords: [], related: [], numbers: [], verification: { ...entry.verification, compared_with: [] } }, { ...source, aliases: [] })).toBe('anskaffelsesloven § 7a første ledd');
    expect(entryUrl({ ...entry, keywords: [], related: [], numbers: [], verification: { ...entry.verification, compared_with: [] } }, { ...source, aliases: [] })).toBe('https://lovdata.no/lov/2016-06-17-73/§7a');
  });
});

describe('citations with more words', () => {
  it('orders the parts of a cited section by the other words in the question', () => {
    expect(ids('§ 14-5 utbytte')[0]).toBe('tf-14-5-2-c');
    expect(ids('§ 14-5')[0]).toBe('tf-14-5');
  });

  it('returns the sections of a cited chapter, the version in force first', () => {
    expect(ids('kapittel 13')).toEqual(['tf-13-4', 'tf-13-4-2025']);
    expect(ids('kapittel 14 A')).toEqual(['hn14a-14a-6']);
    expect(lookup('kap. 14 a').citation).toMatchObject({ chapter: '14a' });
  });
});
