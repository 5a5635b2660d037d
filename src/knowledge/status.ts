/** What an entry's status is on a given date, taking validity dates into account. */
import type { Entry, Status } from './schema.ts';

export interface EffectiveStatus {
  status: Status;
  /** Adopted law not yet in force on the date asked about. */
  pending: boolean;
}

/** The law's "today" is the date in Norway: at 00:30 on 1 January Oslo time the new year's rules apply. */
const NORWAY_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Oslo is a whole number of hours off UTC (CET or CEST), so its date can only change
 * at the start of a UTC minute: the date formatted once holds for the rest of that
 * minute. Formatting costs more than a lookup's own date checks, once per request.
 */
let cachedMinute = NaN;
let cachedDate = '';

export function todayIso(now?: Date): string {
  if (now) return NORWAY_DATE.format(now);
  const ms = Date.now();
  const minute = Math.floor(ms / 60_000);
  if (minute !== cachedMinute) {
    cachedDate = NORWAY_DATE.format(ms);
    cachedMinute = minute;
  }
  return cachedDate;
}

/**
 * Whether the entry exists on the date: a text adopted later (the 2026 AFT rules were
 * adopted on 2025-08-26) is not part of the law as it stood before that day.
 */
export function existsOn(entry: Entry, date: string): boolean {
  return !entry.adopted || entry.adopted <= date;
}

export function statusOn(entry: Entry, date: string): EffectiveStatus {
  // Guidance, background and proposals that ended (valid_to) read as history after that day.
  if (entry.status !== 'in_force' && entry.status !== 'historical') {
    return { status: entry.valid_to && entry.valid_to < date ? 'historical' : entry.status, pending: false };
  }
  if (entry.valid_to && entry.valid_to < date) return { status: 'historical', pending: false };
  if (entry.valid_from && entry.valid_from > date) return { status: 'in_force', pending: true };
  return { status: 'in_force', pending: false };
}

/** Numbers stated by the entry that apply on the date (undated numbers always apply). */
export function numbersOn(entry: Entry, date: string) {
  return entry.numbers.filter((n) => (!n.valid_from || n.valid_from <= date) && (!n.valid_to || n.valid_to >= date));
}
