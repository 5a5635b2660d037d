/** The console reads the live knowledge once per line, so a reload is picked up between two questions. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConsoleHandler } from '../../src/console/console.ts';
import { openKnowledgeStore } from '../../src/knowledge/store.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { copyMiniKb } from '../helpers/kb-fixture.ts';
import { fakeCheckPort } from '../slack/helpers/fake-checks.ts';

describe('console and hot reload', () => {
  it('answers plain questions and slash commands from the version live at each line', async () => {
    const dir = copyMiniKb();
    const opened = openKnowledgeStore({ dir, derive: (kb) => ({ lookup: createLookup(kb), checks: fakeCheckPort() }) });
    if (!opened.ok) throw new Error('fixture invalid');
    const store = opened.store;
    const handle = createConsoleHandler(() => store.current());
    expect(handle('rabarbrasaft')).toMatch(/Fant ingenting|Ingen treff/i);

    const file = join(dir, 'entries', 'vta.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Tiltaksarrangøren kan ikke betale utbytte til eierne.', 'Tiltaksarrangøren kan ikke betale utbytte eller rabarbrasaft.'));
    expect((await store.reload('test')).changed).toBe(true);

    expect(handle('rabarbrasaft')).toContain('Forbud mot utbytte');
    expect(handle('/vta-rules rabarbrasaft')).toContain(store.current().version);
  });
});
