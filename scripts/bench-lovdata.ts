/**
 * `npm run bench:lovdata`: a benchmark, not a test. How long the nightly `kb:lovdata`
 * takes to read the full `gjeldende-sentrale-forskrifter.tar.bz2` (about 3 500 documents),
 * measured on the FOA fixture scaled up: N copies of it (each its own document id),
 * packed as Lovdata packs them (tar, bzip2), then read as kb:lovdata reads an archive
 * (system bzip2 in its own process, tar-stream, htmlparser2) and every document parsed.
 * Also the parser alone, in memory. Medians over rounds, with the machine's load.
 *
 * Options: --docs N (default 3500), --rounds N (default 3), --json.
 * The fixture is the trimmed FOA (Del I, ~98 kB). Its copies compress far better than real
 * documents do, so the archive is small; bzip2's time follows the unpacked size.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config/paths.ts';
import { readLovdataFiles } from '../src/lovdata/archive.ts';
import { parseLovdataDocument } from '../src/lovdata/document.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '3500' }, rounds: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } } });
const DOCS = Number(values.docs);
const ROUNDS = Number(values.rounds);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const FIXTURE = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'lovdata', 'sf', 'sf-20160812-0974.xml'), 'utf8');

/** The fixture as document number n: every id in it renumbered, so each copy is a document of its own. */
const copy = (n: number) => FIXTURE.replaceAll('2016-08-12-974', `2016-08-12-${100000 + n}`);

function build(dir: string): { archive: string; bytes: number } {
  mkdirSync(join(dir, 'sf'));
  let bytes = 0;
  for (let n = 0; n < DOCS; n++) {
    const text = copy(n);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'sf', `sf-20160812-${String(100000 + n)}.xml`), text);
  }
  const archive = join(dir, 'gjeldende-sentrale-forskrifter.tar.bz2');
  const r = spawnSync('sh', ['-c', `tar -cf - -C "${dir}" sf | bzip2 -9 > "${archive}"`]);
  if (r.status !== 0) throw new Error(`packing failed: ${r.stderr}`);
  rmSync(join(dir, 'sf'), { recursive: true });
  return { archive, bytes };
}

interface Round {
  wallMs: number;
  cpuMs: number;
  docs: number;
  sections: number;
  load1: number;
}

async function archiveRound(archive: string): Promise<Round> {
  const load1 = loadavg()[0]!;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let docs = 0;
  let sections = 0;
  for await (const file of readLovdataFiles([archive])) {
    docs++;
    sections += parseLovdataDocument(file.text).articles.length;
  }
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, docs, sections, load1 };
}

/** The decompression alone, in the shell, with the CPU time bzip2 took (`times` reports the children's). */
function bzip2Round(archive: string): { wallMs: number; cpuMs: number } {
  const t0 = performance.now();
  const r = spawnSync('sh', ['-c', `bzip2 -dc "${archive}" > /dev/null; times`], { encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  const children = r.stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
  return { wallMs, cpuMs: seconds * 1000 };
}

function parseRound(): Round {
  const load1 = loadavg()[0]!;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let sections = 0;
  for (let n = 0; n < DOCS; n++) sections += parseLovdataDocument(FIXTURE).articles.length;
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, docs: DOCS, sections, load1 };
}

const dir = mkdtempSync(join(tmpdir(), 'bench-lovdata-'));
try {
  const packStart = performance.now();
  const { archive, bytes } = build(dir);
  const packMs = performance.now() - packStart;
  const archiveBytes = statSync(archive).size;
  const archiveRounds: Round[] = [];
  const parseRounds: Round[] = [];
  const bzip2Rounds: { wallMs: number; cpuMs: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    archiveRounds.push(await archiveRound(archive));
    parseRounds.push(parseRound());
    bzip2Rounds.push(bzip2Round(archive));
  }
  const summary = (rounds: Round[]) => ({
    wall_s: median(rounds.map((r) => r.wallMs)) / 1000,
    cpu_s: median(rounds.map((r) => r.cpuMs)) / 1000,
    per_doc_ms: median(rounds.map((r) => r.wallMs / r.docs)),
    docs: rounds[0]!.docs,
    sections: rounds[0]!.sections,
    load1: rounds.map((r) => Number(r.load1.toFixed(2))),
  });
  const result = {
    docs: DOCS,
    rounds: ROUNDS,
    cores: availableParallelism(),
    xml_mb: bytes / 1024 / 1024,
    archive_mb: archiveBytes / 1024 / 1024,
    pack_s: packMs / 1000,
    archive: summary(archiveRounds),
    parse_only: summary(parseRounds),
    bzip2_only: { wall_s: median(bzip2Rounds.map((r) => r.wallMs)) / 1000, cpu_s: median(bzip2Rounds.map((r) => r.cpuMs)) / 1000 },
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    const f = (n: number) => n.toFixed(1);
    console.log(`Lovdata bench: ${DOCS} copies of the FOA fixture (${f(result.xml_mb)} MB XML, ${f(result.archive_mb)} MB .tar.bz2), ${ROUNDS} rounds, ${result.cores} cores`);
    console.log(`  read archive + parse all: ${f(result.archive.wall_s)} s wall (median), ${f(result.archive.cpu_s)} s CPU in this process (bzip2 runs in its own), ${result.archive.per_doc_ms.toFixed(2)} ms per document, ${result.archive.sections} sections`);
    console.log(`  parse only (in memory):   ${f(result.parse_only.wall_s)} s wall, ${f(result.parse_only.cpu_s)} s CPU, ${result.parse_only.per_doc_ms.toFixed(2)} ms per document`);
    console.log(`  bzip2 -dc alone:          ${f(result.bzip2_only.wall_s)} s wall, ${f(result.bzip2_only.cpu_s)} s CPU (its own process)`);
    console.log(`  load average (1 min) at the start of each round: archive ${result.archive.load1.join(', ')}; parse ${result.parse_only.load1.join(', ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
