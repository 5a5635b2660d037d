/**
 * A lookup result as a Slack message: per hit the citation, a status badge,
 * the title and summary, the numbers, and a link button; then "Flere treff" and
 * "Del i kanalen". Proposals, adopted-but-not-yet-in-force and historical rules
 * get a loud badge on their own line so nobody mistakes them for law in force.
 */
import type { LookupHit, LookupResult } from '../../search/lookup.ts';
import { numbersOn } from '../../knowledge/status.ts';
import type { Language } from '../../answers/language.ts';
import type { DirectLine } from '../../answers/direct-answer.ts';
import { changeNoteIn, citationsIn, numberLineIn, sourceNameIn, replyText, statusLabelIn, summaryIn, titleIn, trustLineIn, unverifiedIn } from '../../answers/reply-text.ts';
import { topicsIn } from '../../answers/labels.ts';
import { checkOutcomeLead } from '../../answers/small-replies.ts';
import type { CheckOffer } from '../../conversation/check-offer.ts';
import { valueIn } from './lang-value.ts';
import { ACTION } from '../ids.ts';
import { escapeMrkdwn, quoteUserText, safeFallback } from './escape.ts';
import { fitGroups, mrkdwn, plain, sections, truncate } from './fit.ts';
import { LIMITS } from './limits.ts';
import { lovdataNotice, lovdataText } from '../../lovdata/notice.ts';
import type { LovdataReport } from '../../knowledge/lovdata/schema.ts';
import { encodeValue, type Block, type SlackMessage } from './message.ts';
import { answerActions } from './answer-actions.ts';

export interface LookupRenderOptions {
  /** Index of the first hit shown. */
  offset: number;
  /** Offer "Del i kanalen" (only in ephemeral answers). */
  shareable: boolean;
  /** Set when the answer is posted visibly on someone's behalf. */
  sharedBy?: string;
  kbVersion: string;
  /** The last kb:lovdata report the knowledge carries: a notice under a changed §, and «Vis lovteksten». */
  lovdata?: LovdataReport;
  /** Add 👍/👎 and «Følg endringer» (only where there is a database to keep them). */
  feedback?: boolean;
  /** The asker's language; Norwegian when left out. */
  language?: Language;
  /** The one-line answer above the hits. */
  direct?: DirectLine;
  /** The check the question leads to, as a button that opens its form with the facts read filled in. */
  checkOffer?: CheckOffer;
}

/** What the offer button carries: the check and the facts read from the question, to prefill its form. */
export interface CheckOfferValue {
  checkId: string;
  facts: Record<string, unknown>;
  /** "en" under an English answer: the form opens in English. Left out for Norwegian. */
  lang?: 'en';
}

/** What the paging and share buttons carry, so the click can redo exactly this lookup. */
export interface LookupButtonValue {
  q: string;
  offset: number;
  asOf: string;
}

/**
 * A status reads as a status, never as a verdict: no green tick beside «Forbud mot utbytte».
 * ✓/✗/? are the checks' marks (render-check.ts) and mean the same nowhere else.
 */
export function statusBadge(hit: Pick<LookupHit, 'status' | 'pending' | 'entry'>, language?: Language): string {
  const label = escapeMrkdwn(statusLabelIn(hit, language));
  switch (hit.status) {
    case 'proposed':
      return `:warning: *${label}*`;
    case 'historical':
      return `:no_entry: *${label}*`;
    case 'in_force':
      return hit.pending ? `:hourglass_flowing_sand: *${label}*` : `§ ${label}`;
    case 'guidance':
      return `:blue_book: ${label}`;
    case 'background':
      return `:page_facing_up: ${label}`;
  }
}

/** Blocks for one hit, numbered from 1 across pages. */
export function hitBlocks(hit: LookupHit, n: number, asOf: string, lovdata?: LovdataReport, language?: Language, citation = hit.citation): Block[] {
  const { entry } = hit;
  const t = replyText(language);
  // The number asked for goes right under the title, on the first screen.
  const numbers = numbersOn(entry, asOf);
  const numberLine = numbers.length ? `\n*${t.numbers}:* ${escapeMrkdwn(numberLineIn(numbers, language))}` : '';
  const head = `*${n}. ${escapeMrkdwn(citation)}*\n${escapeMrkdwn(titleIn(entry, language))}\n${statusBadge(hit, language)}${numberLine}`;
  const first: Block = { type: 'section', text: mrkdwn(truncate(head, LIMITS.sectionText)) };
  if (hit.url) first.accessory = sourceButton(hit, hit.url, n, t);
  const notes: string[] = [];
  const change = changeNoteIn(entry, language);
  if (change) notes.push(`*${t.change}:* ${change}`);
  const unverified = unverifiedIn(entry, language);
  if (unverified) notes.push(`*${t.note}:* ${unverified}`);
  const notice = lovdataNotice(entry.id, lovdata, language);
  if (notice) notes.push(`:information_source: *Lovdata:* ${notice}`);
  const context = `${trustLineIn(entry, language)} · ${sourceNameIn(hit.source, language)}`;
  return [
    first,
    ...sections(escapeMrkdwn(summaryIn(entry, language))),
    ...(notes.length ? sections(escapeMrkdwn(notes.join('\n'))) : []),
    ...(lovdataText(entry.id, lovdata) ? [lawTextButton(entry.id, n, t.showLawText, language)] : []),
    { type: 'context', elements: [mrkdwn(truncate(escapeMrkdwn(context), LIMITS.contextText))] },
    { type: 'divider' },
  ];
}

/** The link button to the hit's text on Lovdata or at its source. */
function sourceButton(hit: LookupHit, url: string, n: number, t: ReturnType<typeof replyText>) {
  return {
    type: 'button' as const,
    action_id: `${ACTION.openSource}:${n}`,
    text: plain(hit.source.lovdata_id ? t.readLovdata : t.openSource, LIMITS.buttonText),
    url: safeUrl(url),
  };
}

/** A hit as one line: number, citation, title and status, with its source link; «Flere treff» shows it in full. */
export function shortHitBlocks(hit: LookupHit, n: number, language?: Language, citation = hit.citation): Block[] {
  const t = replyText(language);
  const line = `*${n}. ${escapeMrkdwn(citation)}* – ${escapeMrkdwn(titleIn(hit.entry, language))}\n${statusBadge(hit, language)}`;
  const block: Block = { type: 'section', text: mrkdwn(truncate(line, LIMITS.sectionText)) };
  if (hit.url) block.accessory = sourceButton(hit, hit.url, n, t);
  return [block];
}

/** «Vis lovteksten»: opens a modal with Lovdata's current wording of the §, from the loaded report. */
function lawTextButton(entryId: string, n: number, label: string, language?: Language): Block {
  return {
    type: 'actions',
    elements: [{ type: 'button' as const, action_id: `${ACTION.showLawText}:${n}`, text: plain(label, LIMITS.buttonText), value: truncate(valueIn(entryId, language), LIMITS.buttonValue) }],
  };
}

/** Slack wants plain ASCII URLs; Lovdata's section links contain "§". */
export function safeUrl(url: string): string {
  const ascii = /[^\x21-\x7e]/.test(url) ? encodeURI(url) : url;
  return ascii.slice(0, LIMITS.url);
}

export function renderLookup(result: LookupResult, options: LookupRenderOptions): SlackMessage {
  if (result.hits.length === 0) return renderNoHits(result, options);
  const { offset, language } = options;
  const t = replyText(language);
  const quoted = quoteUserText(result.query);
  const intro = (count: number) => `*${t.hitsFor}* ${quoted} – ${offset + 1}–${offset + count} ${t.of} ${result.total} · ${t.rulesAsOf} ${result.asOf}`;
  const head: Block[] = [];
  if (options.direct) head.push({ type: 'section', text: mrkdwn(truncate(`*${escapeMrkdwn(options.direct.text)}*`, LIMITS.sectionText)) });
  head.push({ type: 'section', text: mrkdwn(intro(result.hits.length)) });
  if (options.sharedBy) head.unshift({ type: 'context', elements: [mrkdwn(t.sharedByLookup(options.sharedBy))] });

  // One hit in full, the next ones as a line each: the answer fits a laptop screen without
  // scrolling (npm run bench:replies), and «Flere treff» shows the next hit in full.
  const citations = citationsIn(result.hits, language);
  const groups = result.hits.map((hit, i) =>
    i === 0 ? hitBlocks(hit, offset + 1, result.asOf, options.lovdata, language, citations[0]) : shortHitBlocks(hit, offset + i + 1, language, citations[i]),
  );
  // The tail's size does not depend on the offset it carries, so fit against one and build the real one after.
  const { body, fitted } = fitGroups(groups, [...head, ...lookupTail(result, offset, options)]);
  head[head.length - 1] = { type: 'section', text: mrkdwn(intro(fitted)) };
  const blocks = [...head, ...body, ...lookupTail(result, offset + Math.min(fitted, 1), options)];
  const first = result.hits[0]!;
  const lead = options.direct ? `${options.direct.text} ` : '';
  const text = truncate(`${lead}${t.resultsFor(result.total, result.query)}: ${first.citation} – ${titleIn(first.entry, language)} (${statusLabelIn(first, language)})`, 300);
  return { text: safeFallback(text), blocks };
}

function lookupTail(result: LookupResult, nextOffset: number, options: LookupRenderOptions): Block[] {
  const buttons: Block[] = [];
  const t = replyText(options.language);
  const value = (offset: number) => encodeValue<LookupButtonValue & Record<string, unknown>>({ q: result.query, offset, asOf: result.asOf }, 'q');
  const elements = [];
  const offer = options.checkOffer ? checkOfferButton(options.checkOffer, options.language) : null;
  if (offer) elements.push(offer);
  const remaining = result.total - nextOffset;
  if (remaining > 0) {
    elements.push({ type: 'button' as const, action_id: ACTION.nextPage, text: plain(`${t.moreResults} (${remaining})`, LIMITS.buttonText), value: value(nextOffset) });
  }
  if (options.shareable) {
    elements.push({ type: 'button' as const, action_id: ACTION.share, text: plain(t.share, LIMITS.buttonText), value: value(options.offset), style: 'primary' as const });
  }
  if (elements.length) buttons.push({ type: 'actions', elements });
  if (options.feedback) buttons.push(...answerActions(result.query, result.hits, options.kbVersion, options.language));
  if (offer && options.checkOffer) {
    const { command, line, outcome } = options.checkOffer;
    const settled = outcome ? `${checkOutcomeLead(options.language)} *${escapeMrkdwn(outcome.label)}*  ` : '';
    buttons.push({ type: 'context', elements: [mrkdwn(truncate(`${settled}\`${escapeMrkdwn(`${command} ${line}`.trim())}\``, LIMITS.contextText))] });
  }
  buttons.push({ type: 'context', elements: [mrkdwn(`${t.lookupIn} ${escapeMrkdwn(options.kbVersion)}, ${t.footer}`)] });
  return buttons;
}

/** Nothing matched well: say so, and offer topics as buttons. */
function renderNoHits(result: LookupResult, options: LookupRenderOptions): SlackMessage {
  const t = replyText(options.language);
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(result.outside?.length ? escapeMrkdwn(t.outsideScope(result.outside)) : `${t.noHits} ${quoteUserText(result.query)}.`) },
    { type: 'section', text: mrkdwn(t.tryTopics) },
    ...topicButtons(topicsIn(result.suggestions, options.language)),
    { type: 'context', elements: [mrkdwn(`${t.knowledgeBase} ${escapeMrkdwn(options.kbVersion)}`)] },
  ];
  return { text: safeFallback(truncate(`${t.noHits} «${result.query}».`, 300)), blocks };
}

/**
 * «Sjekk: Reservert kontrakt»: opens the check's form with the facts read from the question
 * filled in. Dropped, not cut, when the facts do not fit a button's value.
 */
function checkOfferButton(offer: CheckOffer, language?: Language) {
  const json = JSON.stringify({ checkId: offer.checkId, facts: offer.facts, ...(language === 'en' ? { lang: language } : {}) } satisfies CheckOfferValue);
  if (json.length > LIMITS.buttonValue) return null;
  const label = `${replyText(language).checkButton}: ${offer.title}`;
  return { type: 'button' as const, action_id: ACTION.offerCheck, text: plain(label, LIMITS.buttonText), value: json };
}

export function topicButtons(topics: string[]): Block[] {
  if (topics.length === 0) return [];
  return [
    {
      type: 'actions',
      elements: topics.slice(0, 10).map((topic, i) => ({
        type: 'button' as const,
        action_id: `${ACTION.topic}:${i}`,
        text: plain(topic, LIMITS.buttonText),
        value: truncate(topic, LIMITS.buttonValue),
      })),
    },
  ];
}
