/**
 * A check's citations must lead somewhere: every entry a check cites is found by the same
 * lookup `ask` uses, when asked for by its citation and title, and every criterion cites
 * at least one entry that `ask "<its provision>"` finds.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { formatCitation } from '../../src/knowledge/citation.ts';
import type { Citation } from '../../src/knowledge/checks/schema.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid; run npm run kb:check');
const kb = loaded.kb;
const lookup = createLookup(kb);

const idsOf = (cites: Citation[]) => cites.map((c) => (typeof c === 'string' ? c : c.entry));
const citationOf = (id: string) => {
  const entry = kb.entryById.get(id)!;
  return formatCitation(entry, kb.sources.get(entry.source)!);
};
/** Ask on a date the entry applies, as a user would for an old rule (`--as-of`). */
const found = (id: string, question: string) => {
  const entry = kb.entryById.get(id)!;
  const asOf = entry.valid_to ?? entry.valid_from ?? '2026-11-22';
  return lookup(question, { top: 5, asOf }).hits.some((h) => h.entry.id === id);
};

const cited = new Set<string>();
const criteria: { where: string; ids: string[] }[] = [];
for (const check of kb.checks) {
  for (const c of check.criteria) {
    idsOf(c.cites).forEach((id) => cited.add(id));
    criteria.push({ where: `${check.id}/${c.id}`, ids: idsOf(c.cites) });
  }
  check.procedure?.forEach((p) => idsOf(p.cites).forEach((id) => cited.add(id)));
  check.routes?.forEach((r) => idsOf(r.cites).forEach((id) => cited.add(id)));
}

describe('what the checks cite, ask finds', () => {
  it.each([...cited].sort())('%s is found by its citation and title', (id) => {
    expect(found(id, `${citationOf(id)} ${kb.entryById.get(id)!.title}`)).toBe(true);
  });

  // "The provision": its citation (§, ledd, bokstav); a statement of a whole guidance document
  // has no section, so there the provision is named by the document and the statement's title.
  const provision = (id: string) => (kb.entryById.get(id)!.section ? citationOf(id) : `${citationOf(id)} ${kb.entryById.get(id)!.title}`);
  it.each(criteria.map((c) => [c.where, c.ids] as const))('%s cites an entry ask finds by its provision', (_, ids) => {
    expect(ids.filter((id) => found(id, provision(id)))).not.toEqual([]);
  });
});
