/** Loading the knowledge in a worker thread gives exactly what loading in this thread gives; when the worker fails, the reload fails and the last good version stays. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createOffThreadLoader } from '../../src/knowledge/load-off-thread.ts';
import { openKnowledgeStore } from '../../src/knowledge/store.ts';
import { createLog } from '../../src/log/logger.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { copyMiniKb, MINI_KB } from '../helpers/kb-fixture.ts';

const loader = createOffThreadLoader();
afterAll(() => loader.close());

describe('loading in a worker thread', () => {
  it('gives the same knowledge base, Maps and all', async () => {
    const here = loadKnowledge(MINI_KB);
    const there = await loader.load(MINI_KB);
    expect(there.ok && here.ok).toBe(true);
    if (!there.ok || !here.ok) return;
    expect(there.kb.version).toBe(here.kb.version);
    expect(there.kb.sources).toBeInstanceOf(Map);
    expect(there.kb.entryById).toBeInstanceOf(Map);
    expect(there.kb).toEqual(here.kb);
  }, 20_000);

  it('gives the same problems for a broken file', async () => {
    const dir = copyMiniKb({ [join('entries', 'vta.yaml')]: (t) => t.replace('status: in_force', 'status: nope') });
    const there = await loader.load(dir);
    expect(there).toEqual(loadKnowledge(dir));
    expect(there.ok).toBe(false);
  }, 20_000);

  it('lets a store reload through the worker; when the worker fails, the reload fails and the last good version stays', async () => {
    const dir = copyMiniKb();
    const lines: string[] = [];
    const log = createLog({ level: 'debug', sink: (_l, line) => lines.push(line) });
    const file = join(dir, 'entries', 'vta.yaml');
    const edit = (word: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/Tiltaksarrangøren kan ikke betale [^\n]*/, `Tiltaksarrangøren kan ikke betale ${word} til eierne.`));

    const viaWorker = openKnowledgeStore({ dir, derive: (kb) => ({ lookup: createLookup(kb) }), log, load: loader.load });
    if (!viaWorker.ok) throw new Error('fixture invalid');
    edit('pæresaft');
    expect((await viaWorker.store.reload('test')).changed).toBe(true);
    expect(viaWorker.store.current().kb.entryById.get('tf-14-5-2-c')?.summary).toContain('pæresaft');

    // The files are valid and changed, but the worker fails: no loading in this thread instead.
    const failing = openKnowledgeStore({ dir, derive: (kb) => ({ lookup: createLookup(kb) }), log, load: () => Promise.reject(new Error('worker timed out')) });
    if (!failing.ok) throw new Error('fixture invalid');
    const kept = failing.store.current().version;
    edit('eplesaft');
    const report = await failing.store.reload('test');
    expect(report).toMatchObject({ ok: false, changed: false, version: kept, error: 'worker timed out' });
    expect(failing.store.current().version).toBe(kept);
    expect(failing.store.current().kb.entryById.get('tf-14-5-2-c')?.summary).toContain('pæresaft');
    expect(lines.some((l) => l.includes('"event":"knowledge.reload_failed"') && l.includes('worker timed out'))).toBe(true);
    expect(lines.some((l) => l.includes('knowledge.load_fallback'))).toBe(false);
  }, 20_000);

  it('replaces a worker that died, and serves loads in order', async () => {
    const own = createOffThreadLoader();
    const [a, b] = await Promise.all([own.load(MINI_KB), own.load(MINI_KB)]);
    expect(a.ok && b.ok).toBe(true);
    await own.close();
    expect((await own.load(MINI_KB)).ok).toBe(true); // a fresh worker
    await own.close();
  }, 20_000);
});
