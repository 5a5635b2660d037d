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
import { ACTION } from '../ids.ts';
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

/**
 * What a published Home tab remembers: its language. Slack sends the Home as last published
 * with every app_home_opened, so a viewer who switched to English sees English the next time
 * too, with no call to Slack (users.info's locale would cost one per open) and nothing stored
 * by the bot. Norwegian Homes carry none.
 */
export const HOME_ENGLISH = JSON.stringify({ lang: 'en' });

/** The language a published Home was in (the event's `view.private_metadata`); Norwegian unless it says English. */
export function homeLanguage(privateMetadata: string | undefined): Language {
  return privateMetadata === HOME_ENGLISH ? 'en' : 'nb';
}

/** The Home tab; in English when the viewer chose English (Norwegian otherwise), with a button to switch. */
export function renderHome(kb: KnowledgeBase, specs: readonly CheckSpec[], language?: Language): types.HomeView {
  const t = labels(language);
  const sources = [...kb.sources.values()].map((s) => sourceLine(s, language)).join('\n');
  const other = language === 'en' ? 'nb' : 'en';
  const head: Block[] = [
    { type: 'header', text: plain('VTA-regelboten', LIMITS.headerText) },
    { type: 'actions', elements: [{ type: 'button', action_id: ACTION.homeLanguage, text: plain(t.homeOtherLanguage, LIMITS.buttonText), value: other }] },
    { type: 'section', text: mrkdwn(t.homeIntro) },
    { type: 'section', text: mrkdwn(`*${t.homeAsk}*\n${exampleQuestions(language).map((q) => `• \`${q}\``).join('\n')}\n${t.homeMention}`) },
    { type: 'section', text: mrkdwn(`*${t.homeCheck}*\n${exampleChecks(specs, language).map((q) => `• \`${q}\``).join('\n')}`) },
    ...checkButtons(specs, language),
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
  return { type: 'home', ...(language === 'en' ? { private_metadata: HOME_ENGLISH } : {}), blocks: [...head, ...sourceBlocks, ...tail] };
}
