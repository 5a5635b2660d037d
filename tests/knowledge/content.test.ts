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
    for (const e of proposals) expect(e.summary, e.id).toMatch(/forslag/i);
  });

  it('has the adopted chapter 14A complete, §§ 14A-1 to 14A-8, in force from 2026-09-01 and citing tiltaksforskriften', () => {
    const chapter = kb.entries.filter((e) => e.section?.startsWith('14A-'));
    expect(chapter.map((e) => e.section).sort()).toEqual(['14A-1', '14A-2', '14A-3', '14A-4', '14A-5', '14A-6', '14A-7', '14A-8']);
    for (const e of chapter) {
      expect([e.id, e.source, e.status, e.valid_from, e.adopted]).toEqual([e.id, 'tiltaksforskriften', 'in_force', '2026-09-01', '2025-12-18']);
      expect(e.verification.compared_with.map((c) => c.text), e.id).toContain('FOR-2025-12-18-2918');
    }
  });

  it('never shows adopted law as a proposal: nothing from the hearing note on chapter 14 A is proposed or cites a §', () => {
    const hearing = kb.entries.filter((e) => e.source === 'horingsnotat-14a');
    expect(hearing.length).toBeGreaterThan(0);
    for (const e of hearing) {
      expect(e.status, e.id).toBe('background');
      expect(e.section, e.id).toBeUndefined();
    }
    const lawText = kb.entries.filter((e) => e.status === 'in_force' || e.status === 'historical');
    for (const e of lawText) expect([e.title, e.summary].join(' '), e.id).not.toMatch(/ikke vedtatt|foreslått kapittel|forslag til nytt kapittel/i);
  });

  it('has both the AFT rules in force from 2026-01-01 (adopted 2025-08-26) and the earlier ones as history', () => {
    const aft134 = kb.entries.filter((e) => e.source === 'tiltaksforskriften' && e.section === '13-4' && e.ledd === undefined);
    expect(aft134.map((e) => [e.status, e.valid_from ?? null, e.valid_to ?? null, e.adopted ?? null]).sort()).toEqual([
      ['historical', '2016-10-01', '2025-12-31', null],
      ['in_force', '2026-01-01', null, '2025-08-26'],
    ]);
  });

  it('has § 14-5 as rewritten from 2026-01-01 and the old text (with the VTA-O exemption) ending 2025-12-31', () => {
    const whole = kb.entries.filter((e) => e.source === 'tiltaksforskriften' && e.section === '14-5' && e.ledd === undefined);
    expect(whole.map((e) => [e.id, e.status, e.valid_from ?? null, e.valid_to ?? null, e.adopted ?? null]).sort()).toEqual([
      ['tf-14-5', 'in_force', '2026-01-01', null, '2025-12-18'],
      ['tf-14-5-2025', 'historical', null, '2025-12-31', null],
    ]);
    const fourth = kb.entries.filter((e) => e.source === 'tiltaksforskriften' && e.section === '14-5' && e.ledd === 4);
    expect(fourth.map((e) => [e.id, e.valid_to ?? null]).sort()).toEqual([['tf-14-5-4', null], ['tf-14-5-4-2025', '2025-12-31']]);
    expect(kb.entryById.get('tf-14-5-4')!.summary).toMatch(/ideelle/i);
    expect(kb.entryById.get('tf-14-5-4-2025')!.summary).toMatch(/enkeltplasser/i);
  });

  it('cites §§ 14-6 and 14-9 only as read in the texts, with dated versions', () => {
    const sections = (s: string) => kb.entries.filter((e) => e.source === 'tiltaksforskriften' && e.section === s).map((e) => [e.id, e.valid_from ?? null, e.valid_to ?? null]).sort();
    expect(sections('14-6')).toEqual([['tf-14-6', '2026-09-01', null], ['tf-14-6-til-2026-08', null, '2026-08-31']]);
    expect(sections('14-9')).toEqual([['tf-14-9', '2026-01-01', null], ['tf-14-9-2025', null, '2025-12-31']]);
  });

  it('names the text it was compared with for every in-force entry citing tiltaksforskriften', () => {
    const inForce = kb.entries.filter((e) => e.source === 'tiltaksforskriften' && e.status === 'in_force');
    expect(inForce.length).toBeGreaterThan(40);
    for (const e of inForce) expect(e.verification.compared_with.length, e.id).toBeGreaterThan(0);
  });

  it('says «ikke lest» in no caveat of a tiltaksforskriften entry compared with the official text', () => {
    const tf = kb.entries.filter((x) => ['tiltaksforskriften', 'horingsnotat-14a', 'pensjonsreduksjonsforskriften', 'pilotforskriften-vta-o'].includes(x.source));
    for (const e of tf.filter((x) => x.verification.level === 'official_text')) {
      expect(e.verification.unverified ?? '', e.id).not.toMatch(/ikke lest/i);
    }
  });

  it('speaks to users without internal working words', () => {
    for (const e of kb.entries) for (const t of userText(e)) expect(t, e.id).not.toMatch(/\bseed(s|en|ene)?\b|legal-sources\.md|\bseed 00\d/i);
  });

  it('names other provisions by citation or title, never by their internal id', () => {
    const ids = new Set(kb.entries.map((e) => e.id));
    for (const e of kb.entries) {
      for (const t of userText(e)) {
        const named = (t.match(/(?<![\w/-])[a-z][a-z0-9.]*(?:-[a-z0-9.]+)+(?![\w-])/g) ?? []).filter((w) => ids.has(w));
        expect(named, e.id).toEqual([]);
      }
    }
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
