/**
 * Placeholders in the Norwegian texts of a check, so that a text never states a legal
 * number of its own: `{number:foa-8-8/min_share_percent}` becomes "30 %" as the knowledge
 * has it on the date asked, `{fact:disadvantagedEmployeeSharePercent}` the user's answer.
 */
import type { Entry } from '../knowledge/schema.ts';
import type { FactDef } from '../knowledge/checks/schema.ts';
import type { Facts, FactValue } from './facts.ts';
import { NoRuleValueError, numberOn } from './numbers.ts';
import { formatValueIn } from '../knowledge/format-number.ts';
import { CHECK_WORDS, type CheckLanguage } from './words.ts';
import { PLACEHOLDER } from '../knowledge/checks/placeholders.ts';


export interface TemplateContext {
  entryById: ReadonlyMap<string, Entry>;
  factDefs: ReadonlyMap<string, FactDef>;
  facts: Facts;
  asOf: string;
  /** English: numbers and answers written in English («NOK 500 000», «yes»); Norwegian when left out. */
  language?: CheckLanguage;
}

export function fillTemplate(text: string, ctx: TemplateContext): string {
  return text.replace(PLACEHOLDER, (_, kind: string, ref: string) => {
    if (kind === 'number') {
      const [entry = '', number = ''] = ref.split('/');
      try {
        return formatValueIn(numberOn(ctx.entryById.get(entry), { entry, number }, ctx.asOf, ctx.entryById), ctx.language);
      } catch (err) {
        if (err instanceof NoRuleValueError) return CHECK_WORDS[ctx.language ?? 'nb'].noNumber;
        throw err;
      }
    }
    const def = ctx.factDefs.get(ref);
    const value = ctx.facts.get(ref);
    return value === undefined || !def ? CHECK_WORDS[ctx.language ?? 'nb'].notGiven : formatFact(def, value, ctx.language ?? 'nb');
  }).trim();
}

function formatFact(def: FactDef, value: FactValue, language: CheckLanguage): string {
  const w = CHECK_WORDS[language];
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return def.unit ? formatValueIn({ value, unit: def.unit }, language) : String(value);
  const label = (v: string) => def.values?.find((x) => x.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.length ? value.map(label).join(', ') : w.none;
  return label(value);
}
