/**
 * The editors' part of the Home tab: the questions the knowledge base answered worst
 * lately (no hits, weak hits, 👎), most asked first, with the entry ids the answer
 * showed. Shown only to the members the workspace names as editors.
 */
import type { Gap } from '../../db/feedback.ts';
import { escapeMrkdwn, quoteUserText } from './escape.ts';
import { mrkdwn, plain, truncate } from './fit.ts';
import { LIMITS } from './limits.ts';
import type { Block } from './message.ts';
import { ACTION_FEEDBACK } from '../ids-feedback.ts';

function loggingSwitch(enabled: boolean): Block {
  return {
    type: 'actions',
    elements: [
      enabled
        ? { type: 'button', action_id: ACTION_FEEDBACK.loggingToggle, value: 'off', text: plain('Slå av logging av spørsmål', LIMITS.buttonText), style: 'danger', confirm: { title: plain('Slå av logging?', 100), text: plain('Spørsmålene som er logget for dette arbeidsområdet slettes, og nye logges ikke.', 300), confirm: plain('Slå av', 30), deny: plain('Avbryt', 30) } }
        : { type: 'button', action_id: ACTION_FEEDBACK.loggingToggle, value: 'on', text: plain('Slå på logging av spørsmål', LIMITS.buttonText) },
    ],
  };
}

const KIND: Record<string, string> = { no_hits: 'ingen treff', weak: 'svake treff', down: ':thumbsdown:' };

export function gapLine(g: Gap): string {
  const ids = g.entryIds.length ? ` → ${g.entryIds.map((id) => `\`${escapeMrkdwn(id)}\``).join(', ')}` : '';
  return `• ${g.count}× ${quoteUserText(g.question, 150)} (${KIND[g.kind] ?? g.kind})${ids}`;
}

export function renderEditorsQueue(gaps: Gap[], options: { loggingEnabled: boolean; retentionDays: number }): Block[] {
  const blocks: Block[] = [{ type: 'divider' }, { type: 'header', text: plain('For redaktører: spørsmål uten godt svar', LIMITS.headerText) }];
  if (!options.loggingEnabled) {
    blocks.push({ type: 'section', text: mrkdwn('Logging av spørsmål er slått av for dette arbeidsområdet, så det er ingenting å vise.') });
    blocks.push(loggingSwitch(false));
    return blocks;
  }
  const lines = gaps.map(gapLine);
  blocks.push({ type: 'section', text: mrkdwn(lines.length ? truncate(lines.join('\n'), LIMITS.sectionText) : 'Ingen spørsmål uten godt svar i perioden.') });
  blocks.push({ type: 'context', elements: [mrkdwn(`Siste ${options.retentionDays} dager, mest spurt først. Brukere vises ikke; spørsmålene slettes etter ${options.retentionDays} dager. Hele listen: \`npm run report\`.`)] });
  blocks.push(loggingSwitch(true));
  return blocks;
}
