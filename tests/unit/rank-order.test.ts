import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInOrder, inOrder } from '../../src/search/first-in-order.ts';
import { orderByScore } from '../../src/search/rank-order.ts';

describe('orderByScore (radix sort of hits)', () => {
  it('orders by descending score, equal scores by document number, exactly as a comparison sort', () => {
    // Few distinct values and neighbouring doubles, so ties and differences in the last bit both occur.
    const scoreArb = fc.oneof(fc.constantFrom(1, 2.5, 1 + Number.EPSILON, 1e-9, 7e4), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(scoreArb, { minLength: 1, maxLength: 600, size: 'max' }), fc.integer({ min: 0, max: 1 << 30 }), (values, seed) => {
        const score = new Float64Array(values.length + 10);
        values.forEach((v, i) => (score[i + 10] = v));
        // A random subset of documents, ascending, as the index hands them over.
        const docs = Int32Array.from(values.keys(), (i) => i + 10).filter((d) => ((d * 2654435761 + seed) >>> 7) % 3 !== 0);
        const expected = Array.from(docs).sort((a, b) => score[b]! - score[a]! || a - b);
        expect(Array.from(orderByScore(docs, score))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('firstInOrder (a page without sorting everything)', () => {
  it('equals sorting all and taking the first k', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ s: fc.integer({ min: 0, max: 20 }), id: fc.nat() }), { maxLength: 300, size: 'max' }), fc.integer({ min: 0, max: 80 }), (items, k) => {
        const cmp = (a: number, b: number) => items[b]!.s - items[a]!.s || items[a]!.id - items[b]!.id;
        const sorted = Array.from(items.keys()).sort(cmp);
        expect(firstInOrder(items.length, k, cmp)).toEqual(sorted.slice(0, k));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps input order among items that compare equal, as a stable sort does', () => {
    const s = [1, 2, 1, 2, 1];
    expect(firstInOrder(s.length, 3, (a, b) => s[b]! - s[a]!)).toEqual([1, 3, 0]);
  });
});

describe('inOrder (hits one at a time, for folding)', () => {
  it('yields every item in the order of a full sort (total orders, as lookup compares by score then id)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ s: fc.integer({ min: 0, max: 20 }), id: fc.nat() }), { selector: (r) => r.id, maxLength: 300 }), (items) => {
        const cmp = (a: number, b: number) => items[b]!.s - items[a]!.s || items[a]!.id - items[b]!.id;
        expect([...inOrder(items.length, cmp)]).toEqual(Array.from(items.keys()).sort(cmp));
      }),
      { numRuns: 500 },
    );
  });

  it('can stop early: the first k equal the first k of a sort', () => {
    const s = [5, 1, 4, 2, 3];
    const it = inOrder(s.length, (a, b) => s[b]! - s[a]!);
    expect([it.next().value, it.next().value]).toEqual([0, 2]);
  });
});
