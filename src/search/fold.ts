/**
 * Near-duplicates of one provision folded into one hit. A section and its ledd and
 * bokstav entries often say nearly the same thing in the same words, and took two or
 * three places of a page of three. In ranked order, the first (best-ranked, so usually
 * the most specific that matched) entry of each provision stays; the others ride along
 * as `folded`, for the reply to show as related.
 *
 * A provision is the same source, section and status: the version of § 13-6 in force and
 * the replaced version are different answers and are never folded together.
 */
import type { Entry } from '../knowledge/schema.ts';
import { sectionKey } from './citation-parser.ts';

export function provisionKey(entry: Entry): string | undefined {
  return entry.section === undefined ? undefined : `${entry.source}\u0000${sectionKey(entry.section)}\u0000${entry.status}`;
}

export function foldSameProvision<T extends { entry: Entry }>(ranked: readonly T[]): (T & { folded: Entry[] })[] {
  const out: (T & { folded: Entry[] })[] = [];
  const byKey = new Map<string, T & { folded: Entry[] }>();
  for (const item of ranked) {
    const key = provisionKey(item.entry);
    const first = key === undefined ? undefined : byKey.get(key);
    if (first) {
      first.folded.push(item.entry);
      continue;
    }
    const kept = { ...item, folded: [] as Entry[] };
    if (key !== undefined) byKey.set(key, kept);
    out.push(kept);
  }
  return out;
}
