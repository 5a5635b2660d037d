/**
 * SIGTERM (and Ctrl-C) → a graceful stop: stop taking new work, let the work in
 * flight finish, close connections cleanly, exit. Bounded: if the work has not
 * finished after `timeoutMs`, the process exits anyway, so a supervisor never
 * has to SIGKILL it. Exit code 0 when everything in flight finished, 1 when the
 * bound cut something off (the log says how much).
 */
import { errorFields, type Log } from '../log/logger.ts';

export interface StopResult {
  /** Work still in flight when the bound was reached (0 = clean). */
  abandoned: number;
}

export interface ShutdownOptions {
  log: Log;
  timeoutMs: number;
  /** Stops intake, waits for the work in flight at most `timeoutMs`, closes connections. */
  stop: (timeoutMs: number) => Promise<StopResult>;
  /** Run last (close the file watcher…); must not throw. */
  cleanup?: () => void;
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

/** A little room past the bound for closing sockets before the hard exit. */
const HARD_EXIT_MARGIN_MS = 1000;

export function installShutdown(options: ShutdownOptions): { shutdown: (reason: string) => Promise<void> } {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let started: Promise<void> | null = null;

  function shutdown(reason: string): Promise<void> {
    if (started) return started;
    const t0 = Date.now();
    options.log.info('shutdown.start', { reason, timeout_ms: options.timeoutMs });
    // The last resort: whatever hangs, the process is gone shortly after the bound.
    const hard = setTimeout(() => {
      options.log.error('shutdown.forced', { reason, after_ms: Date.now() - t0 });
      exit(1);
    }, options.timeoutMs + HARD_EXIT_MARGIN_MS);
    hard.unref();
    started = options
      .stop(options.timeoutMs)
      .then(
        (result) => {
          const code = result.abandoned === 0 ? 0 : 1;
          options.log[code === 0 ? 'info' : 'warn']('shutdown.done', { reason, duration_ms: Date.now() - t0, abandoned: result.abandoned, exit_code: code });
          return code;
        },
        (error: unknown) => {
          options.log.error('shutdown.failed', { reason, ...errorFields(error) });
          return 1;
        },
      )
      .then((code) => {
        clearTimeout(hard);
        options.cleanup?.();
        exit(code);
      });
    return started;
  }

  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) process.once(signal, () => void shutdown(signal));
  return { shutdown };
}
