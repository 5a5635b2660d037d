/**
 * `npm run kb:lovdata` as an editor or a nightly job runs it: on archives built from the
 * fixtures, and with --fetch against a loopback server (and an address where nothing
 * listens). Nothing here reaches beyond 127.0.0.1.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { LovdataReport } from '../../src/knowledge/lovdata/schema.ts';
import { FIXTURE_KB, publish, type Published } from './helpers.ts';
import { runCli } from '../helpers/run-cli.ts';

/** In process (tests/helpers/run-cli.ts); tests/process/cli-smoke.test.ts starts the compiled CLI once. */
const run = (args: string[], knowledge: string) => runCli('kb-lovdata', args, { env: { KNOWLEDGE_DIR: knowledge, LOVDATA_REPORT: '', LOVDATA_BASE_URL: '' } });

const copyKb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-lovdata-'));
  cpSync(FIXTURE_KB, dir, { recursive: true });
  return dir;
};

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/);

describe('kb:lovdata on archives', { timeout: 60_000 }, () => {
  let published: Published;
  beforeAll(() => {
    published = publish();
  });

  it('reports, writes the report into the knowledge, exits 1 while entries wait; --accept writes the lock', async () => {
    const kb = copyKb();
    // A broken report left from before does not stop the run that replaces it.
    writeFileSync(join(kb, 'lovdata.report.json'), '{"half": ');
    const first = await run([published.forskrifter, published.lovtidend, '--json', '--today', '2025-09-20'], kb);
    expect(first.code).toBe(1);
    const report = LovdataReport.parse(JSON.parse(first.stdout));
    expect(report.needs_review).toEqual(['foa-1-1', 'foa-3-1', 'foa-3-1-aktivitet', 'foa-3-3', 'foa-7-2', 'tf-1-7', 'tf-13-6']);
    expect(report.amendments.filter((a) => a.pending).map((a) => a.act)).toContain('FOR-2025-08-26-1727');
    expect(JSON.parse(readFileSync(join(kb, 'lovdata.report.json'), 'utf8')).needs_review).toEqual(report.needs_review);

    // Run again with nothing changed: the report file is left as it was (no reload in the bot for nothing).
    const { mtimeMs } = statSync(join(kb, 'lovdata.report.json'));
    expect((await run([published.forskrifter, published.lovtidend, '--today', '2025-09-20'], kb)).code).toBe(1);
    expect(statSync(join(kb, 'lovdata.report.json')).mtimeMs).toBe(mtimeMs);

    const accepted = await run([published.forskrifter, published.lovtidend, '--accept', '--today', '2025-09-20'], kb);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('Ingen oppføringer trenger gjennomgang.');
    const lock = YAML.parse(readFileSync(join(kb, 'lovdata.lock.yaml'), 'utf8'));
    expect(lock.entries['foa-3-1']).toMatchObject({ cites: 'FOR-2016-08-12-974 § 3-1', fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), text_as_of: '2024-03-21', accepted: '2025-09-20' });
    expect(lock.entries['tf-13-6'].amendments_seen).toEqual(['FOR-2025-08-26-1727', 'FOR-2025-09-10-1825']);
  });

  it('the human report names the amendments of 2025 and the entries they touch', async () => {
    const r = await run([published.lovtidend, '--report', '-', '--today', '2025-09-20'], copyKb());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FOR-2025-08-26-1727 (i kraft fra 2026-01-01, IKKE I KRAFT ENNÅ): FOR-2015-12-11-1598 § 13-6 endres → tf-13-6 (ikke gjennomgått: tf-13-6)');
    expect(r.stdout).toContain('FOR-2025-01-02-1 (i kraft 2025-01-10): FOR-2015-12-11-1598 § 1-7 endres → tf-1-7 (ikke gjennomgått: tf-1-7)');
  });

  it('bad input gets one line saying what to type, exit 2', async () => {
    const kb = copyKb();
    const none = await run([], kb);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toMatch(/^error: give Lovdata archives or folders, or --fetch/);
    const missing = await run([join(published.dir, 'nope.tar.bz2')], kb);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^error: .*nope\.tar\.bz2: no such file or folder$/);
    noStack(missing.stderr);
    expect(existsSync(join(kb, 'lovdata.report.json'))).toBe(false);
  });
});

describe('kb:lovdata --fetch', { timeout: 60_000 }, () => {
  let published: Published;
  let server: Server;
  let base: string;
  const requests: string[] = [];
  beforeAll(async () => {
    published = publish();
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/v1/publicData/list') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify([
          { filename: 'gjeldende-sentrale-forskrifter.tar.bz2', lastModified: '2026-12-01T02:32:00Z' },
          { filename: 'lovtidend-avd1-2025.tar.bz2', lastModified: '2026-12-01T02:32:00Z' },
          { filename: 'lovtidend-avd1-2001-2024.tar.bz2', lastModified: '2026-12-01T02:32:00Z' },
        ]));
      } else if (req.url === '/v1/publicData/get/gjeldende-sentrale-forskrifter.tar.bz2') res.end(readFileSync(published.forskrifter));
      else if (req.url === '/v1/publicData/get/lovtidend-avd1-2025.tar.bz2') res.end(readFileSync(published.lovtidend));
      else if (req.url?.startsWith('/slow')) {
        // Never answers: the client's timeout must end it.
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('downloads the current files into the cache and reads them; an unchanged file is not downloaded again', async () => {
    const kb = copyKb();
    const cache = mkdtempSync(join(tmpdir(), 'lovdata-cache-'));
    const r = await run(['--fetch', '--base-url', base, '--cache', cache, '--json', '--today', '2025-09-20'], kb);
    expect(r.code).toBe(1);
    expect(LovdataReport.parse(JSON.parse(r.stdout)).needs_review).toContain('tf-13-6');
    expect(existsSync(join(cache, 'gjeldende-sentrale-forskrifter.tar.bz2'))).toBe(true);
    expect(requests.filter((u) => u.includes('/get/'))).toHaveLength(2);
    expect(requests.some((u) => u.includes('2001-2024'))).toBe(false);
    const again = await run(['--fetch', '--base-url', base, '--cache', cache, '--today', '2025-09-20'], kb);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('unchanged since 2026-12-01T02:32:00Z');
    expect(requests.filter((u) => u.includes('/get/'))).toHaveLength(2);
  });

  it('offline: a clear one-line error, no stack trace, exit 2', async () => {
    // A port where nothing listens on 127.0.0.1: what an offline machine looks like to the client.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await run(['--fetch', '--base-url', `http://127.0.0.1:${port}`, '--cache', mkdtempSync(join(tmpdir(), 'lovdata-cache-'))], copyKb());
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`error: cannot reach 127.0.0.1:${port} (ECONNREFUSED): offline? Download the archives by hand and give their paths instead of --fetch`);
    noStack(r.stderr);
  });

  it('a server that does not answer is given up after --timeout', async () => {
    const r = await run(['--fetch', '--base-url', `${base}/slow`, '--timeout', '0.5', '--cache', mkdtempSync(join(tmpdir(), 'lovdata-cache-'))], copyKb());
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^error: no answer from 127\.0\.0\.1:\d+ within 0\.5 s/);
    noStack(r.stderr);
  });
});
