/**
 * The two files kb:lovdata writes: the lock (`knowledge/lovdata.lock.yaml`, the
 * fingerprint of each entry's § as the editor last accepted it) and the report (what
 * the last run found; the bot loads it with the knowledge to warn under answers and to
 * show the law's wording). Types come from these schemas.
 */
import { z } from 'zod';
import { IsoDate, LovdataId as Act } from '../schema.ts';

export const LockRecord = z
  .object({
    /** What the entry cites, as the report shows it: "FOR-2016-08-12-974 § 8-8". */
    cites: z.string().min(3),
    /** Absent when the consolidated text was not among the files read when the entry was accepted. */
    fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/).optional(),
    /** The date of Lovdata's text the fingerprint was taken from (its last change in force). */
    text_as_of: z.string().optional(),
    accepted: IsoDate,
    /** Lovtidend acts touching the § that the editor has taken into account. */
    amendments_seen: z.array(Act).default([]),
  })
  .strict();

export const LockFile = z
  .object({
    version: z.literal(1),
    entries: z.record(z.string(), LockRecord).default({}),
  })
  .strict();

export const NoticeKind = z.enum(['changed', 'amended', 'pending', 'repealed', 'missing']);

export const Notice = z
  .object({
    kind: NoticeKind,
    /** The amending act, when known. */
    act: Act.optional(),
    /** When it took or takes effect. */
    from: IsoDate.optional(),
  })
  .strict();

export const EntryState = z.enum(['ok', 'changed', 'unlocked', 'missing', 'repealed', 'not_in_input', 'not_in_force_yet', 'historical', 'amending_act']);

export const ReportEntry = z
  .object({
    id: z.string(),
    cites: z.string(),
    state: EntryState,
    /** Set when the entry needs an editor: the reasons, in words. */
    review: z.array(z.string()).default([]),
    /** What answers show under the entry. */
    notices: z.array(Notice).default([]),
    /** Key into `texts` when Lovdata's wording of the § is in the report. */
    text: z.string().optional(),
  })
  .strict();

export const ReportAmendment = z
  .object({
    act: Act,
    title: z.string(),
    in_force: IsoDate.optional(),
    in_force_text: z.string(),
    published: z.string(),
    pending: z.boolean(),
    document: z.string(),
    section: z.string(),
    action: z.enum(['changed', 'added', 'repealed']),
    instruction: z.string(),
    /** Entries citing the §, and of those the ones that have not taken it into account. */
    entries: z.array(z.string()),
    unreviewed: z.array(z.string()),
  })
  .strict();

export const SectionText = z
  .object({
    document: z.string(),
    document_title: z.string(),
    section: z.string(),
    title: z.string(),
    ledd: z.array(z.string()),
    /** The date of the text: the document's last change in force. */
    text_as_of: z.string(),
    url: z.string(),
  })
  .strict();

export const LovdataReport = z
  .object({
    kind: z.literal('kb-lovdata-report'),
    version: z.literal(1),
    generated_at: z.string(),
    today: IsoDate,
    kb_version: z.string(),
    inputs: z.array(z.string()),
    documents: z.number().int(),
    lovtidend_items: z.number().int(),
    needs_review: z.array(z.string()),
    entries: z.array(ReportEntry),
    amendments: z.array(ReportAmendment),
    texts: z.record(z.string(), SectionText).default({}),
  })
  .strict();

export type LockRecord = z.infer<typeof LockRecord>;
export type LockFile = z.infer<typeof LockFile>;
export type Notice = z.infer<typeof Notice>;
export type EntryState = z.infer<typeof EntryState>;
export type ReportEntry = z.infer<typeof ReportEntry>;
export type ReportAmendment = z.infer<typeof ReportAmendment>;
export type SectionText = z.infer<typeof SectionText>;
export type LovdataReport = z.infer<typeof LovdataReport>;
