import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFact, parseInlineFacts, shortName } from '../../src/conversation/facts/inline.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { createCheckPort } from '../../src/conversation/check-adapter.ts';
import { factsFromViewState } from '../../src/slack/facts/view-state.ts';
import { parseFactValue } from '../../src/conversation/facts/parse-value.ts';
import { FAKE_SPECS } from './helpers/fake-checks.ts';

const procurement = FAKE_SPECS[0]!;
const num = procurement.facts.find((f) => f.name === 'estimatedValueNok')!;
const pct = procurement.facts.find((f) => f.name === 'disadvantagedEmployeeSharePercent')!;

describe('inline facts', () => {
  it('reads the documented example, by alias', () => {
    expect(parseInlineFacts(procurement, 'verdi=450000 andel=35 hovedformål=ja')).toEqual({
      ok: true,
      facts: { estimatedValueNok: 450000, disadvantagedEmployeeSharePercent: 35, supplierMainPurposeIntegration: true },
    });
  });

  it('accepts canonical names, quotes, Norwegian number formats and enum words', () => {
    const r = parseInlineFacts(procurement, 'estimatedValueNok="1 250 000 kr" oppdragsgiver=kommune andel=35,5% privat=0 andre_aktiviteter=dagsenter,utleie-av-eiendom');
    expect(r).toEqual({
      ok: true,
      facts: { estimatedValueNok: 1_250_000, buyerType: 'municipality', disadvantagedEmployeeSharePercent: 35.5, privateOwnershipPercent: 0, otherActivities: ['dagsenter', 'utleie-av-eiendom'] },
    });
    expect(parseInlineFacts(procurement, 'verdi=2mill verdi=450.000')).toEqual({ ok: true, facts: { estimatedValueNok: 450_000 } });
  });

  it('leaves "vet ikke" out (unknown is never a default)', () => {
    expect(parseInlineFacts(procurement, 'hovedformål=ukjent verdi=?')).toEqual({ ok: true, facts: {} });
  });

  it('explains every problem at once: unknown name with a suggestion, bad value with the range, missing "="', () => {
    const r = parseInlineFacts(procurement, 'verdii=4 andel=150 hovedformål=kanskje oppdragsgiver=kongen 450000');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.errors.map((e) => e.message);
    expect(messages[0]).toMatch(/Kjenner ikke «verdii».*Mente du «verdi»/);
    expect(messages[1]).toMatch(/andel=150: Må være fra 0 til 100 %/);
    expect(messages[2]).toMatch(/hovedformål=kanskje: Svar ja, nei eller vet ikke/);
    expect(messages[3]).toMatch(/oppdragsgiver=kongen: Velg en av: state, municipality, county, other-public/);
    expect(messages[4]).toMatch(/«450000» mangler «=»/);
    expect(r.errors[1]!.fact).toBe('disadvantagedEmployeeSharePercent');
  });

  it('rejects negative money and non-numbers with an example', () => {
    expect(parseFactValue(num, '-5')).toEqual({ ok: false, message: 'Må være minst 0 kr.' });
    expect(parseFactValue(num, 'mye')).toEqual({ ok: false, message: 'Skriv et tall, f.eks. 450 000.' });
    expect(parseFactValue(pct, 'tretti')).toEqual({ ok: false, message: 'Skriv et tall, f.eks. 35.' });
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = parseInlineFacts(procurement, text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('modal state', () => {
  const state = (values: Record<string, object>) =>
    Object.fromEntries(Object.entries(values).map(([fact, v]) => [`fact:${fact}`, { value: v }]));

  it('reads text inputs, radio buttons, selects and checkboxes', () => {
    const r = factsFromViewState(
      procurement,
      state({
        estimatedValueNok: { type: 'plain_text_input', value: '450 000' },
        buyerType: { type: 'static_select', selected_option: { value: 'county' } },
        supplierMainPurposeIntegration: { type: 'radio_buttons', selected_option: { value: 'nei' } },
        disadvantagedEmployeeSharePercent: { type: 'plain_text_input', value: null },
        otherActivities: { type: 'checkboxes', selected_options: [{ value: 'dagsenter' }] },
      }),
    );
    expect(r).toEqual({ ok: true, facts: { estimatedValueNok: 450000, buyerType: 'county', supplierMainPurposeIntegration: false, otherActivities: ['dagsenter'] } });
  });

  it('treats nothing ticked as unknown and "Ingen av disse" as none', () => {
    expect(factsFromViewState(procurement, state({ otherActivities: { type: 'checkboxes', selected_options: [] } }))).toEqual({ ok: true, facts: {} });
    expect(factsFromViewState(procurement, state({ otherActivities: { type: 'checkboxes', selected_options: [{ value: 'none' }] } }))).toEqual({ ok: true, facts: { otherActivities: [] } });
  });

  it('returns errors keyed by block_id for response_action: errors', () => {
    const r = factsFromViewState(procurement, state({ disadvantagedEmployeeSharePercent: { type: 'plain_text_input', value: '150' }, estimatedValueNok: { type: 'plain_text_input', value: 'mye' } }));
    expect(r).toEqual({ ok: false, errors: { 'fact:estimatedValueNok': 'Skriv et tall, f.eks. 450 000.', 'fact:disadvantagedEmployeeSharePercent': 'Må være fra 0 til 100 %.' } });
  });
});

describe('aliases for the real checks', () => {
  const live = loadKnowledge(KNOWLEDGE_DIR);
  it.skipIf(!live.ok)('give every fact a short name, and no name means two facts of one check', () => {
    if (!live.ok) return;
    for (const spec of createCheckPort(live.kb).list()) {
      const seen = new Map<string, string>();
      for (const fact of spec.facts) {
        expect(fact.aliases?.length, `${spec.id}: no alias for ${fact.name}`).toBeGreaterThan(0);
        for (const name of [fact.name, ...(fact.aliases ?? [])].map((n) => n.toLowerCase())) {
          expect(seen.get(name), `${spec.id}: "${name}" means both ${seen.get(name)} and ${fact.name}`).toBeUndefined();
          seen.set(name, fact.name);
        }
        expect(findFact(spec, shortName(fact))?.name).toBe(fact.name);
      }
    }
  });
});
