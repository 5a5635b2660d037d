/**
 * A fingerprint of what an entry says, to tell subscribers when it changes. Only the
 * substance counts (section, title, status, dates, summary, numbers, change note, link):
 * a new keyword or a re-verification stamp is not a change of the rule.
 */
import { createHash } from 'node:crypto';
import type { Entry } from './schema.ts';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

export function entryContentHash(entry: Entry): string {
  const { id, source, section, ledd, bokstav, title, status, valid_from, valid_to, adopted, summary, change_note, numbers, url, supersedes } = entry;
  // The English labels of numbers are translations, not substance (like title_en and the other _en fields, left out above).
  const figures = numbers.map(({ label_en: _english, ...n }) => n);
  const substance = { id, source, section, ledd, bokstav, title, status, valid_from, valid_to, adopted, summary: summary.trim(), change_note: change_note?.trim(), numbers: figures, url, supersedes };
  return createHash('sha256').update(JSON.stringify(canonical(substance))).digest('base64url').slice(0, 32);
}

export function entryHashes(entries: readonly Entry[]): Map<string, string> {
  return new Map(entries.map((e) => [e.id, entryContentHash(e)]));
}
