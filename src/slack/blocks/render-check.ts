/**
 * A check result as blocks: the verdict, the procedure (for the procurement
 * check), each route or criterion with ✓ / ✗ / ?, its reasons and citations, and
 * the questions still open. The same blocks go into the result modal, the
 * ephemeral message, the shared message and the console.
 */
import type { CheckReply, CheckSpec, CitationView, FactError, Verdict } from '../../conversation/check-port.ts';
import type { CriterionResult, RouteResult, Truth } from '../../checks/result.ts';
import { ACTION } from '../ids.ts';
import { exampleIn, factNameIn } from '../../conversation/check-language.ts';
import { example } from '../../conversation/facts/inline.ts';
import type { Language } from '../../answers/language.ts';
import { labels, type Labels } from '../../answers/labels.ts';
import { checkTitleIn, outcomeLabelIn } from '../../answers/reply-text.ts';
import { escapeMrkdwn, quoteUserText, safeFallback } from './escape.ts';
import { fitGroups, mrkdwn, plain, sections, truncate } from './fit.ts';
import { LIMITS } from './limits.ts';
import { safeUrl } from './render-lookup.ts';
import type { Block, SlackMessage } from './message.ts';

export const MARK: Record<Verdict | 'irrelevant', string> = { yes: ':white_check_mark:', no: ':x:', unknown: ':grey_question:', info: ':information_source:', irrelevant: ':heavy_minus_sign:' };
const mark = (t: boolean | null) => (t === true ? MARK.yes : t === false ? MARK.no : MARK.unknown);
const TRUTH_MARK: Record<Truth, string> = { met: MARK.yes, not_met: MARK.no, unknown: MARK.unknown };

const basisNote = (t: Labels) => ({ law: '', guidance: t.basisGuidance, background: t.basisBackground }) as const;

function citationLink(c: CitationView, t: Labels): string {
  const label = escapeMrkdwn(c.text).replace(/\|/g, '¦');
  return `${c.url ? `<${safeUrl(c.url)}|${label}>` : label}${t.citedStatus[c.status]}`;
}

/** "Kilde: …" with each citation once (a route may cite the same provision for two reasons). */
function citationLine(ids: string[], sources: CheckReply['sources'], t: Labels): string {
  const links = [...new Set(ids.map((id) => citationLink(sources[id] ?? { text: id, url: null, status: 'in_force' }, t)))];
  return links.length ? `\n_${t.source}:_ ${links.join(' · ')}` : '';
}

export interface CheckRenderOptions {
  kbVersion: string;
  maxBlocks?: number;
  budget?: number;
  /** Who shared it, when posted visibly. */
  sharedBy?: string;
  /** The asker's language: English fixed words, title and outcome label; Norwegian when left out. */
  language?: Language;
  /** The check's English title, shown for an English asker. */
  titleEn?: string;
}

export function renderCheckBlocks(reply: CheckReply, options: CheckRenderOptions): Block[] {
  const { result: r, outcome, sources } = reply;
  const { language } = options;
  const t = labels(language);
  const title = checkTitleIn({ title: r.title, ...(options.titleEn ? { titleEn: options.titleEn } : {}) }, language);
  const head: Block[] = [
    { type: 'header', text: plain(title, LIMITS.headerText) },
    ...(options.sharedBy ? [{ type: 'context' as const, elements: [mrkdwn(t.sharedBy(options.sharedBy))] }] : []),
    ...sections(`${MARK[outcome.verdict]} *${escapeMrkdwn(outcomeLabelIn(reply, language))}*\n${escapeMrkdwn(r.outcomeText)}\n_${t.checkRulesAsOf(r.asOf)}_`),
  ];
  if (r.procedure?.value) {
    head.push(...sections(`*${t.procedureRules}:* ${escapeMrkdwn(r.procedure.label ?? r.procedure.value)}${citationLine(r.procedure.citations, sources, t)}`));
  }
  const routes = r.routes ?? [];
  const groups: Block[][] = routes.length
    ? [[{ type: 'section', text: mrkdwn(`*${t.possibleRoutes}*`) }], ...routes.map((route) => sections(routeText(route, sources, t)))]
    : [[{ type: 'section', text: mrkdwn(`*${t.criteria}*`) }], ...r.criteria.map((c) => sections(criterionText(c, sources, t)))];
  const tail: Block[] = [];
  if (r.questions.length) {
    tail.push(...sections(`*${t.answerForCertainty}*\n${r.questions.map((q) => `• ${escapeMrkdwn(q.question)}`).join('\n')}`).slice(0, 3));
  }
  const facts = Object.entries(reply.facts).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
  tail.push({
    type: 'context',
    elements: [
      mrkdwn(truncate(`${t.factsGiven}: ${facts.length ? escapeMrkdwn(facts.join(' ')) : t.noFacts}`, LIMITS.contextText)),
      mrkdwn(t.checkFooter(escapeMrkdwn(options.kbVersion))),
    ],
  });
  const maxBlocks = options.maxBlocks ?? LIMITS.blocksPerMessage;
  const { body } = fitGroups(groups, [...head, ...tail], maxBlocks, options.budget ?? LIMITS.messageTextBudget);
  return [...head, ...body, ...tail];
}

function routeText(route: RouteResult, sources: CheckReply['sources'], t: Labels): string {
  const symbol = route.relevant === false ? MARK.irrelevant : mark(route.available);
  const suffix = route.relevant === false ? t.notRelevant : '';
  const why = route.reasons.map((r) => `\n${escapeMrkdwn(r)}`).join('');
  return `${symbol} *${escapeMrkdwn(route.label)}*${suffix}${why}${citationLine(route.citations, sources, t)}`;
}

function criterionText(c: CriterionResult, sources: CheckReply['sources'], t: Labels): string {
  const why = c.explanation ? `\n${escapeMrkdwn(c.explanation)}` : '';
  const caveat = c.caveat ? `\n:grey_question: _${t.caveat}:_ ${escapeMrkdwn(c.caveat)}` : '';
  return `${TRUTH_MARK[c.result]} *${escapeMrkdwn(c.label)}*${basisNote(t)[c.basis]}${why}${caveat}${citationLine(c.citations, sources, t)}`;
}

/** The result as an ephemeral message with a share button (or as the shared message itself). */
export function renderCheckMessage(reply: CheckReply, options: CheckRenderOptions & { shareValue?: string }): SlackMessage {
  const t = labels(options.language);
  const share: Block[] = options.shareValue
    ? [{ type: 'actions', elements: [{ type: 'button', action_id: ACTION.shareCheck, style: 'primary', text: plain(t.share, LIMITS.buttonText), value: options.shareValue }] }]
    : [];
  const blocks = renderCheckBlocks(reply, { ...options, maxBlocks: LIMITS.blocksPerMessage - share.length });
  const title = checkTitleIn({ title: reply.result.title, ...(options.titleEn ? { titleEn: options.titleEn } : {}) }, options.language);
  return { text: safeFallback(truncate(`${title}: ${outcomeLabelIn(reply, options.language)}`, 300)), blocks: [...blocks, ...share] };
}

/** Facts that could not be read: every problem, and how to type it. */
export function renderFactErrors(command: string, check: CheckSpec, errors: FactError[], language?: Language): SlackMessage {
  const t = labels(language);
  const lines = errors.slice(0, 20).map((e) => `• ${quoteUserText(e.message, 400)}`);
  const names = check.facts.map((f) => `\`${factNameIn(f, language)}\` – ${escapeMrkdwn(f.question)}`).join('\n');
  // The Norwegian line's example is made from the first facts, as it always was; the English one reads back the same.
  const typed = language === 'en' ? exampleIn(check, language) : example(check);
  return {
    text: t.couldNotReadFor(command),
    blocks: [
      { type: 'section', text: mrkdwn(truncate(`:warning: *${t.couldNotRead}*\n${lines.join('\n')}`, LIMITS.sectionText)) },
      { type: 'section', text: mrkdwn(t.writeForExampleSlack(`\`${command} ${escapeMrkdwn(typed)}\``, `\`${command}\``)) },
      ...sections(`*${t.factsYouCanGive}*\n${names}`).slice(0, 5),
    ],
  };
}

/** How to give a check's facts on one line, with every name and what it asks. */
export function renderFactHelp(command: string, spec: CheckSpec, language?: Language): SlackMessage {
  const t = labels(language);
  const lines = spec.facts.map((f) => {
    const values = f.values?.length ? ` (${f.values.map((c) => c.value).join(', ')})` : f.type === 'boolean' ? ` ${t.yesNo}` : '';
    return `• \`${factNameIn(f, language)}\`${escapeMrkdwn(values)} – ${escapeMrkdwn(f.question)}`;
  });
  const typed = language === 'en' ? exampleIn(spec, language) : example(spec);
  return {
    text: t.howToUse(command),
    blocks: [
      { type: 'section', text: mrkdwn(`*${escapeMrkdwn(checkTitleIn(spec, language))}*\n${t.factHelpSlack(`\`${command}\``, `\`${command} ${escapeMrkdwn(typed)}\``)}`) },
      ...sections(lines.join('\n')).slice(0, 10),
    ],
  };
}
