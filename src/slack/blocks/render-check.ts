/**
 * A check result as blocks: the verdict, the procedure (for the procurement
 * check), each route or criterion with ✓ / ✗ / ?, its reasons and citations, and
 * the questions still open. The same blocks go into the result modal, the
 * ephemeral message, the shared message and the console.
 */
import type { CheckResultView, CheckSpec, CitationView, FactError, Tri } from '../check-port.ts';
import { ACTION } from '../ids.ts';
import { example, shortName } from '../facts/inline.ts';
import { escapeMrkdwn, quoteUserText } from './escape.ts';
import { fitGroups, mrkdwn, plain, sections, truncate } from './fit.ts';
import { LIMITS } from './limits.ts';
import { safeUrl } from './render-lookup.ts';
import type { Block, SlackMessage } from './message.ts';

export const MARK: Record<'yes' | 'no' | 'unknown', string> = { yes: ':white_check_mark:', no: ':x:', unknown: ':grey_question:' };
export const mark = (t: Tri) => (t === true ? MARK.yes : t === false ? MARK.no : MARK.unknown);

const STATUS_NOTE: Record<CitationView['status'], string> = {
  in_force: '',
  guidance: ' (veiledning)',
  background: ' (bakgrunn)',
  proposed: ' (FORSLAG, ikke gjeldende rett)',
  historical: ' (HISTORISK)',
};

export function citationLink(c: CitationView): string {
  const label = escapeMrkdwn(c.text).replace(/\|/g, '¦');
  return `${c.url ? `<${safeUrl(c.url)}|${label}>` : label}${STATUS_NOTE[c.status]}`;
}

const citationLine = (cs: CitationView[]) => (cs.length ? `\n_Kilde:_ ${cs.map(citationLink).join(' · ')}` : '');

export interface CheckRenderOptions {
  kbVersion: string;
  maxBlocks?: number;
  budget?: number;
  /** Who shared it, when posted visibly. */
  sharedBy?: string;
}

export function renderCheckBlocks(r: CheckResultView, options: CheckRenderOptions): Block[] {
  const head: Block[] = [
    { type: 'header', text: plain(r.title, LIMITS.headerText) },
    ...(options.sharedBy ? [{ type: 'context' as const, elements: [mrkdwn(`Delt av <@${options.sharedBy}>`)] }] : []),
    { type: 'section', text: mrkdwn(`${mark(r.verdict)} *${escapeMrkdwn(r.outcomeLabel)}*\nRegelverket per ${r.asOf}.`) },
  ];
  if (r.procedure) {
    head.push(...sections(`*Regelverk for anskaffelsen:* ${escapeMrkdwn(r.procedure.label)}${citationLine(r.procedure.citations)}`));
  }
  const groups: Block[][] = r.routes.length
    ? [[{ type: 'section', text: mrkdwn('*Mulige veier*') }], ...r.routes.map((route) => sections(itemText(route.available, route.label, route.reasons, route.citations)))]
    : [[{ type: 'section', text: mrkdwn('*Vilkår*') }], ...r.criteria.map((c) => sections(itemText(c.met, c.label, c.explanation ? [c.explanation] : [], c.citations)))];
  const tail: Block[] = [];
  if (r.questions.length) {
    tail.push(...sections(`*Dette må du svare på for et sikkert svar:*\n${r.questions.map((q) => `• ${escapeMrkdwn(q)}`).join('\n')}`).slice(0, 3));
  }
  const facts = Object.entries(r.facts).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
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

function itemText(t: Tri, label: string, reasons: string[], citations: CitationView[]): string {
  const why = reasons.map((r) => `\n${escapeMrkdwn(r)}`).join('');
  return `${mark(t)} *${escapeMrkdwn(label)}*${why}${citationLine(citations)}`;
}

/** The result as an ephemeral message with a share button (or as the shared message itself). */
export function renderCheckMessage(r: CheckResultView, options: CheckRenderOptions & { shareValue?: string }): SlackMessage {
  const share: Block[] = options.shareValue
    ? [{ type: 'actions', elements: [{ type: 'button', action_id: ACTION.shareCheck, style: 'primary', text: plain('Del i kanalen', LIMITS.buttonText), value: options.shareValue }] }]
    : [];
  const blocks = renderCheckBlocks(r, { ...options, maxBlocks: LIMITS.blocksPerMessage - share.length });
  return { text: escapeMrkdwn(truncate(`${r.title}: ${r.outcomeLabel}`, 300)), blocks: [...blocks, ...share] };
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
