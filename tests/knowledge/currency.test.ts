/**
 * Is the knowledge current? The law as it stands on a day: no repealed section shown as in
 * force, one version of a provision per day, and every in-force provision of the acts and
 * regulations we quote says which Lovdata text it was compared with. Repeals are data: the
 * `repealed` list of a source in knowledge/sources.yaml (see knowledge/README.md).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { statusOn, todayIso } from '../../src/knowledge/status.ts';
import type { Entry } from '../../src/knowledge/schema.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const { kb } = loaded;
const today = todayIso();

const inForceOn = (e: Entry, day: string) => {
  const s = statusOn(e, day);
  return s.status === 'in_force' && !s.pending;
};

/** Sources whose in-force entries must name the Lovdata text they were compared with. */
const COMPARED = ['tiltaksforskriften', 'anskaffelsesloven', 'anskaffelsesforskriften', 'kommuneloven', 'aksjeloven'];

function missingComparison(sources: string[]): string[] {
  return kb.entries
    .filter((e) => sources.includes(e.source) && e.status === 'in_force' && e.verification.compared_with.length === 0)
    .map((e) => e.id);
}

describe('the knowledge is the law as it stands', () => {
  const repeals = [...kb.sources.values()].flatMap((s) => (s.repealed ?? []).map((r) => ({ source: s.id, ...r })));

  it('records the repeals of 2026 as data', () => {
    const loa = repeals.filter((r) => r.source === 'anskaffelsesloven').map((r) => r.section);
    expect(loa).toEqual(expect.arrayContaining(['5', '6', '7']));
    expect(repeals.find((r) => r.source === 'anskaffelsesforskriften' && r.section === '7-9')?.from).toBe('2026-07-01');
  });

  it('shows no repealed section as in force, from the day of the repeal to today', () => {
    let checked = 0;
    for (const r of repeals) {
      for (const e of kb.entries.filter((x) => x.source === r.source && x.section === r.section)) {
        checked++;
        for (const day of [r.from, today].filter((d) => d >= r.from)) {
          expect(inForceOn(e, day), `${e.id} cites ${r.source} § ${r.section}, repealed from ${r.from} by ${r.by}, as in force on ${day}`).toBe(false);
        }
        expect(e.valid_to, `${e.id}: give valid_to, the last day before the repeal`).toBeDefined();
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('ends every version that a newer one supersedes', () => {
    for (const e of kb.entries.filter((x) => x.supersedes)) {
      const old = kb.entryById.get(e.supersedes!)!;
      expect(old.valid_to, `${old.id} is superseded by ${e.id}`).toBeDefined();
      if (inForceOn(e, today)) expect(inForceOn(old, today), `${old.id} and its successor ${e.id} both in force today`).toBe(false);
    }
  });

  it('has one version of a procurement provision in force on each day (other sources have topical entries per section)', () => {
    const days = ['2025-06-01', '2026-03-01', '2026-04-21', '2026-07-01', '2026-09-01', today];
    for (const day of days) {
      const seen = new Map<string, string>();
      for (const e of kb.entries.filter((x) => ['anskaffelsesloven', 'anskaffelsesforskriften'].includes(x.source) && x.section && inForceOn(x, day))) {
        const key = `${e.source} ${e.section} ${e.ledd ?? ''} ${e.bokstav ?? ''}`;
        expect(seen.get(key), `${e.id} and ${seen.get(key)} both state ${key} on ${day}`).toBeUndefined();
        seen.set(key, e.id);
      }
    }
  });

  it('names the text compared with for every in-force entry citing tiltaksforskriften, the procurement act and regulation, kommuneloven and aksjeloven', () => {
    expect(kb.entries.filter((e) => COMPARED.includes(e.source) && e.status === 'in_force').length).toBeGreaterThan(100);
    expect(missingComparison(COMPARED)).toEqual([]);
  });
});
