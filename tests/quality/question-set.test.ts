import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { describeMiss, loadQuestions, scoreQuestions } from './question-set.ts';

describe('question set against the real knowledge base', () => {
  const loaded = loadKnowledge(KNOWLEDGE_DIR);
  if (!loaded.ok) throw new Error(`knowledge base invalid: run npm run kb:check`);
  const lookup = createLookup(loaded.kb);
  const questions = loadQuestions();
  const score = scoreQuestions(lookup, questions);

  it('has at least 80 questions in nb, nn and en from all three kinds of user', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(questions.map((q) => q.lang))).toEqual(new Set(['nb', 'nn', 'en']));
    expect(new Set(questions.map((q) => q.persona))).toEqual(new Set(['municipal', 'procurement', 'company']));
  });

  it('finds the right provision in the top 3 for at least 95 % and first for at least 85 %', () => {
    if (score.misses.length) console.log(`Question-set misses (${score.misses.length}):\n${score.misses.map(describeMiss).join('\n')}`);
    console.log(`Question set: ${score.total} questions, top-1 ${(score.top1 * 100).toFixed(1)} %, top-3 ${(score.top3 * 100).toFixed(1)} %`);
    expect(score.top3).toBeGreaterThanOrEqual(0.95);
    expect(score.top1).toBeGreaterThanOrEqual(0.85);
  });
});
