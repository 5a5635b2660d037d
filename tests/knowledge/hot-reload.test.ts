/**
 * Hot reload of the knowledge (src/knowledge/store.ts, watch.ts, hot-reload.ts)
 * on a private copy of the mini knowledge base: a valid edit is served without a
 * restart, a broken edit changes nothing for users and is reported as
 * file:line:col, a burst of edits ends on the last, and a request that took the
 * old snapshot finishes on it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openKnowledgeStore, type KnowledgeStore, type ReloadReport } from '../../src/knowledge/store.ts';
import { startHotReload, type HotReload } from '../../src/knowledge/hot-reload.ts';
import { isKnowledgeFile } from '../../src/knowledge/watch.ts';
import { createLookup, type Lookup } from '../../src/search/lookup.ts';
import { createLog } from '../../src/log/logger.ts';
import { copyMiniKb } from '../helpers/kb-fixture.ts';

const ENTRIES = join('entries', 'vta.yaml');
const ORIGINAL_SUMMARY = 'Tiltaksarrangøren kan ikke betale utbytte til eierne.';

type Store = KnowledgeStore<{ lookup: Lookup }>;

const running: HotReload[] = [];
afterEach(() => running.splice(0).forEach((h) => h.stop()));

function setup(options: { debounceMs?: number; derive?: (kb: Parameters<typeof createLookup>[0]) => { lookup: Lookup } } = {}) {
  const dir = copyMiniKb();
  const lines: string[] = [];
  const log = createLog({ level: 'debug', sink: (_l, line) => lines.push(line) });
  const opened = openKnowledgeStore({ dir, derive: options.derive ?? ((kb) => ({ lookup: createLookup(kb) })), log });
  if (!opened.ok) throw new Error('fixture invalid');
  const store: Store = opened.store;
  const reports: ReloadReport[] = [];
  store.onReload((r) => reports.push(r));
  const hot = startHotReload(store, { dir, watch: true, debounceMs: options.debounceMs ?? 80, log, sighup: false });
  running.push(hot);
  const file = join(dir, ENTRIES);
  const edit = (change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  const withSummary = (summary: string) => (text: string) => text.replace(ORIGINAL_SUMMARY, summary);
  return { dir, store, reports, lines, edit, withSummary, original: readFileSync(file, 'utf8'), file };
}

async function until<T>(check: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const topId = (lookup: Lookup, q: string) => lookup(q, { top: 1, asOf: '2026-11-22' }).hits[0]?.entry.id;

describe('hot reload', () => {
  it('serves a valid edit without a restart, while a request holding the old snapshot finishes on it', async () => {
    const s = setup();
    const before = s.store.current();
    expect(topId(before.lookup, 'multebærsyltetøy')).toBeUndefined();

    s.edit(s.withSummary('Tiltaksarrangøren kan ikke betale utbytte eller multebærsyltetøy til eierne.'));
    await until(() => s.reports.find((r) => r.changed), 'a reload');

    const after = s.store.current();
    expect(after.version).not.toBe(before.version);
    expect(topId(after.lookup, 'multebærsyltetøy')).toBe('tf-14-5-2-c');
    expect(after.kb.entryById.get('tf-14-5-2-c')?.summary).toContain('multebærsyltetøy');
    // The request that started before the edit still sees the version it started with, whole.
    expect(before.kb.entryById.get('tf-14-5-2-c')?.summary).toBe(ORIGINAL_SUMMARY);
    expect(topId(before.lookup, 'multebærsyltetøy')).toBeUndefined();
    expect(Object.isFrozen(after)).toBe(true);
    expect(s.lines.some((l) => JSON.parse(l).event === 'knowledge.reloaded')).toBe(true);
  });

  it('keeps serving the last good version when an edit is broken, and names every problem as file:line:col field: message', async () => {
    const s = setup();
    const good = s.store.current();
    const answer = JSON.stringify(good.lookup('utbytte', { top: 3, asOf: '2026-11-22' }).hits.map((h) => h.entry.id));

    // Two problems: a status that does not exist, and a related id that does not exist.
    s.edit((t) => t.replace('    title: Forbud mot utbytte\n    status: in_force', '    title: Forbud mot utbytte\n    status: maybe').replace('related: [tf-14-5-2-c]', 'related: [no-such-entry]'));
    const failed = await until(() => s.reports.find((r) => !r.ok), 'a failed reload');

    expect(s.store.current()).toBe(good); // the very same snapshot object: nothing changed for users
    expect(JSON.stringify(s.store.current().lookup('utbytte', { top: 3, asOf: '2026-11-22' }).hits.map((h) => h.entry.id))).toBe(answer);
    expect(failed.problems.length).toBeGreaterThanOrEqual(2);
    expect(failed.version).toBe(good.version);
    const problemLines = s.lines.map((l) => JSON.parse(l)).filter((l) => l.event === 'knowledge.problem').map((l) => l.msg as string);
    expect(problemLines).toHaveLength(failed.problems.length);
    expect(problemLines.some((m) => /entries\/vta\.yaml:\d+:\d+ entries\.1\.status: /.test(m))).toBe(true);
    expect(problemLines.some((m) => /entries\/vta\.yaml:\d+:\d+ entries\.0\.related\.0: .*no-such-entry/.test(m))).toBe(true);
    expect(s.lines.some((l) => JSON.parse(l).event === 'knowledge.reload_failed')).toBe(true);

    // YAML that does not even parse is the same story.
    s.edit(() => 'entries:\n  - id: [unclosed\n');
    await until(() => s.reports.filter((r) => !r.ok).length >= 2, 'a second failed reload');
    expect(s.store.current()).toBe(good);

    // Fixing the file brings the new version in.
    writeFileSync(s.file, s.original.replace(ORIGINAL_SUMMARY, 'Rettet, ingen utbytte og ingen tyttebærsyltetøy.'));
    await until(() => s.reports.find((r) => r.changed), 'the fixed reload');
    expect(topId(s.store.current().lookup, 'tyttebærsyltetøy')).toBe('tf-14-5-2-c');
  });

  it('ends a burst of edits on the last one, with no reload per save', async () => {
    const s = setup({ debounceMs: 300 });
    const words = ['alfaord', 'betaord', 'gammaord', 'deltaord', 'epsilonord', 'zetaord', 'etaord', 'thetaord', 'iotaord', 'kappaord'];
    for (const w of words) {
      writeFileSync(s.file, s.original.replace(ORIGINAL_SUMMARY, `Tiltaksarrangøren kan ikke betale ${w}.`));
      await new Promise((r) => setTimeout(r, 10));
    }
    await until(() => s.reports.find((r) => r.changed), 'a reload');
    await new Promise((r) => setTimeout(r, 800)); // anything still queued has run by now
    const live = s.store.current();
    expect(live.kb.entryById.get('tf-14-5-2-c')?.summary).toBe('Tiltaksarrangøren kan ikke betale kappaord.');
    expect(topId(live.lookup, 'kappaord')).toBe('tf-14-5-2-c');
    expect(topId(live.lookup, 'alfaord')).toBeUndefined();
    // One reload for the burst (two if a busy machine stretched a gap past the debounce), never one per save.
    expect(s.reports.length).toBeLessThanOrEqual(3);
  });

  it('runs reloads one at a time: triggers during a reload share one queued run, which reads the latest files', async () => {
    const s = setup();
    running.splice(0).forEach((h) => h.stop()); // only explicit reloads in this test
    writeFileSync(s.file, s.original.replace(ORIGINAL_SUMMARY, 'Første versjon med lakkrisord.'));
    const first = s.store.reload('test 1');
    writeFileSync(s.file, s.original.replace(ORIGINAL_SUMMARY, 'Andre versjon med sjokoladeord.'));
    const queued = [s.store.reload('test 2'), s.store.reload('test 3'), s.store.reload('test 4')];
    expect(queued[0]).toBe(queued[1]);
    const results = await Promise.all([first, ...queued]);
    expect(s.reports).toHaveLength(2);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(topId(s.store.current().lookup, 'sjokoladeord')).toBe('tf-14-5-2-c');
  });

  it('keeps the last good version when building the new index throws', async () => {
    let builds = 0;
    const s = setup({
      derive: (kb) => {
        if (++builds > 1) throw new Error('index build failed');
        return { lookup: createLookup(kb) };
      },
    });
    running.splice(0).forEach((h) => h.stop());
    const good = s.store.current();
    s.edit(s.withSummary('Endret sammendrag, lenger enn tjue tegn.'));
    const r = await s.store.reload('test');
    expect(r).toMatchObject({ ok: false, changed: false, version: good.version, error: 'index build failed' });
    expect(s.store.current()).toBe(good);
  });

  it('reloads on SIGHUP', async () => {
    const s = setup();
    running.splice(0).forEach((h) => h.stop());
    const hot = startHotReload(s.store, { dir: s.dir, watch: false, debounceMs: 0, sighup: true });
    running.push(hot);
    s.edit(s.withSummary('Etter SIGHUP kom bringebærord.'));
    process.emit('SIGHUP');
    const r = await until(() => s.reports.find((x) => x.changed), 'the SIGHUP reload');
    expect(r.reason).toBe('SIGHUP');
    expect(topId(s.store.current().lookup, 'bringebærord')).toBe('tf-14-5-2-c');
  });

  it('ignores editor swap files and backups', () => {
    expect(isKnowledgeFile('vta.yaml')).toBe(true);
    expect(isKnowledgeFile('entries/vta.yml')).toBe(true);
    expect(isKnowledgeFile(null)).toBe(true);
    for (const name of ['.vta.yaml.swp', 'vta.yaml~', '4913', '.#vta.yaml', 'README.md']) expect(isKnowledgeFile(name), name).toBe(false);
  });
});
