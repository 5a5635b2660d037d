/**
 * Legal numbers come from the knowledge, on the date asked about: the 30 % of
 * anskaffelsesforskriften § 8-8 is read from that entry's `numbers`, with their
 * valid_from / valid_to, never from the code.
 */
import type { Entry, RuleNumber } from '../knowledge/schema.ts';
import { numbersOn } from '../knowledge/status.ts';
import type { NumberRef } from '../knowledge/checks/schema.ts';

/** The knowledge has no value for a number on the date asked: the check cannot answer for that date. */
export class NoRuleValueError extends Error {
  constructor(
    readonly ref: NumberRef,
    readonly asOf: string,
  ) {
    super(`the knowledge base has no value for ${ref.entry} ${ref.number} in force on ${asOf}`);
  }
}

/**
 * The number in force on `asOf`; when several are, the one that started last. When the
 * entry states none for that day and `entryById` is given, the versions it `supersedes`
 * are asked in turn: the 100 000 kr limit of the old anskaffelsesloven § 2 answers for
 * 2025 when a check refers to the current § 2 (500 000 kr from 2026-07-01).
 */
export function numberOn(entry: Entry | undefined, ref: NumberRef, asOf: string, entryById?: ReadonlyMap<string, Entry>): RuleNumber {
  const seen = new Set<string>();
  for (let e = entry; e && !seen.has(e.id); e = e.supersedes ? entryById?.get(e.supersedes) : undefined) {
    seen.add(e.id);
    const candidates = numbersOn(e, asOf).filter((n) => n.key === ref.number);
    const latest = candidates.sort((a, b) => (b.valid_from ?? '').localeCompare(a.valid_from ?? ''))[0];
    if (latest) return latest;
  }
  throw new NoRuleValueError(ref, asOf);
}
