/**
 * The structured logger every part of the bot writes to: one line per event,
 * `{"time", "level", "event", ...fields}` as JSON for machines, or a short
 * readable line in development. Every line is redacted (see redact.ts) after it
 * is formatted, so a secret cannot reach the sink whatever a caller passes in.
 *
 * Transport-free on purpose: the knowledge store, the console and the CLIs log
 * through it without loading Slack; src/slack/log.ts adapts it to Bolt's Logger.
 */
import { redact } from './redact.ts';
import { formatJson, formatPretty, LEVELS, type Fields, type Level } from './format.ts';

export type { Fields, Level };
export type LogFormat = 'json' | 'pretty';

/** Where finished lines go; the default is stderr, so a console session's stdout stays clean. */
export type LogSink = (level: Level, line: string) => void;
export const stderrSink: LogSink = (_level, line) => bufferedStderr(line);

/**
 * Lines written to stderr together, at most every FLUSH_MS: one write for many
 * lines. stderr to a pipe or file is written synchronously, and under load a
 * write per request line was a tenth of the bot's CPU; once per turn of the event
 * loop still meant a write per request at a few hundred a second, the requests
 * arriving one by one. Written out at once past MAX_PENDING lines, and when the
 * process exits (process.exit included), so a line is lost only if the process is
 * killed outright, and then only those of the last FLUSH_MS.
 */
export const FLUSH_MS = 50;
const MAX_PENDING = 1000;
let pending: string[] = [];
function flushStderr(): void {
  if (pending.length === 0) return;
  const text = pending.join('');
  pending = [];
  process.stderr.write(text);
}
function bufferedStderr(line: string): void {
  if (pending.length === 0) {
    // Unref'd: a pending flush never keeps the process alive; the exit hook writes what is left.
    setTimeout(flushStderr, FLUSH_MS).unref();
    if (!exitHooked) {
      exitHooked = true;
      process.once('exit', flushStderr);
    }
  }
  pending.push(`${line}\n`);
  if (pending.length >= MAX_PENDING) flushStderr();
}
let exitHooked = false;

export interface Log {
  debug(event: string, fields?: Fields): void;
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  error(event: string, fields?: Fields): void;
  /** True when a line at this level would be written (to skip building costly fields). */
  enabled(level: Level): boolean;
  getLevel(): Level;
  setLevel(level: Level): void;
}

export interface LogOptions {
  level: Level;
  format?: LogFormat;
  /** Values removed from every line (tokens, signing secret). */
  secrets?: readonly string[];
  sink?: LogSink;
  /** Fixed fields on every line (e.g. the process role in the load test). */
  base?: Fields;
  now?: () => Date;
}

export function createLog(options: LogOptions): Log {
  let current = options.level;
  const format = options.format === 'pretty' ? formatPretty : formatJson;
  const sink = options.sink ?? stderrSink;
  const secrets = options.secrets ?? [];
  const now = options.now ?? (() => new Date());
  const enabled = (level: Level) => LEVELS.indexOf(level) >= LEVELS.indexOf(current);
  const write = (level: Level) => (event: string, fields: Fields = {}) => {
    if (!enabled(level)) return;
    // Copied only when there are fixed fields to put first (the load test's role): one object fewer per line otherwise.
    sink(level, redact(format({ time: now(), level, event, fields: options.base ? { ...options.base, ...fields } : fields }), secrets));
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    enabled,
    getLevel: () => current,
    setLevel: (level) => void (current = level),
  };
}

/** Long enough to say what went wrong; short enough that an error quoting user input cannot carry a whole message. */
const MAX_ERROR_MESSAGE = 300;

/**
 * An error as log fields: its name, its message (capped), and the stack frames
 * where they help. The stack's first line repeats the message, so only the
 * frames are kept.
 */
export function errorFields(error: unknown, withStack = true): Fields {
  const err = error instanceof Error ? error : new Error(String(error));
  const message = err.message.length > MAX_ERROR_MESSAGE ? `${err.message.slice(0, MAX_ERROR_MESSAGE)}…` : err.message;
  const frames = withStack && err.stack ? err.stack.split('\n').filter((l) => /^\s+at /.test(l)).join('\n') : '';
  return { error: err.name, message, ...(frames ? { stack: frames } : {}) };
}

/** A log that drops everything, for code paths (tests, one-shot CLIs) that have nothing to say. */
export const silentLog: Log = createLog({ level: 'error', sink: () => undefined });
