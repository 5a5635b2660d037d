/**
 * `kb:lovdata --fetch`: downloads Lovdata's current public files into a cache folder.
 * `GET <base>/v1/publicData/list` names the files (the Lovtidend year changes, so it is
 * never hard-coded); `GET <base>/v1/publicData/get/<file>` gives each. A file whose
 * `lastModified` has not moved since the last download is not downloaded again.
 * No key is needed for these two calls. Every failure is one plain sentence.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const DEFAULT_BASE_URL = 'https://api.lovdata.no';
/** The real archives are 3–65 MB; anything far larger is not what we asked for. */
const MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;

export interface FetchOptions {
  baseUrl: string;
  cacheDir: string;
  /** For each request, from sending it to the last byte. */
  timeoutMs: number;
  /** Which years of Lovtidend avd. I to take (default: this year and last). */
  years?: number[];
  fetch?: typeof fetch;
  /** Progress lines for the terminal. */
  say?: (line: string) => void;
}

export class FetchError extends Error {}

interface Listed {
  file: string;
  lastModified?: string;
}

/** Which of the listed files the check needs: the consolidated acts and regulations, and Lovtidend of the years asked for. */
export function wantedFiles(listed: Listed[], years: number[]): Listed[] {
  return listed.filter((l) => ['gjeldende-lover.tar.bz2', 'gjeldende-sentrale-forskrifter.tar.bz2'].includes(l.file) || years.some((y) => l.file === `lovtidend-avd1-${y}.tar.bz2`));
}

/** The list's shape is not promised anywhere: accept names, or objects naming a file. */
export function readList(data: unknown): Listed[] {
  const items = Array.isArray(data) ? data : Array.isArray((data as { files?: unknown })?.files) ? (data as { files: unknown[] }).files : [];
  const out: Listed[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push({ file: item });
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const file = [o.filename, o.fileName, o.name, o.file].find((v): v is string => typeof v === 'string');
      const modified = [o.lastModified, o.last_modified, o.updated].find((v): v is string => typeof v === 'string');
      if (file) out.push({ file, ...(modified ? { lastModified: modified } : {}) });
    }
  }
  return out.filter((l) => /^[A-Za-z0-9._-]+\.tar\.bz2$/.test(l.file));
}

function describe(error: unknown, url: string, timeoutMs: number): string {
  const err = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  const host = new URL(url).host;
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer from ${host} within ${timeoutMs / 1000} s (offline? try --timeout, or download the archives by hand and give their paths)`;
  const code = err?.cause?.code ?? '';
  if (['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET'].includes(code)) {
    return `cannot reach ${host} (${code}): offline? Download the archives by hand and give their paths instead of --fetch`;
  }
  return `cannot download ${url} (${err?.cause?.message ?? err?.message ?? String(error)})`;
}

async function get(url: string, options: FetchOptions): Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: '*/*' } });
  } catch (error) {
    throw new FetchError(describe(error, url, options.timeoutMs));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new FetchError(`${url} answered ${response.status} ${response.statusText}`.trim());
  }
  return response;
}

interface Manifest {
  [file: string]: { lastModified?: string; downloaded: string };
}

/** Downloads what changed; returns the local paths of every archive the check needs. */
export async function fetchPublicData(options: FetchOptions): Promise<string[]> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const say = options.say ?? (() => {});
  const now = new Date();
  const years = options.years ?? [now.getUTCFullYear() - 1, now.getUTCFullYear()];
  const listUrl = `${base}/v1/publicData/list`;
  const listResponse = await get(listUrl, options);
  let data: unknown;
  try {
    data = await listResponse.json();
  } catch (error) {
    throw new FetchError(describe(error, listUrl, options.timeoutMs).replace(/^cannot download/, 'cannot read the list at'));
  }
  const wanted = wantedFiles(readList(data), years);
  if (wanted.length === 0) throw new FetchError(`${listUrl} lists none of the files the check needs (gjeldende-lover.tar.bz2, gjeldende-sentrale-forskrifter.tar.bz2, lovtidend-avd1-<year>.tar.bz2)`);

  mkdirSync(options.cacheDir, { recursive: true });
  const manifestPath = join(options.cacheDir, 'manifest.json');
  const manifest: Manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {};
  const paths: string[] = [];
  for (const { file, lastModified } of wanted) {
    const path = join(options.cacheDir, file);
    paths.push(path);
    const known = manifest[file];
    if (existsSync(path) && known && lastModified && known.lastModified === lastModified) {
      say(`${file}: unchanged since ${lastModified}`);
      continue;
    }
    const url = `${base}/v1/publicData/get/${encodeURIComponent(file)}`;
    const response = await get(url, options);
    const size = Number(response.headers.get('content-length') ?? 0);
    if (size > MAX_DOWNLOAD_BYTES) throw new FetchError(`${url} is ${size} bytes, more than the ${MAX_DOWNLOAD_BYTES} expected`);
    const tmp = `${path}.part`;
    let received = 0;
    try {
      const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
      body.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_DOWNLOAD_BYTES) body.destroy(new Error(`more than ${MAX_DOWNLOAD_BYTES} bytes`));
      });
      await pipeline(body, createWriteStream(tmp));
    } catch (error) {
      rmSync(tmp, { force: true });
      throw new FetchError(describe(error, url, options.timeoutMs));
    }
    renameSync(tmp, path);
    manifest[file] = { ...(lastModified ? { lastModified } : {}), downloaded: now.toISOString() };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    say(`${file}: downloaded ${received} bytes`);
  }
  return paths;
}
