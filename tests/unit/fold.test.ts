import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { foldFirst, foldSameProvision, partKey, provisionKey } from '../../src/search/fold.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import type { Entry } from '../../src/knowledge/schema.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid');
// Sections with many parts (a section, its ledd and bokstav entries), some versions, and entries without a section.
const pool = loaded.kb.entries.filter((e) => /^(14-5|14-3|13-6|14 A-\d)$/.test(e.section ?? '') || e.section === undefined).slice(0, 60);

describe('foldFirst (folding many hits without ordering them all)', () => {
  it('keeps and folds exactly as foldSameProvision over the items in ranked order', () => {
    const numbers = (keyOf: (e: Entry) => string) => {
      const ids = new Map<string, number>();
      return (e: Entry) => ids.get(keyOf(e)) ?? (ids.set(keyOf(e), ids.size), ids.size - 1);
    };
    fc.assert(
      fc.property(
        // Copies of pool entries (as the 100× benchmark copies every entry), with scores that often tie.
        fc.array(fc.record({ entry: fc.nat({ max: pool.length - 1 }), score: fc.integer({ min: 0, max: 12 }) }), { minLength: 0, maxLength: 400, size: 'max' }),
        fc.integer({ min: 1, max: 30 }),
        (raw, enough) => {
          const items = raw.map((r, i) => ({ entry: { ...pool[r.entry]!, id: `${pool[r.entry]!.id}.x${i}` }, score: r.score, order: i }));
          const compare = (a: number, b: number) => items[b]!.score - items[a]!.score || items[a]!.order - items[b]!.order;
          const provisionNumber = numbers((e) => provisionKey(e) ?? `\u0001${e.id}`);
          const partNumber = numbers((e) => partKey(e) ?? `\u0001${e.id}`);
          const provisionOf = Int32Array.from(items, (it) => provisionNumber(it.entry));
          const partOf = Int32Array.from(items, (it) => partNumber(it.entry));
          const ranked = Array.from(items.keys()).sort(compare).map((i) => ({ entry: items[i]!.entry, i }));
          const expected = foldSameProvision(ranked, (r) => provisionOf[r.i], enough).map((r) => [r.i, r.folded.map((e) => e.id)]);
          const got = foldFirst(
            // Items are the entries themselves here: item i is entry i.
            { count: items.length, pos: Int32Array.from(items.keys()), entries: items.map((it) => it.entry), compare, provisionAt: provisionOf, partAt: partOf, parts: Math.max(...partOf, -1) + 1 },
            enough,
          );
          expect(got.kept.map((i, k) => [i, got.folded[k]!.map((e) => e.id)])).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
