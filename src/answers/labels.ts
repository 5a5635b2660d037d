/** How a status reads to a user, in Norwegian. Shared by the console and Slack. */
import type { LookupHit } from '../search/lookup.ts';
import type { Entry } from '../knowledge/schema.ts';

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

/**
 * One plain line saying how far the entry can be trusted: the newest primary text it was
 * compared with, or what kind of source it rests on. Specific doubts are in `unverified`.
 */
export function trustLine(entry: Pick<Entry, 'verification'>): string {
  const { compared_with: compared, level, last_verified: checked } = entry.verification;
  const newest = compared.reduce((max, c) => (c.dated > max ? c.dated : max), '');
  if (newest) return `Kontrollert mot Lovdatas tekst per ${newest}`;
  switch (level) {
    case 'official_text':
      return `Kontrollert mot kildens tekst ${checked}`;
    case 'partial':
      return `Delvis kontrollert mot kilden ${checked}`;
    case 'secondary':
      return `Bygger på sekundærkilder, kontrollert ${checked}`;
    case 'seed_only':
      return `Bygger på rapportene bak kunnskapsbasen, kontrollert ${checked}`;
    case 'unverified':
      return `Ikke kontrollert mot kilden`;
  }
}
