import { describe, expect, it, beforeAll } from 'vitest';
import { accept, analyse, citedDocuments } from '../../src/lovdata/analyse.ts';
import { readCorpus } from '../../src/lovdata/corpus.ts';
import { readLovdataFiles, ArchiveError } from '../../src/lovdata/archive.ts';
import { lovdataFlags, lovdataNotice } from '../../src/lovdata/notice.ts';
import type { LockFile } from '../../src/knowledge/lovdata/schema.ts';
import { foaArticle, fixtureKb, publish, type Published } from './helpers.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const kb = fixtureKb();
const EMPTY: LockFile = { version: 1, entries: {} };
const review = (report: { entries: { id: string; review: string[] }[] }) => report.entries.filter((e) => e.review.length).map((e) => e.id).sort();

describe('reading the archives as Lovdata publishes them', () => {
  let published: Published;
  beforeAll(() => {
    published = publish();
  });

  it('reads every XML file out of .tar.bz2 archives', async () => {
    const names: string[] = [];
    for await (const f of readLovdataFiles([published.forskrifter, published.lovtidend])) names.push(f.name);
    expect(names.sort()).toEqual(['lti/2025/sf-20250102-0001.xml', 'lti/2025/sf-20250131-0117.xml', 'lti/2025/sf-20250826-1727.xml', 'lti/2025/sf-20250910-1825.xml', 'sf/sf-20160812-0974.xml']);
  });

  it('says plainly when a file is not an archive or not there', async () => {
    const bad = join(published.dir, 'broken.tar.bz2');
    writeFileSync(bad, 'not bzip2');
    const read = async (p: string) => {
      for await (const _ of readLovdataFiles([p])) void _;
    };
    await expect(read(bad)).rejects.toThrow(ArchiveError);
    await expect(read(bad)).rejects.toThrow(/broken\.tar\.bz2: not a bzip2 archive/);
    await expect(read(join(published.dir, 'nope.tar.bz2'))).rejects.toThrow(/no such file/);
  });
});

describe('holding the knowledge against Lovdata', () => {
  let original: Awaited<ReturnType<typeof readCorpus>>;
  let lock: LockFile;
  beforeAll(async () => {
    const p = publish();
    original = await readCorpus([p.forskrifter, p.lovtidend], citedDocuments(kb));
    // The editor has read the procurement entries; the tiltaksforskriften ones wait.
    const foa = new Set(kb.entries.filter((e) => e.id.startsWith('foa-')).map((e) => e.id));
    lock = accept(EMPTY, analyse(kb, original, EMPTY, '2026-12-02').current, '2026-12-02', foa);
  });

  it('resolves every cited § of the consolidated text and, before anything is accepted, asks for a first reading', () => {
    const { report } = analyse(kb, original, EMPTY, '2026-12-02');
    const states = Object.fromEntries(report.entries.map((e) => [e.id, e.state]));
    expect(states).toMatchObject({ 'foa-1-1': 'unlocked', 'foa-3-1': 'unlocked', 'foa-3-1-aktivitet': 'unlocked', 'foa-3-3': 'unlocked', 'foa-7-2': 'unlocked', 'tf-14-5': 'not_in_input', 'aft-endring-13-2': 'amending_act' });
    expect(report.texts['FOR-2016-08-12-974 § 3-1']).toMatchObject({ title: 'Utvidet egenregi', text_as_of: '2024-03-21' });
  });

  it('after --accept, the unchanged text needs nobody', () => {
    const { report } = analyse(kb, original, lock, '2026-12-02');
    expect(report.entries.filter((e) => e.id.startsWith('foa-')).map((e) => e.state)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    // Only the tiltaksforskriften entries the 2025 amendments reached, which nobody has accepted yet.
    expect(review(report)).toEqual(['tf-1-7', 'tf-13-6']);
  });

  it('one word changed in a copy of § 3-1 names exactly the entries citing § 3-1', async () => {
    // As Lovdata files an amendment: new wording, and a note naming the amending act.
    const note = '<article class="changesToParent">Endret ved <a href="forskrift/2026-04-21-623">forskrift 21 april 2026 nr. 623</a>.</article>';
    const p = publish((xml) => xml.replace(foaArticle(xml, '3-1'), foaArticle(xml, '3-1').replace('kontroll', 'innflytelse').replace(/<\/article>$/, `${note}</article>`)));
    const corpus = await readCorpus([p.forskrifter, p.lovtidend], citedDocuments(kb));
    const { report } = analyse(kb, corpus, lock, '2026-12-02');
    expect(report.entries.filter((e) => e.state === 'changed').map((e) => e.id)).toEqual(['foa-3-1', 'foa-3-1-aktivitet']);
    expect(review(report)).toEqual(['foa-3-1', 'foa-3-1-aktivitet', 'tf-1-7', 'tf-13-6']);
    expect(report.entries.find((e) => e.id === 'foa-3-1')!.notices).toEqual([{ kind: 'changed', act: 'FOR-2026-04-21-623' }]);
    expect(lovdataNotice('foa-3-1-aktivitet', report)).toBe('Endret ved FOR-2026-04-21-623; denne omtalen er ikke oppdatert ennå.');
    expect(lovdataNotice('foa-3-1-aktivitet', report, 'en')).toBe('Amended by FOR-2026-04-21-623; this summary is not updated yet.');
    expect(lovdataNotice('foa-1-1', report)).toBeUndefined();
    // Followers of the entries hear of the change once: one flag for the act, naming both entries.
    const flag = lovdataFlags(report).find((f) => f.entryIds.includes('foa-3-1'))!;
    expect(flag.entryIds).toEqual(['foa-3-1', 'foa-3-1-aktivitet']);
    expect(flag.key).toBe('lovdata:changed:FOR-2026-04-21-623:');
    expect(flag.reason).toBe('Lovdata: Endret ved FOR-2026-04-21-623; denne omtalen er ikke oppdatert ennå.');
    expect(lovdataFlags(report).flatMap((f) => f.entryIds)).not.toContain('foa-1-1');
  });

  it('reports a cited § repealed in the consolidated text, and one that is gone', async () => {
    const repealed = '<article class="legalArticle" data-lovdata-URL="SF/forskrift/2016-08-12-974/§7-2" data-name="§7-2" id="x"><h4 class="legalArticleHeader"><span class="legalArticleValue">§ 7-2</span>. <span class="legalArticleTitle">(Opphevet)</span></h4><article class="changesToParent">0 Opphevet ved <a href="forskrift/2026-04-14-617">forskrift 14 april 2026 nr. 617</a> (i kraft 1 juli 2026).</article></article>';
    const p = publish((xml) => xml.replace(foaArticle(xml, '7-2'), repealed).replace(foaArticle(xml, '3-3'), ''));
    const corpus = await readCorpus([p.forskrifter], citedDocuments(kb));
    const { report } = analyse(kb, corpus, lock, '2026-12-02');
    const e72 = report.entries.find((e) => e.id === 'foa-7-2')!;
    expect(e72.state).toBe('repealed');
    expect(e72.notices).toEqual([{ kind: 'repealed', act: 'FOR-2026-04-14-617' }]);
    expect(report.entries.find((e) => e.id === 'foa-3-3')!.state).toBe('missing');
    expect(review(report)).toEqual(['foa-3-3', 'foa-7-2']);
    expect(lovdataNotice('foa-7-2', report)).toBe('§ 7-2 er opphevet ved FOR-2026-04-14-617; denne omtalen er ikke oppdatert ennå.');
    expect(lovdataNotice('foa-7-2', report, 'en')).toBe('§ 7-2 is repealed by FOR-2026-04-14-617; this summary is not updated yet.');
    expect(lovdataNotice('foa-3-3', report, 'en')).toBe("§ 3-3 was not found in Lovdata's current text; this summary is not updated yet.");
  });

  it('maps Lovtidend items to the entries citing the § they touch, with the date in force', () => {
    // On 2025-09-20 the AFT amendment (FOR-2025-08-26-1727) is adopted but not in force.
    const { report } = analyse(kb, original, lock, '2025-09-20');
    const rows = report.amendments.filter((a) => a.document === 'FOR-2015-12-11-1598' && ['§ 13-2', '§ 13-6', '§ 1-7'].includes(a.section));
    expect(rows.map((a) => [a.act, a.section, a.in_force, a.pending, a.entries, a.unreviewed])).toEqual([
      ['FOR-2025-01-02-1', '§ 1-7', '2025-01-10', false, ['tf-1-7'], ['tf-1-7']],
      ['FOR-2025-08-26-1727', '§ 13-2', '2026-01-01', true, ['tf-13-2-2025', 'tf-13-2'], []],
      ['FOR-2025-08-26-1727', '§ 13-6', '2026-01-01', true, ['tf-13-6'], ['tf-13-6']],
      ['FOR-2025-09-10-1825', '§ 13-2', '2026-01-01', true, ['tf-13-2-2025', 'tf-13-2'], []],
      ['FOR-2025-09-10-1825', '§ 13-6', '2026-01-01', true, ['tf-13-6'], ['tf-13-6']],
    ]);
    expect(report.entries.find((e) => e.id === 'tf-13-6')!.notices).toEqual([
      { kind: 'pending', act: 'FOR-2025-08-26-1727', from: '2026-01-01' },
      { kind: 'pending', act: 'FOR-2025-09-10-1825', from: '2026-01-01' },
    ]);
    expect(lovdataNotice('tf-13-6', report)).toBe('Endret ved FOR-2025-08-26-1727, i kraft fra 1. januar 2026; denne omtalen er ikke oppdatert ennå. Se også FOR-2025-09-10-1825.');
    expect(lovdataNotice('tf-1-7', report)).toBe('Endret ved FOR-2025-01-02-1 fra 10. januar 2025; denne omtalen er ikke oppdatert ennå.');
    // The same notices for an English question: the act by its id, the date in English.
    expect(lovdataNotice('tf-13-6', report, 'en')).toBe('Amended by FOR-2025-08-26-1727, in force from 1 January 2026; this summary is not updated yet. See also FOR-2025-09-10-1825.');
    expect(lovdataNotice('tf-1-7', report, 'en')).toBe('Amended by FOR-2025-01-02-1 from 10 January 2025; this summary is not updated yet.');
    expect(lovdataNotice('tf-13-2', report)).toBeUndefined();
  });

  it('an amendment the editor has accepted stops being flagged', () => {
    const { report, current } = analyse(kb, original, lock, '2025-09-20');
    const accepted = accept(lock, current, '2025-09-20', new Set(['tf-13-6']));
    expect(accepted.entries['tf-13-6']!.amendments_seen).toEqual(['FOR-2025-08-26-1727', 'FOR-2025-09-10-1825']);
    expect(review(report)).toContain('tf-13-6');
    expect(review(analyse(kb, original, accepted, '2025-09-20').report)).not.toContain('tf-13-6');
  });
});

describe('the lock file', () => {
  it('round-trips, and a broken one is named with the field (kb:check shows it too)', async () => {
    const { readLock, writeLock, LockError } = await import('../../src/lovdata/lock.ts');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'lock-'));
    const path = join(dir, 'lovdata.lock.yaml');
    expect(readLock(path)).toEqual({ version: 1, entries: {} });
    const lock: LockFile = { version: 1, entries: { 'foa-3-1': { cites: 'FOR-2016-08-12-974 § 3-1', fingerprint: `sha256:${'a'.repeat(64)}`, text_as_of: '2024-03-21', accepted: '2026-12-02', amendments_seen: [] } } };
    writeLock(path, lock);
    expect(readLock(path)).toEqual(lock);
    writeFileSync(path, 'version: 1\nentries:\n  foa-3-1: { cites: x, fingerprint: md5 }\n');
    expect(() => readLock(path)).toThrow(LockError);
    expect(() => readLock(path)).toThrow(/lovdata\.lock\.yaml: entries\.foa-3-1\.(fingerprint|cites|accepted)/);
  });
});
