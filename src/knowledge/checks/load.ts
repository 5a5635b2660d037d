/**
 * Reading `knowledge/checks/*.yaml`: each file holds one check, validated against the
 * schema and then against the entries it cites. Called by the knowledge loader, so
 * `kb:check`, the bot and the tests see exactly the same checks.
 */
import type { Entry } from '../schema.ts';
import type { Problem } from '../problems.ts';
import type { Located } from '../validate.ts';
import { check as checkAgainst, readYaml } from '../yaml-file.ts';
import { Check } from './schema.ts';
import { validateChecks } from './validate.ts';

export interface CheckFile {
  /** Path as shown in problems. */
  file: string;
  text: string;
}

export function loadChecks(files: CheckFile[], entryById: ReadonlyMap<string, Entry>, seenEntryIds: ReadonlySet<string>): { checks: Check[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const located: Located<Check>[] = [];
  for (const { file, text } of files) {
    const parsed = readYaml(file, text);
    const item = parsed.data === undefined ? undefined : checkAgainst(parsed, [], parsed.data, Check);
    if (item) located.push({ item, file, path: '', at: (f) => parsed.locate(f) });
    problems.push(...parsed.problems);
  }
  problems.push(...validateChecks(located, entryById, seenEntryIds));
  return { checks: located.map((l) => l.item), problems };
}
