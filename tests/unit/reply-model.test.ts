/**
 * The reply side of issue 11 against the real knowledge and checks: the asker's language,
 * the direct answer line (only for the kind of question it answers), small talk, and the
 * check a question leads to with the facts read from it.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { detectLanguage } from '../../src/answers/language.ts';
import { questionKind } from '../../src/answers/direct-answer.ts';
import { createCheckPort } from '../../src/conversation/check-adapter.ts';
import { answerCommand, answerQuestion } from '../../src/conversation/dispatch.ts';
import { offerCheck } from '../../src/conversation/check-offer.ts';
import { parseInlineFacts } from '../../src/conversation/facts/inline.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { renderAnswerText } from '../../src/console/render.ts';
import { renderAnswer } from '../../src/slack/blocks/render.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const kb = loaded.kb;
const k: Knowledge = { kb, lookup: createLookup(kb), checks: createCheckPort(kb) };
const ask = (q: string) => answerQuestion(k, q, { shareable: true, forms: true });
const checks = k.checks!.list();

describe('the language of a question', () => {
  it.each([
    ['how long can someone be in AFT?', 'en'],
    ['Can a sheltered company pay dividends to the municipality?', 'en'],
    ['dividend VTA?', 'en'],
    ['What is the threshold for reserved contracts?', 'en'],
    ['kan en VTA-bedrift betale utbytte?', 'nb'],
    ['kor lenge kan ein vere på AFT?', 'nb'],
    ['Kva er terskelverdien for reserverte kontraktar?', 'nb'],
    ['utbytte VTA', 'nb'],
    ['VTA § 14-5', 'nb'],
    ['14 A-6', 'nb'],
    ['reservert kontrakt 30 prosent', 'nb'],
  ])('%s → %s', (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
});

describe('the kind of answer a question asks for', () => {
  it.each([
    ['kan en VTA-bedrift betale utbytte?', 'yes_no'],
    ['Can a VTA company pay dividends?', 'yes_no'],
    ['hvor lenge kan man være på AFT?', 'duration'],
    ['how long can someone be in AFT?', 'duration'],
    ['hvor mye må kommunen betale for en VTA-plass?', 'amount'],
    ['hvem kan få VTA?', 'who'],
    ['hva er VTA?', null],
    ['kontrakten er verdt 1,5 millioner, kan vi reservere for en bedrift med 35 % ansatte?', 'yes_no'],
    ['hva er satsen for VTA i 2026', 'amount'],
    ['utbytte', null],
  ])('%s → %s', (q, kind) => {
    expect(questionKind(q)).toBe(kind);
  });
});

describe('a direct answer first', () => {
  it('answers «kan en VTA-bedrift betale utbytte?» with «Nei.» from § 14-5 annet ledd c, above the hits', () => {
    const a = ask('kan en VTA-bedrift betale utbytte?');
    expect(a.kind).toBe('lookup');
    if (a.kind !== 'lookup') return;
    expect(a.direct?.entryId).toBe('tf-14-5-2-c');
    expect(a.direct?.text).toMatch(/^Nei\./);
    const text = renderAnswerText(a, kb);
    expect(text.indexOf('Nei.')).toBeLessThan(text.indexOf('1. '));
    const slack = renderAnswer(a);
    expect(JSON.stringify(slack.blocks[0])).toContain('Nei.');
  });

  it.each([
    ["does AFT still have to be the provider's primary activity?"],
    ['can a non-profit organisation be approved as a VTA provider?'],
    ['Er det en plikt for kommuner å utlyse konkurranse på kommunale tjenester?'],
    // Asked about another scheme: § 14-3 (who can get VTA) is near, but names no wage subsidy.
    ['Who is eligible for time-limited wage subsidy?'],
    ['må medfinansieringen av VTA-plasser ut på anbud?'],
  ])('gives no line when the first hit answers another question: %s', (q) => {
    const a = ask(q);
    expect(a.kind === 'lookup' && a.direct).toBeFalsy();
  });

  it.each([
    ['can a sheltered work company pay dividends', 'tf-14-5-2-c'],
    ['er det noen tidsbegrensning på VTA?', 'tf-14-4'],
    ['er AFT-deltakarane tilsette i bedrifta', 'tf-13-5'],
    ['kven kan få varig tilrettelagt arbeid', 'tf-14-3'],
  ])('answers «%s» from %s', (q, id) => {
    const a = ask(q);
    expect(a.kind === 'lookup' && a.direct?.entryId).toBe(id);
  });

  it('gives no line when the question asks something the line does not answer', () => {
    const a = ask('hva er utbytte i VTA?');
    expect(a.kind === 'lookup' && a.direct).toBeFalsy();
    const b = ask('utbytte');
    expect(b.kind === 'lookup' && b.direct).toBeFalsy();
  });

  it('answers an English duration question in English, with English labels and the English summary', () => {
    const a = ask('how long can someone be in AFT?');
    if (a.kind !== 'lookup') throw new Error(a.kind);
    expect(a.language).toBe('en');
    expect(a.direct?.entryId).toBe('tf-13-4');
    expect(a.direct?.text).toMatch(/^Up to one year/);
    const text = renderAnswerText(a, kb);
    expect(text).toContain('Law in force');
    expect(text).toContain("Checked against Lovdata's text");
    expect(text).toContain(kb.entries.find((e) => e.id === 'tf-13-4')!.summary_en!.trim().slice(0, 40));
    const slack = JSON.stringify(renderAnswer(a).blocks);
    expect(slack).toContain('Share in channel');
    expect(slack).not.toContain('Del i kanalen');
  });

  it('shows status as a neutral badge, never the checks\' ✓', () => {
    const a = ask('kan en VTA-bedrift betale utbytte?');
    const slack = JSON.stringify(renderAnswer(a).blocks);
    expect(slack).not.toContain(':white_check_mark:');
    expect(slack).toContain('§ Gjeldende rett');
  });
});

describe('small talk', () => {
  it.each([
    ['hei', 'nb', 'Hei!'],
    ['takk', 'nb', 'Bare hyggelig'],
    ['hello', 'en', 'Hi!'],
    ['thanks', 'en', 'You are welcome'],
  ])('%s gets a short friendly reply in %s with examples, not «Fant ingenting»', (q, lang, start) => {
    const a = ask(q);
    expect(a.kind).toBe('small-talk');
    if (a.kind !== 'small-talk') return;
    expect(a.language).toBe(lang);
    const text = renderAnswerText(a, kb);
    expect(text).toContain(start);
    expect(text).not.toContain('Fant ingenting');
    expect(a.examples.length).toBeGreaterThan(1);
    expect(renderAnswer(a).blocks.length).toBeGreaterThan(1);
  });

  it('a greeting before a question is a question', () => {
    expect(ask('hei, kan en VTA-bedrift betale utbytte?').kind).toBe('lookup');
  });
});

describe('from a question to a check', () => {
  it('offers the reserved-contract check with value and share read from the question', () => {
    const offer = offerCheck(checks, 'kontrakten er verdt 1,5 millioner, kan vi reservere for en bedrift med 35 % ansatte med nedsatt funksjonsevne?');
    expect(offer?.command).toBe('/reserved-contract-check');
    expect(offer?.facts).toEqual({ estimatedValueNok: 1500000, disadvantagedEmployeeSharePercent: 35 });
    expect(offer?.line).toBe('verdi=1500000 andel=35');
  });

  it.each([
    ['Kan kommunen reservere en kontrakt på 600 000 kr for varer og tjenester?', { estimatedValueNok: 600000, buyerType: 'municipality', serviceCategory: 'goods-services' }],
    ['kan fylkeskommunen reservere kjøp av helse- og sosialtjenester for 2 mill?', { estimatedValueNok: 2000000, buyerType: 'county' }],
    ['Kan staten reservere en konkurranse for arbeidsinkluderingsbedrifter der 35,5 % av de ansatte har nedsatt funksjonsevne?', { buyerType: 'state', disadvantagedEmployeeSharePercent: 35.5 }],
  ])('%s', (q, expected) => {
    const offer = offerCheck(checks, q);
    expect(offer?.checkId).toBe('procurement-options');
    expect(offer?.facts).toMatchObject(expected);
    // The offered line runs as typed: the inline parser reads back the same facts.
    const parsed = parseInlineFacts(checks.find((c) => c.id === offer!.checkId)!, offer!.line);
    expect(parsed).toEqual({ ok: true, facts: offer!.facts });
  });

  it('offers the in-house check for egenregi and the provider check for approval', () => {
    expect(offerCheck(checks, 'kan vi kjøpe fra vårt eget AS i egenregi når 90 % av aktiviteten er for kommunen?')?.checkId).toBe('in-house');
    expect(offerCheck(checks, 'kan vi bli godkjent som tiltaksarrangør for VTA?')?.facts).toMatchObject({ measure: 'VTA' });
  });

  it('offers nothing for a question that is not about a route or an approval, or only asks what a word means', () => {
    expect(offerCheck(checks, 'kan en VTA-bedrift betale utbytte?')).toBeNull();
    expect(offerCheck(checks, 'hva er en reservert kontrakt?')).toBeNull();
    // An approved company named in a purchase question is not a question about approval.
    expect(offerCheck(checks, 'kan vi kjøpe kantinedrift fra det NAV-godkjente AFT-selskapet, eller må det leveres av søsterselskap')?.checkId).not.toBe('provider-approval');
  });

  it('puts the offer in the console as the command and in Slack as a button within the limits', () => {
    const a = ask('kontrakten er verdt 1,5 millioner, kan vi reservere for en bedrift med 35 % ansatte med nedsatt funksjonsevne?');
    expect(renderAnswerText(a, kb)).toContain('/reserved-contract-check verdi=1500000 andel=35');
    const blocks = renderAnswer(a).blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
    const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'offer_check');
    expect(JSON.parse(button!.value!)).toEqual({ checkId: 'procurement-options', facts: { estimatedValueNok: 1500000, disadvantagedEmployeeSharePercent: 35 } });
    expect(button!.value!.length).toBeLessThanOrEqual(2000);
  });

  it('runs the offered line as the check command', () => {
    const a = answerCommand(k, '/reserved-contract-check', 'verdi=1500000 andel=35', { shareable: false });
    expect(a.kind).toBe('check-result');
  });
});

describe('the one-line check syntax takes values as people write them', () => {
  const procurement = checks.find((c) => c.id === 'procurement-options')!;

  it('reads «1,5 mill», «35,5 %», «vet ikke» and «varer og tjenester» without quotes', () => {
    const parsed = parseInlineFacts(procurement, 'verdi=1,5 mill andel=35,5 % oppdragsgiver=kommune kategori=varer og tjenester hovedformål=vet ikke');
    expect(parsed).toEqual({ ok: true, facts: { estimatedValueNok: 1500000, disadvantagedEmployeeSharePercent: 35.5, buyerType: 'municipality', serviceCategory: 'goods-services' } });
    expect(parseInlineFacts(procurement, 'oppdragsgiver=stat')).toEqual({ ok: true, facts: { buyerType: 'state' } });
  });

  it('reports every bad part at once, with the nearest name, and keeps what it could read', () => {
    const parsed = parseInlineFacts(procurement, 'verdi=2 mill andle=40 oppdragsgivr=stat hovedformål=kanskje');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('Mente du «andel»?'),
      expect.stringContaining('Mente du «oppdragsgiver»?'),
      expect.stringContaining('hovedformål=kanskje'),
    ]);
    expect(parsed.facts).toEqual({ estimatedValueNok: 2000000 });
  });

  it('still reports words left over after a value', () => {
    const parsed = parseInlineFacts(procurement, 'hovedformål=ja kanskje');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.message).toContain('«kanskje» mangler «=»');
  });

  it('evaluates what it could read alongside the errors, in the console and in Slack', () => {
    const a = answerCommand(k, '/reserved-contract-check', 'verdi=2 mill andle=40', { shareable: false });
    expect(a.kind).toBe('fact-errors');
    if (a.kind !== 'fact-errors') return;
    expect(a.partial?.reply.facts).toEqual({ estimatedValueNok: 2000000 });
    const text = renderAnswerText(a, kb);
    expect(text.indexOf('Mente du «andel»?')).toBeLessThan(text.indexOf('Med opplysningene som kunne leses'));
    expect(text).toContain('2 000 000 kr');
    expect(renderAnswer(a).blocks.length).toBeLessThanOrEqual(50);
  });
});

describe('ask --json', () => {
  it('keeps its fields and adds the language and the direct answer', async () => {
    const { lookupToJson } = await import('../../src/answers/json.ts');
    const json = lookupToJson(k.lookup('kan en VTA-bedrift betale utbytte?', { top: 3 }), kb.version, kb.answers);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['query', 'as_of', 'kb_version', 'results', 'language', 'direct_answer']));
    expect(json.direct_answer).toMatchObject({ entry_id: 'tf-14-5-2-c', kind: 'yes_no' });
    expect(lookupToJson(k.lookup('utbytte', { top: 3 }), kb.version, kb.answers).direct_answer).toBeNull();
  });
});

describe('a question about a scheme the bot does not cover', () => {
  it.each([
    ['hva er lønnstilskudd?', 'Dette gjelder «lønnstilskudd», som boten ikke dekker'],
    ['who can get unemployment benefits?', 'This is about «dagpenger», which this bot does not cover'],
  ])('%s says which scheme is not covered, in the console and in Slack', (q, says) => {
    const a = ask(q);
    expect(a.kind).toBe('lookup');
    const text = renderAnswerText(a, kb);
    expect(text).toContain(says);
    expect(text).not.toMatch(/Fant ingenting|Found nothing/);
    expect(JSON.stringify(renderAnswer(a).blocks)).toContain(says);
  });
});
