/** What an entry's status is on a given date, taking validity dates into account. */
import type { Entry, Status } from './schema.ts';

export interface EffectiveStatus {
  status: Status;
  /** Adopted law not yet in force on the date asked about. */
  pending: boolean;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function statusOn(entry: Entry, date: string): EffectiveStatus {
  if (entry.status !== 'in_force' && entry.status !== 'historical') return { status: entry.status, pending: false };
  if (entry.valid_to && entry.valid_to < date) return { status: 'historical', pending: false };
  if (entry.valid_from && entry.valid_from > date) return { status: 'in_force', pending: true };
  return { status: 'in_force', pending: false };
}

/** Numbers stated by the entry that apply on the date (undated numbers always apply). */
export function numbersOn(entry: Entry, date: string) {
  return entry.numbers.filter((n) => (!n.valid_from || n.valid_from <= date) && (!n.valid_to || n.valid_to >= date));
}
