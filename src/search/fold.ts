/**
 * Near-duplicates of one provision folded into one hit. A section and its ledd and
 * bokstav entries often say nearly the same thing in the same words, and took two or
 * three places of a page of three. In ranked order, the first (best-ranked, so usually
 * the most specific that matched) entry of each provision stays; the others ride along
 * as `folded`, for the reply to show as related.
 *
 * Folded together are a provision and its parts: § 14-5, § 14-5 annet ledd and § 14-5 annet
 * ledd bokstav c. Siblings (annet ledd c and tredje ledd) say different things and stay
 * apart; so do the version in force and a replaced one (same section, other status).
 */
import type { Entry } from '../knowledge/schema.ts';
import { sectionKey } from './citation-parser.ts';

export function provisionKey(entry: Entry): string | undefined {
  return entry.section === undefined ? undefined : `${entry.source}\u0000${sectionKey(entry.section)}\u0000${entry.status}`;
}

/** One entry is the other or a part of it: same ledd (or one is the whole section), same bokstav (or one is the whole ledd). */
export function samePart(a: Entry, b: Entry): boolean {
  const agree = <T>(x: T | undefined, y: T | undefined) => x === undefined || y === undefined || x === y;
  return agree(a.ledd, b.ledd) && agree(a.bokstav, b.bokstav);
}

/**
 * `ranked` in order, each provision's parts folded into its best-ranked part. `keyOf` may
 * give any key equal for entries of one provision (lookup passes precomputed numbers).
 */
export function foldSameProvision<T extends { entry: Entry }>(
  ranked: Iterable<T>,
  keyOf: (item: T) => string | number | undefined = (item) => provisionKey(item.entry),
  enough = Infinity,
): (T & { folded: Entry[] })[] {
  const out: (T & { folded: Entry[] })[] = [];
  const byKey = new Map<string | number, (T & { folded: Entry[] })[]>();
  for (const item of ranked) {
    if (out.length >= enough) break;
    const key = keyOf(item);
    const kin = key === undefined ? [] : (byKey.get(key) ?? []);
    const into = kin.find((k) => samePart(k.entry, item.entry));
    if (into) {
      into.folded.push(item.entry);
      continue;
    }
    const kept = { ...item, folded: [] as Entry[] };
    if (key !== undefined) byKey.set(key, [...kin, kept]);
    out.push(kept);
  }
  return out;
}
