/** Numbers of the knowledge as a Norwegian reader reads them: "30 %", "minst 30 %", "17 455 kr per måned". */
import type { RuleNumber } from './schema.ts';

/** "30 %", "100 000 kr": the value with its unit, without "minst"/"under" (the text says that). */
export function formatValue(n: Pick<RuleNumber, 'value' | 'unit'>): string {
  const value = n.value.toLocaleString('nb-NO').replace(/[\u00a0\u202f]/g, ' ');
  switch (n.unit) {
    case 'percent':
      return `${value} %`;
    case 'nok':
      return `${value} kr`;
    case 'nok_per_month':
      return `${value} kr per måned`;
    case 'nok_per_year':
      return `${value} kr per år`;
    case 'years':
      return `${value} år`;
    case 'months':
      return `${value} måneder`;
    case 'count':
      return value;
  }
}

/**
 * The value with its unit in English: "30 %", "NOK 500 000", "NOK 17 455 per month", "2 years";
 * the digits written as in Norwegian, so an amount reads the same in both languages.
 */
export function formatValueIn(n: Pick<RuleNumber, 'value' | 'unit'>, language: 'nb' | 'en' = 'nb'): string {
  if (language === 'nb') return formatValue(n);
  const digits = formatValue({ value: n.value, unit: 'count' });
  switch (n.unit) {
    case 'percent':
      return `${digits} %`;
    case 'nok':
      return `NOK ${digits}`;
    case 'nok_per_month':
      return `NOK ${digits} per month`;
    case 'nok_per_year':
      return `NOK ${digits} per year`;
    case 'years':
      return `${digits} ${n.value === 1 ? 'year' : 'years'}`;
    case 'months':
      return `${digits} ${n.value === 1 ? 'month' : 'months'}`;
    case 'count':
      return digits;
  }
}

const COMPARATOR_PREFIX: Record<RuleNumber['comparator'], string> = {
  exact: '',
  min: 'minst ',
  max: 'høyst ',
  more_than: 'mer enn ',
  less_than: 'under ',
};

/** "minst 30 %", "under 100 000 kr", "17 455 kr per måned": the value with what the rule says of it. */
export function formatNumber(n: Pick<RuleNumber, 'value' | 'unit' | 'comparator'>): string {
  return `${COMPARATOR_PREFIX[n.comparator]}${formatValue(n)}`;
}
