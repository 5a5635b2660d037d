/**
 * Hot reload of the knowledge (src/knowledge/store.ts, watch.ts, hot-reload.ts)
 * on a private copy of the mini knowledge base: a valid edit is served without a
 * restart, a broken edit changes nothing for users and is reported as
 * file:line:col, a burst of edits ends on the last, and a request that took the
 * old snapshot finishes on it.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync, type watch } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openKnowledgeStore, type KnowledgeStore, type ReloadReport } from '../../src/knowledge/store.ts';
import { startHotReload, type HotReload } from '../../src/knowledge/hot-reload.ts';
import { isKnowledgeFile, watchKnowledge } from '../../src/knowledge/watch.ts';
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

/** The first reload report that satisfies `match`, already in or still to come: awaited, not polled (the test timeout guards a hang). */
function report(s: { store: Store; reports: ReloadReport[] }, match: (r: ReloadReport) => boolean): Promise<ReloadReport> {
  const seen = s.reports.find(match);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => {
    const off = s.store.onReload((r) => {
      if (!match(r)) return;
      off();
      resolve(r);
    });
  });
}

const topId = (lookup: Lookup, q: string) => lookup(q, { top: 1, asOf: '2026-11-22' }).hits[0]?.entry.id;

describe('hot reload', () => {
  it('serves a valid edit without a restart, while a request holding the old snapshot finishes on it', async () => {
    const s = setup();
    const before = s.store.current();
    expect(topId(before.lookup, 'multebærsyltetøy')).toBeUndefined();

    s.edit(s.withSummary('Tiltaksarrangøren kan ikke betale utbytte eller multebærsyltetøy til eierne.'));
    await report(s, (r) => r.changed);

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
    const failed = await report(s, (r) => !r.ok);

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
    await report(s, (r) => !r.ok && r !== failed);
    expect(s.store.current()).toBe(good);

    // Fixing the file brings the new version in.
    writeFileSync(s.file, s.original.replace(ORIGINAL_SUMMARY, 'Rettet, ingen utbytte og ingen tyttebærsyltetøy.'));
    await report(s, (r) => r.changed);
    expect(topId(s.store.current().lookup, 'tyttebærsyltetøy')).toBe('tf-14-5-2-c');
  });

  it('ends a burst of saves in one call, with every file changed, once the folder has been quiet for the debounce', () => {
    vi.useFakeTimers();
    try {
      const dir = copyMiniKb();
      const emit = new Map<string, (type: string, name: string | null) => void>();
      const fakeWatch = ((folder: string, _options: unknown, listener: (type: string, name: string | null) => void) => {
        emit.set(folder, listener);
        return Object.assign(new EventEmitter(), { close: () => emit.delete(folder) });
      }) as unknown as typeof watch;
      const calls: string[][] = [];
      const watcher = watchKnowledge(dir, (files) => calls.push(files), { debounceMs: 300, watch: fakeWatch });
      const entries = emit.get(join(dir, 'entries'));
      if (!entries) throw new Error('entries/ is not watched');

      // Ten saves 10 ms apart, each the way editors save (a swap file, then the file itself), then a second file.
      for (let i = 0; i < 10; i++) {
        entries('rename', '.vta.yaml.swp');
        entries('change', 'vta.yaml');
        vi.advanceTimersByTime(10);
      }
      emit.get(dir)?.('change', 'glossary.yaml');
      vi.advanceTimersByTime(299);
      expect(calls).toEqual([]); // still inside the quiet period after the last save
      vi.advanceTimersByTime(1);
      expect(calls).toEqual([['entries/vta.yaml', 'glossary.yaml']]);

      vi.advanceTimersByTime(10_000);
      expect(calls).toHaveLength(1); // nothing left queued: one call for the burst, never one per save
      entries('change', 'vta.yaml');
      vi.advanceTimersByTime(300);
      expect(calls).toEqual([['entries/vta.yaml', 'glossary.yaml'], ['entries/vta.yaml']]);

      watcher.close();
      expect(emit.size).toBe(0);
      entries('change', 'vta.yaml');
      vi.advanceTimersByTime(300);
      expect(calls).toHaveLength(2); // closed: no call after close
    } finally {
      vi.useRealTimers();
    }
  });

  it('serves the last of a burst of real saves', async () => {
    const s = setup({ debounceMs: 100 });
    const words = ['alfaord', 'betaord', 'gammaord', 'deltaord', 'kappaord'];
    for (const w of words) writeFileSync(s.file, s.original.replace(ORIGINAL_SUMMARY, `Tiltaksarrangøren kan ikke betale ${w}.`));
    // A busy machine may split the burst; whatever it did, a reload ends on the last save.
    await report(s, (r) => r.changed && s.store.current().kb.entryById.get('tf-14-5-2-c')?.summary === 'Tiltaksarrangøren kan ikke betale kappaord.');
    const live = s.store.current();
    expect(topId(live.lookup, 'kappaord')).toBe('tf-14-5-2-c');
    expect(topId(live.lookup, 'alfaord')).toBeUndefined();
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
    const r = await report(s, (x) => x.changed);
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
