/**
 * Make text and block lists fit Block Kit's limits instead of letting Slack reject
 * them: long text is split across sections at paragraph, line or word boundaries
 * (never inside a `<link|label>`), short fields are truncated with an ellipsis,
 * and a message that would be too long is cut at a block boundary so the caller
 * can offer the rest on the next page.
 */
import type { types } from '@slack/bolt';
import { LIMITS, totalText } from './limits.ts';

type KnownBlock = types.KnownBlock;

const ELLIPSIS = '…';

/** At most `max` characters, cut at a word boundary when one is near, ending in "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const cut = safeCut(text, room);
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/** Pieces of at most `max` characters that join back to the text (modulo whitespace at the cuts). */
export function splitText(text: string, max: number = LIMITS.sectionText): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = safeCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/**
 * Where to cut `text` so the first part has at most `max` characters: the last
 * paragraph break, else line break, else space in the second half of the window;
 * else a hard cut. Never inside `<…>` (links, entities kept whole) or an `&…;` entity.
 */
function safeCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const window = text.slice(0, max + 1);
  const floor = Math.floor(max / 2);
  let cut = -1;
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(sep, max);
    if (at >= floor) {
      cut = at;
      break;
    }
  }
  if (cut < 0) cut = max;
  const open = text.lastIndexOf('<', cut - 1);
  if (open > 0 && text.indexOf('>', open) >= cut) cut = open;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp > 0 && /^&(amp|lt|gt);/.test(text.slice(amp)) && text.indexOf(';', amp) >= cut) cut = amp;
  return Math.max(1, cut);
}

export function mrkdwn(text: string) {
  return { type: 'mrkdwn' as const, text };
}

export function plain(text: string, max: number) {
  return { type: 'plain_text' as const, text: truncate(text, max), emoji: true };
}

/** One or more section blocks carrying the whole text. */
export function sections(text: string): KnownBlock[] {
  return splitText(text, LIMITS.sectionText).map((piece) => ({ type: 'section', text: mrkdwn(piece) }));
}

export interface FitResult {
  /** The blocks of the groups that fitted (the first possibly cut down). */
  body: KnownBlock[];
  /** How many leading groups fitted. */
  fitted: number;
}

/**
 * Take whole groups of blocks (one group = one search hit, say) while the message
 * stays within the block count and total text budget, leaving room for the fixed
 * blocks around them (`around`). At least one group is always kept, cut down to
 * fit if it must be, so an answer is never empty.
 */
export function fitGroups(groups: KnownBlock[][], around: KnownBlock[], maxBlocks: number = LIMITS.blocksPerMessage, budget: number = LIMITS.messageTextBudget): FitResult {
  const body: KnownBlock[] = [];
  let fitted = 0;
  const fixedCount = around.length;
  const fixedText = totalText(around);
  let used = fixedText;
  for (const group of groups) {
    const size = totalText(group);
    if (fixedCount + body.length + group.length > maxBlocks || used + size > budget) {
      if (fitted === 0) {
        body.push(...shrinkGroup(group, maxBlocks - fixedCount, budget - fixedText));
        fitted = 1;
      }
      break;
    }
    body.push(...group);
    used += size;
    fitted++;
  }
  return { body, fitted };
}

/** A single group that is too big on its own: keep its first blocks and truncate the last one kept. */
function shrinkGroup(group: KnownBlock[], maxBlocks: number, budget: number): KnownBlock[] {
  const kept: KnownBlock[] = [];
  let used = 0;
  for (const block of group.slice(0, Math.max(1, maxBlocks))) {
    const size = totalText([block]);
    if (used + size <= budget) {
      kept.push(block);
      used += size;
      continue;
    }
    const room = budget - used;
    if (block.type === 'section' && block.text && room > 100) kept.push({ ...block, text: { ...block.text, text: truncate(block.text.text, room) } });
    break;
  }
  return kept;
}
