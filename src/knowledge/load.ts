/**
 * Read, validate and assemble the whole knowledge base. The bot, `kb:check`, the
 * benchmark and the tests all go through `loadKnowledge`, so what is checked is
 * exactly what is served. Nothing is returned unless everything validates.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AnswersFile, Entry, EntriesFileShape, GlossaryFile, PhrasingsFile, Source, SourcesFileShape, type DirectAnswer, type Glossary } from './schema.ts';
import { check, checkList, readYaml } from './yaml-file.ts';
import { validateKnowledge, type Located } from './validate.ts';
import type { Problem } from './problems.ts';
import { loadChecks, type CheckFile } from './checks/load.ts';
import type { Check } from './checks/schema.ts';
import { lovdataReportPath, parseReport } from './lovdata/report-file.ts';
import type { LovdataReport } from './lovdata/schema.ts';

export interface KnowledgeBase {
  sources: Map<string, Source>;
  entries: Entry[];
  entryById: Map<string, Entry>;
  glossary: Glossary;
  /** Alternative phrasings per entry id (`phrasings.yaml`), indexed with the entry. */
  phrasings: Map<string, string[]>;
  /** One-line direct answers per entry id (`answers.yaml`), for the reply layer. */
  answers: Map<string, DirectAnswer>;
  /** The deterministic checks, `checks/*.yaml`, validated against the entries they cite. */
  checks: Check[];
  /** Short content hash of every file read: changes whenever the knowledge changes. */
  version: string;
  /** The newest `last_verified` among entries. */
  lastVerified: string;
  files: string[];
  /** The last `kb:lovdata` report, when one has been written: warnings under answers, Lovdata's wording. */
  lovdata?: LovdataReport;
}

/**
 * Largest knowledge file read. The biggest today is under 100 kB; a file many times
 * that is a mistake (a pasted document, a generated dump), and parsing and locating
 * problems in it would take seconds of the reload worker's time.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

export type LoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; problems: Problem[] };

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

export interface LoadOptions {
  /** Read the kb:lovdata report too (default). kb:lovdata itself leaves it out: it writes a new one, and a broken old one must not stop it. */
  lovdataReport?: boolean;
}

export function loadKnowledge(dir: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const hash = createHash('sha256');
  const files: string[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;

  const read = (path: string): string | undefined => {
    try {
      const bytes = statSync(path).size;
      if (bytes > MAX_FILE_BYTES) {
        problems.push({ file: display(path), line: 1, col: 1, field: '', message: `file is ${Math.ceil(bytes / 1024)} kB; a knowledge file may be at most ${MAX_FILE_BYTES / 1024} kB: split it into several files (e.g. one per chapter)` });
        return undefined;
      }
      const text = readFileSync(path, 'utf8');
      hash.update(path.slice(dir.length)).update('\0').update(text).update('\0');
      files.push(display(path));
      return text;
    } catch (err) {
      problems.push({ file: display(path), line: 1, col: 1, field: '', message: `cannot read: ${(err as Error).message}` });
      return undefined;
    }
  };

  const sources: Located<Source>[] = [];
  const entries: Located<Entry>[] = [];
  // Ids of every item that has one, valid or not: a reference to an invalid item is
  // not reported again as "unknown", the item's own problem says enough.
  const seenSourceIds = new Set<string>();
  const seenEntryIds = new Set<string>();

  /** Read a file of the form `{ <key>: [items] }`, keeping its valid items and the ids of all of them. */
  const readListFile = <T>(
    path: string,
    key: 'sources' | 'entries',
    shape: typeof SourcesFileShape | typeof EntriesFileShape,
    itemSchema: z.ZodType<T>,
    into: Located<T>[],
    seen: Set<string>,
  ) => {
    const text = read(path);
    if (text === undefined) return;
    const parsed = readYaml(display(path), text);
    if (parsed.data !== undefined) check(parsed, [], parsed.data, shape);
    const { items, seenIds } = checkList(parsed, key, itemSchema);
    seenIds.forEach((id) => seen.add(id));
    for (const { item, index } of items) {
      into.push({ item, file: parsed.file, path: `${key}.${index}`, at: (f) => parsed.locate([key, index, ...f]) });
    }
    problems.push(...parsed.problems);
  };

  readListFile(join(dir, 'sources.yaml'), 'sources', SourcesFileShape, Source, sources, seenSourceIds);
  const entryFiles = yamlFilesIn(join(dir, 'entries'));
  if (entryFiles.length === 0) problems.push({ file: display(join(dir, 'entries')), line: 1, col: 1, field: '', message: 'no entry files found' });
  for (const path of entryFiles) readListFile(path, 'entries', EntriesFileShape, Entry, entries, seenEntryIds);

  let glossary: Glossary | undefined;
  const glossaryPath = join(dir, 'glossary.yaml');
  const glossaryText = read(glossaryPath);
  if (glossaryText !== undefined) {
    const parsed = readYaml(display(glossaryPath), glossaryText);
    glossary = parsed.data === undefined ? undefined : check(parsed, [], parsed.data, GlossaryFile);
    glossary?.terms.forEach((t, i) =>
      t.entries.forEach((id, j) => {
        if (!seenEntryIds.has(id)) {
          const { line, col } = parsed.locate(['terms', i, 'entries', j]);
          parsed.problems.push({ file: parsed.file, line, col, field: `terms.${i}.entries.${j}`, message: `unknown entry "${id}"` });
        }
      }),
    );
    problems.push(...parsed.problems);
  }

  /** An optional file `{ <key>: { <entry id>: value } }`; every id must name an entry. */
  const readByEntryId = <T>(name: string, key: 'phrasings' | 'answers', schema: z.ZodType<{ [k: string]: Record<string, T> }>): Map<string, T> => {
    const path = join(dir, name);
    if (!existsSync(path)) return new Map();
    const text = read(path);
    if (text === undefined) return new Map();
    const parsed = readYaml(display(path), text);
    const data = parsed.data === undefined ? undefined : check(parsed, [], parsed.data, schema);
    const byId = new Map(Object.entries(data?.[key] ?? {}));
    for (const id of byId.keys()) {
      if (seenEntryIds.has(id)) continue;
      const { line, col } = parsed.locate([key, id]);
      parsed.problems.push({ file: parsed.file, line, col, field: `${key}.${id}`, message: `unknown entry "${id}"` });
    }
    problems.push(...parsed.problems);
    return byId;
  };
  const phrasings = readByEntryId<string[]>('phrasings.yaml', 'phrasings', PhrasingsFile);
  const answers = readByEntryId<DirectAnswer>('answers.yaml', 'answers', AnswersFile);

  problems.push(...validateKnowledge(sources, entries, { sourceIds: seenSourceIds, entryIds: seenEntryIds }));

  const entryList = entries.map((e) => e.item);
  const entryById = new Map(entryList.map((e) => [e.id, e]));
  const checkFiles: CheckFile[] = [];
  for (const path of yamlFilesIn(join(dir, 'checks'))) {
    const text = read(path);
    if (text !== undefined) checkFiles.push({ file: display(path), text });
  }
  const { checks, problems: checkProblems } = loadChecks(checkFiles, entryById, seenEntryIds);
  problems.push(...checkProblems);

  // The kb:lovdata report is part of what is served (warnings, the law's wording), so it is read, hashed and validated with the rest.
  let lovdata: LovdataReport | undefined;
  const reportPath = lovdataReportPath(dir);
  if (options.lovdataReport !== false && existsSync(reportPath)) {
    const text = read(reportPath);
    const parsed = text === undefined ? undefined : parseReport(text);
    if (parsed?.ok) lovdata = parsed.report;
    else if (parsed) problems.push({ file: display(reportPath), line: 1, col: 1, field: parsed.field, message: parsed.message });
  }

  if (problems.length > 0 || !glossary) return { ok: false, problems };
  return {
    ok: true,
    kb: {
      sources: new Map(sources.map((s) => [s.item.id, s.item])),
      entries: entryList,
      entryById,
      glossary,
      phrasings,
      answers,
      checks,
      version: hash.digest('hex').slice(0, 12),
      lastVerified: entryList.reduce((max, e) => (e.verification.last_verified > max ? e.verification.last_verified : max), ''),
      files,
      ...(lovdata ? { lovdata } : {}),
    },
  };
}
