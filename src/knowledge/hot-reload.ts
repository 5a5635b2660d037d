/**
 * Turns the triggers into reloads of a knowledge store: a change under the
 * knowledge folder (debounced, see watch.ts) and SIGHUP, the conventional
 * "re-read your configuration" signal (`kill -HUP <pid>`), which also works
 * where file watching does not (some network and container file systems).
 */
import type { KnowledgeStore } from './store.ts';
import { watchKnowledge, type Watcher } from './watch.ts';
import { errorFields, silentLog, type Log } from '../log/logger.ts';

export interface HotReloadOptions {
  dir: string;
  /** Watch the folder; SIGHUP is honoured either way. */
  watch: boolean;
  debounceMs: number;
  log?: Log;
  /** Listen for SIGHUP (off in tests that run many stores in one process). */
  sighup?: boolean;
}

export interface HotReload {
  stop(): void;
}

export function startHotReload(store: KnowledgeStore<object>, options: HotReloadOptions): HotReload {
  const log = options.log ?? silentLog;
  let watcher: Watcher | undefined;
  if (options.watch) {
    try {
      watcher = watchKnowledge(options.dir, (files) => void store.reload(`file change: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`), { debounceMs: options.debounceMs, log });
    } catch (error) {
      // Serving matters more than watching: say so and go on with SIGHUP only.
      log.error('knowledge.watch_failed', { dir: options.dir, ...errorFields(error, false), hint: 'reload with kill -HUP <pid>' });
    }
  }
  const onHup = () => void store.reload('SIGHUP');
  if (options.sighup !== false) process.on('SIGHUP', onHup);
  log.info('knowledge.hot_reload', { dir: options.dir, watching: Boolean(watcher), sighup: options.sighup !== false, pid: process.pid, debounce_ms: options.debounceMs });
  return {
    stop() {
      watcher?.close();
      process.off('SIGHUP', onHup);
    },
  };
}
