/** Only src/slack may import @slack/bolt (or any @slack package); knowledge, search, checks, answers and console stay transport-free. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](@slack\/[^'"]+)['"]|import\(\s*['"](@slack\/[^'"]+)['"]\s*\)|require\(\s*['"](@slack\/[^'"]+)['"]\s*\)/g;

describe('architecture', () => {
  const src = join(PROJECT_ROOT, 'src');
  const all = files(src).map((f) => ({ file: relative(PROJECT_ROOT, f), text: readFileSync(f, 'utf8') }));

  it('imports @slack/* only under src/slack', () => {
    const offenders = all.filter((f) => !f.file.startsWith(join('src', 'slack')) && [...f.text.matchAll(IMPORT)].length > 0).map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('finds the Slack imports it is looking for (the check is not vacuous)', () => {
    expect(all.some((f) => f.file === join('src', 'slack', 'app.ts') && [...f.text.matchAll(IMPORT)].some((m) => m[1] === '@slack/bolt'))).toBe(true);
  });

  it('keeps runtime Bolt imports out of the renderers the console uses', () => {
    const renderers = all.filter((f) => f.file.startsWith(join('src', 'slack', 'blocks')) || f.file.startsWith(join('src', 'slack', 'facts')));
    const runtime = renderers.filter((f) => /^import\s+(?!type\b)[^;]*from\s*['"]@slack\//m.test(f.text)).map((f) => f.file);
    expect(runtime).toEqual([]);
  });
});
