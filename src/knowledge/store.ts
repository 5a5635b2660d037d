/**
 * The live knowledge: one immutable snapshot `{kb, version, loadedAt, ...derived}`
 * (derived = what is built from the kb, e.g. the lookup index and the check port),
 * replaced whole on reload.
 *
 * A reload loads, validates and builds the new snapshot off to the side, in local
 * variables, and swaps it in with a single assignment only when every step
 * succeeded. Until then, and for good if it fails, `current()` returns the last
 * good snapshot. Callers take the snapshot once per request and pass it along, so
 * a request in flight finishes on the version it started with whatever happens
 * to the store meanwhile.
 *
 * Reloads never overlap: a reload asked for while one runs is queued, and all the
 * requests that arrive meanwhile share that one queued run, which reads the files
 * as they are when it starts. So a burst of triggers ends on the last state.
 */
import { performance } from 'node:perf_hooks';
import { loadKnowledge, type KnowledgeBase, type LoadResult } from './load.ts';
import { formatProblem, type Problem } from './problems.ts';
import { errorFields, silentLog, type Log } from '../log/logger.ts';

export type Snapshot<D extends object> = Readonly<
  {
    kb: KnowledgeBase;
    /** The content hash of the knowledge files (kb.version), shown on the Home tab and in `ask --json`. */
    version: string;
    /** When this snapshot went live (ISO time). */
    loadedAt: string;
  } & D
>;

export interface ReloadReport {
  ok: boolean;
  /** What triggered it: "file change", "SIGHUP", "test"… */
  reason: string;
  /** The version live after the reload (the old one when it failed or nothing changed). */
  version: string;
  previousVersion: string;
  changed: boolean;
  /** Every problem found, when validation failed. */
  problems: Problem[];
  /** Set when building the derived parts (the index…) threw. */
  error?: string;
  durationMs: number;
  at: string;
}

export interface KnowledgeStore<D extends object> {
  /** The live snapshot. Take it once per request and pass it on; never re-read it mid-request. */
  current(): Snapshot<D>;
  /** Load, validate and build off to the side, then swap. Never rejects; the report says what happened. */
  reload(reason: string): Promise<ReloadReport>;
  /** The last reload's report (undefined before the first). */
  lastReload(): ReloadReport | undefined;
  /** Called after every reload, successful or not. Returns an unsubscribe function. */
  onReload(listener: (report: ReloadReport) => void): () => void;
}

export interface StoreOptions<D extends object> {
  dir: string;
  /** Builds everything served from a kb (index, checks). Runs off to the side; may throw, which fails the reload. */
  derive: (kb: KnowledgeBase) => D;
  log?: Log;
  /**
   * How a reload reads and validates the files. Default: loadKnowledge in this
   * thread. The bot passes a worker's load (load-off-thread.ts); when it rejects
   * (the worker died or timed out), the reload fails and the last good version stays.
   */
  load?: (dir: string) => Promise<LoadResult>;
}

export type OpenResult<D extends object> = { ok: true; store: KnowledgeStore<D> } | { ok: false; problems: Problem[] };

/** Lets requests already queued on the event loop run between the heavy, synchronous steps of a reload. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

function freezeSnapshot<D extends object>(kb: KnowledgeBase, derived: D): Snapshot<D> {
  return Object.freeze({ ...derived, kb: Object.freeze(kb), version: kb.version, loadedAt: new Date().toISOString() }) as Snapshot<D>;
}

/** Loads the knowledge once; fails with the problems if it is invalid (there is no last good version yet). */
export function openKnowledgeStore<D extends object>(options: StoreOptions<D>): OpenResult<D> {
  const loaded = loadKnowledge(options.dir);
  if (!loaded.ok) return loaded;
  return { ok: true, store: createKnowledgeStore(freezeSnapshot(loaded.kb, options.derive(loaded.kb)), options) };
}

export function createKnowledgeStore<D extends object>(initial: Snapshot<D>, options: StoreOptions<D>): KnowledgeStore<D> {
  const log = options.log ?? silentLog;
  // No fallback to this thread when the given loader (the worker) fails: a load that made
  // the worker fail or time out would stop every answer here for as long as it takes.
  const load = options.load ?? (async (dir: string) => loadKnowledge(dir));
  let live = initial;
  let last: ReloadReport | undefined;
  let running: Promise<ReloadReport> | null = null;
  let queued: Promise<ReloadReport> | null = null;
  const listeners = new Set<(report: ReloadReport) => void>();

  async function run(reason: string): Promise<ReloadReport> {
    const started = performance.now();
    const previous = live;
    const report = (fields: Partial<ReloadReport> & Pick<ReloadReport, 'ok' | 'version' | 'changed'>): ReloadReport => ({
      reason,
      previousVersion: previous.version,
      problems: [],
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      at: new Date().toISOString(),
      ...fields,
    });

    await yieldToRequests();
    let loaded: LoadResult;
    try {
      loaded = await load(options.dir);
    } catch (error) {
      const r = report({ ok: false, version: previous.version, changed: false, error: String((error as Error)?.message ?? error) });
      log.error('knowledge.reload_failed', { reason, kept_version: previous.version, duration_ms: r.durationMs, ...errorFields(error, false), hint: 'the files could not be loaded; users keep getting answers from the kept version' });
      return r;
    }
    if (!loaded.ok) {
      for (const p of loaded.problems) log.warn('knowledge.problem', { msg: formatProblem(p) });
      const r = report({ ok: false, version: previous.version, changed: false, problems: loaded.problems });
      log.error('knowledge.reload_failed', { reason, problems: loaded.problems.length, kept_version: previous.version, duration_ms: r.durationMs, hint: 'fix the files above; users keep getting answers from the kept version' });
      return r;
    }
    if (loaded.kb.version === previous.version) {
      const r = report({ ok: true, version: previous.version, changed: false });
      log.debug('knowledge.unchanged', { reason, kb_version: previous.version, duration_ms: r.durationMs });
      return r;
    }
    await yieldToRequests();
    let next: Snapshot<D>;
    try {
      next = freezeSnapshot(loaded.kb, options.derive(loaded.kb));
    } catch (error) {
      const r = report({ ok: false, version: previous.version, changed: false, error: String((error as Error)?.message ?? error) });
      log.error('knowledge.reload_failed', { reason, kept_version: previous.version, duration_ms: r.durationMs, ...errorFields(error) });
      return r;
    }
    // The swap: one assignment. Everything above worked on local variables only.
    live = next;
    const r = report({ ok: true, version: next.version, changed: true });
    log.info('knowledge.reloaded', { reason, kb_version: next.version, previous_version: previous.version, entries: next.kb.entries.length, duration_ms: r.durationMs });
    return r;
  }

  function finish(report: ReloadReport): ReloadReport {
    last = report;
    for (const listener of listeners) {
      try {
        listener(report);
      } catch (error) {
        log.error('knowledge.reload_listener_failed', errorFields(error));
      }
    }
    return report;
  }

  function reload(reason: string): Promise<ReloadReport> {
    if (!running) {
      running = run(reason)
        .catch((error: unknown): ReloadReport => {
          // run() handles its own failures; this is a last guard so reload() never rejects.
          log.error('knowledge.reload_failed', { reason, ...errorFields(error) });
          return { ok: false, reason, version: live.version, previousVersion: live.version, changed: false, problems: [], error: String(error), durationMs: 0, at: new Date().toISOString() };
        })
        .then(finish)
        .finally(() => {
          running = null;
        });
      return running;
    }
    // One queued run serves every trigger that arrives while a reload is running: it reads the files when it starts.
    queued ??= running.then(() => {
      queued = null;
      return reload(reason);
    });
    return queued;
  }

  return {
    current: () => live,
    reload,
    lastReload: () => last,
    onReload(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
