/**
 * Holds the knowledge's citations against Lovdata's texts: every entry that cites a §
 * of an act or regulation with a Lovdata id is resolved to that § in the consolidated
 * text, its fingerprint compared with the one accepted in the lock, and the Lovtidend
 * amendments to it listed. The result is the report the CLI prints and the bot loads.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Entry, Source } from '../knowledge/schema.ts';
import { statusOn } from '../knowledge/status.ts';
import { isRepealed, type LovdataArticle, type LovdataDocument } from './document.ts';
import { fingerprint } from './fingerprint.ts';
import { legacyIdOf, refIdOf, sectionKey, showSection } from './ids.ts';
import type { LovtidendItem } from './lovtidend.ts';
import type { LockFile, LockRecord, LovdataReport, Notice, ReportAmendment, ReportEntry, SectionText } from '../knowledge/lovdata/schema.ts';

export interface Citation {
  entry: Entry;
  source: Source;
  /** `FOR-2016-08-12-974` */
  legacyId: string;
  /** `forskrift/2016-08-12-974` */
  refId: string;
  /** Section key, `8-8`. */
  section: string;
  /** "FOR-2016-08-12-974 § 8-8" */
  cites: string;
}

export interface Corpus {
  /** Consolidated documents by RefID (only those the knowledge cites need be kept). */
  documents: Map<string, LovdataDocument>;
  items: LovtidendItem[];
  /** Every document read, kept or not. */
  documentCount: number;
  inputs: string[];
}

/** What the lock would say for each entry now; `--accept` writes it. */
export interface Current {
  cites: string;
  /** Unset when the consolidated text was not read: then only the amendments seen are recorded. */
  fingerprint?: string;
  textAsOf?: string;
  acts: string[];
}

export interface Analysis {
  report: LovdataReport;
  current: Map<string, Current>;
}

/** Every entry that cites a § of a Lovdata text. Whole-source statements have no § to check. */
export function citationsOf(kb: Pick<KnowledgeBase, 'entries' | 'sources'>): Citation[] {
  const out: Citation[] = [];
  for (const entry of kb.entries) {
    const source = kb.sources.get(entry.source);
    if (!source?.lovdata_id || !entry.section) continue;
    const refId = refIdOf(source.lovdata_id);
    if (!refId) continue;
    const section = sectionKey(entry.section);
    out.push({ entry, source, legacyId: source.lovdata_id, refId, section, cites: `${source.lovdata_id} ${showSection(section)}` });
  }
  return out;
}

/** The Lovdata documents the knowledge cites, by RefID: the only consolidated texts worth keeping in memory. */
export function citedDocuments(kb: Pick<KnowledgeBase, 'entries' | 'sources'>): Set<string> {
  return new Set(citationsOf(kb).map((c) => c.refId));
}

const textKey = (legacyId: string, section: string) => `${legacyId} ${showSection(section)}`;

/** Whether the entry already takes the act into account: named as compared with, in its notes, or accepted by an editor. */
function seenBy(entry: Entry, act: string, lock: LockRecord | undefined): boolean {
  if (entry.verification.compared_with.some((c) => c.text === act)) return true;
  if (lock?.amendments_seen.includes(act)) return true;
  return [entry.verification.method, entry.verification.unverified, entry.change_note].some((t) => t?.includes(act));
}

/** The newest date of the consolidated text of `legacyId` the entry was compared with (else when it was verified). */
function comparedAsOf(entry: Entry, legacyId: string): string {
  const dates = entry.verification.compared_with.filter((c) => c.text === legacyId).map((c) => c.dated);
  return dates.length ? dates.sort().at(-1)! : entry.verification.last_verified;
}

function lastAmendment(article: LovdataArticle, doc: LovdataDocument): Notice {
  const ref = article.changedBy.at(-1);
  const act = ref ? legacyIdOf(ref) : undefined;
  const from = ref && doc.header.lastChangedBy.includes(ref) && /^\d{4}-\d{2}-\d{2}$/.test(doc.header.lastChangeInForce) ? doc.header.lastChangeInForce : undefined;
  return { kind: 'changed', ...(act ? { act } : {}), ...(from ? { from } : {}) };
}

export function analyse(kb: KnowledgeBase, corpus: Corpus, lock: LockFile, today: string, now = new Date()): Analysis {
  const citations = citationsOf(kb);
  const entries: ReportEntry[] = [];
  const texts: Record<string, SectionText> = {};
  const current = new Map<string, Current>();
  const byEntry = new Map<string, ReportEntry>();

  for (const c of citations) {
    const { entry, source } = c;
    const record = lock.entries[entry.id];
    const out: ReportEntry = { id: entry.id, cites: c.cites, state: 'ok', review: [], notices: [] };
    entries.push(out);
    byEntry.set(entry.id, out);
    const status = statusOn(entry, today);
    if (source.kind === 'amending_regulation') {
      out.state = 'amending_act';
      current.set(entry.id, { cites: c.cites, acts: [] });
      continue;
    }
    const doc = corpus.documents.get(c.refId);
    if (status.status !== 'historical') current.set(entry.id, { cites: c.cites, acts: [] });
    if (!doc) {
      out.state = 'not_in_input';
      continue;
    }
    const asOf = doc.header.lastChangeInForce || doc.header.dateInForce;
    const article = doc.articles.find((a) => a.key === c.section && !a.future);
    if (status.status === 'historical') {
      out.state = 'historical';
      continue;
    }
    if (!article) {
      if (status.pending) {
        out.state = 'not_in_force_yet';
        continue;
      }
      out.state = 'missing';
      out.review.push(`${showSection(c.section)} finnes ikke i Lovdatas tekst av ${c.legacyId} (per ${asOf})`);
      out.notices.push({ kind: 'missing' });
      continue;
    }
    if (isRepealed(article)) {
      const last = lastAmendment(article, doc);
      out.state = 'repealed';
      out.review.push(`${showSection(c.section)} er opphevet i Lovdatas tekst (per ${asOf})${last.act ? `, ved ${last.act}` : ''}`);
      out.notices.push({ ...last, kind: 'repealed' });
      continue;
    }
    const print = fingerprint(article);
    current.set(entry.id, { cites: c.cites, fingerprint: print, textAsOf: asOf, acts: [] });
    if (record?.cites === c.cites && record.fingerprint === undefined) {
      out.state = 'unlocked';
      out.review.push('ingen godkjent fingeravtrykk ennå (teksten var ikke lest da oppføringen ble godkjent): les og godkjenn (--accept)');
    }
    const key = textKey(c.legacyId, c.section);
    texts[key] ??= {
      document: c.legacyId,
      document_title: doc.header.title,
      section: showSection(c.section),
      title: article.title,
      ledd: article.ledd,
      text_as_of: asOf,
      url: `https://lovdata.no/${c.refId}/§${c.section}`,
    };
    out.text = key;
    if (out.state === 'unlocked') {
      // said above
    } else if (!record || record.cites !== c.cites) {
      out.state = 'unlocked';
      out.review.push(record ? `siterer nå ${c.cites}, låst mot ${record.cites}: les og godkjenn (--accept)` : 'ingen godkjent fingeravtrykk ennå: les oppføringen mot teksten og godkjenn (--accept)');
    } else if (record.fingerprint !== print) {
      const last = lastAmendment(article, doc);
      out.state = 'changed';
      out.review.push(`teksten er endret siden ${record.accepted} (tekst per ${record.text_as_of ?? '?'} → ${asOf})${last.act ? `, sist endret ved ${last.act}` : ''}`);
      out.notices.push(last);
    }
  }

  // Lovtidend: every amendment to a cited document, and the entries citing the § it touches.
  const citedDocs = new Set(citations.map((c) => c.refId));
  const inForceOf = new Map(corpus.items.map((i) => [i.refId, i.inForce]));
  const amendments: ReportAmendment[] = [];
  for (const item of corpus.items) {
    for (const a of item.amendments) {
      if (!citedDocs.has(a.document)) continue;
      // A correction of an amending act reaches the document when that act does: not before.
      const viaInForce = a.via ? inForceOf.get(a.via) : undefined;
      const inForce = viaInForce && item.inForce && viaInForce > item.inForce ? viaInForce : item.inForce;
      const pending = !inForce || inForce > today;
      const touching = citations.filter((c) => c.refId === a.document && c.section === a.section);
      const unreviewed: string[] = [];
      for (const c of touching) {
        const { entry } = c;
        const out = byEntry.get(entry.id)!;
        current.get(entry.id)?.acts.push(item.act);
        if (out.state === 'historical' || seenBy(entry, item.act, lock.entries[entry.id])) continue;
        // An entry that ends before the amendment takes effect is the old version, replaced on purpose.
        if (inForce && entry.valid_to && entry.valid_to < inForce) continue;
        if (!pending && inForce! <= comparedAsOf(entry, c.legacyId)) continue;
        unreviewed.push(entry.id);
        const when = inForce ? (pending ? `i kraft fra ${inForce}` : `i kraft ${inForce}`) : `i kraft: ${item.inForceText || 'ikke fastsatt'}`;
        out.review.push(`${a.action === 'repealed' ? 'oppheves' : a.action === 'added' ? 'ny' : 'endres'} ved ${item.act} (${when}), ikke tatt inn i oppføringen`);
        out.notices.push({ kind: pending ? 'pending' : 'amended', act: item.act, ...(inForce ? { from: inForce } : {}) });
      }
      amendments.push({
        act: item.act,
        title: item.title,
        ...(inForce ? { in_force: inForce } : {}),
        in_force_text: a.via ? `${item.inForceText} (retter ${legacyIdOf(a.via) ?? a.via})` : item.inForceText,
        published: item.published,
        pending,
        document: legacyIdOf(a.document) ?? a.document,
        section: showSection(a.section),
        action: a.action,
        instruction: a.instruction,
        entries: touching.map((c) => c.entry.id),
        unreviewed,
      });
    }
  }
  amendments.sort((x, y) => (x.in_force ?? '9999').localeCompare(y.in_force ?? '9999') || x.act.localeCompare(y.act) || x.section.localeCompare(y.section, 'nb', { numeric: true }));

  const needsReview = entries.filter((e) => e.review.length > 0).map((e) => e.id);
  return {
    current,
    report: {
      kind: 'kb-lovdata-report',
      version: 1,
      generated_at: now.toISOString(),
      today,
      kb_version: kb.version,
      inputs: corpus.inputs,
      documents: corpus.documentCount,
      lovtidend_items: corpus.items.length,
      needs_review: needsReview,
      entries,
      amendments,
      texts,
    },
  };
}

/** The lock after an editor accepts the current texts: for every entry, or only those named. */
export function accept(lock: LockFile, current: Map<string, Current>, today: string, only?: Set<string>): LockFile {
  const entries = { ...lock.entries };
  for (const [id, c] of current) {
    if (only && !only.has(id)) continue;
    const previous = entries[id]?.cites === c.cites ? entries[id] : undefined;
    // A text not read this time keeps the fingerprint accepted before; the amendments seen add up.
    const print = c.fingerprint ? { fingerprint: c.fingerprint, text_as_of: c.textAsOf } : previous?.fingerprint ? { fingerprint: previous.fingerprint, ...(previous.text_as_of ? { text_as_of: previous.text_as_of } : {}) } : {};
    entries[id] = { cites: c.cites, ...print, accepted: today, amendments_seen: [...new Set([...(previous?.amendments_seen ?? []), ...c.acts])].sort() };
  }
  return { version: 1, entries: Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) };
}
