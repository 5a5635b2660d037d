/**
 * The fixed words of a lookup reply in Norwegian and English, shared by the console and
 * Slack, and the parts of an entry read in the asker's language (the English summary
 * where the entry has one). Law titles and citations stay Norwegian: they are the names
 * the sources use.
 */
import type { Entry } from '../knowledge/schema.ts';
import type { LookupHit } from '../search/lookup.ts';
import type { Language } from './language.ts';
import { statusLabel, trustLine } from './labels.ts';

export const REPLY_TEXT = {
  nb: {
    hitsFor: 'Treff for',
    of: 'av',
    rulesAsOf: 'regelverket per',
    rulesAsOfLine: 'Regelverket per',
    numbers: 'Tall',
    change: 'Endring',
    note: 'Merk',
    moreResults: 'Flere treff',
    share: 'Del i kanalen',
    readLovdata: 'Les på Lovdata',
    openSource: 'Åpne kilden',
    source: 'Kilde',
    footer: 'ikke juridisk rådgivning. Les alltid kilden.',
    lookupIn: 'Oppslag i kunnskapsbasen',
    noHits: 'Fant ingenting som passer godt til',
    tryTopics: 'Prøv et av disse temaene, eller slå opp en bestemmelse direkte, f.eks. `§ 14-5` eller `foa 8-8`.',
    tryExamples: 'Prøv for eksempel',
    tryCitation: 'Du kan også slå opp en bestemmelse direkte, f.eks. «§ 14-5» eller «foa 8-8».',
    moreHits: (n: number) => `(${n} treff til)`,
    typeMore: '(skriv «mer» for flere treff)',
    alsoHits: 'Også',
  },
  en: {
    hitsFor: 'Results for',
    of: 'of',
    rulesAsOf: 'rules as of',
    rulesAsOfLine: 'Rules as of',
    numbers: 'Figures',
    change: 'Change',
    note: 'Note',
    moreResults: 'More results',
    share: 'Share in channel',
    readLovdata: 'Read on Lovdata',
    openSource: 'Open the source',
    source: 'Source',
    footer: 'not legal advice. Always read the source.',
    lookupIn: 'Lookup in knowledge base',
    noHits: 'Found nothing that fits',
    tryTopics: 'Try one of these topics, or look up a provision directly, e.g. `§ 14-5` or `foa 8-8`.',
    tryExamples: 'Try for example',
    tryCitation: 'You can also look up a provision directly, e.g. «§ 14-5» or «foa 8-8».',
    moreHits: (n: number) => `(${n} more results)`,
    typeMore: '(type «more» for more results)',
    alsoHits: 'Also',
  },
} as const;

export function replyText(language: Language = 'nb') {
  return REPLY_TEXT[language];
}

/** The summary in the asker's language: English where the entry has one. */
export function summaryIn(entry: Pick<Entry, 'summary' | 'summary_en'>, language: Language = 'nb'): string {
  return (language === 'en' && entry.summary_en ? entry.summary_en : entry.summary).trim();
}

/** A status as a label in the asker's language. */
export function statusLabelIn(hit: Pick<LookupHit, 'status' | 'pending' | 'entry'>, language: Language = 'nb'): string {
  if (language === 'nb') return statusLabel(hit);
  switch (hit.status) {
    case 'in_force':
      if (hit.pending) return `ADOPTED – in force from ${hit.entry.valid_from}`;
      return hit.entry.valid_from ? `Law in force (since ${hit.entry.valid_from})` : 'Law in force';
    case 'historical':
      return `HISTORICAL – applied until ${hit.entry.valid_to}`;
    case 'proposed':
      return 'PROPOSAL – not adopted, not law';
    case 'guidance':
      return 'Guidance (not an act or regulation)';
    case 'background':
      return 'Background (report/assessment, not a rule)';
  }
}

/** How far the entry can be trusted, in the asker's language. */
export function trustLineIn(entry: Pick<Entry, 'verification'>, language: Language = 'nb'): string {
  if (language === 'nb') return trustLine(entry);
  const { compared_with: compared, level, last_verified: checked } = entry.verification;
  const newest = compared.reduce((max, c) => (c.dated > max ? c.dated : max), '');
  if (newest) return `Checked against Lovdata's text as of ${newest}`;
  switch (level) {
    case 'official_text':
      return `Checked against the source's text ${checked}`;
    case 'partial':
      return `Partly checked against the source ${checked}`;
    case 'secondary':
      return `Based on secondary sources, checked ${checked}`;
    case 'seed_only':
      return `Based on the reports behind the knowledge base, checked ${checked}`;
    case 'unverified':
      return 'Not checked against the source';
  }
}
