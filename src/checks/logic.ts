/**
 * Three-valued (Kleene) logic. A missing fact is never defaulted to yes or no: a test on
 * it is `unknown`, and carries the name of the fact, so that the answer can list exactly
 * the questions still open. A definite answer carries no missing facts: they did not matter.
 */
import type { Truth } from './result.ts';

export type { Truth };

export interface Tri {
  value: Truth;
  /** Facts whose absence makes this unknown (empty unless value is unknown). */
  missing: string[];
}

export const MET: Tri = { value: 'met', missing: [] };
export const NOT_MET: Tri = { value: 'not_met', missing: [] };
export const unknown = (...missing: string[]): Tri => ({ value: 'unknown', missing: unique(missing) });
export const fromBoolean = (b: boolean): Tri => (b ? MET : NOT_MET);

/** Not met if any is not met; otherwise unknown if any is unknown; otherwise met. */
export function and(values: Tri[]): Tri {
  if (values.some((v) => v.value === 'not_met')) return NOT_MET;
  const open = values.filter((v) => v.value === 'unknown');
  return open.length ? unknown(...open.flatMap((v) => v.missing)) : MET;
}

/** Met if any is met; otherwise unknown if any is unknown; otherwise not met. */
export function or(values: Tri[]): Tri {
  if (values.some((v) => v.value === 'met')) return MET;
  const open = values.filter((v) => v.value === 'unknown');
  return open.length ? unknown(...open.flatMap((v) => v.missing)) : NOT_MET;
}

export function not(v: Tri): Tri {
  if (v.value === 'unknown') return v;
  return v.value === 'met' ? NOT_MET : MET;
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
