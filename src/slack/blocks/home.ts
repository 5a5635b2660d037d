/**
 * The Home tab: what the bot does, how to ask, which knowledge version is live and
 * when it was last verified, and every source with its status, so a reader can
 * judge how far to trust an answer before asking.
 */
import type { types } from '@slack/bolt';
import type { KnowledgeBase } from '../../knowledge/load.ts';
import type { Source } from '../../knowledge/schema.ts';
import { escapeMrkdwn } from './escape.ts';
import { mrkdwn, plain, splitText } from './fit.ts';
import { LIMITS } from './limits.ts';
import { checkButtons } from './help.ts';
import { EXAMPLE_QUESTIONS, exampleChecks } from '../../conversation/help.ts';
import type { CheckSpec } from '../../conversation/check-port.ts';
import { safeUrl } from './render-lookup.ts';
import type { Block } from './message.ts';
import { entriesAwaitingReview, NLOD_ATTRIBUTION } from '../../lovdata/notice.ts';

const SOURCE_STATUS: Record<Source['status'], string> = {
  in_force: ':white_check_mark: gjeldende rett',
  proposed: ':warning: *FORSLAG, ikke gjeldende rett*',
  guidance: ':blue_book: veiledning',
  background: ':page_facing_up: bakgrunn',
  historical: ':no_entry: *historisk*',
};

export function sourceLine(s: Source): string {
  const name = escapeMrkdwn(s.name).replace(/\|/g, '¦');
  const linked = s.url ? `<${safeUrl(s.url)}|${name}>` : name;
  const from = s.in_force_from ? `, i kraft fra ${s.in_force_from}` : '';
  return `• ${linked} – ${SOURCE_STATUS[s.status]}${from}`;
}

/** For editors: how many entries the last kb:lovdata run says need a look, and Lovdata's attribution. */
function lovdataStatus(kb: KnowledgeBase): Block[] {
  if (!kb.lovdata) return [];
  const waiting = entriesAwaitingReview(kb.lovdata);
  const line = waiting
    ? `:pencil2: *${waiting} ${waiting === 1 ? 'oppføring venter' : 'oppføringer venter'} på gjennomgang* etter endringer i Lovdata (kontrollert ${escapeMrkdwn(kb.lovdata.today)}).`
    : `:white_check_mark: Ingen oppføringer venter på gjennomgang etter endringer i Lovdata (kontrollert ${escapeMrkdwn(kb.lovdata.today)}).`;
  return [{ type: 'context', elements: [mrkdwn(`${line} ${NLOD_ATTRIBUTION}.`)] }];
}

export function renderHome(kb: KnowledgeBase, specs: readonly CheckSpec[]): types.HomeView {
  const sources = [...kb.sources.values()].map(sourceLine).join('\n');
  const head: Block[] = [
    { type: 'header', text: plain('VTA-regelboten', LIMITS.headerText) },
    {
      type: 'section',
      text: mrkdwn(
        'Slår opp reglene for arbeidsmarkedstiltak (VTA, VTA-O, AFT), godkjenning av tiltaksarrangører og kjøp fra arbeidsinkluderingsbedrifter (reserverte kontrakter, utvidet egenregi, 100 000-kronersgrensen, terskelverdier). Hvert svar viser kilden og om regelen gjelder nå, gjelder fra en dato, er veiledning, bakgrunn, historisk eller bare et *forslag*. Ingen språkmodell: svarene er slått opp i en kontrollert kunnskapsbase.',
      ),
    },
    { type: 'section', text: mrkdwn(`*Spør*\n${EXAMPLE_QUESTIONS.map((q) => `• \`${q}\``).join('\n')}\nDu kan også nevne meg i en kanal eller sende meg en direktemelding.`) },
    { type: 'section', text: mrkdwn(`*Sjekk en sak*\n${exampleChecks(specs).map((q) => `• \`${q}\``).join('\n')}`) },
    ...checkButtons(specs),
    { type: 'divider' },
    { type: 'header', text: plain('Kunnskapsbasen', LIMITS.headerText) },
    {
      type: 'section',
      fields: [
        mrkdwn(`*Versjon*\n\`${escapeMrkdwn(kb.version)}\``),
        mrkdwn(`*Sist kontrollert*\n${escapeMrkdwn(kb.lastVerified || 'ukjent')}`),
        mrkdwn(`*Oppføringer*\n${kb.entries.length}`),
        mrkdwn(`*Kilder*\n${kb.sources.size}`),
      ],
    },
    ...lovdataStatus(kb),
    { type: 'header', text: plain('Kilder', LIMITS.headerText) },
  ];
  const tail: Block[] = [{ type: 'context', elements: [mrkdwn('Svarene er oppslag, ikke juridisk rådgivning. Les alltid kilden før du bruker et svar.')] }];
  const room = LIMITS.blocksPerView - head.length - tail.length;
  const sourceBlocks = splitText(sources, LIMITS.sectionText).slice(0, room).map((piece): Block => ({ type: 'section', text: mrkdwn(piece) }));
  return { type: 'home', blocks: [...head, ...sourceBlocks, ...tail] };
}
