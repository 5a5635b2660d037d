/**
 * The index's terms in sorted order, so every term that begins with a prefix is one
 * contiguous range found by binary search, and fuzzy candidates can be narrowed to the
 * few ranges that begin with the right letters.
 */
import { boundedEditDistance } from './edit-distance.ts';

export class SortedVocabulary {
  /** Term ids in the sorted order of their terms. */
  readonly order: Int32Array;
  private readonly sorted: string[];

  constructor(private readonly terms: readonly string[]) {
    const ids = Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
    this.order = Int32Array.from(ids);
    this.sorted = ids.map((id) => terms[id]!);
  }

  /** Position of the first term ≥ `s`. */
  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Ids of the terms that begin with `prefix` and are longer than it, in sorted order. */
  *withPrefix(prefix: string): Generator<number> {
    for (let i = this.lowerBound(prefix); i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) {
      if (this.sorted[i]!.length > prefix.length) yield this.order[i]!;
    }
  }

  /**
   * Terms within `max` edits of `term` that do not begin with it (those are prefix
   * matches). Only terms that begin with the same letter, or with its first two letters
   * swapped, are compared: a mistyped first letter is rare, and this keeps the cost to a
   * small slice of the vocabulary however large it grows.
   */
  near(term: string, max: number): { id: number; distance: number }[] {
    const found: { id: number; distance: number }[] = [];
    const starts = new Set([term.slice(0, 1)]);
    if (term.length > 1 && term[0] !== term[1]) starts.add(term[1]! + term[0]!);
    for (const start of starts) {
      for (let i = this.lowerBound(start); i < this.sorted.length && this.sorted[i]!.startsWith(start); i++) {
        const candidate = this.sorted[i]!;
        if (Math.abs(candidate.length - term.length) > max || candidate.startsWith(term)) continue;
        const distance = boundedEditDistance(term, candidate, max);
        if (distance > 0 && distance <= max) found.push({ id: this.order[i]!, distance });
      }
    }
    return found;
  }

  has(term: string): boolean {
    const i = this.lowerBound(term);
    return this.sorted[i] === term;
  }

  get size(): number {
    return this.terms.length;
  }
}
