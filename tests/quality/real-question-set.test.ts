import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { HELD_OUT_QUESTIONS_PATH, describeRealMiss, loadRealQuestions, parseExpectedCitation, scoreRealQuestions, summarizeReal } from './real-question-set.ts';

/**
 * Floors for the real-question set (100 questions, 52 answerable), set just under what
 * retrieval reaches on 2026-12-02 after the concept and other-scheme work (top-1 80.8 %,
 * top-3 92.3 %, declines 27 of 48); the goal of issue 11 is top-3 ≥ 85 % and top-1 ≥ 65 %.
 * Raise them as retrieval and the knowledge improve; never lower them to make a change pass.
 * The held-out set (held-out-questions.yaml) is scored apart: never tuned on, so it is a check
 * that a change generalises, with floors of its own just under its score.
 */
const FLOORS = { top1: 0.79, top3: 0.9, emptyAnswerable: 0, declined: 0.55 };
const HELD_OUT_FLOORS = { top1: 0.55, top3: 1, declined: 0.35 };

const pct = (share: number) => Math.round(share * 100);

describe('real-question set against the real knowledge base', () => {
  const loaded = loadKnowledge(KNOWLEDGE_DIR);
  if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
  const kb = loaded.kb;
  const questions = loadRealQuestions();

  it('holds questions asked in public, with URLs, in nb, nn and en, some to decline', () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(questions.filter((q) => q.lang !== 'nb').length).toBeGreaterThanOrEqual(20);
    expect(new Set(questions.map((q) => q.lang))).toEqual(new Set(['nb', 'nn', 'en']));
    expect(questions.some((q) => q.decline)).toBe(true);
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
  });

  it('names every expected answer by a source the knowledge has', () => {
    for (const q of questions) for (const a of q.answers ?? []) expect(parseExpectedCitation(a, kb).sourceId, `${a} in «${q.q}»`).toBeDefined();
  });

  it(`finds the provision that answers (top-3 ≥ ${pct(FLOORS.top3)} %, top-1 ≥ ${pct(FLOORS.top1)} %), leaves no answerable question empty and declines ≥ ${pct(FLOORS.declined)} % of the rest`, () => {
    const score = scoreRealQuestions(createLookup(kb), kb, questions);
    const misses = score.misses.filter((m) => !m.question.decline);
    if (misses.length) console.log(`Real-question misses (${misses.length}):\n${misses.map(describeRealMiss).join('\n')}`);
    console.log(`Real questions: ${summarizeReal(score)}`);
    expect(score.top3).toBeGreaterThanOrEqual(FLOORS.top3);
    expect(score.top1).toBeGreaterThanOrEqual(FLOORS.top1);
    expect(score.empty).toBeLessThanOrEqual(FLOORS.emptyAnswerable);
    // Questions outside the sources (statistics, policy, other schemes) get «not covered».
    expect(score.declined / score.declines).toBeGreaterThanOrEqual(FLOORS.declined);
  });

  it(`scores the held-out questions, never tuned on (top-3 ≥ ${pct(HELD_OUT_FLOORS.top3)} %, declines ≥ ${pct(HELD_OUT_FLOORS.declined)} %)`, () => {
    const held = loadRealQuestions(HELD_OUT_QUESTIONS_PATH);
    expect(held.length).toBeGreaterThanOrEqual(25);
    for (const q of held) expect(questions.some((r) => r.q === q.q), q.q).toBe(false);
    const score = scoreRealQuestions(createLookup(kb), kb, held);
    console.log(`Held-out questions: ${summarizeReal(score)}`);
    expect(score.top3).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.top3);
    expect(score.top1).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.top1);
    expect(score.declined / score.declines).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.declined);
  });
});
