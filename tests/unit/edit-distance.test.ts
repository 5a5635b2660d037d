import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/search/edit-distance.ts';
import { SortedVocabulary } from '../../src/search/sorted-vocabulary.ts';

/** Textbook optimal-string-alignment distance, full matrix, no bound. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'r', 'ø', 'å'), maxLength: 12 });

describe('bounded edit distance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(boundedEditDistance('medfinansiering', 'medfinansiernig', 3)).toBe(1);
    expect(boundedEditDistance('kontrakt', 'kontrakt', 2)).toBe(0);
    expect(boundedEditDistance('ombygging', 'omlegging', 2)).toBe(2);
    expect(boundedEditDistance('ombygging', 'omlegging', 1)).toBe(2);
  });

  it('equals the unbounded distance when within the bound, and bound + 1 otherwise', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sorted vocabulary', () => {
  it('finds the longer words with a prefix, and the near words with the same first letters', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40, size: 'max' }), word, fc.integer({ min: 1, max: 3 }), (terms, q, max) => {
        const v = new SortedVocabulary(terms);
        const prefixed = terms.filter((t) => t.startsWith(q) && t.length > q.length).sort();
        expect([...v.withPrefix(q)].map((id) => terms[id])).toEqual(prefixed);
        const sameStart = (t: string) => t[0] === q[0] || (q.length > 1 && t.startsWith(q[1]! + q[0]!));
        const near = terms.filter((t) => q.length > 0 && sameStart(t) && !t.startsWith(q) && osa(q, t) > 0 && osa(q, t) <= max);
        expect(v.near(q, max).map(({ id }) => terms[id]).sort()).toEqual(near.sort());
        for (const { id, distance } of v.near(q, max)) expect(distance).toBe(osa(q, terms[id]!));
        for (const t of terms) expect(v.has(t)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
