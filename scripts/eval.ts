/** `npm run eval`: score the lookup on the written question set and on the real-question set, printing every miss. */
import { loadKnowledgeOrExit } from '../src/cli/common.ts';
import { createLookup } from '../src/search/lookup.ts';
import { describeMiss, loadQuestions, scoreQuestions } from '../tests/quality/question-set.ts';
import { HELD_OUT_QUESTIONS_PATH, describeRealMiss, loadRealQuestions, scoreRealQuestions, summarizeReal } from '../tests/quality/real-question-set.ts';

const kb = loadKnowledgeOrExit();
const lookup = createLookup(kb);

console.log('# Written question set (tests/questions/questions.yaml)\n');
const score = scoreQuestions(lookup, loadQuestions());
for (const miss of score.misses) console.log(describeMiss(miss));
const byGroup = (key: 'lang' | 'persona') => {
  const groups = new Map<string, number[]>();
  for (const s of score.scores) groups.set(s.question[key], [...(groups.get(s.question[key]) ?? []), s.rank === 1 ? 1 : 0]);
  return [...groups].map(([k, v]) => `${k} ${((v.reduce((a, b) => a + b, 0) / v.length) * 100).toFixed(0)} % (${v.length})`).join(', ');
};
console.log(`\n${score.total} questions: top-1 ${(score.top1 * 100).toFixed(1)} %, top-3 ${(score.top3 * 100).toFixed(1)} %`);
console.log(`top-1 by language: ${byGroup('lang')}; by user: ${byGroup('persona')}`);

console.log('\n# Real-question set (tests/questions/real-questions.yaml)\n');
const real = scoreRealQuestions(lookup, kb, loadRealQuestions());
for (const miss of real.misses) console.log(describeRealMiss(miss));
console.log(`\nreal questions: ${summarizeReal(real)}`);

console.log('\n# Held-out real questions (tests/questions/held-out-questions.yaml, not tuned on)\n');
const held = scoreRealQuestions(lookup, kb, loadRealQuestions(HELD_OUT_QUESTIONS_PATH));
for (const miss of held.misses) console.log(describeRealMiss(miss));
console.log(`\nheld-out questions: ${summarizeReal(held)}`);
