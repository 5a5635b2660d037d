import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MINI_KB = join(import.meta.dirname, '..', 'fixtures', 'kb-mini');

/** A private copy of the mini knowledge base, with optional edits applied to files in it. */
export function copyMiniKb(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(MINI_KB, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return dir;
}
