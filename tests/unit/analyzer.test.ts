import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, normalize, words } from '../../src/search/analyzer.ts';
import { GlossaryFile } from '../../src/knowledge/schema.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';

const glossary = GlossaryFile.parse(parse(readFileSync(join(KNOWLEDGE_DIR, 'glossary.yaml'), 'utf8')));
const analyzer = createAnalyzer(glossary);
const plain = (text: string) => analyzer.terms(text).filter((t) => !t.startsWith('~'));

describe('Norwegian analysis', () => {
  it('reads a question word one typo away from a glossary variant as that concept, and only then', () => {
    expect(analyzer.concepts('egenergi')).toEqual(['egenregi']);
    expect(analyzer.concepts('tersklverdier')).toEqual(['terskelverdi']);
    expect(analyzer.concepts('threshhold')).toEqual(['terskelverdi']);
    expect(analyzer.concepts('medfinansiernig')).toEqual(['medfinansiering']);
    // Two edits away, a different first letter, or a short word: no concept.
    expect(analyzer.concepts('egnergii')).toEqual([]);
    expect(analyzer.concepts('gegenregi')).toEqual([]);
    expect(analyzer.concepts('utbyte')).toEqual(analyzer.concepts('utbytte'));
    expect(analyzer.concepts('statsråden')).toEqual([]);
    // Only questions are read loosely: indexed text keeps its exact concepts.
    expect(analyzer.terms('egenergi').some((t) => t.startsWith('~'))).toBe(false);
  });

  it('forgives one typo in one word of a multi-word glossary variant, in questions only', () => {
    expect(analyzer.concepts('EU threshhold values')).toEqual(analyzer.concepts('EU threshold values'));
    expect(analyzer.concepts('EU threshhold values')).toContain('EØS-terskelverdi');
    // A misspelt first word of a phrase: «reservet kontrakt» names the reserved contract.
    expect(analyzer.concepts('reservet kontrakt')).toContain('reservert kontrakt');
    expect(analyzer.concepts('varig tilrettelagt arbeidd')).toContain('VTA');
    // Two typos in one phrase, or a short word changed: not the phrase.
    expect(analyzer.concepts('EU thresshhold valuess')).not.toContain('EØS-terskelverdi');
    expect(analyzer.concepts('eu threshold')).toContain('EØS-terskelverdi');
    // Indexed text keeps its exact concepts.
    expect(analyzer.terms('EU threshhold values').filter((t) => t.startsWith('~'))).toEqual([]);
  });

  it('lowercases and folds accents but keeps æ, ø and å', () => {
    expect(normalize('Før ØKONOMI Å café')).toBe('før økonomi å cafe');
    expect(words('FOR-2016-08-12-974 § 3-1, VTA-O')).toEqual(['for-2016-08-12-974', '3-1', 'vta-o']);
  });

  it('keeps words that carry legal meaning out of the stop list', () => {
    for (const w of ['ikke', 'ikkje', 'over', 'under', 'minst', 'mer', 'uten', 'før', 'etter']) {
      expect(analyzer.isStopword(w), w).toBe(false);
    }
    for (const w of ['og', 'i', 'the', 'what', 'kva', 'hva']) expect(analyzer.isStopword(w), w).toBe(true);
  });

  it('stems inflected forms to the same term (locked so a library upgrade cannot change ranking silently)', () => {
    const same = [
      ['anskaffelser', 'anskaffelsen', 'anskaffelsene'],
      ['kontrakter', 'kontrakten', 'kontraktene'],
      ['leverandører', 'leverandøren'],
      ['virksomheter', 'virksomheten'],
      ['terskelverdien', 'terskelverdier'],
    ];
    for (const group of same) expect(new Set(group.map((w) => plain(w)[0])).size, group.join('/')).toBe(1);
  });

  it('does not stem protected terms or numbers', () => {
    expect(plain('varig')).toEqual(['varig']);
    // Compounds are kept whole and split; one-character parts are too common to be useful.
    expect(plain('VTA-O')).toEqual(['vta-o', 'vta']);
    expect(plain('14-5')).toEqual(['14-5', '14']);
  });

  it('maps bokmål, nynorsk and English variants of a term to one concept', () => {
    const concept = (text: string) => analyzer.terms(text).filter((t) => t.startsWith('~'));
    expect(concept('utbytte')).not.toEqual([]);
    expect(concept('utbyte')).toEqual(concept('utbytte'));
    expect(concept('dividend')).toEqual(concept('utbytte'));
    expect(concept('reserved contract')).toEqual(concept('reservert kontrakt'));
  });

  it('ignores a one-word variant that is a stop word ("as" in English)', () => {
    expect(analyzer.concepts('such as dividends')).not.toContain('AS');
    expect(analyzer.concepts('aksjeselskap')).toContain('AS');
  });
});

describe('normalize', () => {
  // The definition: NFC, lowercase, and every character outside ASCII but æ, ø, å folded to its base letters.
  const reference = (text: string) =>
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\u0000-\u007f]/g, (ch) => (/[æøå]/.test(ch) ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '')));

  it('gives what the definition gives, and words the Unicode-class split, for plain Norwegian text (the fast path) and for any other', () => {
    const chars = fc.constantFrom(...'aeZÆØÅæøåÉéèüÜñß İ\u0301\u030aÅ-14§«»–—‘’“”…°·•€\u00a0²½ǅⅫ٣'.split(''), 'A\u030a', 'e\u0301', '\u212b', '한');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: chars }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        expect(normalize(text)).toBe(reference(text));
        expect(words(text)).toEqual(reference(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
      }),
      { numRuns: 3000 },
    );
    expect(normalize('Ærlig Økonomi på Å')).toBe('ærlig økonomi på å');
    expect(normalize('Café Ångström')).toBe('cafe ångstrom');
  });
});

