/**
 * Every command-line tool started for real, once, the way `npm run <name>` starts
 * it: node on the compiled dist/cli/<name>.js (built by tests/setup/build.ts). The
 * behaviour is tested in process (tests/cli, tests/checks/cli.test.ts); this
 * shows the compiled tools start, answer and exit as the contract says.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.ts';

function run(name: string, args: string[], input = '') {
  const r = spawnSync(process.execPath, [join('dist', 'cli', `${name}.js`), ...args], { cwd: PROJECT_ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scripts = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

describe('compiled CLIs', () => {
  it('ask answers a citation with the provision first', () => {
    const r = run('ask', ['§ 14-5 annet ledd bokstav c', '--json', '--as-of', '2026-11-22']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ id: 'tf-14-5-2-c', section: '14-5' });
  });

  it('check runs a check from JSON facts on stdin', () => {
    const r = run('check', ['procurement-options', '--json', '--as-of', '2026-11-22'], JSON.stringify({ estimatedValueNok: 50_000, buyerType: 'municipality', serviceCategory: 'goods-services' }));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ check: 'procurement-options', as_of: '2026-11-22' });
  });

  it('kb:check validates the knowledge base', () => {
    const r = run('kb-check', []);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ entries/);
  });

  it('every CLI in src/cli is built, and its npm script runs the compiled file', () => {
    const clis = readdirSync(join(PROJECT_ROOT, 'src', 'cli')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    for (const name of clis) expect(readdirSync(join(PROJECT_ROOT, 'dist', 'cli')), name).toContain(`${name}.js`);
    for (const name of ['ask', 'check', 'kb-check']) expect(Object.values(scripts)).toContain(`node scripts/run.mjs cli/${name}`);
    expect(scripts.start).toMatch(/^node (--[\w-]+=\d+ )*scripts\/run\.mjs main$/);
  });
});
