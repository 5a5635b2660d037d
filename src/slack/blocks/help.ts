/** The help shown for an empty `/vta-rules`, and the examples the Home tab shares. */
import { ACTION } from '../ids.ts';
import type { CheckSpec } from '../../conversation/check-port.ts';
import { checkCommands, type CheckCommand } from '../../conversation/commands.ts';
import { checkShortTitleIn } from '../../answers/reply-text.ts';
import { exampleChecks, exampleQuestions, helpTopics } from '../../conversation/help.ts';
import type { Language } from '../../answers/language.ts';
import { labels } from '../../answers/labels.ts';
import { mrkdwn, plain } from './fit.ts';
import { LIMITS } from './limits.ts';
import { topicButtons } from './render-lookup.ts';
import { valueIn } from './lang-value.ts';
import type { Block, SlackMessage } from './message.ts';

/** Buttons that open a check's modal; empty when the checks are not available. */
export function checkButtons(specs: readonly CheckSpec[], language?: Language): Block[] {
  // The file's button label is Norwegian; in English the label is «Check: <short title>», as on the offer button.
  const label = (c: CheckCommand) => {
    const spec = specs.find((s) => s.id === c.checkId);
    return language === 'en' && spec ? `${labels(language).checkButton}: ${checkShortTitleIn(spec, language)}` : c.label;
  };
  const elements = checkCommands(specs).map((c, i) => ({ type: 'button' as const, action_id: `${ACTION.openCheck}:${i}`, text: plain(label(c), LIMITS.buttonText), value: valueIn(c.checkId, language) }));
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
    ...(buttons ? checkButtons(specs, language) : []),
  ];
  return { text: t.helpFallback, blocks };
}
