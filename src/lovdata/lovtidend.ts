/**
 * What a Norsk Lovtidend item does to other documents: for each amended document,
 * which § get new wording («§ 13-2 skal lyde»), which are new («Ny § 1-3a skal lyde»)
 * and which are repealed («§ 7-2 oppheves»), and from when.
 *
 * Newer items carry machine-readable `article.change[data-change-part]` addresses;
 * the items of 2025 say it in words, one instruction per paragraph, after a
 * sentence naming the document («I forskrift 11. desember 2015 nr. 1598 … gjøres
 * følgende endringer:»). Both are read.
 */
import type { LovdataDocument } from './document.ts';
import { refIdFromCitation, sectionKey, withoutBase } from './ids.ts';

export type AmendmentAction = 'changed' | 'added' | 'repealed';

export interface SectionAmendment {
  /** RefID of the amended document. */
  document: string;
  /** Section key (`13-2`). */
  section: string;
  action: AmendmentAction;
  /** The instruction as written, for the report: «§ 13-2 annet ledd bokstav b skal lyde:». */
  instruction: string;
  /** Set when the item corrects an amending act (RefID) and so reaches this document through it. */
  via?: string;
}

export interface LovtidendItem {
  /** `FOR-2025-08-26-1727` */
  act: string;
  refId: string;
  title: string;
  /** ISO date, or undefined when not a single date (then see inForceText). */
  inForce?: string;
  inForceText: string;
  published: string;
  documents: string[];
  amendments: SectionAmendment[];
}

/** `5`, `5a`, `7-2`, `14 A-3`, `14A-3`; never the first letter of the next word («§§ 5 og 6»). */
const SECTION_NUMBER = /\d+(?:\s?[A-Z](?=-)|[a-z](?![a-zæøå]))?(?:-\d+[a-z]?(?![a-zæøå]))?/g;

/** The § numbers an instruction names before its verb: «§§ 7-2 til 7-6 oppheves» → 7-2 … 7-6. */
export function sectionsNamed(instruction: string): string[] {
  const head = /^(?:Ny(?:tt|e)?\s+)?§§?\s*(.*?)(?:\s+(?:skal lyde|oppheves|første|annet|andre|tredje|fjerde|femte|sjette|siste|nytt|ny|nye|bokstav|nr\.|overskriften|tittelen)\b|:|$)/i.exec(instruction.trim());
  if (!head) return [];
  const part = head[1]!;
  const numbers = (part.match(SECTION_NUMBER) ?? []).map(sectionKey);
  const range = /(\d+[a-z]?)-(\d+)\s+til\s+(?:§\s*)?\1-(\d+)/i.exec(part);
  if (range) {
    for (let n = Number(range[2]) + 1; n < Number(range[3]); n++) numbers.push(`${range[1]!.toLowerCase()}-${n}`);
  }
  return [...new Set(numbers)];
}

function actionOf(instruction: string): AmendmentAction | undefined {
  const text = instruction.trim();
  if (/\boppheves\b/i.test(text)) return /\bledd\b|\bbokstav\b|\bpunktum\b/i.test(text) ? 'changed' : 'repealed';
  if (/skal lyde|tilføyes|endres|skal nytt|skal ny/i.test(text)) return /^Ny(?:tt|e)?\s+§/i.test(text) ? 'added' : 'changed';
  return undefined;
}

export function readLovtidendItem(doc: LovdataDocument): LovtidendItem {
  const { header } = doc;
  const amendments: SectionAmendment[] = [];
  const add = (a: SectionAmendment) => {
    if (!amendments.some((x) => x.document === a.document && x.section === a.section && x.action === a.action)) amendments.push(a);
  };
  // Targets: the document named by the last «I forskrift … gjøres følgende endringer» sentence.
  let target = header.changesToDocuments.length === 1 ? header.changesToDocuments[0] : undefined;
  let spill: string[] = [];
  let pendingChapter: { action: AmendmentAction; instruction: string } | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'change') {
      const m = /^((?:lov|forskrift)\/[^/]+)\/§([^/]+)/.exec(withoutBase(block.part));
      if (!m) continue;
      const action: AmendmentAction = block.action === 'repeal' ? 'repealed' : block.action === 'add' ? 'added' : 'changed';
      add({ document: m[1]!, section: sectionKey(m[2]!), action, instruction: `${block.action} ${block.part}` });
      continue;
    }
    if (block.kind === 'article') {
      // New wording under a chapter instruction («Nytt kapittel 14A skal lyde:»): each § in it.
      if (pendingChapter && target) for (const doc of [target, ...spill]) add({ document: doc, section: block.key, action: pendingChapter.action, instruction: pendingChapter.instruction, ...(doc !== target ? { via: target } : {}) });
      continue;
    }
    const text = block.text;
    const named = /^I\s+(?:lov|forskrift)\b/i.test(text) ? refIdFromCitation(text) : undefined;
    if (named) {
      target = named;
      // An item correcting an amending act («I forskrift … nr. 1727 om endring i forskrift …») changes what that act put into the documents it amends.
      spill = /\bom endring(?:er)? i\b/i.test(text) ? header.changesToDocuments.filter((d) => d !== named) : [];
      pendingChapter = undefined;
      continue;
    }
    const instruction = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    if (/^(?:Nytt\s+)?kapittel\b/i.test(text)) {
      const action = actionOf(text);
      pendingChapter = action ? { action: /^Nytt/i.test(text) ? 'added' : action, instruction } : undefined;
      continue;
    }
    pendingChapter = undefined;
    const action = actionOf(text);
    if (!action || !target || !/^(?:Ny(?:tt|e)?\s+)?§/i.test(text)) continue;
    for (const section of sectionsNamed(text)) for (const doc of [target, ...spill]) add({ document: doc, section, action, instruction, ...(doc !== target ? { via: target } : {}) });
  }
  // «2025-01-31, med virkning for …»: the date is what counts; «Kongen bestemmer» has none yet.
  const inForce = /^\d{4}-\d{2}-\d{2}/.exec(header.dateInForce)?.[0];
  return {
    act: header.legacyId,
    refId: header.refId,
    title: header.title,
    ...(inForce ? { inForce } : {}),
    inForceText: header.dateInForce,
    published: header.dateOfPublication.slice(0, 10),
    documents: header.changesToDocuments,
    amendments,
  };
}

/** A Lovtidend item (base LTI) rather than a consolidated text. */
export function isLovtidend(doc: LovdataDocument): boolean {
  return /^LTI\//i.test(doc.header.dokId);
}
