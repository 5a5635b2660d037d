/**
 * Facts typed after a check command: `verdi=450000 andel=35 hovedformål=ja`.
 * Names may be the canonical fact name or a Norwegian alias; values with spaces
 * go in quotes (`oppdragsgiver="annen offentlig"`). Every problem is reported at
 * once, each with what to type instead.
 */
import type { CheckSpec, FactError, Facts, FactSpec } from '../check-port.ts';
import { parseFactValue } from './parse-value.ts';
import { boundedEditDistance } from '../../search/edit-distance.ts';
import type { Language } from '../../answers/language.ts';
import { labels } from '../../answers/labels.ts';

/** On failure, `facts` holds what could be read, so the check can still be run on it while every bad part is reported. */
export type InlineParse = { ok: true; facts: Facts } | { ok: false; errors: FactError[]; facts: Facts };

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

/** A name=value part of the line, with the words without «=» that follow an unquoted value. */
interface Part {
  name: string;
  value: string;
  quoted: boolean;
  rest: string[];
}

/** Splits the line into parts; words before the first name=value are kept apart as loose. */
function partsOf(text: string): { parts: Part[]; leading: string[] } {
  const parts: Part[] = [];
  const leading: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [, name, , dq, guil, sq, bare, loose] = m;
    if (loose !== undefined) {
      const last = parts.at(-1);
      if (last) last.rest.push(loose);
      else leading.push(loose);
      continue;
    }
    parts.push({ name: name!, value: dq ?? guil ?? sq ?? bare ?? '', quoted: bare === undefined, rest: [] });
  }
  return { parts, leading };
}

function looseError(check: CheckSpec, loose: string, language?: Language): FactError {
  const t = labels(language);
  // The Norwegian hint names «verdi», the short name people type; in English, the check's own name of its first number.
  const numberName = language === 'en' ? (check.facts.find((f) => f.type === 'number')?.name ?? 'value') : 'verdi';
  const hint = /^[\d.,]+$/.test(loose) ? t.numbersWithoutSpaces(numberName) : t.writeNameValue(example(check, language));
  return { fact: null, message: t.missingEquals(loose, hint) };
}

/** The name a fact is typed by: the check's own name in English, the short Norwegian one otherwise. */
const typedName = (f: FactSpec, language?: Language) => (language === 'en' ? f.name : shortName(f));

/**
 * Reads `navn=verdi` parts. A value may run over several words without quotes when the words
 * together are one value people write: «verdi=1,5 mill», «andel=35,5 %», «hovedformål=vet ikke»,
 * «kategori=varer og tjenester». Every bad part is reported at once; what could be read is kept.
 */
export function parseInlineFacts(check: CheckSpec, text: string, language?: Language): InlineParse {
  const facts: Facts = {};
  const errors: FactError[] = [];
  const { parts, leading } = partsOf(text);
  for (const loose of leading) errors.push(looseError(check, loose, language));
  for (const part of parts) {
    const spec = findFact(check, part.name);
    if (!spec) {
      const near = nearestName(check, part.name);
      errors.push({ fact: null, message: labels(language).unknownFactName(part.name, near, check.facts.map((f) => typedName(f, language)).join(', ')) });
      for (const loose of part.rest) errors.push(looseError(check, loose, language));
      continue;
    }
    // The longest run of words that reads as one value wins; the words left over are reported.
    let used = 0;
    let parsed = parseFactValue(spec, part.value, language);
    if (!part.quoted) {
      for (let n = part.rest.length; n > 0; n--) {
        const joined = parseFactValue(spec, [part.value, ...part.rest.slice(0, n)].join(' '), language);
        if (joined.ok) {
          parsed = joined;
          used = n;
          break;
        }
      }
    }
    const raw = [part.value, ...part.rest.slice(0, used)].join(' ');
    if (!parsed.ok) errors.push({ fact: spec.name, message: `${typedName(spec, language)}=${raw}: ${parsed.message}` });
    else if (parsed.value !== undefined) facts[spec.name] = parsed.value;
    for (const loose of part.rest.slice(used)) errors.push(looseError(check, loose, language));
  }
  return errors.length ? { ok: false, errors, facts } : { ok: true, facts };
}

export function example(check: CheckSpec, language?: Language): string {
  return check.facts
    .slice(0, 3)
    .map((f) => `${typedName(f, language)}=${exampleValue(f, language)}`)
    .join(' ');
}

function exampleValue(f: FactSpec, language?: Language): string {
  switch (f.type) {
    case 'boolean':
      return language === 'en' ? 'yes' : 'ja';
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
