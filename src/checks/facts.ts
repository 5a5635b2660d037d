/**
 * Turning untrusted input (JSON from the CLI, Slack, a test) into facts a check can use.
 * Anything that is not exactly right is refused with an error that names the field and
 * what is allowed: a wrong answer from a check is worse than no answer. `null` means
 * "don't know" and is the same as leaving the fact out.
 */
import type { FactDef } from '../knowledge/checks/schema.ts';

export type FactValue = boolean | number | string | string[];
export type Facts = ReadonlyMap<string, FactValue>;

export interface FactsError {
  kind: 'invalid_facts';
  /** The offending fact, or "" when the input as a whole is wrong. */
  field: string;
  message: string;
  /** What would be accepted, for the user to pick from. */
  allowed: string;
}

import { describeAnswerIn } from './words.ts';

export type ParsedFacts = { ok: true; facts: Facts } | { ok: false; error: FactsError };

const fail = (field: string, message: string, allowed: string): ParsedFacts => ({ ok: false, error: { kind: 'invalid_facts', field, message, allowed } });

export function describeAllowed(def: FactDef): string {
  switch (def.type) {
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${def.values!.map((v) => `"${v.value}"`).join(', ')}`;
    case 'list':
      return `a list of ${def.values!.map((v) => `"${v.value}"`).join(', ')} (may be empty)`;
    case 'number': {
      const unit = def.unit === 'percent' ? ' (percent)' : def.unit === 'nok' ? ' (kroner)' : '';
      return def.max === undefined ? `a number from ${def.min}${unit}` : `a number from ${def.min} to ${def.max}${unit}`;
    }
  }
}

export function parseFacts(input: unknown, defs: readonly FactDef[]): ParsedFacts {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const names = defs.map((d) => d.name).join(', ');
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('', 'facts must be a JSON object, e.g. {"estimatedValueNok": 250000}', `an object with any of: ${names}`);
  }
  const facts = new Map<string, FactValue>();
  for (const [name, raw] of Object.entries(input)) {
    const def = byName.get(name);
    if (!def) return fail(name, `unknown fact "${name}"`, `facts of this check: ${names}`);
    if (raw === null || raw === undefined) continue;
    const value = parseValue(def, raw);
    if (value === undefined) return fail(name, `${name}: ${JSON.stringify(raw) ?? String(raw)} is not allowed`, describeAllowed(def));
    facts.set(name, value);
  }
  return { ok: true, facts };
}

function parseValue(def: FactDef, raw: unknown): FactValue | undefined {
  switch (def.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'number':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
      if (def.min !== undefined && raw < def.min) return undefined;
      if (def.max !== undefined && raw > def.max) return undefined;
      return raw;
    case 'enum':
      return typeof raw === 'string' && def.values!.some((v) => v.value === raw) ? raw : undefined;
    case 'list': {
      if (!Array.isArray(raw)) return undefined;
      if (!raw.every((item) => typeof item === 'string' && def.values!.some((v) => v.value === item))) return undefined;
      return [...new Set(raw as string[])];
    }
  }
}

/** How to answer, in Norwegian, for the question list. */
export function describeAnswer(d: FactDef): string {
  return describeAnswerIn(d, 'nb');
}
