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
import { inOrder } from './first-in-order.ts';

export function provisionKey(entry: Entry): string | undefined {
  return entry.section === undefined ? undefined : `${entry.source}\u0000${sectionKey(entry.section)}\u0000${entry.status}`;
}

const agree = <T>(x: T | undefined, y: T | undefined) => x === undefined || y === undefined || x === y;

/** One entry is the other or a part of it: same ledd (or one is the whole section), same bokstav (or one is the whole ledd). */
export function samePart(a: Entry, b: Entry): boolean {
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
    const kin = key === undefined ? undefined : byKey.get(key);
    const into = kin?.find((k) => samePart(k.entry, item.entry));
    if (into) {
      into.folded.push(item.entry);
      continue;
    }
    const kept = { ...item, folded: [] as Entry[] };
    if (key !== undefined) {
      if (kin) kin.push(kept);
      else byKey.set(key, [kept]);
    }
    out.push(kept);
  }
  return out;
}

/** The part of a provision an entry is, as a key: entries with equal keys always fold together. */
export function partKey(entry: Entry): string | undefined {
  const provision = provisionKey(entry);
  return provision === undefined ? undefined : `${provision}\u0000${entry.ledd ?? ''}\u0000${entry.bokstav ?? ''}`;
}

export interface FoldItems {
  /** Items 0 … count − 1, in no particular order; item i is the entry at position `pos[i]`. */
  count: number;
  pos: Int32Array;
  entries: readonly Entry[];
  /** A total order of the items (ranked order). */
  compare: (a: number, b: number) => number;
  /** By entry position: equal for entries of one provision (as `keyOf` of foldSameProvision). */
  provisionAt: Int32Array;
  /** By entry position: equal for entries of one provision with the same ledd and bokstav (partKey), in 0 … parts − 1. */
  partAt: Int32Array;
  parts: number;
}

/**
 * The same as foldSameProvision(all items in ranked order, provisionAt, enough), without
 * putting every item in order: a large corpus (the 100× benchmark copies every provision
 * a hundred times) can have thousands of hits fold into a page of five.
 *
 * Items of one part (same provision, ledd and bokstav) always land together: only the
 * best-ranked of a part can be kept, and the others fold where it went. So the parts' best
 * items alone, in order, decide which items are kept and where the fold stops (the item
 * that makes `enough`); then only the items ranked before that point are put in order, to
 * fill the folded lists as the full fold would. Returns the kept items and their folded entries.
 */
export function foldFirst(items: FoldItems, enough: number): { kept: number[]; folded: Entry[][] } {
  const { count, pos, entries, compare, provisionAt, partAt } = items;
  if (enough <= 0) return { kept: [], folded: [] };
  const { best, into, stamp, now } = scratchFor(items.parts);
  // best[part]: the part's best-ranked item; into[part]: the kept item (index in `kept`)
  // its items fold into, −1 until known. Valid where stamp[part] is now.
  for (let i = 0; i < count; i++) {
    const part = partAt[pos[i]!]!;
    if (stamp[part] !== now) {
      stamp[part] = now;
      best[part] = i;
      into[part] = -1;
    } else if (compare(i, best[part]!) < 0) best[part] = i;
  }
  const reps: number[] = [];
  for (let i = 0; i < count; i++) if (best[partAt[pos[i]!]!] === i) reps.push(i);
  const kept: number[] = [];
  const kin = new Map<number, number[]>();
  let last = -1;
  for (const r of inOrder(reps.length, (a, b) => compare(reps[a]!, reps[b]!))) {
    if (kept.length >= enough) break;
    const item = reps[r]!;
    const entry = entries[pos[item]!]!;
    const provision = provisionAt[pos[item]!]!;
    const keptOfProvision = kin.get(provision) ?? [];
    const k = keptOfProvision.find((j) => samePart(entries[pos[kept[j]!]!]!, entry));
    if (k === undefined) {
      into[partAt[pos[item]!]!] = kept.length;
      keptOfProvision.push(kept.length);
      kin.set(provision, keptOfProvision);
      kept.push(item);
    } else into[partAt[pos[item]!]!] = k;
    last = item;
  }
  // The full fold stops right after the item that made `enough`; every item before it that
  // was not kept is folded, in ranked order.
  const stop = kept.length >= enough ? last : -1;
  const before: number[] = [];
  for (let i = 0; i < count; i++) {
    const part = partAt[pos[i]!]!;
    const k = into[part]!;
    if (k >= 0 && kept[k] === i) continue;
    if (stop < 0 || compare(i, stop) < 0) before.push(i);
  }
  before.sort(compare);
  const folded = kept.map((): Entry[] => []);
  for (const i of before) folded[into[partAt[pos[i]!]!]!]!.push(entries[pos[i]!]!);
  return { kept, folded };
}

// Per-part scratch for foldFirst, reused by every call (it runs to the end before the next
// one starts) and cleared by generation, not filled: there can be as many parts as entries.
let scratch = { best: new Int32Array(0), into: new Int32Array(0), stamp: new Int32Array(0), now: 0 };

function scratchFor(parts: number): typeof scratch {
  if (scratch.stamp.length < parts) scratch = { best: new Int32Array(parts), into: new Int32Array(parts), stamp: new Int32Array(parts), now: 0 };
  scratch.now++;
  return scratch;
}
