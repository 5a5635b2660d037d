/** English in, English out: every entry in force has an English summary for an English question. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const { kb } = loaded;

describe('English summaries', () => {
  it('every in-force entry has summary_en (the list names any that lack it)', () => {
    const missing = kb.entries.filter((e) => e.status === 'in_force' && !e.summary_en?.trim()).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('every direct answer line points at an entry that has an English summary too', () => {
    const missing = [...kb.answers.keys()].filter((id) => !kb.entries.find((e) => e.id === id)?.summary_en);
    expect(missing).toEqual([]);
  });
});
