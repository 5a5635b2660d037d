/**
 * The shape of the knowledge base. Every YAML file under `knowledge/` is parsed
 * against these schemas; TypeScript types are inferred from them so the two can
 * never drift apart. Objects are `.strict()`: a misspelt or misplaced key is an
 * error, never silently ignored.
 */
import { z } from 'zod';

/** ISO date as a quoted YAML string. YAML 1.2 keeps `2026-01-01` a string; we still check it is a real date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as "YYYY-MM-DD" (quoted)')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'not a real calendar date',
  });

/** A date known only to the year or month ("2020-12", "2016") is written that way: never invent a day. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted)');

/** Lowercase ASCII ids with dashes and dots: stable, URL- and Slack-safe. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lowercase ascii letters, digits, "-" and "."');

/**
 * What authority a text has on the date it is read. `historical` is for text that
 * was in force earlier and has since been replaced; use `valid_to` on the entry.
 */
export const Status = z.enum(['in_force', 'proposed', 'guidance', 'background', 'historical']);

/** Lovdata's ids: LOV-2016-06-17-73, FOR-2015-12-11-1598. */
export const LovdataId = z.string().regex(/^(LOV|FOR)-\d{4}-\d{2}-\d{2}-\d+$/, 'Lovdata ids look like FOR-2015-12-11-1598');

export const SourceKind = z.enum([
  'act', // lov
  'regulation', // forskrift
  'amending_regulation', // endringsforskrift in Norsk Lovtidend
  'guidance', // rundskriv, veileder, prinsipputtalelse, notat
  'hearing_note', // høringsnotat
  'decision', // ESA assessment, vedtak
  'report', // evaluations and consultancy reports
  'case_paper', // municipal case documents
  'rates', // annual grant rates and thresholds published by authorities
  'treaty',
]);

/** A section of a source that was repealed: `from` is the first day it no longer applies. */
export const Repeal = z
  .object({
    section: z.string().min(1),
    from: IsoDate,
    /** The amending act or regulation that repealed it. */
    by: LovdataId,
  })
  .strict();

export const Source = z
  .object({
    id: Id,
    /** How the source is named in a citation: "tiltaksforskriften", "NAVs prinsipputtalelse (2020)". */
    cite_as: z.string().min(2),
    /**
     * Used instead of `cite_as` before a §-numbered section, e.g. the hearing note's
     * proposed sections read «forslag til tiltaksforskriften § 14 A-6».
     */
    section_cite_as: z.string().min(2).optional(),
    name: z.string().min(3),
    /** The name in English, shown once beside the Norwegian short name in a reply to an English question. */
    name_en: z.string().min(3).optional(),
    kind: SourceKind,
    status: Status,
    /** How a section of this source is introduced in a citation. */
    section_label: z.enum(['§', 'punkt', 'kap.', 'art.', '']),
    lovdata_id: LovdataId.optional(),
    url: z.string().url().optional(),
    /** Deep link per section; `{section}` is replaced by the entry's section, e.g. "14-5". */
    section_url: z.string().includes('{section}').optional(),
    /** Date of the document, as precisely as it is known. */
    issued: PartialDate.optional(),
    in_force_from: IsoDate.optional(),
    publisher: z.string().optional(),
    /** Names users type for this source: "foa", "tiltaksforskrift", "anskaffelsesforskrift". */
    aliases: z.array(z.string().min(1)).default([]),
    note: z.string().optional(),
    attribution: z.string().optional(),
    /**
     * Sections repealed (not replaced by new text under the same number), from the day they
     * ceased to apply. No entry may present such a section as in force on or after that day
     * (tests/knowledge/currency.test.ts).
     */
    repealed: z.array(Repeal).optional(),
  })
  .strict();

export const Unit = z.enum(['percent', 'nok', 'nok_per_month', 'nok_per_year', 'years', 'months', 'count']);

/**
 * A number the rule states. `comparator` says how the rule uses it:
 * `min` = at least, `more_than` = strictly above, `less_than` = strictly below, `max` = at most.
 */
export const RuleNumber = z
  .object({
    key: z.string().regex(/^[a-z0-9_]+$/, 'number keys are snake_case'),
    label: z.string().min(3),
    /** The label in English, for an English question; the Norwegian label is shown where it is missing. */
    label_en: z.string().min(3).optional(),
    value: z.number(),
    unit: Unit,
    comparator: z.enum(['exact', 'min', 'max', 'more_than', 'less_than']).default('exact'),
    valid_from: IsoDate.optional(),
    valid_to: IsoDate.optional(),
    note: z.string().optional(),
  })
  .strict();

/**
 * One text an entry was compared with: a consolidated act or regulation as it stood on
 * `dated`, or an amending act (then `dated` is its date). Shown to users as the trust line.
 */
export const ComparedWith = z
  .object({
    text: LovdataId,
    /** The date of that version of the text (consolidated "as of", or the amending act's date). */
    dated: IsoDate,
    /** What in it was compared, if not the cited section: "§ 14-5 as amended", "notes of FOR-2026-04-14-617". */
    note: z.string().optional(),
  })
  .strict();

export const Verification = z
  .object({
    last_verified: IsoDate,
    /** full: read in an official text; partial: some of it; secondary: secondary sources only; seed_only: only the seed documents. */
    level: z.enum(['official_text', 'partial', 'secondary', 'seed_only', 'unverified']),
    method: z.string().min(10),
    /** The primary texts compared with. Every in-force entry citing a Lovdata text names one. */
    compared_with: z.array(ComparedWith).default([]),
    /** What specifically could not be verified; shown to the user with the answer. Short and calm. */
    unverified: z.string().optional(),
    /** `unverified` in English, for an English question. */
    unverified_en: z.string().optional(),
  })
  .strict();

export const Entry = z
  .object({
    id: Id,
    source: Id,
    /** Section as written in the source: "14-5", "14 A-6", "8-8", "2.4", "3.4.2". Omit for a whole-source statement. */
    section: z.string().min(1).optional(),
    ledd: z.number().int().min(1).max(12).optional(),
    bokstav: z.string().regex(/^[a-zæøå]$/).optional(),
    /** Human title of the provision or statement, in Norwegian. */
    title: z.string().min(3),
    /** The title in English, for an English question: a faithful paraphrase of `title`, same § numbers, amounts and dates. */
    title_en: z.string().min(3).optional(),
    status: Status,
    valid_from: IsoDate.optional(),
    valid_to: IsoDate.optional(),
    /**
     * The day the text was adopted (the amending act's date), when it was adopted before it
     * came into force. Asked as of an earlier day, the entry does not exist yet and is not shown.
     */
    adopted: IsoDate.optional(),
    /** Own-words summary in Norwegian. Short quotes only, in «guillemets». */
    summary: z.string().min(20),
    summary_en: z.string().min(10).optional(),
    /** Where the seed documents say something else, what changed and since when. */
    change_note: z.string().optional(),
    /** `change_note` in English, for an English question. */
    change_note_en: z.string().optional(),
    keywords: z.array(z.string().min(1)).default([]),
    related: z.array(Id).default([]),
    /** The entry this one replaces in time (e.g. the new AFT § 13-4 supersedes the old one). */
    supersedes: Id.optional(),
    numbers: z.array(RuleNumber).default([]),
    url: z.string().url().optional(),
    verification: Verification,
  })
  .strict();

/** The top level of list files, checked before their items are checked one by one. */
export const SourcesFileShape = z.object({ sources: z.array(z.unknown()).min(1) }).strict();
export const EntriesFileShape = z.object({ entries: z.array(z.unknown()).min(1) }).strict();

export const GlossaryTerm = z
  .object({
    term: z.string().min(1),
    /** Spelled-out form in Norwegian. */
    expansion: z.string().min(2),
    /** Everything a user might type that means the same: abbreviations, nynorsk, English, common misspellings. */
    variants: z.array(z.string().min(1)).default([]),
    definition: z.string().min(10).optional(),
    entries: z.array(Id).default([]),
    /**
     * `outside`: a scheme or benefit the knowledge names only in passing (lønnstilskudd,
     * dagpenger): a question about it and nothing else of the domain is not covered.
     * `aspect`: what is asked about a subject (who, how long, content), not a subject.
     */
    scope: z.enum(['outside', 'aspect']).optional(),
  })
  .strict();

export const GlossaryFile = z
  .object({
    terms: z.array(GlossaryTerm).min(1),
    /** Words never dropped as stop words and never stemmed. */
    protected_terms: z.array(z.string().min(1)).default([]),
    stopwords: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type IsoDate = z.infer<typeof IsoDate>;
export type Status = z.infer<typeof Status>;
export type Source = z.infer<typeof Source>;
export type Entry = z.infer<typeof Entry>;
export type RuleNumber = z.infer<typeof RuleNumber>;
export type ComparedWith = z.infer<typeof ComparedWith>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type Glossary = z.infer<typeof GlossaryFile>;

/**
 * `knowledge/phrasings.yaml`: how people ask for an entry, in their own words (the way FAQ
 * bots keep alternative questions), keyed by entry id. Indexed with the entry as an extra
 * field, so a question phrased like one of them finds the entry. Kept apart from the entry
 * files so the people who verify the law and the people who tune retrieval do not edit the
 * same files. Phrasings are generic ways to ask, never copies of evaluation questions.
 */
export const PhrasingsFile = z
  .object({
    phrasings: z.record(Id, z.array(z.string().min(3).max(200)).min(1)),
  })
  .strict();

/**
 * `knowledge/answers.yaml`: a one-line direct answer for entries that settle a yes/no,
 * how much, how long or who question, in Norwegian and English, keyed by entry id. Only
 * what the entry's cited text plainly says; the citation goes in the sentence.
 */
export const DirectAnswer = z
  .object({
    kind: z.enum(['yes_no', 'amount', 'duration', 'who']),
    nb: z.string().min(10).max(240),
    en: z.string().min(10).max(240),
  })
  .strict();
export const AnswersFile = z.object({ answers: z.record(Id, DirectAnswer) }).strict();

export type DirectAnswer = z.infer<typeof DirectAnswer>;
