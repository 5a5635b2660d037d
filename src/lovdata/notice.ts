/**
 * The short, calm line shown under an answer whose law has moved since the entry was
 * checked: from the last kb:lovdata report the bot has loaded, never from the network.
 * One function for every surface (console, CLI, Slack), so they say the same thing.
 */
import { longDate, showSection } from './ids.ts';
import type { LovdataReport, Notice, ReportEntry, SectionText } from '../knowledge/lovdata/schema.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-09-01" → "1 September 2026", for the English notice. */
function longDateEn(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** The notice's words in each language; `by` and `from` arrive with their leading space (or empty). */
const WORDS = {
  nb: {
    date: longDate,
    by: (act: string) => ` ved ${act}`,
    from: (date: string) => ` fra ${date}`,
    amended: (by: string, from: string) => `Endret${by}${from}`,
    textChanged: 'Lovdatas tekst er endret',
    pending: (by: string, date: string | undefined) => `Endret${by}${date ? `, i kraft fra ${date}` : ', ikke i kraft ennå'}`,
    repealed: (section: string, by: string) => `${section} er opphevet${by}`,
    missing: (section: string) => `Fant ikke ${section} i Lovdatas gjeldende tekst`,
    notUpdated: 'denne omtalen er ikke oppdatert ennå',
    seeAlso: 'Se også',
  },
  en: {
    date: longDateEn,
    by: (act: string) => ` by ${act}`,
    from: (date: string) => ` from ${date}`,
    amended: (by: string, from: string) => `Amended${by}${from}`,
    textChanged: "Lovdata's text has changed",
    pending: (by: string, date: string | undefined) => `Amended${by}${date ? `, in force from ${date}` : ', not in force yet'}`,
    repealed: (section: string, by: string) => `${section} is repealed${by}`,
    missing: (section: string) => `${section} was not found in Lovdata's current text`,
    notUpdated: 'this summary is not updated yet',
    seeAlso: 'See also',
  },
} as const;

/** Reports are looked up per hit; index them once per report object. */
const indexes = new WeakMap<LovdataReport, Map<string, ReportEntry>>();

function entryOf(report: LovdataReport, entryId: string): ReportEntry | undefined {
  let index = indexes.get(report);
  if (!index) {
    index = new Map(report.entries.map((e) => [e.id, e]));
    indexes.set(report, index);
  }
  return index.get(entryId);
}

/** What changed, by which act, from when (the act's id as Lovdata writes it), and that the summary lags behind. */
function sentence(notice: Notice, entry: ReportEntry, w: (typeof WORDS)[keyof typeof WORDS]): string {
  const date = notice.from ? w.date(notice.from) : undefined;
  const by = notice.act ? w.by(notice.act) : '';
  const section = entry.cites.replace(/^.*?(§.*)$/, '$1');
  const said = (() => {
    switch (notice.kind) {
      case 'changed':
      case 'amended':
        return notice.act ? w.amended(by, date ? w.from(date) : '') : w.textChanged;
      case 'pending':
        return w.pending(by, date);
      case 'repealed':
        return w.repealed(section, by);
      case 'missing':
        return w.missing(section);
    }
  })();
  return `${said}; ${w.notUpdated}.`;
}

/** The notice for an entry, or undefined when the report has nothing to say about it (or there is no report). */
export function lovdataNotice(entryId: string, report: LovdataReport | undefined, language: 'nb' | 'en' = 'nb'): string | undefined {
  if (!report) return undefined;
  const entry = entryOf(report, entryId);
  if (!entry || entry.notices.length === 0) return undefined;
  // One line: the first notice; a second amending act only by name, so the line stays short.
  const [first, ...rest] = entry.notices;
  const more = rest.map((n) => n.act).filter((a): a is string => Boolean(a) && a !== first!.act);
  const w = WORDS[language];
  return `${sentence(first!, entry, w)}${more.length ? ` ${w.seeAlso} ${[...new Set(more)].join(', ')}.` : ''}`;
}

/** Lovdata's current wording of the entry's §, when the report carries it. */
export function lovdataText(entryId: string, report: LovdataReport | undefined): SectionText | undefined {
  if (!report) return undefined;
  const key = entryOf(report, entryId)?.text;
  return key ? report.texts[key] : undefined;
}

/** How many entries wait for an editor, for the Home tab. */
export function entriesAwaitingReview(report: LovdataReport | undefined): number {
  return report?.needs_review.length ?? 0;
}

export const NLOD_ATTRIBUTION = 'Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av Lovdata';

/** The § as plain text: heading, then each ledd, then where it is from. */
export function lawTextLines(text: SectionText): string[] {
  return [`${text.section}. ${text.title}`.trim(), ...text.ledd, `Lovdatas tekst av ${text.document} per ${text.text_as_of}. ${NLOD_ATTRIBUTION}.`];
}

/** For the terminal: the § as Lovdata words it now, or where to read it when no synced text is loaded. */
export function lawTextForHit(entryId: string, citation: string, url: string | undefined, report: LovdataReport | undefined): string {
  const text = lovdataText(entryId, report);
  if (!text) return `${citation}: Lovdatas tekst er ikke lastet her${url ? `; les den på ${url}` : ''}.`;
  return lawTextLines(text).join('\n');
}

export { showSection };

/** A change the Lovdata watch found, for the followers of the entries it touches. */
export interface LovdataFlag {
  /** Names the change, so each follower hears of it once: the notice's kind, act and date. */
  key: string;
  /** The same line the answers show, with the § it is about. */
  reason: string;
  entryIds: string[];
}

/** The report's notices grouped into one flag per change, entries in report order. */
export function lovdataFlags(report: LovdataReport | undefined): LovdataFlag[] {
  const flags = new Map<string, LovdataFlag>();
  for (const entry of report?.entries ?? []) {
    const first = entry.notices[0];
    if (!first) continue;
    const key = `lovdata:${first.kind}:${first.act ?? entry.cites}:${first.from ?? ''}`;
    const flag = flags.get(key) ?? { key, reason: `Lovdata: ${sentence(first, entry, WORDS.nb)}`, entryIds: [] };
    flag.entryIds.push(entry.id);
    flags.set(key, flag);
  }
  return [...flags.values()];
}
