import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isRepealed, parseLovdataDocument } from '../../src/lovdata/document.ts';
import { readLovtidendItem, sectionsNamed } from '../../src/lovdata/lovtidend.ts';
import { fingerprint } from '../../src/lovdata/fingerprint.ts';
import { refIdFromCitation, refIdOf, legacyIdOf, sectionKey } from '../../src/lovdata/ids.ts';
import { foaArticle, LTI_FIXTURES, readFoa } from './helpers.ts';

const lti = (name: string) => readLovtidendItem(parseLovdataDocument(readFileSync(join(LTI_FIXTURES, name), 'utf8')));

describe('consolidated text (anskaffelsesforskriften, Lovdata format)', () => {
  const xml = readFoa();
  const doc = parseLovdataDocument(xml);

  it('reads the header fields', () => {
    expect(doc.header).toMatchObject({
      legacyId: 'FOR-2016-08-12-974',
      refId: 'forskrift/2016-08-12-974',
      dokId: 'SF/forskrift/2016-08-12-974',
      dateInForce: '2017-01-01',
      lastChangeInForce: '2024-03-21',
      lastChangedBy: ['forskrift/2024-03-21-572'],
    });
    expect(doc.header.title).toBe('Forskrift om offentlige anskaffelser (anskaffelsesforskriften)');
  });

  it('finds every § of the fixture with its title', () => {
    // The oracle: each legalArticle's data-name and the title span right after it, read straight from the file.
    const expected = [...xml.matchAll(/<article class="legalArticle"[^>]*data-name="(§[^"]+)"[^>]*>.*?<span class="legalArticleTitle">([^<]*)<\/span>/g)].map((m) => ({ name: m[1], title: m[2] }));
    expect(expected.length).toBe(37);
    expect(doc.articles.map((a) => ({ name: a.name, title: a.title }))).toEqual(expected);
    for (const a of doc.articles) expect(a.url).toBe(`forskrift/2016-08-12-974/${a.name}`);
  });

  it('reads the chapters and puts each § in its own', () => {
    expect(doc.chapters.map((c) => c.name)).toEqual(['delI', 'kap1', 'kap2', 'kap3', 'kap4', 'kap5', 'kap6', 'kap7']);
    expect(doc.articles.find((a) => a.key === '3-1')?.chapter).toEqual({ name: 'kap3', title: 'Kapittel 3. Samarbeid i offentlig sektor' });
  });

  it('splits a § into its ledd, with list items, and keeps the amendment notes apart', () => {
    const s12 = doc.articles.find((a) => a.key === '1-2')!;
    expect(s12.ledd).toHaveLength(2);
    expect(s12.ledd[0]).toMatch(/^\(1\) Forskriften gjelder for følgende oppdragsgivere: a\. statlige myndigheter b\./);
    const s13 = doc.articles.find((a) => a.key === '1-3')!;
    expect(s13.notes).toEqual([expect.stringMatching(/^Endret ved forskrifter 4 april 2018 nr\. 533/)]);
    expect(s13.ledd.join(' ')).not.toContain('Endret ved');
    expect(s13.changedBy.at(-1)).toBe('forskrift/2024-03-14-449');
  });

  it('gives the same fingerprint to the same wording, whatever the amendment notes say', () => {
    const s13 = doc.articles.find((a) => a.key === '1-3')!;
    const renoted = parseLovdataDocument(xml.replace('Endret ved <a href="forskrift/2018-04-04-533">', 'Endret ved <a href="forskrift/2018-04-04-533">x ')).articles.find((a) => a.key === '1-3')!;
    expect(renoted.notes[0]).not.toBe(s13.notes[0]);
    expect(fingerprint(renoted)).toBe(fingerprint(s13));
    const reworded = parseLovdataDocument(xml.replace(foaArticle(xml, '1-3'), foaArticle(xml, '1-3').replace('direkte tilskudd', 'indirekte tilskudd'))).articles.find((a) => a.key === '1-3')!;
    expect(fingerprint(reworded)).not.toBe(fingerprint(s13));
  });

  it('recognises a repealed §', () => {
    const repealed = '<article class="legalArticle" data-lovdata-URL="SF/forskrift/2016-08-12-974/§7-2" data-name="§7-2" id="x"><h4 class="legalArticleHeader"><span class="legalArticleValue">§ 7-2</span>. <span class="legalArticleTitle">(Opphevet)</span></h4><article class="changesToParent">0 Opphevet ved <a href="forskrift/2026-04-14-617">forskrift 14 april 2026 nr. 617</a>.</article></article>';
    const edited = parseLovdataDocument(xml.replace(foaArticle(xml, '7-2'), repealed));
    const a = edited.articles.find((x) => x.key === '7-2')!;
    expect(isRepealed(a)).toBe(true);
    expect(a.changedBy).toEqual(['forskrift/2026-04-14-617']);
    expect(isRepealed(doc.articles.find((x) => x.key === '7-1')!)).toBe(false);
  });
});

describe('Norsk Lovtidend items', () => {
  it('FOR-2025-08-26-1727: new wording of §§ 13-1, 13-2, 13-4 to 13-8 from 2026-01-01', () => {
    const item = lti('sf-20250826-1727.xml');
    expect(item).toMatchObject({ act: 'FOR-2025-08-26-1727', inForce: '2026-01-01', documents: ['forskrift/2015-12-11-1598'], published: '2025-08-28' });
    expect(item.amendments.map((a) => `${a.document} ${a.section} ${a.action}`)).toEqual(
      ['13-1', '13-2', '13-4', '13-5', '13-6', '13-7', '13-8'].map((s) => `forskrift/2015-12-11-1598 ${s} changed`),
    );
  });

  it('FOR-2025-01-02-1: new § 1-3a is added, § 1-7 gets a new ledd', () => {
    const item = lti('sf-20250102-0001.xml');
    expect(item.amendments.map((a) => [a.section, a.action])).toEqual([
      ['1-3a', 'added'],
      ['1-7', 'changed'],
    ]);
  });

  it('FOR-2025-01-31-117 amends two regulations, each § under the one its sentence names', () => {
    const item = lti('sf-20250131-0117.xml');
    const by = (doc: string) => item.amendments.filter((a) => a.document === doc).map((a) => a.section);
    expect(by('forskrift/2015-12-11-1598')).toEqual(['5-3', '7-2', '7-3', '7-4', '7-5', '7-6']);
    expect(by('forskrift/2023-06-20-1073')).toEqual(['2-2']);
  });

  it('FOR-2025-09-10-1825 corrects the amending act, and so reaches tiltaksforskriften through it', () => {
    const item = lti('sf-20250910-1825.xml');
    expect(item.amendments.map((a) => `${a.document} ${a.section}${a.via ? ` via ${a.via}` : ''}`)).toEqual([
      'forskrift/2025-08-26-1727 13-2',
      'forskrift/2015-12-11-1598 13-2 via forskrift/2025-08-26-1727',
      'forskrift/2025-08-26-1727 13-6',
      'forskrift/2015-12-11-1598 13-6 via forskrift/2025-08-26-1727',
    ]);
  });

  it('reads repeals in words and machine-readable change parts', () => {
    const body = [
      '<article class="defaultP">I lov 17. juni 2016 nr. 73 om offentlige anskaffelser gjøres følgende endringer:</article>',
      '<article class="defaultP">§§ 5, 6 og 7 oppheves.</article>',
      '<article class="defaultP">§ 4 tredje ledd oppheves.</article>',
      '<article class="change" data-repeal-part="lov/2016-06-17-73/§7a">x</article>',
      '<article class="change" data-add-new-part="lov/2016-06-17-73/§5h">y</article>',
    ].join('');
    const xml = `<html><body><header><dl class="data-document-key-info"><dd class="legacyID">LOV-2026-03-06-8</dd><dd class="dokid">LTI/lov/2026-03-06-8</dd><dd class="refid">lov/2026-03-06-8</dd><dd class="dateInForce">Kongen bestemmer</dd><dd class="changesToDocuments"><ul><li>lov/2016-06-17-73</li></ul></dd></dl></header><main class="documentBody"><section class="section" data-name="kapI"><h2>I</h2>${body}</section></main></body></html>`;
    const item = readLovtidendItem(parseLovdataDocument(xml));
    expect(item.inForce).toBeUndefined();
    expect(item.inForceText).toBe('Kongen bestemmer');
    expect(item.amendments.map((a) => `${a.section} ${a.action}`)).toEqual(['5 repealed', '6 repealed', '7 repealed', '4 changed', '7a repealed', '5h added']);
  });

  it('reads § numbers and ranges out of instructions', () => {
    expect(sectionsNamed('§§ 7-2 til 7-6 oppheves.')).toEqual(['7-2', '7-6', '7-3', '7-4', '7-5']);
    expect(sectionsNamed('Ny § 14 A-3 skal lyde:')).toEqual(['14a-3']);
    expect(sectionsNamed('§ 13-2 annet ledd bokstav b skal lyde:')).toEqual(['13-2']);
  });
});

describe('ids', () => {
  it('maps the knowledge’s Lovdata ids and sections onto Lovdata’s', () => {
    expect(refIdOf('FOR-2016-08-12-974')).toBe('forskrift/2016-08-12-974');
    expect(refIdOf('LOV-2016-06-17-73')).toBe('lov/2016-06-17-73');
    expect(legacyIdOf('LTI/forskrift/2025-01-02-1')).toBe('FOR-2025-01-02-1');
    expect(sectionKey('14 A-6')).toBe(sectionKey('§14A-6'));
    expect(refIdFromCitation('I forskrift 11. desember 2015 nr. 1598 om arbeidsmarkedstiltak')).toBe('forskrift/2015-12-11-1598');
  });

  it('every fixture file parses to a document with a RefID', () => {
    for (const f of readdirSync(LTI_FIXTURES)) expect(parseLovdataDocument(readFileSync(join(LTI_FIXTURES, f), 'utf8')).header.refId).toMatch(/^forskrift\/2025-/);
  });
});
