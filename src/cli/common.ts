/** Helpers shared by the command-line tools. */
import { loadKnowledge, type KnowledgeBase } from '../knowledge/load.ts';
import { formatProblem, type Problem } from '../knowledge/problems.ts';
import { KNOWLEDGE_DIR } from '../config/paths.ts';
import { IsoDate } from '../knowledge/schema.ts';

/** Exit code for bad usage, as the CLI contract says. */
const USAGE_EXIT = 2;

export class UsageError extends Error {}

export function loadKnowledgeOrExit(): KnowledgeBase {
  const result = loadKnowledge(KNOWLEDGE_DIR);
  if (result.ok) return result.kb;
  exitWithProblems(result.problems);
}

/** Every problem as file:line:col field: message, then exit 1: there is no last good version to fall back on. */
export function exitWithProblems(problems: Problem[]): never {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`The knowledge base has ${problems.length} problem(s); run \`npm run kb:check\`.`);
  process.exit(1);
}

export function parseAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!IsoDate.safeParse(value).success) throw new UsageError(`--as-of needs a real date as YYYY-MM-DD, e.g. --as-of 2025-06-01 (got "${value}")`);
  return value;
}

export function parsePositiveInt(flag: string, value: string | undefined, fallback: number, max = 50): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${flag} needs a whole number from 1 to ${max}, e.g. ${flag} 3 (got "${value}")`);
  return n;
}

/** Run a CLI main, turning usage errors into one line on stderr and exit code 2. */
export async function runCli(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${(err as Error).message.split('\n')[0]}`);
      process.exitCode = USAGE_EXIT;
      return;
    }
    throw err;
  }
}
