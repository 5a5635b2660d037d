/** The `ask` command's contract, run in process (tests/helpers/run-cli.ts); tests/process/cli-smoke.test.ts starts it for real. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const ask = (args: string[], input?: string) => runCli('ask', args, { stdin: input });

describe('ask command contract', () => {
  it('answers a citation with the provision first, as JSON with the contract fields', async () => {
    const r = await ask(['§ 14-5 annet ledd bokstav c', '--json', '--as-of', '2026-11-22']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.query).toBe('§ 14-5 annet ledd bokstav c');
    expect(out.results[0]).toMatchObject({
      id: 'tf-14-5-2-c',
      instrument: 'tiltaksforskriften',
      section: '14-5',
      citation: 'tiltaksforskriften § 14-5 annet ledd bokstav c',
      status: 'in_force',
      url: expect.stringContaining('lovdata.no'),
    });
    for (const res of out.results) {
      expect(Object.keys(res)).toEqual(expect.arrayContaining(['id', 'title', 'citation', 'instrument', 'section', 'status', 'url', 'score']));
      expect(['in_force', 'proposed', 'guidance', 'background', 'historical']).toContain(res.status);
    }
  });

  it('answers as the rules stood on --as-of', async () => {
    const before = JSON.parse((await ask(['§ 13-4', '--json', '--as-of', '2025-06-01'])).stdout);
    expect(before.results[0]).toMatchObject({ id: 'tf-13-4-2025', status: 'in_force', section: '13-4' });
    const after = JSON.parse((await ask(['§ 13-4', '--json', '--as-of', '2026-11-22'])).stdout);
    expect(after.results[0]).toMatchObject({ id: 'tf-13-4', status: 'in_force' });
    expect(after.results.find((r: { id: string }) => r.id === 'tf-13-4-2025')?.status).toBe('historical');
  });

  it('shows adopted chapter 14A as law: pending before 2026-09-01, in force after, absent before it was adopted', async () => {
    const today = JSON.parse((await ask(['14 A-8', '--json', '--as-of', '2026-12-02'])).stdout);
    expect(today.results[0]).toMatchObject({ id: 'tf-14a-8', instrument: 'tiltaksforskriften', section: '14A-8', status: 'in_force' });
    expect((await ask(['14 A-8', '--as-of', '2026-03-01'])).stdout).toContain('VEDTATT – i kraft fra 2026-09-01');
    expect(JSON.parse((await ask(['14 A-8', '--json', '--as-of', '2025-06-01'])).stdout).results).toEqual([]);
  });

  it('limits results with --top', async () => {
    expect(JSON.parse((await ask(['utbytte', '--json', '--top', '2'])).stdout).results).toHaveLength(2);
  });

  it('reads one question per line from stdin with --json and answers each in order', async () => {
    const r = await ask(['--json'], 'foa 8-8\nkoml 26-1\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.query, l.results[0].instrument, l.results[0].section])).toEqual([
      ['foa 8-8', 'anskaffelsesforskriften', '8-8'],
      ['koml 26-1', 'kommuneloven', '26-1'],
    ]);
  });

  it('prints a readable answer with citation, status, summary and link', async () => {
    const r = await ask(['utbytte VTA']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
    expect(r.stdout).toMatch(/\[Gjeldende rett/);
    expect(r.stdout).toContain('https://lovdata.no/');
  });

  it.each([
    [[], /type a question/],
    [['utbytte', '--bogus'], /Unknown option '--bogus'/],
    [['utbytte', '--as-of', '2026-02-30'], /--as-of needs a real date/],
    [['utbytte', '--top', '0'], /--top needs a whole number/],
  ])('rejects bad input %j with one line and exit code 2', async (args, message) => {
    const r = await ask(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('says so when nothing matches, and suggests topics', async () => {
    const out = JSON.parse((await ask(['hva er momssatsen på pizza', '--json'])).stdout);
    expect(out.results).toEqual([]);
    expect(out.suggestions.length).toBeGreaterThan(0);
  });

  it('refuses a question over 800 characters with one line and exit code 2, and answers it as an error line on a stream', async () => {
    const long = 'utbytte '.repeat(120);
    const one = await ask([long]);
    expect(one.code).toBe(2);
    expect(one.stderr.trim()).toMatch(/^error: question too long: \d+ characters, at most 800/);
    const stream = await ask(['--json'], `${long}\nutbytte\n`);
    const [first, second] = stream.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first).toMatchObject({ error: expect.stringMatching(/^question too long/), results: [], kb_version: expect.any(String) });
    expect(second.results.length).toBeGreaterThan(0);
  });
});
