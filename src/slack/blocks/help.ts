/** The help shown for an empty `/vta-rules`, and the examples the Home tab shares. */
import { ACTION } from '../ids.ts';
import type { CheckSpec } from '../../conversation/check-port.ts';
import { checkCommands } from '../../conversation/commands.ts';
import { exampleChecks, exampleQuestions, helpTopics } from '../../conversation/help.ts';
import type { Language } from '../../answers/language.ts';
import { labels } from '../../answers/labels.ts';
import { mrkdwn, plain } from './fit.ts';
import { LIMITS } from './limits.ts';
import { topicButtons } from './render-lookup.ts';
import type { Block, SlackMessage } from './message.ts';

/** Buttons that open a check's modal; empty when the checks are not available. */
export function checkButtons(specs: readonly CheckSpec[]): Block[] {
  const elements = checkCommands(specs).map((c, i) => ({ type: 'button' as const, action_id: `${ACTION.openCheck}:${i}`, text: plain(c.label, LIMITS.buttonText), value: c.checkId }));
  return elements.length ? [{ type: 'actions', elements }] : [];
}

/** The help; with the buttons that open the check forms unless `buttons` is false (a thread has no use for a form). */
export function renderHelp(specs: readonly CheckSpec[], buttons = true, language?: Language): SlackMessage {
  const t = labels(language);
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(`*${t.helpHeading}*\n${t.helpSlack}`) },
    { type: 'section', text: mrkdwn(`*${t.examples}*\n${exampleQuestions(language).map((q) => `• \`${q}\``).join('\n')}`) },
    { type: 'section', text: mrkdwn(`*${t.chooseTopic}*`) },
    ...topicButtons(helpTopics(language)),
    { type: 'section', text: mrkdwn(`*${t.checks}*\n${exampleChecks(specs, language).map((q) => `• \`${q}\``).join('\n')}\n${t.checksOpenForm}`) },
    ...(buttons ? checkButtons(specs) : []),
  ];
  return { text: t.helpFallback, blocks };
}
