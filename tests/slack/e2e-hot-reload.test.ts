/**
 * Hot reload seen from Slack: the real Bolt app over signed HTTP (helpers/harness.ts)
 * answering from a knowledge store over a private copy of the mini knowledge base.
 * A valid edit reaches users without a restart (answers and the Home tab's
 * version); a broken edit changes nothing users see; a request answers from the
 * snapshot it started with even if the store moves on meanwhile.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeStore, type KnowledgeStore } from '../../src/knowledge/store.ts';
import { startHotReload, type HotReload } from '../../src/knowledge/hot-reload.ts';
import { createLookup } from '../../src/search/lookup.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { copyMiniKb } from '../helpers/kb-fixture.ts';
import { fakeCheckPort } from './helpers/fake-checks.ts';
import { waitFor } from './helpers/fake-slack.ts';
import { startHarness, text, type Harness } from './helpers/harness.ts';
import { event, USER } from './helpers/slack-requests.ts';

const ORIGINAL = 'Tiltaksarrangøren kan ikke betale utbytte til eierne.';
let h: Harness;
let store: KnowledgeStore<Omit<Knowledge, 'kb'>>;
let hot: HotReload;
let file: string;
let original: string;

beforeAll(async () => {
  const dir = copyMiniKb();
  file = join(dir, 'entries', 'vta.yaml');
  original = readFileSync(file, 'utf8');
  const opened = openKnowledgeStore({ dir, derive: (kb) => ({ lookup: createLookup(kb), checks: fakeCheckPort() }) });
  if (!opened.ok) throw new Error('fixture invalid');
  store = opened.store;
  hot = startHotReload(store, { dir, watch: true, debounceMs: 50, sighup: false });
  h = await startHarness();
  h.useKnowledge(() => store.current());
});
afterAll(async () => {
  hot.stop();
  await h.stop();
});

function ask(question: string) {
  return h.command('/vta-rules', question);
}

async function homeTab(): Promise<string> {
  const before = h.slack.apiCalls('views.publish').length;
  await h.send(event({ type: 'app_home_opened', user: USER.id, channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000300' }));
  return text(await waitFor(() => h.slack.apiCalls('views.publish')[before]?.args.view, 'views.publish'));
}

async function reloaded(predicate: (r: { ok: boolean; changed: boolean }) => boolean) {
  return new Promise<void>((resolve) => {
    const off = store.onReload((r) => {
      if (predicate(r)) {
        off();
        resolve();
      }
    });
  });
}

describe('hot reload through Slack', () => {
  it('serves a valid edit without a restart, and the Home tab shows the new version', async () => {
    const v1 = store.current().version;
    expect(text(await ask('havtornsaft'))).toContain('Fant ingenting som passer godt');
    expect(await homeTab()).toContain(v1);

    const done = reloaded((r) => r.changed);
    writeFileSync(file, original.replace(ORIGINAL, 'Tiltaksarrangøren kan ikke betale utbytte eller havtornsaft til eierne.'));
    await done;

    const v2 = store.current().version;
    expect(v2).not.toBe(v1);
    const answer = text(await ask('havtornsaft'));
    expect(answer).toContain('Forbud mot utbytte');
    expect(answer).toContain(v2);
    const home = await homeTab();
    expect(home).toContain(v2);
    expect(home).not.toContain(v1);
  });

  it('changes nothing users see when an edit is broken', async () => {
    const good = store.current();
    const before = await ask('utbytte');
    const homeBefore = await homeTab();

    const done = reloaded((r) => !r.ok);
    writeFileSync(file, original.replace('    status: in_force\n    summary: Tiltaksarrangøren', '    status: not-a-status\n    summary: Tiltaksarrangøren'));
    await done;

    expect(store.current()).toBe(good);
    const after = await ask('utbytte');
    expect(after.blocks).toEqual(before.blocks);
    expect(await homeTab()).toBe(homeBefore);
  });

  it('answers from the snapshot the request started with, even if the store moves on meanwhile', async () => {
    const pinned = store.current();
    let calls = 0;
    // The first read (when the request starts) gets the pinned version; any later read would get a different, empty one.
    const empty = { ...pinned, kb: { ...pinned.kb, version: 'other-version' }, lookup: createLookup({ ...pinned.kb, entries: [] }) };
    h.useKnowledge(() => (++calls === 1 ? pinned : empty));
    try {
      const answer = text(await ask('utbytte'));
      expect(answer).toContain('Forbud mot utbytte');
      expect(answer).toContain(pinned.version);
      expect(answer).not.toContain('other-version');
    } finally {
      h.useKnowledge(() => store.current());
    }
  });
});
