/**
 * The shape of src/, from its imports (packages and relative paths, type-only ones too):
 * only src/slack imports Slack; every relative import names a file that exists; no file
 * imports itself through others (no cycle); the folders depend on each other in layers,
 * lower never on higher, and the adapters (slack, console, cli) never on each other.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file names: `import … from`, `export … from`, `import '…'`, `import('…')`. */
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

const src = join(PROJECT_ROOT, 'src');
const modules = files(src).map((path) => {
  const text = readFileSync(path, 'utf8');
  const specifiers = [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return {
    file: relative(PROJECT_ROOT, path).split(sep).join('/'),
    packages: specifiers.filter((s) => !s.startsWith('.')),
    imports: specifiers.filter((s) => s.startsWith('.')).map((s) => relative(PROJECT_ROOT, resolve(dirname(path), s)).split(sep).join('/')),
  };
});
const byFile = new Map(modules.map((m) => [m.file, m]));

/** The folder under src/ a file belongs to ("main.ts" for the entry point). */
const area = (file: string) => file.split('/')[1]!;

/**
 * Lower layers first. A folder may use its own files and those of lower layers. The
 * knowledge (entries, sources, check files, the last Lovdata report) is read by everything; the
 * checks, the search and the Lovdata analysis work on it; answers and the conversation build replies from them; the adapters
 * carry replies to Slack, the terminal or a script.
 */
const LAYERS = [['log'], ['runtime', 'config'], ['knowledge', 'db'], ['checks', 'search', 'lovdata'], ['answers'], ['conversation'], ['slack', 'console', 'cli'], ['main.ts']];
const layerOf = (a: string) => LAYERS.findIndex((l) => l.includes(a));

describe('architecture', () => {
  it('reads the imports it checks (the test is not vacuous)', () => {
    expect(byFile.get('src/slack/app.ts')?.packages).toContain('@slack/bolt');
    expect(byFile.get('src/main.ts')?.imports).toContain('src/config/env-file.ts');
    expect(modules.length).toBeGreaterThan(50);
  });

  it('imports @slack/* only under src/slack', () => {
    const offenders = modules.filter((m) => !m.file.startsWith('src/slack/') && m.packages.some((p) => p.startsWith('@slack/'))).map((m) => m.file);
    expect(offenders).toEqual([]);
  });

  it('keeps runtime Bolt imports out of the Block Kit renderers', () => {
    const runtime = modules
      .filter((m) => m.file.startsWith('src/slack/blocks/'))
      .filter((m) => /^import\s+(?!type\b)[^;]*from\s*['"]@slack\//m.test(readFileSync(join(PROJECT_ROOT, m.file), 'utf8')))
      .map((m) => m.file);
    expect(runtime).toEqual([]);
  });

  it('has every relative import name a file that exists', () => {
    const missing = modules.flatMap((m) => m.imports.filter((i) => !existsSync(join(PROJECT_ROOT, i))).map((i) => `${m.file} → ${i}`));
    expect(missing).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      state.set(file, 'open');
      path.push(file);
      for (const next of byFile.get(file)?.imports ?? []) visit(next);
      path.pop();
      state.set(file, 'done');
    };
    modules.forEach((m) => visit(m.file));
    expect(cycles).toEqual([]);
  });

  it('puts every folder of src/ in a layer', () => {
    expect([...new Set(modules.map((m) => area(m.file)))].filter((a) => layerOf(a) < 0)).toEqual([]);
  });

  it('uses only its own folder and lower layers: the conversation never Slack or the console, an adapter never another', () => {
    const offenders = modules.flatMap((m) =>
      m.imports.filter((i) => area(i) !== area(m.file) && layerOf(area(i)) >= layerOf(area(m.file))).map((i) => `${m.file} → ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no cycle between folders: no folder uses a folder that uses it', () => {
    const uses = new Map<string, Set<string>>();
    for (const m of modules) for (const i of m.imports) if (area(i) !== area(m.file)) uses.set(area(m.file), (uses.get(area(m.file)) ?? new Set()).add(area(i)));
    const both = [...uses].flatMap(([a, bs]) => [...bs].filter((b) => uses.get(b)?.has(a) && a < b).map((b) => `${a} ↔ ${b}`));
    expect(both).toEqual([]);
  });
});
