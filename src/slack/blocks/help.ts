/** The help shown for an empty `/vta-rules`, and the examples the Home tab shares. */
import { ACTION } from '../ids.ts';
import type { CheckSpec } from '../../conversation/check-port.ts';
import { checkCommands } from '../../conversation/commands.ts';
import { EXAMPLE_QUESTIONS, exampleChecks, HELP_TOPICS } from '../../conversation/help.ts';
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
export function renderHelp(specs: readonly CheckSpec[], buttons = true): SlackMessage {
  const blocks: Block[] = [
    {
      type: 'section',
      text: mrkdwn(
        '*Slik spør du*\nSkriv et spørsmål eller en paragraf etter kommandoen. Svaret viser bestemmelsen, om den gjelder nå (eller bare er et forslag eller historisk), et kort sammendrag og lenke til kilden. Bare du ser svaret til du deler det.',
      ),
    },
    { type: 'section', text: mrkdwn(`*Eksempler*\n${EXAMPLE_QUESTIONS.map((q) => `• \`${q}\``).join('\n')}`) },
    { type: 'section', text: mrkdwn('*Eller velg et tema:*') },
    ...topicButtons(HELP_TOPICS),
    { type: 'section', text: mrkdwn(`*Regelsjekker*\n${exampleChecks(specs).map((q) => `• \`${q}\``).join('\n')}\nUten opplysninger åpner kommandoen et skjema.`) },
    ...(buttons ? checkButtons(specs) : []),
  ];
  return { text: 'Slik bruker du /vta-rules: skriv et spørsmål eller en paragraf, f.eks. /vta-rules utbytte', blocks };
}
