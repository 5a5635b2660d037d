/** Invariants of the real knowledge base that the schema alone cannot express. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { todayIso } from '../../src/knowledge/status.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const { kb } = loaded;

/** Text a user reads in an answer. */
function userText(e: (typeof kb.entries)[number]): string[] {
  return [e.title, e.summary, e.summary_en ?? '', e.change_note ?? '', e.verification.unverified ?? '', ...e.numbers.flatMap((n) => [n.label, n.note ?? ''])];
}

describe('knowledge content', () => {
  it('makes every proposal say so in its own summary', () => {
    const proposals = kb.entries.filter((e) => e.status === 'proposed');
    expect(proposals.length).toBeGreaterThanOrEqual(8);
    for (const e of proposals) expect(e.summary, e.id).toMatch(/forslag/i);
  });

  it('covers the proposed chapter 14 A section by section', () => {
    const sections = kb.entries.filter((e) => e.source === 'horingsnotat-14a' && e.section?.startsWith('14 A-')).map((e) => e.section);
    expect(new Set(sections)).toEqual(new Set(['14 A-1', '14 A-2', '14 A-3', '14 A-4', '14 A-5', '14 A-6', '14 A-7', '14 A-8']));
  });

  it('has both the AFT rules in force from 2026-01-01 and the earlier ones as history', () => {
    const aft134 = kb.entries.filter((e) => e.source === 'tiltaksforskriften' && e.section === '13-4' && e.ledd === undefined);
    expect(aft134.map((e) => [e.status, e.valid_from ?? null, e.valid_to ?? null]).sort()).toEqual([
      ['historical', null, '2025-12-31'],
      ['in_force', '2026-01-01', null],
    ]);
  });

  it('never cites §§ 14-6 or 14-9, whose content could not be verified', () => {
    expect(kb.entries.filter((e) => e.source === 'tiltaksforskriften' && ['14-6', '14-9'].includes(e.section ?? ''))).toEqual([]);
  });

  it('speaks to users without internal working words', () => {
    for (const e of kb.entries) for (const t of userText(e)) expect(t, e.id).not.toMatch(/\bseed(s|en|ene)?\b|legal-sources\.md|\bseed 00\d/i);
  });

  it('is never verified in the future', () => {
    for (const e of kb.entries) expect(e.verification.last_verified <= todayIso(), e.id).toBe(true);
  });

  it('takes today as the date in Norway, not UTC', () => {
    expect(todayIso(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-07-01T12:00:00Z'))).toBe('2026-07-01');
  });
});
