/**
 * English in, English out (issue 11, item 4), against the real knowledge and checks: an
 * English question gets the entries' English titles, figure labels and notes, and no
 * Norwegian fixed words, in the console and in Slack; the help, the Home tab, small talk,
 * the topics, the check offer and a check asked for in English are English too; the same
 * question in Norwegian keeps its Norwegian words.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { buildServing } from '../../src/conversation/serving.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { answerCommand, answerQuestion, lookupAnswer } from '../../src/conversation/dispatch.ts';
import { parseInlineFacts } from '../../src/conversation/facts/inline.ts';
import { factsLanguage } from '../../src/conversation/check-language.ts';
import { renderAnswerText } from '../../src/console/render.ts';
import { createConsoleHandler } from '../../src/console/console.ts';
import { renderAnswer } from '../../src/slack/blocks/render.ts';
import { renderLookup } from '../../src/slack/blocks/render-lookup.ts';
import { renderHome } from '../../src/slack/blocks/home.ts';
import { formatNumberIn } from '../../src/answers/reply-text.ts';
import { topicsIn } from '../../src/answers/labels.ts';
import { DEFAULT_TOPICS } from '../../src/search/lookup.ts';
import type { Answer } from '../../src/conversation/answer.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const kb = loaded.kb;
const k: Knowledge = { kb, ...buildServing(kb) };
const ask = (q: string) => answerQuestion(k, q, { shareable: true, forms: true });
const entry = (id: string) => kb.entries.find((e) => e.id === id)!;

/** Fixed Norwegian words of a reply: none may be left in an English one. */
const NORWEGIAN_LABELS = [
  'Tall:', 'Endring:', 'Merk:', 'Kilde:', 'Gjeldende rett', 'Kontrollert mot', 'Flere treff', 'Del i kanalen', 'Oppslag i kunnskapsbasen',
  'ikke juridisk rådgivning', 'Regelverket per', 'minst ', 'høyst ', ' kr per måned', 'Prøv sjekken', 'Delt av', 'Følg endringer', 'Nyttig',
  'Vis lovteksten', 'Treff for', 'treff for', 'Slik spør du', 'Eksempler', 'Regelsjekker', 'Utfall', 'Kilder', 'Vilkår', 'Hjemmel', 'Fant ingenting',
  'Prøv for eksempel', 'Kunnskapsbase', 'Spør', 'Sjekk en sak', 'Sist kontrollert', 'Oppføringer', 'gjeldende rett',
];
const norwegianIn = (text: string) => NORWEGIAN_LABELS.filter((w) => text.includes(w));

function lookup(q: string): Extract<Answer, { kind: 'lookup' }> {
  const a = ask(q);
  if (a.kind !== 'lookup') throw new Error(`expected a lookup, got ${a.kind}`);
  return a;
}

describe('an English question about reserved contracts', () => {
  const q = 'what is the threshold for reserved contracts?';
  const a = lookup(q);
  const ids = a.result.hits.map((h) => h.entry.id);

  it('finds the reservation sections', () => {
    expect(a.language).toBe('en');
    expect(ids).toEqual(expect.arrayContaining(['foa-8-8', 'foa-16-9']));
  });

  it('reads in English in the console: titles, figure labels, figures, change and unverified notes', () => {
    const text = renderAnswerText(a, kb);
    const e = entry('foa-8-8');
    expect(text).toContain(`anskaffelsesforskriften § 8-8 – ${e.title_en}`);
    expect(text).toContain(`Figures: ${e.numbers[0]!.label_en}: at least 30 %`);
    expect(text).toContain(`Change: ${e.change_note_en!.trim()}`);
    expect(text).toContain(`Note: ${e.verification.unverified_en!.trim()}`);
    expect(text).not.toContain(e.title);
    expect(text).not.toContain(e.numbers[0]!.label);
    expect(norwegianIn(text)).toEqual([]);
  });

  it('reads in English in Slack, feedback buttons and a shared reply included', () => {
    const message = renderAnswer(a);
    const shared = renderAnswer(lookupAnswer(k, { query: q, shareable: false, sharedBy: 'U1' }));
    const withFeedback = renderLookup(a.result, { offset: 0, shareable: true, kbVersion: kb.version, language: 'en', feedback: true });
    const slack = JSON.stringify([message, shared, withFeedback]);
    expect(slack).toContain(entry(ids[0]!).title_en!);
    expect(slack).toContain('More results');
    expect(slack).toContain('Shared by <@U1>');
    expect(slack).toContain('Follow changes');
    expect(message.text).toMatch(/^\d+ results for «/);
    expect(norwegianIn(slack)).toEqual([]);
  });

  it('keeps the citations Norwegian: they are the sources\' names', () => {
    const text = renderAnswerText(a, kb);
    expect(text).toContain('§ 16-9 – ');
    expect(text).toContain('anskaffelsesforskriften § 8-8 – ');
  });
});

describe('the same question in Norwegian', () => {
  const a = lookup('hva er terskelen for reserverte kontrakter?');

  it('keeps the Norwegian title, figure label and fixed words', () => {
    expect(a.language).toBeUndefined();
    const text = renderAnswerText(a, kb);
    const e = entry(a.result.hits[0]!.entry.id);
    expect(text).toContain(e.title);
    expect(text).not.toContain(e.title_en!);
    expect(text).toContain('Gjeldende rett');
    expect(text).not.toContain('Law in force');
    expect(JSON.stringify(renderAnswer(a))).toContain('Flere treff');
  });
});

describe('figures in English', () => {
  it.each([
    [{ value: 30, unit: 'percent', comparator: 'min' }, 'at least 30 %'],
    [{ value: 500000, unit: 'nok', comparator: 'less_than' }, 'under NOK 500 000'],
    [{ value: 17455, unit: 'nok_per_month', comparator: 'exact' }, 'NOK 17 455 per month'],
    [{ value: 1, unit: 'years', comparator: 'max' }, 'at most 1 year'],
    [{ value: 80, unit: 'percent', comparator: 'more_than' }, 'more than 80 %'],
  ] as const)('%j → %s, the digits as in Norwegian', (n, text) => {
    expect(formatNumberIn(n, 'en')).toBe(text);
  });
});

describe('the fixed replies in English', () => {
  it('answers «help» with the English help, «hjelp» with the Norwegian', () => {
    const en = ask('help');
    expect(en).toMatchObject({ kind: 'help', language: 'en' });
    const text = renderAnswerText(en, kb);
    const slack = JSON.stringify(renderAnswer(en));
    expect(text).toContain('How to ask');
    expect(slack).toContain('How to ask');
    expect(slack).toContain('estimatedValueNok=');
    expect(norwegianIn(text + slack)).toEqual([]);
    const nb = ask('hjelp');
    expect(renderAnswerText(nb, kb)).toContain('Slik spør du');
  });

  it('offers English topics when nothing fits, each finding what its Norwegian topic finds', () => {
    const a = lookup('what is the best pizza place near the office?');
    expect(a.result.hits).toEqual([]);
    const text = renderAnswerText(a, kb);
    expect(text).toContain('Try for example: dividend, reserved contract');
    expect(norwegianIn(text + JSON.stringify(renderAnswer(a)))).toEqual([]);
    for (const [nb, en] of DEFAULT_TOPICS.map((t, i) => [t, topicsIn(DEFAULT_TOPICS, 'en')[i]!] as const)) {
      const first = (q: string) => lookup(q).result.hits[0]?.entry.id;
      expect(lookup(en).language, en).toBe('en');
      expect(first(en), `${nb} / ${en}`).toBe(first(nb));
    }
  });

  it('gives the Home tab in English when asked for English, Norwegian otherwise', () => {
    const en = JSON.stringify(renderHome(kb, k.checks!.list(), 'en'));
    expect(en).toContain('Check a case');
    expect(norwegianIn(en.replace(/anskaffelsesforskriften|Kontrollert/g, ''))).toEqual([]);
    expect(JSON.stringify(renderHome(kb, k.checks!.list()))).toContain('Sjekk en sak');
  });

  it('pages on in English in the console, and says so in English when there is nothing to page', () => {
    const handle = createConsoleHandler(() => k);
    expect(handle('more')).toBe('Ask a question first; then you can type «more» for more results.');
    handle('what is the threshold for reserved contracts?');
    const page = handle('more')!;
    expect(page).toMatch(/^Rules as of/);
    expect(norwegianIn(page)).toEqual([]);
    expect(handle('help')).toContain('In the console: more (next page) · help · quit');
  });
});

describe('a check asked for in English', () => {
  const line = 'estimatedValueNok=600000 disadvantagedEmployeeSharePercent=35 supplierMainPurposeIntegration=yes';

  it('reads the language from the names and values typed', () => {
    const spec = k.checks!.list().find((c) => c.id === 'procurement-options')!;
    expect(factsLanguage(spec, line)).toBe('en');
    expect(factsLanguage(spec, 'verdi=600000 andel=35 hovedformål=ja')).toBe('nb');
    expect(factsLanguage(spec, 'help')).toBe('en');
    expect(factsLanguage(spec, 'hjelp')).toBe('nb');
  });

  it('answers with English fixed words, title and outcome label, in the console and in Slack', () => {
    const a = answerCommand(k, '/reserved-contract-check', line, { shareable: true });
    expect(a).toMatchObject({ kind: 'check-result', language: 'en' });
    if (a.kind !== 'check-result') return;
    const text = renderAnswerText(a, kb);
    const slack = JSON.stringify(renderAnswer(a));
    expect(text).toContain(kb.checks.find((c) => c.id === 'procurement-options')!.title_en!);
    expect(text).toMatch(/^Outcome: /m);
    expect(text).toContain('Sources:');
    expect(slack).toContain('More facts needed');
    expect(slack).toContain('Share in channel');
    // The check files' own texts too: criteria, reasons, routes, questions, the outcome's text.
    expect(text).toContain('The share given is 35 %, and the requirement is at least 30 %.');
    expect(text).toContain('Answer the questions below to find the procedure and decide each route.');
    expect(text).toContain('What kind of contracting authority is the buyer?');
    expect(slack).toContain('Reserved contract – competition only for businesses that integrate persons with disabilities or disadvantaged persons');
    for (const w of ['Utfall', 'Kilder:', 'Regelverket per', 'Hjemmel', 'Mulige veier', 'Opplysninger:', 'Del i kanalen', 'Trenger flere opplysninger', 'Uavklart', 'Oppgitt andel', 'Svar på spørsmålene', 'Hva slags', 'Kan ikke avgjøres', 'Merk:', 'Direkte kjøp', ' kr ', 'ja)', 'nei)']) {
      expect(text + slack, w).not.toContain(w);
    }
  });

  it('keeps the Norwegian command Norwegian', () => {
    const a = answerCommand(k, '/reserved-contract-check', 'verdi=600000 andel=35 hovedformål=ja', { shareable: true });
    expect(a.kind === 'check-result' && a.language).toBeFalsy();
    expect(renderAnswerText(a, kb)).toContain('Utfall: ');
    expect(JSON.stringify(renderAnswer(a))).toContain('Trenger flere opplysninger');
  });

  it('is offered to an English question by its English title, on a line that reads back the same facts', () => {
    const a = lookup('can the municipality reserve a tender for goods and services worth 2 million?');
    const offer = a.checkOffer!;
    expect(offer.title).toBe('Reserved contract');
    expect(offer.line).toContain('estimatedValueNok=2000000');
    const spec = k.checks!.list().find((c) => c.id === offer.checkId)!;
    expect(parseInlineFacts(spec, offer.line)).toEqual({ ok: true, facts: offer.facts });
    expect(renderAnswerText(a, kb)).toContain(`Try the check «Reserved contract»: /reserved-contract-check ${offer.line}`);
    expect(answerCommand(k, offer.command, offer.line, { shareable: false })).toMatchObject({ kind: 'check-result', language: 'en' });
  });
});

describe('law names in an English reply', () => {
  it('keeps the Norwegian short name and § and glosses the source in English once', () => {
    const a = lookup('what is the threshold for reserved contracts?');
    const text = renderAnswerText(a, kb);
    const glossed = 'anskaffelsesforskriften (Public Procurement Regulation) §';
    expect(text.split(glossed).length - 1).toBe(1);
    expect(text).toContain('anskaffelsesforskriften § ');
    expect(JSON.stringify(renderAnswer(a))).toContain(glossed);
    expect(renderAnswerText(lookup('hva er terskelen for reserverte kontrakter?'), kb)).not.toContain('Public Procurement Regulation');
  });
});

describe('the offered check settled by the facts of an English question', () => {
  it('gives the outcome by its English label, and the line that shows why', () => {
    const a = lookup('can the municipality buy directly from a work-inclusion company for 300 000 kr?');
    expect(a.checkOffer?.outcome?.label).toBe('Outside the procurement rules');
    const text = renderAnswerText(a, kb);
    expect(text).toContain('With the facts in your question: Outside the procurement rules. Why: /reserved-contract-check estimatedValueNok=300000');
    expect(JSON.stringify(renderAnswer(a))).toContain('With the facts in your question:');
    const nb = lookup('kan kommunen kjøpe direkte fra en arbeidsinkluderingsbedrift for 300 000 kr?');
    expect(renderAnswerText(nb, kb)).toContain('Med opplysningene i spørsmålet: Utenfor anskaffelsesregelverket. Hvorfor:');
  });
});
