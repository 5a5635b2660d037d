/**
 * Loads and validates the knowledge in a worker thread, so a hot reload does not
 * stop the bot from answering while YAML is parsed and every file validated
 * (about 60–160 ms of CPU for the whole knowledge). Only the copy of the result
 * back to the main thread (a few ms) and the index build happen there.
 *
 * One worker, started once and kept (unref'd: it never holds the process open):
 * starting a worker means loading the YAML and schema code again, which costs
 * more than a reload itself, and on a busy two-core machine that CPU would be
 * taken from answering. `warmUp()` starts it ahead of the first reload.
 *
 * In production the worker runs the compiled dist/knowledge/load-worker.js; from
 * the TypeScript sources (tests, development) it registers tsx first. If the
 * worker cannot be used, `load` rejects and the reload fails: the last good
 * version stays live (loading in the main thread instead would stop answering
 * for as long as the load takes, which a large or broken file makes seconds).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadResult } from './load.ts';
import { PROJECT_ROOT } from '../config/project-root.ts';

/** The worker's entry: the TypeScript next to this file, or its compiled copy when this code runs from dist/. */
const ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./load-worker.ts', import.meta.url).href
  : pathToFileURL(join(PROJECT_ROOT, 'dist', 'knowledge', 'load-worker.js')).href;

/** The worker's own bootstrap: TypeScript sources need tsx's loader, compiled ones do not. */
const BOOTSTRAP = `
const entry = ${JSON.stringify(ENTRY)};
(entry.endsWith('.ts') ? import('tsx/esm/api').then(({ register }) => register()) : Promise.resolve()).then(() => import(entry));
`;

export interface OffThreadLoader {
  load(dir: string): Promise<LoadResult>;
  /** Starts the worker now, so the first reload does not pay for it. */
  warmUp(): void;
  close(): Promise<void>;
}

export function createOffThreadLoader(options: { timeoutMs?: number } = {}): OffThreadLoader {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  const failAll = (error: Error) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(error);
    }
  };

  function start(): Worker {
    if (worker) return worker;
    const w = new Worker(BOOTSTRAP, { eval: true });
    w.unref();
    w.on('message', (msg: { id?: number; result?: LoadResult }) => {
      if (msg.id === undefined) return;
      const p = pending.get(msg.id);
      if (!p) return;
      clearTimeout(p.timer);
      pending.delete(msg.id);
      p.resolve(msg.result!);
    });
    // A dead worker is replaced on the next load; whatever was waiting on it fails over to the main thread.
    w.on('error', (error) => {
      if (worker === w) worker = undefined;
      failAll(error);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      failAll(new Error(`knowledge worker exited with code ${code}`));
    });
    worker = w;
    return w;
  }

  return {
    load(dir) {
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => {
          pending.delete(id);
          // A worker stuck this long is not trusted again.
          void worker?.terminate();
          reject(new Error(`loading the knowledge in a worker took over ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        start().postMessage({ id, dir });
      });
    },
    warmUp() {
      start();
    },
    async close() {
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}
