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
import { exampleChecks, exampleQuestions } from '../../conversation/help.ts';
import type { Language } from '../../answers/language.ts';
import { labels } from '../../answers/labels.ts';
import type { CheckSpec } from '../../conversation/check-port.ts';
import { safeUrl } from './render-lookup.ts';
import type { Block } from './message.ts';
import { entriesAwaitingReview, NLOD_ATTRIBUTION } from '../../lovdata/notice.ts';

export function sourceLine(s: Source, language?: Language): string {
  const t = labels(language);
  const name = escapeMrkdwn(s.name).replace(/\|/g, '¦');
  const linked = s.url ? `<${safeUrl(s.url)}|${name}>` : name;
  const from = s.in_force_from ? `, ${t.homeInForceFrom} ${s.in_force_from}` : '';
  return `• ${linked} – ${t.sourceStatus[s.status]}${from}`;
}

/** For editors: how many entries the last kb:lovdata run says need a look, and Lovdata's attribution. */
function lovdataStatus(kb: KnowledgeBase, language?: Language): Block[] {
  if (!kb.lovdata) return [];
  const t = labels(language);
  const waiting = entriesAwaitingReview(kb.lovdata);
  const checked = escapeMrkdwn(kb.lovdata.today);
  const line = waiting ? t.homeAwaiting(waiting, checked) : t.homeNoneAwaiting(checked);
  return [{ type: 'context', elements: [mrkdwn(`${line} ${NLOD_ATTRIBUTION}.`)] }];
}

/** The Home tab; in English when the viewer's language is known to be English (Norwegian otherwise). */
export function renderHome(kb: KnowledgeBase, specs: readonly CheckSpec[], language?: Language): types.HomeView {
  const t = labels(language);
  const sources = [...kb.sources.values()].map((s) => sourceLine(s, language)).join('\n');
  const head: Block[] = [
    { type: 'header', text: plain('VTA-regelboten', LIMITS.headerText) },
    { type: 'section', text: mrkdwn(t.homeIntro) },
    { type: 'section', text: mrkdwn(`*${t.homeAsk}*\n${exampleQuestions(language).map((q) => `• \`${q}\``).join('\n')}\n${t.homeMention}`) },
    { type: 'section', text: mrkdwn(`*${t.homeCheck}*\n${exampleChecks(specs, language).map((q) => `• \`${q}\``).join('\n')}`) },
    ...checkButtons(specs),
    { type: 'divider' },
    { type: 'header', text: plain(t.homeKnowledge, LIMITS.headerText) },
    {
      type: 'section',
      fields: [
        mrkdwn(`*${t.homeVersion}*\n\`${escapeMrkdwn(kb.version)}\``),
        mrkdwn(`*${t.homeLastVerified}*\n${escapeMrkdwn(kb.lastVerified || t.homeUnknown)}`),
        mrkdwn(`*${t.homeEntries}*\n${kb.entries.length}`),
        mrkdwn(`*${t.homeSources}*\n${kb.sources.size}`),
      ],
    },
    ...lovdataStatus(kb, language),
    { type: 'header', text: plain(t.homeSources, LIMITS.headerText) },
  ];
  const tail: Block[] = [{ type: 'context', elements: [mrkdwn(t.homeFooter)] }];
  const room = LIMITS.blocksPerView - head.length - tail.length;
  const sourceBlocks = splitText(sources, LIMITS.sectionText).slice(0, room).map((piece): Block => ({ type: 'section', text: mrkdwn(piece) }));
  return { type: 'home', blocks: [...head, ...sourceBlocks, ...tail] };
}
