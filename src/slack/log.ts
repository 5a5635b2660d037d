/**
 * The logger handed to Bolt (and through it to the Web API client). Every line is
 * passed through `redact`, which removes the configured secrets and anything that
 * looks like a Slack token, so no token reaches a log even if a library logs a
 * request at debug level.
 */
import { LogLevel, type Logger } from '@slack/bolt';
import type { LogLevelName } from './config.ts';

const TOKEN_PATTERN = /\b(xox[abeoprs]|xapp)-[A-Za-z0-9-]+/g;

export function redact(text: string, secrets: string[]): string {
  let out = text.replace(TOKEN_PATTERN, '$1-[redacted]');
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join('[redacted]');
  return out;
}

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Where log lines go: stderr by default, so a console session's stdout stays clean. */
export type LogSink = (level: LogLevel, line: string) => void;
const stderrSink: LogSink = (level, line) => process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${line}\n`);

/** A Bolt logger whose every line is redacted before it is written. */
export function redactingLogger(secrets: string[], level: LogLevelName, sink: LogSink = stderrSink): Logger {
  let current = level as LogLevel;
  let name = 'vta-regelbot';
  const write = (at: LogLevel, msgs: unknown[]) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(current)) return;
    const text = msgs.map((m) => (typeof m === 'string' ? m : m instanceof Error ? `${m.name}: ${m.message}\n${m.stack ?? ''}` : safeJson(m))).join(' ');
    sink(at, redact(`[${name}] ${text}`, secrets));
  };
  return {
    debug: (...m: unknown[]) => write(LogLevel.DEBUG, m),
    info: (...m: unknown[]) => write(LogLevel.INFO, m),
    warn: (...m: unknown[]) => write(LogLevel.WARN, m),
    error: (...m: unknown[]) => write(LogLevel.ERROR, m),
    setLevel: (l: LogLevel) => void (current = l),
    getLevel: () => current,
    setName: (n: string) => void (name = n),
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
