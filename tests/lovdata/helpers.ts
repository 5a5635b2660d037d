/** Builds Lovdata-shaped archives from the fixtures, in a temporary folder, as the tests need them. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge/load.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'lovdata');
export const FOA_FIXTURE = join(FIXTURES, 'sf', 'sf-20160812-0974.xml');
export const LTI_FIXTURES = join(FIXTURES, 'lti');
export const FIXTURE_KB = join(FIXTURES, 'kb');

export const readFoa = () => readFileSync(FOA_FIXTURE, 'utf8');

/** `dir/<name>` from the files under `root`, packed as Lovdata publishes (tar, bzip2). */
export function tarBz2(root: string, members: string[], archive: string): string {
  const result = spawnSync('tar', ['-cjf', archive, '-C', root, ...members], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar failed: ${result.stderr}`);
  return archive;
}

export interface Published {
  dir: string;
  forskrifter: string;
  lovtidend: string;
}

/**
 * The two archives kb:lovdata reads, built from the fixtures: `gjeldende-sentrale-forskrifter.tar.bz2`
 * (sf/…) and `lovtidend-avd1-2025.tar.bz2` (lti/2025/…). `editFoa` changes the consolidated text first.
 */
export function publish(editFoa: (xml: string) => string = (x) => x): Published {
  const dir = mkdtempSync(join(tmpdir(), 'lovdata-'));
  mkdirSync(join(dir, 'src', 'sf'), { recursive: true });
  mkdirSync(join(dir, 'src', 'lti', '2025'), { recursive: true });
  writeFileSync(join(dir, 'src', 'sf', 'sf-20160812-0974.xml'), editFoa(readFoa()));
  for (const f of readdirSync(LTI_FIXTURES)) cpSync(join(LTI_FIXTURES, f), join(dir, 'src', 'lti', '2025', f));
  return {
    dir,
    forskrifter: tarBz2(join(dir, 'src'), ['sf'], join(dir, 'gjeldende-sentrale-forskrifter.tar.bz2')),
    lovtidend: tarBz2(join(dir, 'src'), ['lti'], join(dir, 'lovtidend-avd1-2025.tar.bz2')),
  };
}

export function fixtureKb(dir = FIXTURE_KB): KnowledgeBase {
  const loaded = loadKnowledge(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file}: ${p.field} ${p.message}`).join('\n'));
  return loaded.kb;
}

/** A § of the FOA fixture, by number, as it stands in the file. */
export function foaArticle(xml: string, section: string): string {
  const start = xml.indexOf(`<article class="legalArticle" data-lovdata-URL="SF/forskrift/2016-08-12-974/§${section}"`);
  if (start < 0) throw new Error(`no § ${section} in the fixture`);
  // Articles nest (ledd are articles too): find the matching close.
  let depth = 0;
  const tag = /<(\/?)article\b[^>]*>/g;
  tag.lastIndex = start;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return xml.slice(start, m.index + m[0].length);
  }
  throw new Error('unbalanced');
}
