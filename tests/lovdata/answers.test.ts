/**
 * The warning under an answer whose law moved, and the law's own words, on every surface:
 * Slack blocks, the console text, the Home tab and the «Vis lovteksten» modal; and the
 * report loaded (and hot-reloaded) with the knowledge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accept, analyse, citedDocuments } from '../../src/lovdata/analyse.ts';
import { readCorpus } from '../../src/lovdata/corpus.ts';
import type { LovdataReport } from '../../src/knowledge/lovdata/schema.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { renderLookup } from '../../src/slack/blocks/render-lookup.ts';
import { renderLookupText } from '../../src/answers/text.ts';
import { renderHome } from '../../src/slack/blocks/home.ts';
import { lawTextModal } from '../../src/slack/blocks/law-text.ts';
import { lawTextForHit, lovdataText } from '../../src/lovdata/notice.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { openKnowledgeStore } from '../../src/knowledge/store.ts';
import { isKnowledgeFile } from '../../src/knowledge/watch.ts';
import { expectWithinLimits } from '../slack/helpers/within-limits.ts';
import { FIXTURE_KB, fixtureKb, foaArticle, publish } from './helpers.ts';

const kb = fixtureKb();
const lookup = createLookup(kb);
const NLOD = 'Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av Lovdata';
let report: LovdataReport;

beforeAll(async () => {
  // § 3-1 reworded after the editor accepted it; the AFT amendment adopted but not in force on 2025-09-20.
  const p = publish();
  const before = await readCorpus([p.forskrifter, p.lovtidend], citedDocuments(kb));
  const lock = accept({ version: 1, entries: {} }, analyse(kb, before, { version: 1, entries: {} }, '2025-09-20').current, '2025-09-20', new Set(['foa-3-1', 'foa-1-1']));
  const note = '<article class="changesToParent">Endret ved <a href="forskrift/2026-04-21-623">forskrift 21 april 2026 nr. 623</a>.</article>';
  const changed = publish((xml) => xml.replace(foaArticle(xml, '3-1'), foaArticle(xml, '3-1').replace('kontroll', 'innflytelse').replace(/<\/article>$/, `${note}</article>`)));
  const after = await readCorpus([changed.forskrifter, changed.lovtidend], citedDocuments(kb));
  report = analyse(kb, after, lock, '2025-09-20').report;
});

const slackText = (query: string, lovdata?: LovdataReport) => JSON.stringify(renderLookup(lookup(query, { top: 3, asOf: '2025-09-20' }), { offset: 0, shareable: true, kbVersion: kb.version, lovdata }));

describe('the warning under an answer', () => {
  it('Slack: the hit whose § changed carries the notice naming the amending act; others do not', () => {
    const result = lookup('foa 3-1', { top: 3, asOf: '2025-09-20' });
    expect(result.hits[0]!.entry.id).toBe('foa-3-1');
    const message = renderLookup(result, { offset: 0, shareable: true, kbVersion: kb.version, lovdata: report });
    expectWithinLimits('message', message, 'foa 3-1 with notice');
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('*Lovdata:* Endret ved FOR-2026-04-21-623; denne omtalen er ikke oppdatert ennå.');
    expect(slackText('foa 1-1', report)).not.toContain('*Lovdata:*');
    // Without a report: no notice, nothing else changes.
    expect(slackText('foa 3-1')).not.toContain('Lovdata:*');
  });

  it('Slack: an adopted change not yet in force', () => {
    expect(slackText('tf 13-6', report)).toContain('Endret ved FOR-2025-08-26-1727, i kraft fra 1. januar 2026; denne omtalen er ikke oppdatert ennå.');
  });

  it('console: the same notice in the plain-text answer', () => {
    const text = renderLookupText(lookup('tf 13-6', { top: 3, asOf: '2025-09-20' }), 0, report);
    expect(text).toMatch(/1\. tiltaksforskriften § 13-6 – Krav til tiltaksarrangør i AFT[\s\S]*Lovdata: Endret ved FOR-2025-08-26-1727, i kraft fra 1\. januar 2026; denne omtalen er ikke oppdatert ennå\./);
    expect(renderLookupText(lookup('tf 13-6', { top: 3, asOf: '2025-09-20' }))).not.toContain('Lovdata:');
  });

  it('Home tab: how many entries wait for review, with the attribution', () => {
    const home = renderHome({ ...kb, lovdata: report }, []);
    expectWithinLimits('home', home, 'home with lovdata');
    const text = JSON.stringify(home.blocks);
    expect(report.needs_review.length).toBeGreaterThan(1);
    expect(text).toContain(`${report.needs_review.length} oppføringer venter på gjennomgang`);
    expect(text).toContain(NLOD);
    expect(JSON.stringify(renderHome(kb, []).blocks)).not.toContain('venter på gjennomgang');
  });
});

describe('the law’s own words', () => {
  it('«Vis lovteksten» is offered where the report carries the §, and the modal shows its ledd, date and attribution', () => {
    const message = renderLookup(lookup('foa 3-1', { top: 1, asOf: '2025-09-20' }), { offset: 0, shareable: true, kbVersion: kb.version, lovdata: report });
    const button = message.blocks.flatMap((b) => ('elements' in b ? (b.elements as { action_id?: string; value?: string }[]) : [])).find((e) => e.action_id?.startsWith('lookup_show_law_text'));
    expect(button?.value).toBe('foa-3-1');
    const text = lovdataText('foa-3-1', report)!;
    expect(text.ledd.join(' ')).toContain('innflytelse');
    const modal = lawTextModal(text);
    expectWithinLimits('modal', modal, 'law text modal');
    const shown = JSON.stringify(modal.blocks);
    expect(shown).toContain('§ 3-1. Utvidet egenregi');
    expect(shown).toContain('per 2024-03-21');
    expect(shown).toContain(NLOD);
    // No synced text (tiltaksforskriften was not read): no button, and the modal falls back to the link.
    expect(slackText('tf 13-6', report)).not.toContain('lookup_show_law_text');
    expect(JSON.stringify(lawTextModal(undefined, 'https://lovdata.no/x').blocks)).toContain('Les den på Lovdata');
  });

  it('ask --text: the wording in the terminal, or where to read it', () => {
    expect(lawTextForHit('foa-3-1', 'anskaffelsesforskriften § 3-1', undefined, report)).toMatch(/^§ 3-1\. Utvidet egenregi\n[\s\S]*Lovdatas tekst av FOR-2016-08-12-974 per 2024-03-21\. Inneholder data under Norsk lisens/);
    expect(lawTextForHit('tf-13-6', 'tiltaksforskriften § 13-6', 'https://lovdata.no/forskrift/2015-12-11-1598/§13-6', report)).toBe('tiltaksforskriften § 13-6: Lovdatas tekst er ikke lastet her; les den på https://lovdata.no/forskrift/2015-12-11-1598/§13-6.');
  });
});

describe('the report travels with the knowledge', () => {
  it('is loaded from the knowledge folder, and a broken one is a problem like any other file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-report-'));
    cpSync(FIXTURE_KB, dir, { recursive: true });
    writeFileSync(join(dir, 'lovdata.report.json'), JSON.stringify(report));
    const loaded = loadKnowledge(dir);
    expect(loaded.ok && loaded.kb.lovdata?.needs_review).toEqual(report.needs_review);
    writeFileSync(join(dir, 'lovdata.report.json'), '{"kind": "something else"}');
    const broken = loadKnowledge(dir);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problems.map((p) => p.file)).toEqual([expect.stringMatching(/lovdata\.report\.json$/)]);
  });

  it('a new report is picked up by a reload (and the file watch counts it, the lock too)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-report-'));
    cpSync(FIXTURE_KB, dir, { recursive: true });
    const opened = openKnowledgeStore({ dir, derive: () => ({}) });
    if (!opened.ok) throw new Error('fixture invalid');
    expect(opened.store.current().kb.lovdata).toBeUndefined();
    writeFileSync(join(dir, 'lovdata.report.json'), JSON.stringify(report));
    const reloaded = await opened.store.reload('test');
    expect(reloaded.changed).toBe(true);
    expect(opened.store.current().kb.lovdata?.needs_review).toEqual(report.needs_review);
    expect(isKnowledgeFile('lovdata.report.json')).toBe(true);
    expect(isKnowledgeFile('lovdata.report.json.123.tmp')).toBe(false);
    // The lock is not read by the loader: writing it changes nothing served.
    writeFileSync(join(dir, 'lovdata.lock.yaml'), 'version: 1\nentries: {}\n');
    expect((await opened.store.reload('test')).changed).toBe(false);
  });
});
