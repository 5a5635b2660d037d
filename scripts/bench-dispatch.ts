/**
 * A slash command's own work in process, without HTTP or Bolt: decoding, the dispatch
 * (lookup, direct line, check offer), rendering and serialising, for the load test's soak
 * questions (each question of the set with a new word and number), in rounds of new
 * questions. CPU per question per round; the first rounds run code V8 has not optimised yet.
 *
 *   npx tsx scripts/bench-dispatch.ts [--rounds 5] [--per-round 4000]
 *
 * Compare two commits by running it in each, one after the other.
 */
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../src/config/paths.ts';
import { buildServing } from '../src/conversation/serving.ts';
import type { Knowledge } from '../src/conversation/knowledge.ts';
import { answerCommand } from '../src/conversation/dispatch.ts';
import { renderAnswer } from '../src/slack/blocks/render.ts';
import { fromSlackText } from '../src/slack/blocks/escape.ts';
import { loadQuestions } from '../tests/quality/question-set.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, 'per-round': { type: 'string' } } });
const rounds = Number(values.rounds ?? 5);
const perRound = Number(values['per-round'] ?? 4000);

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge invalid');
const k: Knowledge = { kb: loaded.kb, ...buildServing(loaded.kb) };
const questions = loadQuestions().map((q) => q.q);

/** As the load test's soak: the n-th question of the set with a word and a number of its own. */
const varied = (n: number) => `${questions[n % questions.length]!} ${((n * 2654435761) >>> 0).toString(36)} ${n % 997}`;

const perQuestion: string[] = [];
for (let r = 0; r < rounds; r++) {
  const batch = Array.from({ length: perRound }, (_, i) => varied(r * perRound + i));
  const before = process.cpuUsage();
  for (const q of batch) JSON.stringify({ response_type: 'ephemeral', ...renderAnswer(answerCommand(k, '/vta-rules', fromSlackText(q), { shareable: true })) });
  const used = process.cpuUsage(before);
  perQuestion.push(((used.user + used.system) / perRound / 1000).toFixed(3));
}
console.log(`CPU per new question, ${rounds} rounds of ${perRound}: ${perQuestion.join(' ')} ms`);
