/**
 * The build: compiles the TypeScript in src/ to JavaScript in dist/ with esbuild,
 * so `npm start` and the command-line tools start without compiling anything.
 * Entry points: src/main.ts, every file in src/cli/ (found by listing the folder,
 * so a new CLI is built without editing this file) and the knowledge worker.
 * Shared code goes into chunks; packages stay in node_modules.
 *
 *   node scripts/build.mjs            build now
 *   node scripts/build.mjs --if-stale build only when a file under src/ changed
 *
 * Plain JavaScript on purpose: it runs with bare `node`, before anything is compiled.
 * `npm install`/`npm ci` run it (the `prepare` script); scripts/run.mjs runs it on
 * demand when src/ is newer than dist/, so an edit is never served stale.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
const SRC = join(ROOT, 'src');
const STAMP = join(DIST, '.build-stamp');

function sourceFiles(dir = SRC, out = []) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) sourceFiles(path, out);
    else if (d.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** What the build was made from: every source file with its size and modification time. */
function fingerprint() {
  return sourceFiles()
    .map((f) => {
      const s = statSync(f);
      return `${relative(ROOT, f)}:${s.size}:${Math.floor(s.mtimeMs)}`;
    })
    .sort()
    .join('\n');
}

export function isStale() {
  if (!existsSync(STAMP)) return true;
  return readFileSync(STAMP, 'utf8') !== fingerprint();
}

export function entryPoints() {
  const cli = readdirSync(join(SRC, 'cli'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(SRC, 'cli', f));
  return [join(SRC, 'main.ts'), join(SRC, 'knowledge', 'load-worker.ts'), ...cli];
}

export async function build() {
  const stamp = fingerprint();
  // Loaded only when a build is needed: a fresh dist/ starts without esbuild.
  const esbuild = await import('esbuild');
  rmSync(DIST, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entryPoints(),
    outdir: DIST,
    outbase: SRC,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  writeFileSync(STAMP, stamp);
}

export async function ensureBuilt() {
  if (isStale()) await build();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || isStale()) {
    const started = Date.now();
    await build();
    console.error(`built dist/ in ${Date.now() - started} ms`);
  }
}
