/**
 * English in, English out: every entry in force has an English summary, title and figure
 * labels (and English notes where it has notes), and the English texts keep the Norwegian
 * texts' § numbers, amounts and dates: a translation may not add or drop a number.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import type { Entry } from '../../src/knowledge/schema.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge base invalid: run npm run kb:check');
const { kb } = loaded;
const inForce = kb.entries.filter((e) => e.status === 'in_force');

/** Every pair of a Norwegian text and its English version an entry carries. */
function pairs(e: Entry): { field: string; nb: string; en: string | undefined }[] {
  return [
    { field: 'title', nb: e.title, en: e.title_en },
    ...e.numbers.map((n) => ({ field: `numbers.${n.key}.label`, nb: n.label, en: n.label_en })),
    ...(e.change_note ? [{ field: 'change_note', nb: e.change_note, en: e.change_note_en }] : []),
    ...(e.verification.unverified ? [{ field: 'verification.unverified', nb: e.verification.unverified, en: e.verification.unverified_en }] : []),
  ];
}

/**
 * The numbers of a text, written one way: «01.07.2026» and "2026-07-01" are one date, «1,63»
 * and "1.63" one amount, «500 000» and "500 000" the same digits.
 */
function numbersOf(text: string): string[] {
  const dated = text.replace(/\b(\d{2})\.(\d{2})\.(\d{4})\b/g, '$3-$2-$1');
  // A set: an English gloss may repeat a number («kapittel 14A» (chapter 14A)), never add or drop one.
  return [...new Set((dated.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(',', '.')))].sort();
}

/** «§ 14-5», «§§ 8-8, 16-9»: the sections a text cites, as written. */
function sectionsOf(text: string): string[] {
  return [...new Set((text.match(/§+\s*[\dA-Z][\w -]*?(?=[\s,;:.)]|$)/g) ?? []).map((s) => s.replace(/\s+/g, ' ')))].sort();
}

describe('English texts of the entries in force', () => {
  it('every in-force entry has summary_en (the list names any that lack it)', () => {
    const missing = inForce.filter((e) => !e.summary_en?.trim()).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('every in-force entry has title_en, label_en on every figure, and English notes where it has notes', () => {
    const missing = inForce.flatMap((e) => pairs(e).filter((p) => !p.en?.trim()).map((p) => `${e.id} ${p.field}`));
    expect(inForce.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('every entry not in force has English notes where it has notes (an older § is shown with what replaced it, guidance and background with their doubts)', () => {
    const shown = kb.entries.filter((e) => e.status !== 'in_force');
    const notes = shown.flatMap((e) => pairs(e).filter((p) => p.field === 'change_note' || p.field === 'verification.unverified').map((p) => ({ id: e.id, ...p })));
    expect(notes.length).toBeGreaterThan(80);
    expect(notes.filter((p) => !p.en?.trim()).map((p) => `${p.id} ${p.field}`)).toEqual([]);
  });

  it('every entry, in force or not, has an English title (older, guidance and background hits are shown too)', () => {
    expect(kb.entries.filter((e) => !e.title_en?.trim()).map((e) => e.id)).toEqual([]);
  });

  it('the English texts keep every number, date and § of the Norwegian ones, in every entry', () => {
    const differ = kb.entries.flatMap((e) =>
      pairs(e)
        .filter((p) => p.en && (numbersOf(p.nb).join(' ') !== numbersOf(p.en).join(' ') || sectionsOf(p.nb).join(' ') !== sectionsOf(p.en).join(' ')))
        .map((p) => `${e.id} ${p.field}: ${numbersOf(p.nb).join(' ')} ≠ ${numbersOf(p.en!).join(' ')}`),
    );
    expect(differ).toEqual([]);
  });

  it('has no English note without the Norwegian note it translates, in any entry', () => {
    const orphans = kb.entries.flatMap((e) => [
      ...(e.change_note_en && !e.change_note ? [`${e.id} change_note_en`] : []),
      ...(e.verification.unverified_en && !e.verification.unverified ? [`${e.id} unverified_en`] : []),
    ]);
    expect(orphans).toEqual([]);
  });

  it('the English part of every check keeps the numbers and §§ of the Norwegian texts it translates', () => {
    const bare = (t: string) => t.replace(/\{[^}]*\}/g, '');
    const differ = kb.checks.flatMap((c) => {
      const en = c.english;
      if (!en) return [`${c.id}: no english part`];
      const pairs: [string, string, string | undefined][] = [
        ...Object.entries(en.facts).flatMap(([name, t]) => {
          const f = c.facts.find((x) => x.name === name);
          return [[`facts.${name}.question`, t.question, f?.question], [`facts.${name}.help`, t.help, f?.help]].filter((p) => p[1]) as [string, string, string | undefined][];
        }),
        ...Object.entries(en.criteria).flatMap(([id, t]) => Object.entries(t).map(([k, v]) => [`criteria.${id}.${k}`, v, (c.criteria.find((x) => x.id === id) as Record<string, unknown> | undefined)?.[k] as string | undefined] as [string, string, string | undefined])),
        ...Object.entries(en.routes).flatMap(([id, t]) => Object.entries(t).map(([k, v]) => [`routes.${id}.${k}`, v, (c.routes?.find((x) => x.id === id) as Record<string, unknown> | undefined)?.[k] as string | undefined] as [string, string, string | undefined])),
        ...Object.entries(en.outcomes).map(([id, v]) => [`outcomes.${id}`, v, c.outcomes.find((o) => o.id === id)?.text] as [string, string, string | undefined]),
      ];
      return pairs
        .filter(([, e, n]) => !n || numbersOf(bare(n)).join(' ') !== numbersOf(bare(e)).join(' ') || sectionsOf(n).join(' ') !== sectionsOf(e).join(' '))
        .map(([path]) => `${c.id} ${path}`);
    });
    expect(differ).toEqual([]);
  });

  it('every direct answer line points at an entry that has an English summary too', () => {
    const missing = [...kb.answers.keys()].filter((id) => !kb.entries.find((e) => e.id === id)?.summary_en);
    expect(missing).toEqual([]);
  });
});
