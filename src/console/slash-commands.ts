/**
 * The Slack slash commands in the console: the same parsing, the same checks and
 * the same Block Kit renderers as the Slack app, printed as text. A modal cannot
 * open in a terminal, so a check command without facts prints the modal's
 * questions and how to give the answers on one line.
 */
import type { Knowledge } from '../conversation/knowledge.ts';
import { allCommands, checkCommands, LOOKUP_COMMAND } from '../conversation/commands.ts';
import { renderHelp } from '../slack/blocks/help.ts';
import { checkModal } from '../slack/blocks/modals.ts';
import { renderFactErrors } from '../slack/blocks/render-check.ts';
import type { SlackMessage } from '../slack/blocks/message.ts';
import { ACTION } from '../slack/ids.ts';
import { cleanQuery, lookupMessage, wantsHelp } from '../slack/listeners/lookup-reply.ts';
import { checkResultMessage, checksUnavailable, factHelp } from '../slack/listeners/check-reply.ts';
import { PAGE_SIZE } from '../slack/blocks/render-lookup.ts';
import { example } from '../conversation/facts/inline.ts';
import { parseInlineFacts } from '../conversation/facts/inline.ts';
import { blocksToText } from './blocks-to-text.ts';

export function createSlashCommands(knowledge: () => Knowledge) {
  let last: { query: string; offset: number } | null = null;

  const show = (m: SlackMessage) => {
    const text = blocksToText(m.blocks);
    const more = m.blocks.some((b) => b.type === 'actions' && b.elements.some((e) => 'action_id' in e && e.action_id === ACTION.nextPage));
    return more ? `${text}\n(skriv «mer» for flere treff)` : text;
  };

  function lookupPage(query: string, offset: number): string {
    last = { query, offset };
    return show(lookupMessage(knowledge(), { query, offset, shareable: false }));
  }

  return {
    /** The answer to a line starting with "/". */
    handle(line: string): string {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      const command = name.toLowerCase();
      const text = rest.join(' ');
      const k = knowledge();
      if (command === LOOKUP_COMMAND) {
        const query = cleanQuery(text);
        return wantsHelp(query) ? show(renderHelp(k.checks?.list() ?? [])) : lookupPage(query, 0);
      }
      if (!k.checks) return show(checksUnavailable(command));
      const cmd = checkCommands(k.checks.list()).find((c) => c.command === command);
      if (!cmd) return `Kjenner ikke ${name}. Kommandoer: ${allCommands(k.checks?.list() ?? []).join(', ')}.`;
      const spec = k.checks?.list().find((c) => c.id === cmd.checkId);
      if (!k.checks || !spec) return show(checksUnavailable(cmd.command));
      if (!text.trim()) {
        const modal = checkModal(spec, { checkId: spec.id });
        return `${blocksToText(modal.blocks)}\n\nI Slack åpner dette et skjema. Her skriver du svarene på én linje, f.eks.:\n${cmd.command} ${example(spec)}\n(${cmd.command} hjelp viser alle navnene)`;
      }
      if (/^(hjelp|help|\?)$/i.test(text.trim())) return show(factHelp(cmd.command, spec));
      const parsed = parseInlineFacts(spec, text);
      if (!parsed.ok) return show(renderFactErrors(cmd.command, spec, parsed.errors));
      const run = k.checks.run(spec.id, parsed.facts);
      if (!run.ok) return show(renderFactErrors(cmd.command, spec, run.errors));
      return show(checkResultMessage(k, run.reply, { shareable: false }));
    },
    /** The next page of the last /vta-rules answer, or null if there was none. */
    more(): string | null {
      if (!last) return null;
      const next = last.offset + PAGE_SIZE;
      const result = knowledge().lookup(last.query, { top: PAGE_SIZE, offset: next });
      if (result.hits.length === 0) return 'Ingen flere treff.';
      return lookupPage(last.query, next);
    },
    /** A plain question resets paging to the plain renderer. */
    forget(): void {
      last = null;
    },
  };
}
