/**
 * A check's own error sentences in the asker's language, against the real checks: the
 * check port's errors (a date it cannot read), the value parser's (a number out of range,
 * a choice it does not know) and a one-line check's errors, listing the English fact
 * questions. The Norwegian sentences stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { buildServing } from '../../src/conversation/serving.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { answerCommand } from '../../src/conversation/dispatch.ts';
import { parseFactValue } from '../../src/conversation/facts/parse-value.ts';
import { renderAnswer } from '../../src/slack/blocks/render.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const k: Knowledge = { kb: loaded.kb, ...buildServing(loaded.kb) };
const checks = k.checks!;
const spec = (id: string) => checks.list().find((c) => c.id === id)!;
const fact = (id: string, name: string) => spec(id).facts.find((f) => f.name === name)!;

describe('check errors in the asker’s language', () => {
  it('says a date it cannot read in English or Norwegian', () => {
    const en = checks.run('procurement-options', {}, { asOf: '2026-13-45', language: 'en' });
    const nb = checks.run('procurement-options', {}, { asOf: '2026-13-45' });
    expect(en.ok ? null : en.errors[0]!.message).toBe('Write the date as YYYY-MM-DD.');
    expect(nb.ok ? null : nb.errors[0]!.message).toBe('Datoen må skrives ÅÅÅÅ-MM-DD.');
  });

  it('reads the same value in either language, and says what is wrong in the asker’s', () => {
    const value = fact('procurement-options', 'estimatedValueNok');
    expect(parseFactValue(value, '-5', 'en')).toEqual({ ok: false, message: 'Must be at least 0 NOK.' });
    expect(parseFactValue(value, '-5')).toEqual({ ok: false, message: 'Må være minst 0 kr.' });
    expect(parseFactValue(value, '450 000', 'en')).toEqual(parseFactValue(value, '450 000'));
    const buyer = fact('procurement-options', 'buyerType');
    const en = parseFactValue(buyer, 'martians', 'en');
    expect(en.ok ? null : en.message).toMatch(/^Choose one of: /);
  });

  it('lists the English questions in an English one-line check’s errors', () => {
    const answer = answerCommand(k, '/reserved-contract-check', 'estimatedValueNok=lots', { shareable: true });
    expect(answer.kind).toBe('fact-errors');
    const reply = JSON.stringify(renderAnswer(answer).blocks);
    expect(reply).toContain('Type a number');
    const question = checks.list().find((c) => c.id === 'procurement-options')!.factsEn!.find((f) => f.name === 'estimatedValueNok')!.question;
    expect(question).not.toBe(fact('procurement-options', 'estimatedValueNok').question);
    expect(reply).toContain(question);
  });
});
