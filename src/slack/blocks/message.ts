/** What every renderer returns: Block Kit blocks plus the plain fallback text Slack shows in notifications. */
import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** A button value that always fits Slack's 2000 characters, trimming the named string field if needed. */
export function encodeValue<T extends Record<string, unknown>>(value: T, trimField: keyof T, max = 2000): string {
  let v = { ...value };
  let json = JSON.stringify(v);
  while (json.length > max && typeof v[trimField] === 'string' && (v[trimField] as string).length > 0) {
    const s = v[trimField] as string;
    v = { ...v, [trimField]: s.slice(0, Math.floor(s.length * 0.8)) };
    json = JSON.stringify(v);
  }
  return json;
}

/** Parse a button value we wrote ourselves; null if it is not JSON (never trust it further than that). */
export function decodeValue(value: string | undefined): Record<string, unknown> | null {
  if (!value) return null;
  try {
    const v: unknown = JSON.parse(value);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
