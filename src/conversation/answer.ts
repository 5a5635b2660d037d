/**
 * Every reply the bot gives, as data: what to say, not how it looks. The dispatch
 * (dispatch.ts) builds one of these for a command, a question, a button or a form;
 * the Block Kit renderer (src/slack/blocks/render.ts) and the terminal renderer
 * (src/console/render.ts) show it. A new kind of reply is a new member here and one
 * case in each renderer; the compiler points at every place that must handle it.
 */
import type { LookupResult } from '../search/lookup.ts';
import type { LovdataReport } from '../knowledge/lovdata/schema.ts';
import type { CheckReply, CheckSpec, FactError } from './check-port.ts';
import type { Language } from '../answers/language.ts';
import type { DirectLine } from '../answers/direct-answer.ts';
import type { CheckOffer } from './check-offer.ts';

/** Who may see the reply, and whether it can be passed on. */
export interface Audience {
  /** Offer to share it visibly (only where the asker alone sees it). */
  shareable: boolean;
  /** Set when the reply is posted visibly on someone's behalf: their Slack user id. */
  sharedBy?: string;
}

export type Answer =
  /** A page of lookup hits (or none, with topics to try); with the last kb:lovdata report, for a notice under a changed § and «Vis lovteksten». */
  | ({
      kind: 'lookup';
      result: LookupResult;
      offset: number;
      kbVersion: string;
      lovdata?: LovdataReport;
      /** The asker's language (from the question); Norwegian when left out. */
      language?: Language;
      /** The one-line answer shown above the hits, when the question asks what it answers (first page only). */
      direct?: DirectLine;
      /** The check that answers the question, with the facts read from it (first page only). */
      checkOffer?: CheckOffer;
    } & Audience)
  /** A greeting or thanks: a short friendly reply with example questions, in the asker's language. */
  | { kind: 'small-talk'; talk: 'greeting' | 'thanks'; language: Language; examples: string[] }
  /** How to ask: examples, topics and, with `forms`, a button per check that opens its form. */
  | { kind: 'help'; checks: CheckSpec[]; forms: boolean; language?: Language }
  /** A check asked for with no facts: its form (a modal in Slack, the questions in a terminal). */
  | { kind: 'check-form'; command: string; check: CheckSpec; language?: Language }
  /** A check's verdict; in English (its fixed words, title and outcome label) when asked for in English. */
  | ({ kind: 'check-result'; reply: CheckReply; kbVersion: string; language?: Language } & Audience)
  /** How to give a check its facts on one line. */
  | { kind: 'fact-help'; command: string; check: CheckSpec; language?: Language }
  /** Facts that could not be read or do not fit together, each with what to type instead; with the verdict on the facts that could be read, when any could. */
  | { kind: 'fact-errors'; command: string; check: CheckSpec; errors: FactError[]; partial?: { reply: CheckReply; kbVersion: string }; language?: Language }
  /** A check command while the checks are not loaded. */
  | { kind: 'checks-unavailable'; command: string; language?: Language }
  /** A command the bot does not have. */
  | { kind: 'unknown-command'; command: string; commands: string[]; language?: Language };
