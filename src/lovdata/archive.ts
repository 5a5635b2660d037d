/**
 * Lovdata's files as published: `.tar.bz2` archives (`gjeldende-lover.tar.bz2`,
 * `gjeldende-sentrale-forskrifter.tar.bz2`, `lovtidend-avd1-<year>.tar.bz2`), folders
 * of unpacked `.xml` files, or single files. Each XML file is handed on as text, one
 * at a time, so memory stays at one document however large the archive.
 *
 * bzip2 is decompressed by the system's `bzip2` (C, and in a process of its own, so it
 * runs on the second core while this one parses); the tar stream is split into files
 * by `tar-stream`.
 */
import { spawn } from 'node:child_process';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import tar from 'tar-stream';

export interface LovdataFile {
  /** Where it came from: the archive or folder given. */
  origin: string;
  /** Path inside the archive, or the file's path. */
  name: string;
  text: string;
}

/** No Lovdata document comes near this; a larger entry is not a Lovdata document. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export class ArchiveError extends Error {}

export function isArchive(path: string): boolean {
  return /\.tar\.bz2$|\.tbz2?$/i.test(path);
}

export async function* readLovdataFiles(paths: string[]): AsyncGenerator<LovdataFile> {
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new ArchiveError(`${path}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const file of filesUnder(path)) {
        if (isArchive(file)) yield* readArchive(file);
        else yield { origin: path, name: file, text: readFileSync(file, 'utf8') };
      }
    } else if (isArchive(path)) {
      yield* readArchive(path);
    } else if (/\.xml$/i.test(path)) {
      if (stat.size > MAX_DOCUMENT_BYTES) throw new ArchiveError(`${path}: larger than ${MAX_DOCUMENT_BYTES} bytes, not a Lovdata document`);
      yield { origin: path, name: path, text: readFileSync(path, 'utf8') };
    } else {
      throw new ArchiveError(`${path}: expected a .tar.bz2 archive, a folder or an .xml file`);
    }
  }
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else if (/\.xml$/i.test(name) || isArchive(name)) out.push(path);
  }
  return out;
}

async function* readArchive(path: string): AsyncGenerator<LovdataFile> {
  const bzip2 = spawn('bzip2', ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  bzip2.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 500) stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    bzip2.on('error', (error: NodeJS.ErrnoException) =>
      reject(new ArchiveError(error.code === 'ENOENT' ? 'the bzip2 program is not installed (apt-get install bzip2)' : `bzip2: ${error.message}`)),
    );
    bzip2.on('close', resolve);
  });
  exited.catch(() => {});
  const input = createReadStream(path);
  input.on('error', (error) => bzip2.stdin.destroy(error));
  bzip2.stdin.on('error', () => {}); // bzip2 stopping early is reported through its exit code
  input.pipe(bzip2.stdin);
  const extract = tar.extract();
  bzip2.stdout.pipe(extract);
  try {
    for await (const entry of extract) {
      const { name, size, type } = entry.header;
      if (type !== 'file' || !/\.xml$/i.test(name) || (size ?? 0) > MAX_DOCUMENT_BYTES) {
        entry.resume();
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      yield { origin: path, name, text: Buffer.concat(chunks).toString('utf8') };
    }
  } catch (error) {
    const code = await Promise.race([exited, Promise.resolve(null)]).catch(() => null);
    throw new ArchiveError(`${basename(path)}: cannot read the archive (${stderr.trim() || (error as Error).message}${code ? `, bzip2 exit ${code}` : ''})`);
  } finally {
    input.destroy();
    if (bzip2.exitCode === null) bzip2.kill();
  }
  const code = await exited;
  if (code !== 0) throw new ArchiveError(`${basename(path)}: not a bzip2 archive (${stderr.trim() || `bzip2 exit ${code}`})`);
}
