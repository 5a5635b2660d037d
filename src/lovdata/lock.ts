/** The lock file: read (a missing file is an empty lock), and written with a header saying what it is. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';
import { LockFile } from '../knowledge/lovdata/schema.ts';

export const LOCK_HEADER = `# Fingerprints of the Lovdata sections the knowledge cites, as an editor last accepted them.
# Written by \`npm run kb:lovdata -- <archives> --accept\` after re-reading the entries; do not edit by hand.
# A fingerprint is sha256 of the section's number, title and ledd (amendment notes left out).
`;

export class LockError extends Error {}

export function readLock(path: string): LockFile {
  if (!existsSync(path)) return { version: 1, entries: {} };
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LockError(`${path}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = LockFile.safeParse(data ?? { version: 1 });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LockError(`${path}: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Written to a temporary file and renamed, so a reader never sees half a lock. */
export function writeLock(path: string, lock: LockFile): void {
  writeAtomically(path, LOCK_HEADER + YAML.stringify(lock, { lineWidth: 0 }));
}

export function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
