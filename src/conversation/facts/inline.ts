/**
 * Facts typed after a check command: `verdi=450000 andel=35 hovedformål=ja`.
 * Names may be the canonical fact name or a Norwegian alias; values with spaces
 * go in quotes (`oppdragsgiver="annen offentlig"`). Every problem is reported at
 * once, each with what to type instead.
 */
import type { CheckSpec, FactError, Facts, FactSpec } from '../check-port.ts';
import { parseFactValue } from './parse-value.ts';
import { boundedEditDistance } from '../../search/edit-distance.ts';

export type InlineParse = { ok: true; facts: Facts } | { ok: false; errors: FactError[] };

const TOKEN = /([^\s=]+)\s*=\s*("([^"]*)"|«([^»]*)»|'([^']*)'|(\S*))|(\S+)/g;

const foldName = (s: string) => s.trim().toLowerCase().normalize('NFC').replace(/-/g, '_');

/** The spec for a typed name, by canonical name or alias, case-insensitive. */
export function findFact(check: CheckSpec, name: string): FactSpec | undefined {
  const wanted = foldName(name);
  return check.facts.find((f) => foldName(f.name) === wanted || (f.aliases ?? []).some((a) => foldName(a) === wanted));
}

/** The shortest name to type for a fact: its first alias, else its own name. */
export function shortName(fact: FactSpec): string {
  return fact.aliases?.[0] ?? fact.name;
}

export function parseInlineFacts(check: CheckSpec, text: string): InlineParse {
  const facts: Facts = {};
  const errors: FactError[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [, name, , dq, guil, sq, bare, loose] = m;
    if (loose !== undefined) {
      const hint = /^[\d.,]+$/.test(loose) ? 'Tall skrives uten mellomrom (verdi=450000) eller i anførselstegn (verdi="450 000").' : `Skriv navn=verdi, f.eks. ${example(check)}.`;
      errors.push({ fact: null, message: `«${loose}» mangler «=». ${hint}` });
      continue;
    }
    const spec = findFact(check, name!);
    if (!spec) {
      const near = nearestName(check, name!);
      errors.push({ fact: null, message: `Kjenner ikke «${name}».${near ? ` Mente du «${near}»?` : ''} Gyldige navn: ${check.facts.map(shortName).join(', ')}.` });
      continue;
    }
    const raw = dq ?? guil ?? sq ?? bare ?? '';
    const parsed = parseFactValue(spec, raw);
    if (!parsed.ok) {
      errors.push({ fact: spec.name, message: `${shortName(spec)}=${raw}: ${parsed.message}` });
      continue;
    }
    if (parsed.value !== undefined) facts[spec.name] = parsed.value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, facts };
}

export function example(check: CheckSpec): string {
  return check.facts
    .slice(0, 3)
    .map((f) => `${shortName(f)}=${exampleValue(f)}`)
    .join(' ');
}

function exampleValue(f: FactSpec): string {
  switch (f.type) {
    case 'boolean':
      return 'ja';
    case 'number':
      return f.max === 100 ? '35' : '450000';
    case 'enum':
    case 'list':
      return f.values?.[0]?.value ?? '…';
  }
}

/** The closest name of the check's facts to a typed one, for "did you mean": a typo or two, or a swapped pair of letters. */
function nearestName(check: CheckSpec, typed: string): string | undefined {
  const wanted = foldName(typed);
  const bound = Math.max(2, Math.floor(wanted.length / 3));
  let best: { name: string; d: number } | undefined;
  for (const f of check.facts) {
    for (const candidate of [f.name, ...(f.aliases ?? [])]) {
      const d = boundedEditDistance(wanted, foldName(candidate), bound);
      if (!best || d < best.d) best = { name: candidate, d };
    }
  }
  return best && best.d <= bound ? best.name : undefined;
}
