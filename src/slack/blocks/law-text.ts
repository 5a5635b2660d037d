/**
 * «Vis lovteksten»: a read-only modal with Lovdata's current wording of a hit's §,
 * from the last kb:lovdata report the bot has loaded, with the date of the text and
 * Lovdata's NLOD attribution. Without a synced text, the modal says so and links to
 * Lovdata instead.
 */
import type { types } from '@slack/bolt';
import { NLOD_ATTRIBUTION } from '../../lovdata/notice.ts';
import type { SectionText } from '../../knowledge/lovdata/schema.ts';
import { escapeMrkdwn } from './escape.ts';
import { mrkdwn, plain, sections, truncate } from './fit.ts';
import { LIMITS } from './limits.ts';
import type { Block } from './message.ts';
import type { Language } from '../../answers/language.ts';
import { labels } from '../../answers/labels.ts';
import { safeUrl } from './render-lookup.ts';

export function lawTextModal(text: SectionText | undefined, fallbackUrl?: string, language?: Language): types.ModalView {
  const t = labels(language);
  const blocks: Block[] = [];
  if (!text) {
    blocks.push({ type: 'section', text: mrkdwn(t.lawTextNotLoaded) });
    if (fallbackUrl) blocks.push({ type: 'section', text: mrkdwn(`<${safeUrl(fallbackUrl)}|${t.readItOnLovdata}>`) });
  } else {
    blocks.push({ type: 'header', text: plain(`${text.section}. ${text.title}`.trim(), LIMITS.headerText) });
    blocks.push({ type: 'context', elements: [mrkdwn(truncate(escapeMrkdwn(text.document_title), LIMITS.contextText))] });
    // Room for the header, context and the two closing blocks; a very long § is cut, with the link to the rest.
    const body = sections(escapeMrkdwn(text.ledd.join('\n\n'))).slice(0, LIMITS.blocksPerView - 6);
    blocks.push(...body);
    blocks.push({ type: 'section', text: mrkdwn(`<${safeUrl(text.url)}|${t.readProvisionOnLovdata}>`) });
    blocks.push({ type: 'context', elements: [mrkdwn(truncate(escapeMrkdwn(`${t.lawTextAsOf(text.document, text.text_as_of)} ${NLOD_ATTRIBUTION}.`), LIMITS.contextText))] });
  }
  return { type: 'modal', title: plain(t.lawTextTitle, LIMITS.viewTitle), close: plain(t.close, LIMITS.viewClose), blocks };
}
