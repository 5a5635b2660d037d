/** The lookup as every surface calls it from Slack: clean the question, look it up, render the page. */
import type { Knowledge } from '../../conversation/knowledge.ts';
import { fromSlackText } from '../blocks/escape.ts';
import { MAX_QUERY, PAGE_SIZE, renderLookup } from '../blocks/render-lookup.ts';
import type { SlackMessage } from '../blocks/message.ts';
import { noteOutcome } from '../request-log.ts';

/** The question as typed, decoded from Slack's text encoding and capped so it fits in button values. */
export function cleanQuery(slackText: string | undefined): string {
  return fromSlackText(slackText ?? '').slice(0, MAX_QUERY).trim();
}

const HELP_WORDS = new Set(['hjelp', 'help', '?', 'hjelp meg']);

/** An empty question, or one asking for help, gets the help message instead of a lookup. */
export function wantsHelp(query: string): boolean {
  return query === '' || HELP_WORDS.has(query.toLowerCase());
}

export interface LookupPage {
  query: string;
  offset?: number;
  asOf?: string;
  shareable: boolean;
  sharedBy?: string;
}

export function lookupMessage(k: Knowledge, page: LookupPage): SlackMessage {
  const offset = page.offset ?? 0;
  const result = k.lookup(page.query, { top: PAGE_SIZE, offset, asOf: page.asOf });
  noteOutcome(result.hits.length ? 'answered' : 'no_hits');
  return renderLookup(result, { offset, shareable: page.shareable, sharedBy: page.sharedBy, kbVersion: k.kb.version, lovdata: k.kb.lovdata });
}
