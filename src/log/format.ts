/**
 * Line formats. JSON for production (one object per line, easy to ship and
 * query); "pretty" for a developer's terminal: time, level, event, then the
 * fields as key=value, with multi-line values (a stack, a list of problems)
 * indented beneath so the line itself stays scannable.
 */
export const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type Level = (typeof LEVELS)[number];
export type Fields = Record<string, unknown>;

export interface LogRecord {
  time: Date;
  level: Level;
  event: string;
  fields: Fields;
}

/** Keys the line itself owns; a field with the same name is renamed rather than allowed to overwrite them. */
const RESERVED = new Set(['time', 'level', 'event']);

export function formatJson(record: LogRecord): string {
  const out: Fields = { time: record.time.toISOString(), level: record.level, event: record.event };
  let plain = true;
  const fields = record.fields;
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue;
    const value = fields[key];
    if (value === undefined) continue;
    out[RESERVED.has(key) ? `field_${key}` : key] = value;
    if (typeof value === 'object' ? value !== null : typeof value === 'bigint') plain = false;
  }
  // Strings, numbers, booleans and null (every request line) need no replacer: JSON.stringify's fast path.
  return plain ? JSON.stringify(out) : safeStringify(out);
}

export function formatPretty(record: LogRecord): string {
  const time = record.time.toISOString().slice(11, 23);
  const inline: string[] = [];
  const below: string[] = [];
  for (const [key, value] of Object.entries(record.fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      below.push(...value.map((v) => `    ${v}`));
      continue;
    }
    const text = typeof value === 'string' ? value : safeStringify(value);
    if (text.includes('\n')) below.push(...text.split('\n').map((l) => `    ${l}`));
    else inline.push(key === 'msg' ? text : `${key}=${/\s/.test(text) ? JSON.stringify(text) : text}`);
  }
  const head = `${time} ${record.level.toUpperCase().padEnd(5)} ${record.event}${inline.length ? ` ${inline.join(' ')}` : ''}`;
  return below.length ? `${head}\n${below.join('\n')}` : head;
}

/** JSON that survives what libraries hand a logger: cycles, BigInt, errors. */
export function safeStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return (
      JSON.stringify(value, (_key, v: unknown) => {
        if (typeof v === 'bigint') return v.toString();
        if (v instanceof Error) return { error: v.name, message: v.message, stack: v.stack };
        if (v && typeof v === 'object') {
          if (seen.has(v)) return '[circular]';
          seen.add(v);
        }
        return v;
      }) ?? String(value)
    );
  } catch {
    return String(value);
  }
}
