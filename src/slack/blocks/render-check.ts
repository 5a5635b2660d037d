/**
 * A check result as blocks: the verdict, the procedure (for the procurement
 * check), each route or criterion with ✓ / ✗ / ?, its reasons and citations, and
 * the questions still open. The same blocks go into the result modal, the
 * ephemeral message, the shared message and the console.
 */
import type { CheckReply, CheckSpec, CitationView, FactError, Verdict } from '../../conversation/check-port.ts';
import type { CriterionResult, RouteResult, Truth } from '../../checks/result.ts';
import { ACTION } from '../ids.ts';
import { example, shortName } from '../../conversation/facts/inline.ts';
import { escapeMrkdwn, quoteUserText, safeFallback } from './escape.ts';
import { fitGroups, mrkdwn, plain, sections, truncate } from './fit.ts';
import { LIMITS } from './limits.ts';
import { safeUrl } from './render-lookup.ts';
import type { Block, SlackMessage } from './message.ts';

export const MARK: Record<Verdict | 'irrelevant', string> = { yes: ':white_check_mark:', no: ':x:', unknown: ':grey_question:', info: ':information_source:', irrelevant: ':heavy_minus_sign:' };
const mark = (t: boolean | null) => (t === true ? MARK.yes : t === false ? MARK.no : MARK.unknown);
const TRUTH_MARK: Record<Truth, string> = { met: MARK.yes, not_met: MARK.no, unknown: MARK.unknown };

const BASIS_NOTE = { law: '', guidance: ' _(bygger på veiledning, ikke lov eller forskrift)_', background: ' _(bygger på bakgrunnsmateriale, ikke regel)_' } as const;

const STATUS_NOTE: Record<CitationView['status'], string> = {
  in_force: '',
  guidance: ' (veiledning)',
  background: ' (bakgrunn)',
  proposed: ' (FORSLAG, ikke gjeldende rett)',
  historical: ' (HISTORISK)',
};

function citationLink(c: CitationView): string {
  const label = escapeMrkdwn(c.text).replace(/\|/g, '¦');
  return `${c.url ? `<${safeUrl(c.url)}|${label}>` : label}${STATUS_NOTE[c.status]}`;
}

/** "Kilde: …" with each citation once (a route may cite the same provision for two reasons). */
function citationLine(ids: string[], sources: CheckReply['sources']): string {
  const links = [...new Set(ids.map((id) => citationLink(sources[id] ?? { text: id, url: null, status: 'in_force' })))];
  return links.length ? `\n_Kilde:_ ${links.join(' · ')}` : '';
}

export interface CheckRenderOptions {
  kbVersion: string;
  maxBlocks?: number;
  budget?: number;
  /** Who shared it, when posted visibly. */
  sharedBy?: string;
}

export function renderCheckBlocks(reply: CheckReply, options: CheckRenderOptions): Block[] {
  const { result: r, outcome, sources } = reply;
  const head: Block[] = [
    { type: 'header', text: plain(r.title, LIMITS.headerText) },
    ...(options.sharedBy ? [{ type: 'context' as const, elements: [mrkdwn(`Delt av <@${options.sharedBy}>`)] }] : []),
    ...sections(`${MARK[outcome.verdict]} *${escapeMrkdwn(outcome.label)}*\n${escapeMrkdwn(r.outcomeText)}\n_Regelverket per ${r.asOf}._`),
  ];
  if (r.procedure?.value) {
    head.push(...sections(`*Regelverk for anskaffelsen:* ${escapeMrkdwn(r.procedure.label ?? r.procedure.value)}${citationLine(r.procedure.citations, sources)}`));
  }
  const routes = r.routes ?? [];
  const groups: Block[][] = routes.length
    ? [[{ type: 'section', text: mrkdwn('*Mulige veier*') }], ...routes.map((route) => sections(routeText(route, sources)))]
    : [[{ type: 'section', text: mrkdwn('*Vilkår*') }], ...r.criteria.map((c) => sections(criterionText(c, sources)))];
  const tail: Block[] = [];
  if (r.questions.length) {
    tail.push(...sections(`*Dette må du svare på for et sikkert svar:*\n${r.questions.map((q) => `• ${escapeMrkdwn(q.question)}`).join('\n')}`).slice(0, 3));
  }
  const facts = Object.entries(reply.facts).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
  tail.push({
    type: 'context',
    elements: [
      mrkdwn(truncate(`Opplysninger: ${facts.length ? escapeMrkdwn(facts.join(' ')) : 'ingen'}`, LIMITS.contextText)),
      mrkdwn(`Regelsjekk mot kunnskapsbasen ${escapeMrkdwn(options.kbVersion)}, ikke juridisk rådgivning. Les kildene.`),
    ],
  });
  const maxBlocks = options.maxBlocks ?? LIMITS.blocksPerMessage;
  const { body } = fitGroups(groups, [...head, ...tail], maxBlocks, options.budget ?? LIMITS.messageTextBudget);
  return [...head, ...body, ...tail];
}

function routeText(route: RouteResult, sources: CheckReply['sources']): string {
  const symbol = route.relevant === false ? MARK.irrelevant : mark(route.available);
  const suffix = route.relevant === false ? ' _(ikke aktuelt her)_' : '';
  const why = route.reasons.map((r) => `\n${escapeMrkdwn(r)}`).join('');
  return `${symbol} *${escapeMrkdwn(route.label)}*${suffix}${why}${citationLine(route.citations, sources)}`;
}

function criterionText(c: CriterionResult, sources: CheckReply['sources']): string {
  const why = c.explanation ? `\n${escapeMrkdwn(c.explanation)}` : '';
  const caveat = c.caveat ? `\n:grey_question: _Forbehold:_ ${escapeMrkdwn(c.caveat)}` : '';
  return `${TRUTH_MARK[c.result]} *${escapeMrkdwn(c.label)}*${BASIS_NOTE[c.basis]}${why}${caveat}${citationLine(c.citations, sources)}`;
}

/** The result as an ephemeral message with a share button (or as the shared message itself). */
export function renderCheckMessage(reply: CheckReply, options: CheckRenderOptions & { shareValue?: string }): SlackMessage {
  const share: Block[] = options.shareValue
    ? [{ type: 'actions', elements: [{ type: 'button', action_id: ACTION.shareCheck, style: 'primary', text: plain('Del i kanalen', LIMITS.buttonText), value: options.shareValue }] }]
    : [];
  const blocks = renderCheckBlocks(reply, { ...options, maxBlocks: LIMITS.blocksPerMessage - share.length });
  return { text: safeFallback(truncate(`${reply.result.title}: ${reply.outcome.label}`, 300)), blocks: [...blocks, ...share] };
}

/** Facts that could not be read: every problem, and how to type it. */
export function renderFactErrors(command: string, check: CheckSpec, errors: FactError[]): SlackMessage {
  const lines = errors.slice(0, 20).map((e) => `• ${quoteUserText(e.message, 400)}`);
  const names = check.facts.map((f) => `\`${shortName(f)}\` – ${escapeMrkdwn(f.question)}`).join('\n');
  return {
    text: `Kunne ikke lese opplysningene til ${command}.`,
    blocks: [
      { type: 'section', text: mrkdwn(truncate(`:warning: *Kunne ikke lese opplysningene*\n${lines.join('\n')}`, LIMITS.sectionText)) },
      { type: 'section', text: mrkdwn(`Skriv f.eks. \`${command} ${escapeMrkdwn(example(check))}\`, eller bare \`${command}\` for et skjema.`) },
      ...sections(`*Opplysninger du kan gi:*\n${names}`).slice(0, 5),
    ],
  };
}

/** How to give a check's facts on one line, with every name and what it asks. */
export function renderFactHelp(command: string, spec: CheckSpec): SlackMessage {
  const lines = spec.facts.map((f) => {
    const values = f.values?.length ? ` (${f.values.map((c) => c.value).join(', ')})` : f.type === 'boolean' ? ' (ja/nei)' : '';
    return `• \`${shortName(f)}\`${escapeMrkdwn(values)} – ${escapeMrkdwn(f.question)}`;
  });
  return {
    text: `Slik bruker du ${command}`,
    blocks: [
      { type: 'section', text: mrkdwn(`*${escapeMrkdwn(spec.title)}*\nSkriv \`${command}\` alene for et skjema, eller gi opplysningene direkte, f.eks. \`${command} ${escapeMrkdwn(example(spec))}\`. Det du ikke vet, utelater du.`) },
      ...sections(lines.join('\n')).slice(0, 10),
    ],
  };
}
