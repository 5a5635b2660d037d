/** How an entry is cited and linked, derived from its source so the two can never disagree. */
import type { Entry, Source } from './schema.ts';

const LEDD_ORDINALS = ['', 'første', 'annet', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende', 'ellevte', 'tolvte'];

/** "14-5", "14 A-6", "3-1", "26-1", "11-2": numbered like a § in Norwegian statutes. */
export function isParagraphNumber(section: string): boolean {
  return /^\d+(?: ?[A-Z])?-\d+[a-z]?$/.test(section);
}

export function leddOrdinal(ledd: number): string {
  return LEDD_ORDINALS[ledd] ?? `${ledd}.`;
}

/**
 * Whether the entry's section is a § of its source: "14-5" always; a plain "2" or "7a"
 * only in an act or regulation numbered that way. A hearing note numbers its own
 * chapters plainly ("8"), so there only "14 A-6"-style numbers are §§.
 */
function isParagraphOf(section: string, source: Source): boolean {
  if (isParagraphNumber(section)) return true;
  return source.section_label === '§' && !source.section_cite_as && /^\d+ ?[a-z]?$/.test(section);
}

/** The full Norwegian citation, e.g. "tiltaksforskriften § 14-5 annet ledd bokstav c". */
export function formatCitation(entry: Entry, source: Source): string {
  if (!entry.section) return source.cite_as;
  const paragraph = isParagraphOf(entry.section, source);
  const name = paragraph && source.section_cite_as ? source.section_cite_as : source.cite_as;
  const label = paragraph ? '§' : source.section_label === '§' ? 'punkt' : source.section_label;
  const parts = [name, label ? `${label} ${entry.section}` : entry.section];
  if (entry.ledd) parts.push(`${leddOrdinal(entry.ledd)} ledd`);
  if (entry.bokstav) parts.push(`bokstav ${entry.bokstav}`);
  return parts.join(' ');
}

/** The most precise link available: the entry's own, the source's per-section link, or the source. */
export function entryUrl(entry: Entry, source: Source): string | null {
  if (entry.url) return entry.url;
  if (entry.section && source.section_url && isParagraphOf(entry.section, source)) {
    return source.section_url.replace('{section}', entry.section.replace(/ /g, ''));
  }
  return source.url ?? null;
}
