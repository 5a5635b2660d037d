/**
 * Placeholders in the Norwegian texts of a check, so that a text never states a legal
 * number of its own: `{number:foa-8-8/min_share_percent}` becomes "30 %" as the knowledge
 * has it on the date asked, `{fact:disadvantagedEmployeeSharePercent}` the user's answer.
 */
import type { Entry } from '../knowledge/schema.ts';
import type { FactDef } from '../knowledge/checks/schema.ts';
import type { Facts, FactValue } from './facts.ts';
import { NoRuleValueError, numberOn } from './numbers.ts';
import { formatValue } from '../knowledge/format-number.ts';
import { PLACEHOLDER } from '../knowledge/checks/placeholders.ts';


export interface TemplateContext {
  entryById: ReadonlyMap<string, Entry>;
  factDefs: ReadonlyMap<string, FactDef>;
  facts: Facts;
  asOf: string;
}

export function fillTemplate(text: string, ctx: TemplateContext): string {
  return text.replace(PLACEHOLDER, (_, kind: string, ref: string) => {
    if (kind === 'number') {
      const [entry = '', number = ''] = ref.split('/');
      try {
        return formatValue(numberOn(ctx.entryById.get(entry), { entry, number }, ctx.asOf, ctx.entryById));
      } catch (err) {
        if (err instanceof NoRuleValueError) return '(tallet mangler i kunnskapsbasen for datoen)';
        throw err;
      }
    }
    const def = ctx.factDefs.get(ref);
    const value = ctx.facts.get(ref);
    return value === undefined || !def ? '(ikke oppgitt)' : formatFact(def, value);
  }).trim();
}

function formatFact(def: FactDef, value: FactValue): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'number') return def.unit ? formatValue({ value, unit: def.unit }) : String(value);
  const label = (v: string) => def.values?.find((x) => x.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.length ? value.map(label).join(', ') : 'ingen';
  return label(value);
}
