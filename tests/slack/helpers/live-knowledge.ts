/** The real knowledge with its checks, for Slack tests that need real check files; loaded once per test file. */
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLookup } from '../../../src/search/lookup.ts';
import { createCheckPort } from '../../../src/conversation/check-adapter.ts';
import { KNOWLEDGE_DIR } from '../../../src/config/paths.ts';
import type { Knowledge } from '../../../src/conversation/knowledge.ts';
import type { KnowledgeBase } from '../../../src/knowledge/load.ts';

const live = loadKnowledge(KNOWLEDGE_DIR);
/** Whether the real knowledge loads (tests that need it are skipped otherwise). */
export const liveLoads = live.ok;
let liveKnowledge: Knowledge | undefined;

/** The real knowledge, or (if it does not load) the harness's mini knowledge with no checks, so the test says so. */
export function liveOrMini(h: { kb: KnowledgeBase }): Knowledge {
  if (!live.ok) return { kb: h.kb, lookup: createLookup(h.kb), checks: null };
  liveKnowledge ??= { kb: live.kb, lookup: createLookup(live.kb), checks: createCheckPort(live.kb) };
  return liveKnowledge;
}
