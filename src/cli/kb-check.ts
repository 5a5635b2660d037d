/** `npm run kb:check [dir]`: validate the knowledge base; every problem as file:line:col field: message. */
import { loadKnowledge } from '../knowledge/load.ts';
import { formatProblem } from '../knowledge/problems.ts';
import { KNOWLEDGE_DIR } from '../config/paths.ts';
import { join } from 'node:path';
import { LockError, readLock } from '../lovdata/lock.ts';
import { LOCK_FILE } from '../knowledge/lovdata/report-file.ts';

const dir = process.argv[2] ?? KNOWLEDGE_DIR;
const result = loadKnowledge(dir);
// The lock kb:lovdata writes is only read by kb:lovdata; a broken one should still show up here, offline.
let lockProblem: string | undefined;
try {
  readLock(join(dir, LOCK_FILE));
} catch (error) {
  if (!(error instanceof LockError)) throw error;
  lockProblem = error.message;
}
if (result.ok && lockProblem) {
  console.error(`${lockProblem} (rewrite it with npm run kb:lovdata -- … --accept)`);
  process.exitCode = 1;
} else if (result.ok) {
  const { kb } = result;
  console.log(`ok: ${kb.entries.length} entries, ${kb.sources.size} sources, ${kb.glossary.terms.length} glossary terms in ${kb.files.length} files (version ${kb.version})`);
} else {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`${result.problems.length} problem(s)`);
  process.exitCode = 1;
}
