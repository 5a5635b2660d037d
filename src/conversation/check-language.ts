/**
 * The language of a check asked for on one line, and the one-line command offered to an
 * English asker. A line that names the facts by the check's own (English) fact names
 * («estimatedValueNok=600000») or answers «yes»/«no» is English; the Norwegian short
 * names («verdi=600000») and «ja»/«nei»/«vet ikke» are Norwegian; Norwegian wins a tie.
 */
import type { CheckSpec, FactSpec, Facts } from './check-port.ts';
import type { Language } from '../answers/language.ts';
import { example, parseInlineFacts, shortName } from './facts/inline.ts';

const PART = /([\p{L}_][\p{L}\p{N}_-]*)\s*=\s*("[^"]*"|\S+)/gu;
const ENGLISH_VALUES = new Set(['yes', 'no', 'unknown', "don't know"]);
const NORWEGIAN_VALUES = new Set(['ja', 'nei', 'vet']);

export function factsLanguage(check: CheckSpec, text: string): Language {
  if (/^\s*help\s*$/i.test(text)) return 'en';
  let en = 0;
  let nb = 0;
  for (const [, name = '', raw = ''] of text.matchAll(PART)) {
    const fact = check.facts.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (fact) en++;
    else if (check.facts.some((f) => f.aliases?.some((a) => a.toLowerCase() === name.toLowerCase()))) nb++;
    const value = raw.replace(/"/g, '').toLowerCase();
    if (ENGLISH_VALUES.has(value)) en++;
    if (NORWEGIAN_VALUES.has(value)) nb++;
  }
  return en > nb ? 'en' : 'nb';
}

/**
 * The facts as a one-line command in English: the check's fact names and values, «yes»/«no»;
 * reads back as the same facts (the one-line parser takes fact names and values as they are).
 */
export function englishFactLine(check: CheckSpec, facts: Facts): string {
  return check.facts
    .filter((f) => facts[f.name] !== undefined)
    .map((f) => `${f.name}=${englishValue(f, facts[f.name]!)}`)
    .join(' ');
}

function englishValue(f: FactSpec, value: Facts[string]): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  const one = (v: string) => (/\s/.test(v) ? `"${v}"` : v);
  return Array.isArray(value) ? value.map(one).join(',') : one(value);
}

/** The name a fact is typed by in the asker's language: the check's own name in English, the Norwegian short name otherwise. */
export function factNameIn(f: FactSpec, language: Language = 'nb'): string {
  return language === 'en' ? f.name : shortName(f);
}

/**
 * A one-line example in the asker's language: the check file's first example (or one made
 * from its first facts), in English by the fact names and values it reads back as.
 */
export function exampleIn(check: CheckSpec, language: Language = 'nb'): string {
  const typed = check.command?.examples[0] ?? example(check);
  if (language === 'nb') return typed;
  const parsed = parseInlineFacts(check, typed);
  return englishFactLine(check, parsed.facts) || typed;
}

/**
 * The check as the asker reads it: in English, its facts' questions, help and value labels
 * from the file's English part (Norwegian where it has none). The fact names and values are
 * the same, so a form or a line reads back as the same facts in either language.
 */
export function checkIn(check: CheckSpec, language: Language = 'nb'): CheckSpec {
  return language === 'en' && check.factsEn ? { ...check, facts: check.factsEn } : check;
}
