/**
 * The parts of an entry read in the asker's language: the English title, summary, figure
 * labels and notes where the entry has them, the Norwegian text where it does not (an
 * answer in Norwegian is better than none). Citations stay Norwegian: they are the names
 * the sources use. The fixed words are in labels.ts.
 */
import type { Entry, RuleNumber, Source } from '../knowledge/schema.ts';
import type { LookupHit } from '../search/lookup.ts';
import { formatNumber, formatValueIn } from '../knowledge/format-number.ts';
import type { Language } from './language.ts';
import { LABELS, labels, statusLabel, trustLine } from './labels.ts';

/** The fixed words of a reply; kept under its old name for the callers that use it. */
export const REPLY_TEXT = LABELS;
export const replyText = labels;

const english = (language: Language | undefined, text: string | undefined): text is string => language === 'en' && Boolean(text?.trim());

/** The title in the asker's language. */
export function titleIn(entry: Pick<Entry, 'title' | 'title_en'>, language: Language = 'nb'): string {
  return english(language, entry.title_en) ? entry.title_en.trim() : entry.title;
}

/** The summary in the asker's language: English where the entry has one. */
export function summaryIn(entry: Pick<Entry, 'summary' | 'summary_en'>, language: Language = 'nb'): string {
  return (english(language, entry.summary_en) ? entry.summary_en : entry.summary).trim();
}

/** What changed (the entry's change note), in the asker's language; undefined when the entry has none. */
export function changeNoteIn(entry: Pick<Entry, 'change_note' | 'change_note_en'>, language: Language = 'nb'): string | undefined {
  if (!entry.change_note) return undefined;
  return (english(language, entry.change_note_en) ? entry.change_note_en : entry.change_note).trim();
}

/** What could not be verified, in the asker's language; undefined when nothing is noted. */
export function unverifiedIn(entry: Pick<Entry, 'verification'>, language: Language = 'nb'): string | undefined {
  const { unverified, unverified_en } = entry.verification;
  if (!unverified) return undefined;
  return (english(language, unverified_en) ? unverified_en : unverified).trim();
}

const EN_COMPARATOR: Record<RuleNumber['comparator'], string> = { exact: '', min: 'at least ', max: 'at most ', more_than: 'more than ', less_than: 'under ' };

/**
 * A number as the rule states it, in the asker's language: «minst 30 %» / "at least 30 %",
 * «17 455 kr per måned» / "NOK 17 455 per month". The digits are written the same way in
 * both, so an amount reads identically.
 */
export function formatNumberIn(n: Pick<RuleNumber, 'value' | 'unit' | 'comparator'>, language: Language = 'nb'): string {
  if (language === 'nb') return formatNumber(n);
  return `${EN_COMPARATOR[n.comparator]}${formatValueIn(n, language)}`;
}

/** «Label: minst 30 %» for each figure, in the asker's language. */
export function numberLineIn(numbers: readonly RuleNumber[], language: Language = 'nb'): string {
  return numbers.map((n) => `${english(language, n.label_en) ? n.label_en : n.label}: ${formatNumberIn(n, language)}`).join('; ');
}

/** A status as a label in the asker's language. */
export function statusLabelIn(hit: Pick<LookupHit, 'status' | 'pending' | 'entry'>, language: Language = 'nb'): string {
  return statusLabel(hit, language);
}

/** How far the entry can be trusted, in the asker's language. */
export function trustLineIn(entry: Pick<Entry, 'verification'>, language: Language = 'nb'): string {
  return trustLine(entry, language);
}

/** A check's title in the asker's language (`title_en` of its file where it has one). */
export function checkTitleIn(check: { title: string; titleEn?: string }, language: Language = 'nb'): string {
  return english(language, check.titleEn) ? check.titleEn : check.title;
}

/** A check's short title (forms, offers) in the asker's language. */
export function checkShortTitleIn(check: { title: string; shortTitle?: string; shortTitleEn?: string; titleEn?: string }, language: Language = 'nb'): string {
  if (english(language, check.shortTitleEn)) return check.shortTitleEn;
  return check.shortTitle ?? checkTitleIn(check, language);
}

/** A check's outcome label (from its file) in the asker's language. */
export function outcomeLabelIn(reply: { outcome: { label: string }; outcomeLabelEn?: string }, language: Language = 'nb'): string {
  return english(language, reply.outcomeLabelEn) ? reply.outcomeLabelEn : reply.outcome.label;
}

/**
 * The hits' citations for the asker: in English, the first citation of each source carries
 * the source's English name once («anskaffelsesforskriften (Public Procurement Regulation)
 * § 8-8»); the short name and the § stay as the source writes them.
 */
export function citationsIn(hits: readonly Pick<LookupHit, 'citation' | 'source'>[], language: Language = 'nb'): string[] {
  if (language !== 'en') return hits.map((h) => h.citation);
  const glossed = new Set<string>();
  return hits.map(({ citation, source }) => {
    const short = source.cite_as;
    if (!source.name_en || glossed.has(source.id) || !citation.startsWith(short)) return citation;
    glossed.add(source.id);
    return `${short} (${source.name_en})${citation.slice(short.length)}`;
  });
}

/** A source's full name in the asker's language (its English name where it has one). */
export function sourceNameIn(source: Pick<Source, 'name' | 'name_en'>, language: Language = 'nb'): string {
  return english(language, source.name_en) ? source.name_en : source.name;
}
