/** How a status reads to a user, in Norwegian. Shared by the console and Slack. */
import type { LookupHit } from '../search/lookup.ts';
import type { RuleNumber } from '../knowledge/schema.ts';

export function statusLabel(hit: Pick<LookupHit, 'status' | 'pending' | 'entry'>): string {
  switch (hit.status) {
    case 'in_force':
      if (hit.pending) return `VEDTATT – i kraft fra ${hit.entry.valid_from}`;
      return hit.entry.valid_from ? `Gjeldende rett (fra ${hit.entry.valid_from})` : 'Gjeldende rett';
    case 'historical':
      return `HISTORISK – gjaldt til ${hit.entry.valid_to}`;
    case 'proposed':
      return 'FORSLAG – ikke vedtatt, ikke gjeldende rett';
    case 'guidance':
      return 'Veiledning (ikke lov eller forskrift)';
    case 'background':
      return 'Bakgrunn (rapport/vurdering, ikke regel)';
  }
}

const UNIT_SUFFIX: Record<RuleNumber['unit'], string> = {
  percent: ' %',
  nok: ' kr',
  nok_per_month: ' kr per måned',
  nok_per_year: ' kr per år',
  years: ' år',
  months: ' måneder',
  count: '',
};
const COMPARATOR_PREFIX: Record<RuleNumber['comparator'], string> = {
  exact: '',
  min: 'minst ',
  max: 'høyst ',
  more_than: 'mer enn ',
  less_than: 'under ',
};

/** "minst 30 %", "under 100 000 kr", "17 455 kr per måned". */
export function formatNumber(n: RuleNumber): string {
  const value = n.value.toLocaleString('nb-NO').replace(/\u00a0/g, ' ');
  return `${COMPARATOR_PREFIX[n.comparator]}${value}${UNIT_SUFFIX[n.unit]}`;
}
