/**
 * Watches the knowledge folder and its subfolders (entries/, checks/) and calls
 * back once a burst of changes has gone quiet for `debounceMs`, with the files
 * that changed. Editors save in bursts (write a temp file, rename it over the
 * old one, touch a backup), and a person may save several files in a row; one
 * reload after the last change is what is wanted, and it reads the files as
 * they are then.
 *
 * Folders rather than files are watched, because an editor that saves by
 * renaming replaces the file and a watch on the old one would go silent.
 */
import { watch, readdirSync, statSync, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';
import { errorFields, silentLog, type Log } from '../log/logger.ts';
import { REPORT_FILE } from './lovdata/report-file.ts';

export interface WatchOptions {
  debounceMs: number;
  log?: Log;
  /** node:fs `watch` unless given: tests drive the events themselves, so a burst is exact rather than timed. */
  watch?: typeof watch;
}

export interface Watcher {
  close(): void;
}

/** Only knowledge files count; editor swap files, backups and dotfiles do not. */
export function isKnowledgeFile(name: string | null): boolean {
  if (name === null) return true; // some platforms do not say which file: assume it matters
  const base = name.split(/[\\/]/).pop() ?? name;
  // The kb:lovdata report is served with the knowledge (warnings under answers), so a new one reloads too.
  return !base.startsWith('.') && (/\.ya?ml$/i.test(base) || base === REPORT_FILE);
}

export function watchKnowledge(dir: string, onChange: (files: string[]) => void, options: WatchOptions): Watcher {
  const log = options.log ?? silentLog;
  const watchFn = options.watch ?? watch;
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const fire = () => {
    timer = undefined;
    const files = [...pending].sort();
    pending.clear();
    onChange(files);
  };

  const changed = (folder: string, name: string | null) => {
    if (closed) return;
    // A new subfolder (say checks/ created after start) gets its own watch.
    if (name !== null && folder === dir) watchFolder(join(dir, name), false);
    if (!isKnowledgeFile(name)) return;
    pending.add(relative(dir, join(folder, name ?? '')) || '.');
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, options.debounceMs);
  };

  function watchFolder(folder: string, required: boolean): void {
    if (watchers.has(folder)) return;
    try {
      if (!statSync(folder).isDirectory()) return;
      const w = watchFn(folder, { persistent: false }, (_type, name) => changed(folder, typeof name === 'string' ? name : null));
      w.on('error', (error) => {
        // A removed subfolder ends its watch; the root's own watch going away is worth saying.
        watchers.delete(folder);
        w.close();
        if (folder === dir) log.error('knowledge.watch_failed', { dir, ...errorFields(error, false) });
      });
      watchers.set(folder, w);
    } catch (error) {
      if (required) throw error;
    }
  }

  watchFolder(dir, true);
  for (const name of readdirSync(dir)) watchFolder(join(dir, name), false);
  log.debug('knowledge.watching', { dir, folders: watchers.size, debounce_ms: options.debounceMs });

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
