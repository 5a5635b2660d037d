/** `npm run kb:check [dir]`: validate the knowledge base; every problem as file:line:col field: message. */
import { loadKnowledge } from '../knowledge/load.ts';
import { formatProblem } from '../knowledge/problems.ts';
import { KNOWLEDGE_DIR } from '../config/paths.ts';

const dir = process.argv[2] ?? KNOWLEDGE_DIR;
const result = loadKnowledge(dir);
if (result.ok) {
  const { kb } = result;
  console.log(`ok: ${kb.entries.length} entries, ${kb.sources.size} sources, ${kb.glossary.terms.length} glossary terms in ${kb.files.length} files (version ${kb.version})`);
} else {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`${result.problems.length} problem(s)`);
  process.exitCode = 1;
}
