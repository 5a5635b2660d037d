/**
 * The direct answer line for questions people really ask (issue 11, item 2), against the real
 * knowledge: which entry's line is shown (and that it cites that entry's section), and that
 * no line is shown where it would answer another question.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { questionKind } from '../../src/answers/direct-answer.ts';
import { lookupAnswer } from '../../src/conversation/dispatch.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const kb = loaded.kb;
const k: Knowledge = { kb, lookup: createLookup(kb), checks: null };
const direct = (query: string, asOf?: string) => {
  const a = lookupAnswer(k, { query, shareable: false, ...(asOf ? { asOf } : {}) });
  return a.kind === 'lookup' ? a.direct : undefined;
};
/** What the line must cite: the entry's section, or its source's name when it has no section. */
const section = (id: string) => {
  const entry = kb.entries.find((e) => e.id === id)!;
  return entry.section ? `§ ${entry.section}` : kb.sources.get(entry.source)!.cite_as;
};

describe('the kind of answer asked for', () => {
  it.each([
    // «må», «får», «når» end in a letter outside a–z, where `\b` never matched.
    ['må kommunen medfinansiere AFT-plasser?', 'yes_no'],
    ['får VTA-deltakere lønn?', 'yes_no'],
    ['når kan vi reservere en kontrakt?', null],
    ['hvor høy er nasjonal terskelverdi?', 'amount'],
    ['hva er EØS-terskelverdien for kommuner?', 'amount'],
    ['kva er den nedre beløpsgrensa?', 'amount'],
    ['what is the lower limit of the procurement act?', 'amount'],
    ['from what value does the procurement act apply?', 'amount'],
    // Indefinite: what the word means, not the figure.
    ['hva er en terskelverdi?', null],
    ['What is a threshold value', null],
  ])('%s → %s', (q, kind) => {
    expect(questionKind(q)).toBe(kind);
  });
});

describe('a direct line for real-style questions', () => {
  it.each([
    // § 14-8 is the first hit, with its annet ledd (which carries the line) folded in.
    ['hvor mye må kommunen medfinansiere per vta plass', 'tf-14-8-2'],
    ['hvor mye må kommunen betale for en VTA-plass?', 'tf-14-8-2'],
    ['kor mykje må kommunen betale for ein VTA-plass?', 'tf-14-8-2'],
    ['how much must the municipality co-finance for a VTA place?', 'tf-14-8-2'],
    ['må kommunen medfinansiere AFT-plasser?', 'tf-13-7-medfinansiering'],
    ['may an AFT provider pay dividends?', 'tf-13-6-2-c'],
    ['kan ein AFT-bedrift betale utbytte til kommunen?', 'tf-13-6-2-c'],
    ['hvor mye er tilskuddet per VTA-plass i 2026?', 'sats-vta'],
    ['hva er nedre beløpsgrense i anskaffelsesloven?', 'loa-2'],
    ['hvor stor må en anskaffelse være før anskaffelsesloven gjelder?', 'loa-2'],
    ['from what value does the procurement act apply?', 'loa-2'],
    ['hva er EØS-terskelverdien for kommuner?', 'foa-5-3'],
    ['what is the EEA threshold for municipalities?', 'foa-5-3'],
    ['hvor høy er nasjonal terskelverdi?', 'foa-5-1'],
    ['who can get VTA?', 'tf-14-3'],
    ['Who is eligible for permanent adapted work?', 'tf-14-3'],
    ['hvem kan få AFT?', 'tf-13-3'],
    ['Who are eligible for employment preparation training?', 'tf-13-3'],
    ['kor lenge kan ein vere på VTA?', 'tf-14-4'],
    // The state's rate ranks close but misses the municipality the question names: not a rival.
    ['how much does the municipality pay per VTA place?', 'tf-14-8-2'],
    ['hvor mye betaler kommunen per VTA-plass?', 'tf-14-8-2'],
    ['what share must the municipality own in an AFT provider?', 'tf-13-6-1'],
  ])('%s → %s', (q, id) => {
    const line = direct(q);
    expect(line?.entryId).toBe(id);
    expect(line?.text).toContain(section(id));
  });

  it.each([
    ['hvor mange prosent av de ansatte må være funksjonshemmede for å reservere en kontrakt?'],
    ['how many percent of the employees must be disabled for a reserved contract?'],
    ['kor mange prosent av dei tilsette må vere funksjonshemma for reserverte kontraktar?'],
    ['kva er minstekravet til del tilsette med nedsett funksjonsevne for reserverte kontraktar?'],
  ])('«%s»: §§ 8-8, 16-9 and 30-3 rank close and all require 30 per cent, so the first one\'s line is shown', (q) => {
    const line = direct(q);
    expect(['foa-8-8', 'foa-16-9', 'foa-30-3']).toContain(line?.entryId);
    expect(line?.text).toMatch(/\b30 %/);
  });

  it.each([
    // "non-profit" does not ask about profit: § 14-5's dividend ban is folded in, but is not the answer.
    ['can a non-profit organisation be approved as a VTA provider?'],
    ['What is a threshold value'],
    ['hva er en terskelverdi?'],
    // A yes/no question about the lower limit: the line is an amount, and «Ja»/«Nei» depends on the wording.
    ['gjelder anskaffelsesregelverket for kjøp under 500 000 kroner?'],
    ['hvem godkjenner tiltaksarrangører?'],
    ['hvor mye kan private eie i en AFT-bedrift?'],
    // § 14-7 (employment) ranks first, and shares only the word for participants with the question.
    ['må VTA-deltakere ha uføretrygd?'],
    // A target group only for the measure named: "training" is not AFT (the real-question set declines it).
    ['Who is eligible for training?'],
    // "municipality" names who pays or owns, not what a provision is about: § 14-8 (co-financing) ranks first.
    ['how much of a VTA company must the municipality own?'],
  ])('no line for «%s»', (q) => {
    expect(direct(q)).toBeUndefined();
  });

  it('shows the 500 000 kr line only once that limit is in force', () => {
    expect(direct('hva er nedre beløpsgrense i anskaffelsesloven?', '2026-12-02')?.entryId).toBe('loa-2');
    expect(direct('hva er nedre beløpsgrense i anskaffelsesloven?', '2026-03-01')).toBeUndefined();
  });
});
