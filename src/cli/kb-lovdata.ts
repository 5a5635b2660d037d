/**
 * `npm run kb:lovdata -- <archive-or-folder>... [--fetch] [--json] [--accept [--only id,id]]`
 *
 * Holds every Lovdata citation in the knowledge against Lovdata's own files: resolves
 * each entry's § in the consolidated text, compares its fingerprint with the lock, lists
 * the Lovtidend amendments to cited documents and the entries they touch, and writes the
 * report the bot loads (warnings under answers, the law's wording). Exit code 1 when
 * anything needs an editor, 2 on bad usage or unreadable input, 0 otherwise.
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitWithProblems, runCli, UsageError } from './common.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../config/paths.ts';
import { todayIso } from '../knowledge/status.ts';
import { IsoDate } from '../knowledge/schema.ts';
import { accept, analyse, citedDocuments } from '../lovdata/analyse.ts';
import { ArchiveError } from '../lovdata/archive.ts';
import { readCorpus } from '../lovdata/corpus.ts';
import { DEFAULT_BASE_URL, fetchPublicData, FetchError } from '../lovdata/fetch.ts';
import { LockError, readLock, writeAtomically, writeLock } from '../lovdata/lock.ts';
import { LOCK_FILE, lovdataReportPath } from '../knowledge/lovdata/report-file.ts';
import { renderReportText } from '../lovdata/report-text.ts';
import type { LovdataReport } from '../knowledge/lovdata/schema.ts';

const USAGE =
  'usage: npm run kb:lovdata -- <archive.tar.bz2 | folder | file.xml>... [--fetch [--base-url URL] [--cache DIR] [--timeout SECONDS]] [--json] [--accept [--only id,id]] [--report FILE|-] [--lock FILE] [--today YYYY-MM-DD]';

/**
 * Same findings as the report already there: then the file is left alone, so the bot does not
 * reload for nothing. When it was made and the knowledge version do not count: the version
 * includes the report itself (it is served with the knowledge), so it moves whenever the report is written.
 */
function sameReport(path: string, report: LovdataReport): boolean {
  if (!existsSync(path)) return false;
  try {
    const old = JSON.parse(readFileSync(path, 'utf8')) as LovdataReport;
    const findings = (r: LovdataReport) => JSON.stringify({ ...r, generated_at: '', kb_version: '' });
    return findings(old) === findings(report);
  } catch {
    return false;
  }
}

await runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      fetch: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
      cache: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
      accept: { type: 'boolean', default: false },
      only: { type: 'string' },
      report: { type: 'string' },
      lock: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.fetch && positionals.length === 0) throw new UsageError(`give Lovdata archives or folders, or --fetch (${USAGE})`);
  const timeoutS = values.timeout === undefined ? 120 : Number(values.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 3600) throw new UsageError(`--timeout needs seconds from 0.1 to 3600, e.g. --timeout 60 (got "${values.timeout}")`);
  if (values.today !== undefined && !IsoDate.safeParse(values.today).success) throw new UsageError(`--today needs a date as YYYY-MM-DD (got "${values.today}")`);
  if (values.only !== undefined && !values.accept) throw new UsageError('--only goes with --accept: --accept --only entry-id,entry-id');
  const baseUrl = values['base-url'] || process.env.LOVDATA_BASE_URL || DEFAULT_BASE_URL;
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) throw new UsageError(`--base-url needs an http(s) URL, e.g. ${DEFAULT_BASE_URL} (got "${baseUrl}")`);

  const loaded = loadKnowledge(KNOWLEDGE_DIR, { lovdataReport: false });
  if (!loaded.ok) exitWithProblems(loaded.problems);
  const { kb } = loaded;
  const today = values.today ?? todayIso();
  const lockPath = values.lock ?? join(KNOWLEDGE_DIR, LOCK_FILE);
  const reportPath = values.report ?? lovdataReportPath(KNOWLEDGE_DIR);
  const log = (line: string) => console.error(line);

  try {
    const inputs = [...positionals];
    if (values.fetch) {
      const cacheDir = values.cache || process.env.LOVDATA_CACHE || join(PROJECT_ROOT, '.cache', 'lovdata');
      inputs.push(...(await fetchPublicData({ baseUrl, cacheDir, timeoutMs: timeoutS * 1000, say: log })));
    }
    let lock = readLock(lockPath);
    const corpus = await readCorpus(inputs, citedDocuments(kb));
    let analysis = analyse(kb, corpus, lock, today);
    if (values.accept) {
      const only = values.only ? new Set(values.only.split(',').map((s) => s.trim()).filter(Boolean)) : undefined;
      const unknown = only ? [...only].filter((id) => !kb.entryById.has(id)) : [];
      if (unknown.length) throw new UsageError(`--only names unknown entries: ${unknown.join(', ')}`);
      lock = accept(lock, analysis.current, today, only);
      writeLock(lockPath, lock);
      log(`${lockPath}: accepted ${only ? only.size : analysis.current.size} entr${(only?.size ?? analysis.current.size) === 1 ? 'y' : 'ies'}`);
      analysis = analyse(kb, corpus, lock, today);
    }
    const { report } = analysis;
    if (reportPath !== '-' && !sameReport(reportPath, report)) writeAtomically(reportPath, `${JSON.stringify(report, null, 1)}\n`);
    console.log(values.json ? JSON.stringify(report) : renderReportText(report));
    if (report.needs_review.length > 0) process.exitCode = 1;
  } catch (error) {
    if (error instanceof FetchError || error instanceof ArchiveError || error instanceof LockError) {
      console.error(`error: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
});
