/**
 * Retrieval on real phrasing, against the real knowledge base: each test asserts on the
 * provisions cited by the hits, so a change that loses them fails.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { stripBoilerplate } from '../../src/search/boilerplate.ts';
import { foldSameProvision, samePart } from '../../src/search/fold.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const kb = loaded.kb;
const lookup = createLookup(kb);
const cites = (q: string, top = 3) => lookup(q, { top }).hits.map((h) => `${h.source.id} ${h.entry.section ?? ''}`.trim());

describe('question boilerplate', () => {
  it('drops the framing of a question and keeps its subject', () => {
    expect(stripBoilerplate('Vil statsråden sørge for at reglene om utbytte blir klarere?')).toBe('vil sørge for at om utbytte blir klarere');
    expect(stripBoilerplate('Hei! Hva sier regelverket om reserverte kontrakter?')).toBe('hva om reserverte kontrakter');
  });

  it('keeps a framing word that is part of a glossary phrase', () => {
    const words = 'hva sier utfyllende regler om VTA';
    const inPhrase = [false, false, true, true, false, false];
    expect(stripBoilerplate(words, inPhrase)).toBe('hva utfyllende regler om vta');
  });

  it('finds the same provision with and without a minister-style frame', () => {
    const plain = cites('utbytte VTA-arrangør', 1);
    expect(plain[0]).toMatch(/^tiltaksforskriften 14-5$/);
    expect(cites('Vil statsråden redegjøre for hva regelverket sier om utbytte fra en VTA-arrangør?', 1)).toEqual(plain);
  });
});

describe('the relevance gate', () => {
  it('does not let unknown words (names, politeness, context) sink a question about the domain', () => {
    const q = 'Hei! Vi i Fjellheim Vekst AS, en liten bedrift på Hadeland, lurer på om det er lov å betale utbytte til kommunen som eier oss. Mvh Kari';
    const got = cites(q);
    expect(got.some((c) => /^tiltaksforskriften (14-5|13-6)$/.test(c)), got.join(' | ')).toBe(true);
  });

  it('does not answer a question that names only concepts found all over the knowledge (NAV, kommune) and nothing else it knows', () => {
    for (const q of ['når åpner NAV-kontoret i Bergen etter jul', 'kan kommunen brøyte veien min']) expect(cites(q), q).toEqual([]);
    // The same broad concept beside a word the knowledge knows still finds the provision.
    expect(cites('kan en VTA-bedrift betale utbytte', 1)).toEqual(['tiltaksforskriften 14-5']);
    expect(cites('hvem kan få VTA', 1)).toEqual(['tiltaksforskriften 14-3']);
  });

  it('reads the concepts in a hyphenated compound the glossary does not list («VTA-O-tilskuddet»)', () => {
    const ids = lookup('Hvor stort er VTA-O-tilskuddet?', { asOf: '2025-06-01', top: 3 }).hits.map((h) => h.entry.id);
    expect(ids).toContain('sats-vta-o');
  });

  it('answers «not covered» with suggestions when the question is about nothing in the domain', () => {
    for (const q of ['når er fristen for å levere skattemeldingen', 'best pizza place near the office?', 'kva blir vêret i Bergen i morgon']) {
      const r = lookup(q);
      expect(r.hits, q).toEqual([]);
      expect(r.suggestions.length, q).toBeGreaterThan(0);
    }
  });
});

describe('folding near-duplicates', () => {
  it('ranks a provision that has the concept the question names above one that lacks it', () => {
    // «kven kan få» names personkrets: § 13-3 (who) before § 13-1 (AFT's purpose).
    expect(cites('kven kan få arbeidsforberedande trening?')[0]).toBe('tiltaksforskriften 13-3');
    // A misspelt EU threshold still names it, and § 5-3 on the EU thresholds is in the first three.
    expect(cites('What are EU threshhold values in the context of public procurement?')).toContain('anskaffelsesforskriften 5-3');
    // Law before guidance that lacks the concept: the ban itself, then NAV's principles.
    expect(cites('Kan et arbeidsmarkedsbedrift betale utbytte til eierne?')[0]).toBe('tiltaksforskriften 14-5');
    // The ownership rule (§ 14-5 første ledd), not the municipal co-funding of § 14-8.
    const owner = lookup('hvor stor andel av aksjene må kommunen eie i en VTA-bedrift?', { top: 1 }).hits[0]!;
    expect([owner.source.id, owner.entry.section, owner.entry.ledd]).toEqual(['tiltaksforskriften', '14-5', 1]);
  });

  it('answers «not covered» for a scheme the knowledge names only in passing, and keeps in-domain questions', () => {
    for (const q of ['Hvem kan få varig lønnstilskudd?', 'What is the Qualification Programme?', 'Hva inneholder arbeidstrening?', 'Hvem kan få dagpenger?']) {
      const r = lookup(q);
      expect(r.hits.map((h) => h.citation), q).toEqual([]);
      expect(r.suggestions.length, q).toBeGreaterThan(0);
      expect(r.suggestions, q).not.toContain('lønnstilskudd');
      expect(r.outside?.length, q).toBeGreaterThan(0);
    }
    expect(lookup('Hvem kan få varig lønnstilskudd?').outside).toEqual(['lønnstilskudd']);
    expect(lookup('Hvem kan få dagpenger?').outside).toEqual(['dagpenger']);
    // A question about nothing in the domain at all is «found nothing», not «another scheme».
    expect(lookup('hvordan baker jeg brød?').outside).toBeUndefined();
    // Naming the domain as well keeps the question: VTA is not lønnstilskudd.
    expect(cites('er varig lønnstilskudd det samme som VTA?').length).toBeGreaterThan(0);
    expect(cites('får AFT-deltakere arbeidstrening i ordinære virksomheter?')).toContain('tiltaksforskriften 13-2');
  });

  it('never shows a provision and a part of it as two hits', () => {
    for (const q of ['utbytte', 'forbud mot utbytte VTA', 'krav til AFT-arrangør', 'kommunal medfinansiering VTA', 'hva inneholder AFT']) {
      const hits = lookup(q, { top: 8 }).hits;
      for (let i = 0; i < hits.length; i++) {
        for (let j = i + 1; j < hits.length; j++) {
          const [a, b] = [hits[i]!.entry, hits[j]!.entry];
          const same = a.source === b.source && a.section !== undefined && a.section === b.section && a.status === b.status && samePart(a, b);
          expect(same, `${q}: ${a.id} and ${b.id}`).toBe(false);
        }
      }
    }
  });

  it('keeps the best-ranked part and lists the others as folded', () => {
    const entry = (id: string) => kb.entryById.get(id)!;
    const folded = foldSameProvision([{ entry: entry('tf-14-5-2-c') }, { entry: entry('tf-14-5') }, { entry: entry('tf-14-5-3') }, { entry: entry('tf-13-6') }]);
    expect(folded.map((f) => f.entry.id)).toEqual(['tf-14-5-2-c', 'tf-14-5-3', 'tf-13-6']);
    expect(folded[0]!.folded.map((e) => e.id)).toEqual(['tf-14-5']);
  });
});

describe('small talk in the lookup', () => {
  it('marks a greeting and returns example topics instead of hits', () => {
    const r = lookup('hei');
    expect(r.smallTalk).toBe('greeting');
    expect(r.hits).toEqual([]);
    expect(r.suggestions.length).toBeGreaterThan(0);
  });

  it('answers a question that starts with a greeting as a question', () => {
    const r = lookup('hei, kan en VTA-bedrift betale utbytte?', { top: 3 });
    expect(r.smallTalk).toBeUndefined();
    expect(r.hits.map((h) => `${h.source.id} ${h.entry.section}`)).toContain('tiltaksforskriften 14-5');
  });
});
