/**
 * The Block Kit renderer: every Answer of the conversation as a Slack message. A
 * check's form is a modal (modals.ts), opened by the listener; as a message it reads
 * as the help on giving the facts on one line.
 */
import type { Answer } from '../../conversation/answer.ts';
import { escapeMrkdwn } from './escape.ts';
import { mrkdwn } from './fit.ts';
import { renderHelp } from './help.ts';
import type { SlackMessage } from './message.ts';
import { renderCheckBlocks, renderCheckMessage, renderFactErrors, renderFactHelp } from './render-check.ts';
import { LIMITS } from './limits.ts';
import { renderLookup, topicButtons } from './render-lookup.ts';
import { feedbackAvailable, noteAnswer } from '../answer-log.ts';
import { smallTalkGreeting } from '../../answers/small-replies.ts';
import { labels } from '../../answers/labels.ts';
import type { Language } from '../../answers/language.ts';

/** The render options of a check answered in English; none for Norwegian, so its blocks stay as they were. */
function inLanguage(language: Language | undefined, titleEn: string | undefined) {
  return language === 'en' ? { language, ...(titleEn ? { titleEn } : {}) } : {};
}

/** What the share button under a check result carries: enough to run the same check again, deterministically. */
export interface CheckShareValue {
  checkId: string;
  facts: Record<string, unknown>;
  asOf: string;
  /** "en" under an English result: the shared copy is in English too. Left out for Norwegian. */
  lang?: 'en';
}

export function renderAnswer(answer: Answer): SlackMessage {
  switch (answer.kind) {
    case 'lookup':
      // Every lookup reply to Slack passes here: a question answered badly goes to the editors'
      // queue when first asked (not for its next page or a share), where there is a database.
      if (answer.offset === 0 && !answer.sharedBy) noteAnswer(answer.result, answer.kbVersion);
      return renderLookup(answer.result, {
        offset: answer.offset,
        shareable: answer.shareable,
        sharedBy: answer.sharedBy,
        kbVersion: answer.kbVersion,
        lovdata: answer.lovdata,
        language: answer.language,
        direct: answer.direct,
        checkOffer: answer.checkOffer,
        feedback: feedbackAvailable(),
      });
    case 'small-talk': {
      const text = smallTalkGreeting(answer.talk, answer.language);
      const head = labels(answer.language).askForExample;
      return {
        text,
        blocks: [
          { type: 'section', text: mrkdwn(escapeMrkdwn(text)) },
          { type: 'section', text: mrkdwn(`${head}\n${answer.examples.map((q) => `• ${escapeMrkdwn(q)}`).join('\n')}`) },
          ...topicButtons(answer.examples),
        ],
      };
    }
    case 'help':
      return renderHelp(answer.checks, answer.forms, answer.language);
    case 'check-form':
    case 'fact-help':
      return renderFactHelp(answer.command, answer.check, answer.language);
    case 'fact-errors':
    {
      const errors = renderFactErrors(answer.command, answer.check, answer.errors, answer.language);
      if (!answer.partial) return errors;
      // What could be read is still evaluated: the errors first, then the verdict on the rest.
      const head = errors.blocks.slice(0, 2);
      const note = { type: 'context' as const, elements: [mrkdwn(labels(answer.language).withWhatCouldBeRead)] };
      const verdict = renderCheckBlocks(answer.partial.reply, {
        kbVersion: answer.partial.kbVersion,
        maxBlocks: LIMITS.blocksPerMessage - head.length - 1,
        budget: LIMITS.messageTextBudget - JSON.stringify(head).length - 100,
        ...inLanguage(answer.language, answer.check.titleEn),
      });
      return { text: errors.text, blocks: [...head, note, ...verdict] };
    }
    case 'check-result': {
      const { reply } = answer;
      const json = JSON.stringify({ checkId: reply.result.check, facts: reply.facts, asOf: reply.result.asOf, ...(answer.language === 'en' ? { lang: answer.language } : {}) } satisfies CheckShareValue);
      // A value that cannot fit is dropped rather than cut: a cut one would share a different answer.
      const shareValue = answer.shareable && json.length <= 2000 ? json : undefined;
      return renderCheckMessage(reply, { kbVersion: answer.kbVersion, sharedBy: answer.sharedBy, shareValue, ...inLanguage(answer.language, reply.titleEn) });
    }
    case 'checks-unavailable':
      return {
        text: labels(answer.language).checksUnavailableShort(answer.command),
        blocks: [{ type: 'section', text: mrkdwn(labels(answer.language).checksUnavailableSlack(escapeMrkdwn(answer.command))) }],
      };
    case 'unknown-command': {
      const text = labels(answer.language).unknownCommand(answer.command, answer.commands.join(', '));
      return { text, blocks: [{ type: 'section', text: mrkdwn(escapeMrkdwn(text)) }] };
    }
  }
}
