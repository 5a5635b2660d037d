/**
 * Lookups as of a date, OpenFisca style: tests/knowledge/dated/*.yaml give a question and a
 * date, and what the answer must cite first, with which status and numbers, and what it must
 * not show at all that day. One file per change of the law, with cases before and after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { numbersOn } from '../../src/knowledge/status.ts';
import { IsoDate, Status } from '../../src/knowledge/schema.ts';

const Expected = z
  .object({
    /** The entry id that must come first. */
    first: z.string(),
    /** Its citation, exactly as shown to users. */
    citation: z.string().optional(),
    status: Status.optional(),
    /** Adopted, but not yet in force on the date. */
    pending: z.boolean().optional(),
    /** Numbers of the first hit that apply on the date: key → value. */
    numbers: z.record(z.string(), z.number()).optional(),
    /** Entry ids that must be among the top three. */
    top3: z.array(z.string()).default([]),
    /** Entry ids that must not appear anywhere in the answer (e.g. adopted only later). */
    absent: z.array(z.string()).default([]),
  })
  .strict();
const Case = z.object({ name: z.string(), question: z.string(), as_of: IsoDate, expect: Expected }).strict();
const File = z.object({ cases: z.array(Case).min(1) }).strict();

const dir = join(import.meta.dirname, 'dated');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const cases = files.flatMap((f) => File.parse(parse(readFileSync(join(dir, f), 'utf8'))).cases.map((c) => ({ ...c, file: f })));

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const lookup = createLookup(loaded.kb);

describe('lookups as of a date (tests/knowledge/dated/*.yaml)', () => {
  it('has cases, with unique names', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s', (_, c) => {
    const result = lookup(c.question, { asOf: c.as_of, top: 1000 });
    const want = c.expect;
    const first = result.hits[0];
    expect(first?.entry.id, 'first hit').toBe(want.first);
    if (want.citation) expect(first!.citation).toBe(want.citation);
    if (want.status) expect(first!.status).toBe(want.status);
    if (want.pending !== undefined) expect(first!.pending).toBe(want.pending);
    if (want.numbers) {
      const applying = Object.fromEntries(numbersOn(first!.entry, c.as_of).map((n) => [n.key, n.value]));
      for (const [key, value] of Object.entries(want.numbers)) expect(applying[key], `number ${key}`).toBe(value);
    }
    const top3 = result.hits.slice(0, 3).map((h) => h.entry.id);
    for (const id of want.top3) expect(top3, `top 3 has ${id}`).toContain(id);
    const all = result.hits.map((h) => h.entry.id);
    for (const id of want.absent) expect(all, `${id} not shown on ${c.as_of}`).not.toContain(id);
  });
});
