/**
 * `npm run bench:replies`: how long the first Slack message of an answer is, over the
 * written question set and the real-question set. Characters are the text a reader sees
 * (every mrkdwn/plain text in the blocks), blocks are Block Kit blocks. A laptop screen
 * holds roughly 1 500–2 000 characters of a Slack message; the figures say how far past it
 * an answer runs. The real knowledge and checks, on today's law (as a user asks).
 *
 * Options: --json.
 */
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createLookup } from '../src/search/lookup.ts';
import { KNOWLEDGE_DIR } from '../src/config/paths.ts';
import { createCheckPort } from '../src/conversation/check-adapter.ts';
import { answerQuestion } from '../src/conversation/dispatch.ts';
import { renderAnswer } from '../src/slack/blocks/render.ts';
import type { Knowledge } from '../src/conversation/knowledge.ts';
import { loadQuestions } from '../tests/quality/question-set.ts';
import { loadRealQuestions } from '../tests/quality/real-question-set.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const k: Knowledge = { kb: loaded.kb, lookup: createLookup(loaded.kb), checks: createCheckPort(loaded.kb) };

/** Every text a reader sees in the blocks. */
function visibleChars(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, x) => n + visibleChars(x), 0);
  if (!node || typeof node !== 'object') return 0;
  const o = node as Record<string, unknown>;
  let n = 0;
  for (const [key, v] of Object.entries(o)) {
    if (key === 'text' && typeof v === 'string') n += v.length;
    else if (key !== 'value' && key !== 'url' && key !== 'action_id') n += visibleChars(v);
  }
  return n;
}

function measure(questions: string[]) {
  const rows = questions.map((q) => {
    const message = renderAnswer(answerQuestion(k, q, { shareable: true, forms: true }));
    return { q, chars: visibleChars(message.blocks), blocks: message.blocks.length };
  });
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor((s.length - 1) / 2)]!, p90: s[Math.floor((s.length - 1) * 0.9)]!, max: s.at(-1)! };
  };
  return { questions: rows.length, chars: stat(rows.map((r) => r.chars)), blocks: stat(rows.map((r) => r.blocks)), longest: rows.sort((a, b) => b.chars - a.chars)[0] };
}

const written = measure(loadQuestions().map((q) => q.q));
const real = measure(loadRealQuestions().map((q) => q.q));
if (values.json) console.log(JSON.stringify({ written, real }, null, 2));
else {
  for (const [name, r] of [['written set', written], ['real-question set', real]] as const) {
    console.log(`${name} (${r.questions} questions), first Slack message:`);
    console.log(`  characters  median ${r.chars.median}  p90 ${r.chars.p90}  max ${r.chars.max}`);
    console.log(`  blocks      median ${r.blocks.median}  p90 ${r.blocks.p90}  max ${r.blocks.max}`);
    console.log(`  longest: «${r.longest?.q.slice(0, 80)}»`);
  }
}
