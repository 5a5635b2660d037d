/**
 * The buttons under an answer that talk back: 👍 / 👎 (into the editors' queue) and
 * «Følg endringer» (a notice when an entry shown changes). One block, added by the
 * lookup renderer when the bot has a database to keep them in.
 */
import type { LookupHit } from '../../search/lookup.ts';
import { ACTION_FEEDBACK } from '../ids-feedback.ts';
import { plain, truncate } from './fit.ts';
import { LIMITS } from './limits.ts';
import { encodeValue, type Block } from './message.ts';
import type { Language } from '../../answers/language.ts';
import { labels } from '../../answers/labels.ts';
import { valueIn } from './lang-value.ts';

/** What the 👍/👎 buttons carry back: the question and the entries shown, so the vote can be logged against them. */
export interface FeedbackValue {
  q: string;
  ids: string[];
  v: string;
}

export function answerActions(query: string, hits: LookupHit[], kbVersion: string, language?: Language): Block[] {
  if (hits.length === 0) return [];
  const t = labels(language);
  const value = (kind: string) => encodeValue<FeedbackValue & Record<string, unknown>>({ q: query, ids: hits.map((h) => h.entry.id), v: kbVersion, k: kind }, 'q');
  const follow = hits.slice(0, 5).map((h) => ({ text: plain(truncate(`${t.follow}: ${h.citation}`, LIMITS.optionText), LIMITS.optionText), value: valueIn(h.entry.id, language).slice(0, LIMITS.optionValue) }));
  return [
    {
      type: 'actions',
      block_id: 'answer_feedback',
      elements: [
        { type: 'button', action_id: ACTION_FEEDBACK.up, text: plain(t.useful, LIMITS.buttonText), value: value('up') },
        { type: 'button', action_id: ACTION_FEEDBACK.down, text: plain(t.notUseful, LIMITS.buttonText), value: value('down') },
        follow.length === 1
          ? { type: 'button', action_id: ACTION_FEEDBACK.follow, text: plain(t.follow, LIMITS.buttonText), value: follow[0]!.value }
          : { type: 'overflow', action_id: ACTION_FEEDBACK.followMenu, options: follow },
      ],
    },
  ];
}
