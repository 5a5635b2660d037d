/** `ask --json` reading questions from a pipe answers each from the knowledge live at that line, and says which version in kb_version. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { copyMiniKb } from '../helpers/kb-fixture.ts';


describe('ask --json on a stream', () => {
  it('picks up a valid edit between lines and keeps the last good version through a broken one', async () => {
    const dir = copyMiniKb();
    const file = join(dir, 'entries', 'vta.yaml');
    const original = readFileSync(file, 'utf8');
    const child = spawn(process.execPath, ['dist/cli/ask.js', '--json', '--top', '1', '--as-of', '2026-11-22'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, KNOWLEDGE_DIR: dir, KNOWLEDGE_RELOAD_DEBOUNCE_MS: '50', LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    /** Resolves when stderr has said `text` (an event, not a sleep). */
    const stderrSays = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!stderr.includes(text)) return;
          child.stderr.off('data', check);
          resolve();
        };
        child.stderr.on('data', check);
        check();
      });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const askLine = async (q: string) => {
      child.stdin.write(`${q}\n`);
      const next = await lines.next();
      return JSON.parse(next.value as string) as { kb_version: string; results: { id: string }[] };
    };
    try {
      const first = await askLine('solbærtoddy');
      expect(first.results).toEqual([]);

      writeFileSync(file, original.replace('Tiltaksarrangøren kan ikke betale utbytte til eierne.', 'Tiltaksarrangøren kan ikke betale utbytte eller solbærtoddy.'));
      await stderrSays('knowledge.reloaded');
      const second = await askLine('solbærtoddy');
      expect(second.kb_version).not.toBe(first.kb_version);
      expect(second.results[0]?.id).toBe('tf-14-5-2-c');

      writeFileSync(file, original.replace('status: in_force', 'status: wrong'));
      await stderrSays('knowledge.reload_failed');
      expect(stderr).toMatch(/entries\/vta\.yaml:\d+:\d+ entries\.0\.status: /);
      const third = await askLine('solbærtoddy');
      expect(third.kb_version).toBe(second.kb_version);
      expect(third.results[0]?.id).toBe('tf-14-5-2-c');
    } finally {
      child.stdin.end();
      await new Promise((r) => child.once('exit', r));
    }
    expect(child.exitCode).toBe(0);
  }, 30_000);
});
