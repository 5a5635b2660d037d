/**
 * Lovdata's names for things, and how the knowledge's names map onto them.
 *
 * A document has a legacy id (`FOR-2016-08-12-974`, what the knowledge's `lovdata_id`
 * holds), a RefID (`forskrift/2016-08-12-974`, what Lovtidend items name in
 * `dd.changesToDocuments`) and a DokumentID with a base prefix (`SF/forskrift/…`,
 * `LTI/forskrift/…`). A § is `data-name="§8-8"`; the knowledge writes `8-8` or `14 A-6`.
 */

/** `FOR-2016-08-12-974` → `forskrift/2016-08-12-974`; undefined for anything else. */
export function refIdOf(legacyId: string): string | undefined {
  const m = /^(LOV|FOR)-(\d{4}-\d{2}-\d{2})-0*(\d+)$/.exec(legacyId.trim());
  if (!m) return undefined;
  return `${m[1] === 'LOV' ? 'lov' : 'forskrift'}/${m[2]}-${m[3]}`;
}

/** `forskrift/2016-08-12-974` (or `SF/forskrift/…`) → `FOR-2016-08-12-974`. */
export function legacyIdOf(refId: string): string | undefined {
  const m = /(?:^|\/)(lov|forskrift)\/(\d{4}-\d{2}-\d{2})-0*(\d+)$/.exec(refId.trim());
  if (!m) return undefined;
  return `${m[1] === 'lov' ? 'LOV' : 'FOR'}-${m[2]}-${m[3]}`;
}

/** Strips the base prefix of a DokumentID or lovdata-URL: `SF/forskrift/x/§1` → `forskrift/x/§1`. */
export function withoutBase(url: string): string {
  const i = url.search(/(?:^|\/)(lov|forskrift)\//);
  return i <= 0 ? url : url.slice(url[i] === '/' ? i + 1 : i);
}

/**
 * One spelling for a § number so the knowledge's "14 A-6" meets Lovdata's "§14A-6":
 * no "§", no spaces, lower case.
 */
export function sectionKey(section: string): string {
  return section.replace(/§/g, '').replace(/\s+/g, '').toLowerCase();
}

/** How a § is shown to people: "§ 14A-6". */
export function showSection(key: string): string {
  return `§ ${key.replace(/^§/, '').toUpperCase().replace(/^(\d+)([A-Z]?)-(\d+)([A-Z]?)$/, (_, a, b, c, d) => `${a}${b}-${c}${d.toLowerCase()}`)}`;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const MONTHS_SHORT = ['jan', 'feb', 'mars', 'april', 'mai', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'des'];

/** "11. desember 2015" or "4 april 2018" → "2015-12-11"; undefined if it is not such a date. */
export function norwegianDate(day: string, month: string, year: string): string | undefined {
  const m = month.toLowerCase().replace(/\.$/, '');
  let index = MONTHS.indexOf(m);
  if (index < 0) index = MONTHS_SHORT.indexOf(m);
  if (index < 0) return undefined;
  return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "forskrift 11. desember 2015 nr. 1598" (as Lovtidend names the document it amends) → RefID. */
export function refIdFromCitation(text: string): string | undefined {
  const m = /\b(lov|forskrift)\s+(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})\s+nr\.?\s*(\d+)/i.exec(text);
  if (!m) return undefined;
  const date = norwegianDate(m[2]!, m[3]!, m[4]!);
  return date ? `${m[1]!.toLowerCase()}/${date}-${m[5]}` : undefined;
}

/** Norwegian long date for notices: "2026-09-01" → "1. september 2026". */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
