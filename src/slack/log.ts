/**
 * Bolt's Logger on top of the structured log (src/log): Bolt, the Web API client
 * and the Socket Mode client write through it, so their lines are JSON like ours
 * and pass the same redaction (configured secrets and anything shaped like a
 * Slack token), even if a library logs a request at debug level.
 *
 * Bolt hands loggers variadic messages; they become one event `bolt` with the
 * strings as `msg`, errors as `error`/`message`/`stack`, plain objects merged in
 * as fields. Our own code reaches the structured log behind a Bolt logger with
 * `structuredLog(logger)` to write named events.
 */
import { LogLevel, type Logger } from '@slack/bolt';
import { createLog, errorFields, type Fields, type Log, type LogFormat, type LogSink } from '../log/logger.ts';
import type { LogLevelName } from '../config/config.ts';

export { redact } from '../log/redact.ts';
export type { LogSink } from '../log/logger.ts';

const structured = new WeakMap<Logger, Log>();

/** The structured log behind a logger made here; undefined for any other Bolt logger. */
export function structuredLog(logger: Logger): Log | undefined {
  return structured.get(logger);
}

const isPlain = (v: unknown): v is Fields => {
  if (!v || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

export function boltLogger(log: Log): Logger {
  let name = 'bolt';
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...msgs: unknown[]) => {
    if (!log.enabled(level)) return;
    const words: string[] = [];
    const fields: Fields = {};
    const other: unknown[] = [];
    for (const m of msgs) {
      if (typeof m === 'string') words.push(m);
      else if (m instanceof Error) Object.assign(fields, errorFields(m));
      else if (isPlain(m)) Object.assign(fields, m);
      else other.push(m);
    }
    log[level]('bolt', { source: name, msg: words.join(' ').trim() || undefined, ...fields, ...(other.length ? { data: other } : {}) });
  };
  const logger: Logger = {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (l: LogLevel) => log.setLevel(l as LogLevelName),
    getLevel: () => log.getLevel() as LogLevel,
    setName: (n: string) => void (name = n),
  };
  structured.set(logger, log);
  return logger;
}

/** A redacting Bolt logger with its own structured log (JSON lines to `sink`, stderr by default). */
export function redactingLogger(secrets: string[], level: LogLevelName, sink?: LogSink, format: LogFormat = 'json'): Logger {
  return boltLogger(createLog({ level, secrets, format, ...(sink ? { sink } : {}) }));
}
