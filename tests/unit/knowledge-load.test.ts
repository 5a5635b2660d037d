import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadKnowledge, MAX_FILE_BYTES } from '../../src/knowledge/load.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { writeFileSync } from 'node:fs';
import { copyMiniKb, MINI_KB } from '../helpers/kb-fixture.ts';
import { z } from 'zod';
import { check, PARSES_BEFORE_COMPILING, readYaml } from '../../src/knowledge/yaml-file.ts';

function problemsOf(dir: string): string[] {
  const r = loadKnowledge(dir);
  if (r.ok) return [];
  return r.problems.map((p) => formatProblem({ ...p, file: p.file }).replace(/[^\s(]*kb-[^/]+\//g, ''));
}

describe('loadKnowledge', () => {
  it('loads the mini knowledge base with every entry and a content version', () => {
    const r = loadKnowledge(MINI_KB);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kb.entries.map((e) => e.id)).toEqual(['tf-14-5', 'tf-14-5-2-c', 'tf-13-4-2025', 'tf-13-4', 'hn14a-14a-6', 'prins-2-4']);
    expect(r.kb.version).toMatch(/^[0-9a-f]{12}$/);
    expect(r.kb.lastVerified).toBe('2026-11-22');
  });

  it('changes version when any file changes', () => {
    const a = loadKnowledge(copyMiniKb());
    const b = loadKnowledge(copyMiniKb({ 'entries/vta.yaml': (t) => t.replace('Forbud mot utbytte', 'Forbud mot utbytte til eiere') }));
    expect(a.ok && b.ok && a.kb.version !== b.kb.version).toBe(true);
  });

  it('reports a schema error with file, line, column and field', () => {
    const dir = copyMiniKb({ 'entries/vta.yaml': (t) => t.replace('valid_to: "2025-12-31"', 'valid_to: "2025-13-31"') });
    expect(problemsOf(dir)).toEqual(['entries/vta.yaml:33:15 entries.2.valid_to: not a real calendar date']);
  });

  it('reports an unquoted section number (YAML would read 14.5 as a number)', () => {
    const dir = copyMiniKb({ 'entries/vta.yaml': (t) => t.replace('section: "13-4"', 'section: 13.4') });
    expect(problemsOf(dir)[0]).toMatch(/^entries\/vta\.yaml:30:14 entries\.2\.section: .*string/);
  });

  it('reports unknown keys instead of ignoring them', () => {
    const dir = copyMiniKb({ 'entries/vta.yaml': (t) => t.replace('    keywords: [utleie, eiendom]', '    keywords: [utleie, eiendom]\n    keyword: [typo]') });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^entries\/vta\.yaml:\d+:\d+ entries\.5: .*keyword/)]);
  });

  it('reports YAML syntax errors and duplicate keys with position', () => {
    const dir = copyMiniKb({ 'entries/vta.yaml': (t) => t.replace('    title: Forbud mot utbytte', '    title: Forbud mot utbytte\n    title: igjen') });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^entries\/vta\.yaml:21:5 \(file\): YAML: Map keys must be unique/)]);
  });

  it('reports duplicate ids, unresolved references and unknown sources', () => {
    const dir = copyMiniKb({
      'entries/vta.yaml': (t) =>
        t
          .replace('id: prins-2-4', 'id: tf-14-5')
          .replace('related: [tf-14-5-2-c]', 'related: [tf-14-5-2-x]')
          .replace('supersedes: tf-13-4-2025', 'supersedes: tf-13-4-1999')
          .replace('source: prinsipputtalelsen', 'source: prinsipp'),
    });
    expect(problemsOf(dir).sort()).toEqual(
      [
        'entries/vta.yaml:69:9 entries.5.id: duplicate entry id "tf-14-5" (first in entries/vta.yaml)',
        'entries/vta.yaml:10:15 entries.0.related.0: unknown entry "tf-14-5-2-x"',
        'entries/vta.yaml:46:17 entries.3.supersedes: unknown entry "tf-13-4-1999"',
        'entries/vta.yaml:70:13 entries.5.source: unknown source "prinsipp"',
      ].sort(),
    );
  });

  it('never lets a proposal pass as law in force', () => {
    const dir = copyMiniKb({ 'entries/vta.yaml': (t) => t.replace('status: proposed', 'status: in_force') });
    expect(problemsOf(dir)).toEqual([
      'entries/vta.yaml:63:13 entries.4.status: cites the proposal "horingsnotat-14a" but has status "in_force"; a proposal is proposed, or background once the rule it proposed was decided',
    ]);
  });

  it('rejects dates out of order and historical entries without an end date', () => {
    const dir = copyMiniKb({
      'entries/vta.yaml': (t) => t.replace('valid_from: "2026-01-01"', 'valid_from: "2026-01-01"\n    valid_to: "2025-01-01"').replace('    valid_to: "2025-12-31"\n', ''),
    });
    expect(problemsOf(dir).sort()).toEqual([
      expect.stringMatching(/entries\.2\.valid_to: a historical entry needs valid_to/),
      expect.stringMatching(/entries\.3\.valid_to: valid_to 2025-01-01 is before valid_from 2026-01-01/),
    ]);
  });

  it('reports a missing required field at its parent', () => {
    const dir = copyMiniKb({ 'sources.yaml': (t) => t.replace('    cite_as: tiltaksforskriften\n', '') });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^sources\.yaml:2:5 sources\.0\.cite_as: /)]);
  });

  it('loads phrasings and direct answers keyed by entry id', () => {
    const dir = copyMiniKb();
    writeFileSync(join(dir, 'phrasings.yaml'), 'phrasings:\n  tf-14-5-2-c: [kan eierne ta ut utbytte]\n');
    writeFileSync(
      join(dir, 'answers.yaml'),
      'answers:\n  tf-14-5-2-c:\n    kind: yes_no\n    nb: Nei, utbytte er forbudt (§ 14-5 c).\n    en: No, dividends are banned (§ 14-5 c).\n',
    );
    const r = loadKnowledge(dir);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kb.phrasings.get('tf-14-5-2-c')).toEqual(['kan eierne ta ut utbytte']);
    expect(r.kb.answers.get('tf-14-5-2-c')?.kind).toBe('yes_no');
  });

  it('reports a phrasing or answer for an entry that does not exist, with its line', () => {
    const dir = copyMiniKb();
    writeFileSync(join(dir, 'phrasings.yaml'), 'phrasings:\n  tf-14-5-2-c: [kan eierne ta ut utbytte]\n  tf-99-9: [finnes ikke]\n');
    writeFileSync(join(dir, 'answers.yaml'), 'answers:\n  tf-14-5-9:\n    kind: who\n    nb: Ingen slik bestemmelse.\n    en: No such provision.\n');
    expect(problemsOf(dir)).toEqual(['phrasings.yaml:3:12 phrasings.tf-99-9: unknown entry "tf-99-9"', 'answers.yaml:3:5 answers.tf-14-5-9: unknown entry "tf-14-5-9"']);
  });

  it('reports a direct answer without its English line', () => {
    const dir = copyMiniKb();
    writeFileSync(join(dir, 'answers.yaml'), 'answers:\n  tf-14-5-2-c:\n    kind: yes_no\n    nb: Nei, utbytte er forbudt (§ 14-5 c).\n');
    expect(problemsOf(dir)[0]).toMatch(/^answers\.yaml:3:5 answers\.tf-14-5-2-c\.en: /);
  });
});

describe('file size limit', () => {
  it('refuses a knowledge file over the limit with a problem saying the limit, without parsing it', () => {
    // Valid YAML (comments) so the only thing wrong is the size.
    const dir = copyMiniKb({ [join('entries', 'vta.yaml')]: (t) => `${t}\n${`# ${'x'.repeat(1000)}\n`.repeat(Math.ceil(MAX_FILE_BYTES / 1000))}` });
    const r = loadKnowledge(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: expect.stringContaining('vta.yaml'), message: expect.stringMatching(new RegExp(`at most ${MAX_FILE_BYTES / 1024} kB: split it`)) });
  });
});

describe('check (zod compiles a schema only after many parses)', () => {
  it('gives the same data and the same located problems before and after the schema is compiled', () => {
    const Item = z.object({ id: z.string().regex(/^[a-z]+$/), ledd: z.number().int().optional(), tags: z.array(z.string()).default([]) }).strict();
    const text = 'items:\n  - id: abc\n    ledd: 2\n  - id: Bad\n    ledd: 1.5\n    extra: 1\n';
    const once = () => {
      const parsed = readYaml('items.yaml', text);
      const list = (parsed.data as { items: unknown[] }).items;
      return { data: list.map((raw, i) => check(parsed, ['items', i], raw, Item)), problems: parsed.problems };
    };
    const first = once();
    expect(first.data[0]).toEqual({ id: 'abc', ledd: 2, tags: [] });
    expect(first.data[1]).toBeUndefined();
    expect(first.problems.map((p) => `${p.line}:${p.col} ${p.field}`)).toEqual(['4:9 items.1.id', '5:11 items.1.ledd', '4:5 items.1']);
    for (let i = 0; i < PARSES_BEFORE_COMPILING; i++) once();
    expect(once()).toEqual(first);
  });
});
