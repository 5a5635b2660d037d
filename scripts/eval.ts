/** `npm run eval`: score the lookup on the question set and print every miss. */
import { loadKnowledgeOrExit } from '../src/cli/common.ts';
import { createLookup } from '../src/search/lookup.ts';
import { describeMiss, loadQuestions, scoreQuestions } from '../tests/quality/question-set.ts';

const score = scoreQuestions(createLookup(loadKnowledgeOrExit()), loadQuestions());
for (const miss of score.misses) console.log(describeMiss(miss));
const byGroup = (key: 'lang' | 'persona') => {
  const groups = new Map<string, number[]>();
  for (const s of score.scores) groups.set(s.question[key], [...(groups.get(s.question[key]) ?? []), s.rank === 1 ? 1 : 0]);
  return [...groups].map(([k, v]) => `${k} ${((v.reduce((a, b) => a + b, 0) / v.length) * 100).toFixed(0)} % (${v.length})`).join(', ');
};
console.log(`\n${score.total} questions: top-1 ${(score.top1 * 100).toFixed(1)} %, top-3 ${(score.top3 * 100).toFixed(1)} %`);
console.log(`top-1 by language: ${byGroup('lang')}; by user: ${byGroup('persona')}`);
