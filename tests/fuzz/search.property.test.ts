/**
 * Property tests over the query analyser, the citation parser and the lookup
 * with hostile input (see arbitraries.ts). Invariants: never throws; the terms,
 * citations and hits returned are well formed; the same input gives the same
 * answer. The lookup is fed what every entry point lets through (at most
 * MAX_QUESTION_LENGTH characters, see src/answers/question.ts); the parsers also
 * get 100 kB.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { createAnalyzer, normalize } from '../../src/search/analyzer.ts';
import { createCitationParser, citationText } from '../../src/search/citation-parser.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { MAX_QUESTION_LENGTH, prepareQuestion } from '../../src/answers/question.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { hostileText, hugeText, piece } from './arbitraries.ts';

const live = loadKnowledge(KNOWLEDGE_DIR);
const mini = loadKnowledge(MINI_KB);
if (!mini.ok) throw new Error('fixture invalid');
// The live knowledge when it validates (it is edited by others meanwhile); the fixture otherwise, so these tests always run.
const kb = live.ok ? live.kb : mini.kb;
const analyzer = createAnalyzer(kb.glossary);
const sources = [...kb.sources.values()];
const parse = createCitationParser(sources.map((s) => ({ id: s.id, lovdataId: s.lovdata_id, names: s.aliases })));
const sourceIds = new Set(sources.map((s) => s.id));
const lookup = createLookup(kb);
const STATUSES = new Set(['in_force', 'proposed', 'guidance', 'background', 'historical']);
const asOf = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/**
 * Long runs of whitespace make the citation patterns quadratic (100 kB of spaces:
 * ~10 s); harmless behind the 800-character cap every entry point applies, and
 * reported to the search owners. The 100 kB properties leave such runs out.
 */
const hugeWithoutWhitespaceRuns = hugeText.filter((t) => !/\s{200}/.test(t));

describe('query analyser', () => {
  it('turns any text into well-formed terms and concepts, the same each time', () => {
    fc.assert(
      fc.property(hostileText(24), (text) => {
        const terms = analyzer.terms(text);
        for (const t of terms) {
          expect(typeof t).toBe('string');
          expect(t.length).toBeGreaterThan(0);
          expect(t).not.toMatch(/\s/);
        }
        expect(analyzer.terms(text)).toEqual(terms);
        expect(Array.isArray(analyzer.concepts(text))).toBe(true);
        expect(typeof normalize(text)).toBe('string');
      }),
      { numRuns: 1500 },
    );
  });

  it('copes with 100 kB', () => {
    fc.assert(
      fc.property(hugeText, (text) => {
        expect(Array.isArray(analyzer.terms(text))).toBe(true);
      }),
      { numRuns: 8 },
    );
  });
});

describe('citation parser', () => {
  const wellFormed = (text: string) => {
    const c = parse(text);
    if (c === null) return;
    expect(citationText(text)).toContain(c.matched);
    expect(c.matched.length).toBeGreaterThan(0);
    if (c.section === '') expect(c.chapter).toMatch(/^\d{1,2}[a-z]?$/);
    else expect(c.section).toMatch(/^[\p{L}\d.-]+$/u);
    if (c.ledd !== undefined) expect([1, 2, 3, 4, 5, 6]).toContain(c.ledd);
    if (c.bokstav !== undefined) expect(c.bokstav).toMatch(/^[a-zæøå]$/);
    if (c.sourceId !== undefined) expect(sourceIds.has(c.sourceId)).toBe(true);
  };

  it('returns nothing or a well-formed citation for any text', () => {
    fc.assert(fc.property(hostileText(24), (text) => wellFormed(text)), { numRuns: 1500 });
  });

  it('finds a citation written any of the documented ways, whatever surrounds it', () => {
    const ledd = fc.constantFrom(['første ledd', 1], ['annet ledd', 2], ['tredje ledd', 3], ['(2)', 2], ['', undefined]) as fc.Arbitrary<[string, number | undefined]>;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom('', ' A', 'a'), fc.integer({ min: 1, max: 99 }), ledd, fc.constantFrom('', ' bokstav c'), (chapter, letter, n, [leddText, leddNo], bokstav) => {
        const c = parse(`hva sier § ${chapter}${letter}-${n} ${leddText}${bokstav} om dette?`);
        expect(c?.section).toBe(`${chapter}${letter.trim().toLowerCase()}-${n}`);
        expect(c?.ledd).toBe(leddNo);
        if (bokstav) expect(c?.bokstav).toBe('c');
      }),
      { numRuns: 300 },
    );
  });

  it('copes with 100 kB', () => {
    fc.assert(fc.property(hugeWithoutWhitespaceRuns, (text) => wellFormed(text)), { numRuns: 8 });
  });
});

describe('lookup', () => {
  it('answers any question the entry points let through with well-formed hits, or none and suggestions', () => {
    fc.assert(
      fc.property(hostileText(40), asOf, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 20 }), (raw, date, top, offset) => {
        const prepared = prepareQuestion(raw.slice(0, MAX_QUESTION_LENGTH));
        if (!prepared.ok) return;
        const r = lookup(prepared.question, { top, offset, asOf: date });
        expect(r.hits.length).toBeLessThanOrEqual(top);
        expect(r.total).toBeGreaterThanOrEqual(r.hits.length);
        for (const h of r.hits) {
          expect(STATUSES.has(h.status)).toBe(true);
          expect(h.citation.length).toBeGreaterThan(0);
          expect(Number.isFinite(h.score)).toBe(true);
          expect(kb.entryById.get(h.entry.id)).toBe(h.entry);
        }
        if (r.total === 0) expect(Array.isArray(r.suggestions)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same answer to the same question', () => {
    fc.assert(
      fc.property(hostileText(12), (raw) => {
        const q = raw.slice(0, MAX_QUESTION_LENGTH);
        const ids = (x: ReturnType<typeof lookup>) => x.hits.map((h) => `${h.entry.id}:${h.score}`);
        expect(ids(lookup(q, { top: 5, asOf: '2026-11-22' }))).toEqual(ids(lookup(q, { top: 5, asOf: '2026-11-22' })));
      }),
      { numRuns: 200 },
    );
  });

  it('is protected from 100 kB at the entry points: a clear error, never a lookup', () => {
    fc.assert(
      fc.property(hugeText, (text) => {
        const prepared = prepareQuestion(text);
        if (text.trim().length > MAX_QUESTION_LENGTH) expect(prepared).toEqual({ ok: false, error: expect.stringMatching(/^question too long: \d+ characters, at most 800/) });
      }),
      { numRuns: 20 },
    );
    expect(prepareQuestion(' \n\t ')).toEqual({ ok: false, error: 'empty question' });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), (parts) => {
        const r = prepareQuestion(parts.join(''));
        expect(r.ok ? r.question.length > 0 : r.error.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
