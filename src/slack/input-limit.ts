/**
 * One limit on what a person can send, applied to every kind of request before
 * any listener parses it: slash-command text, mentions, direct messages, modal
 * values and button values. A question is a sentence or two; past the limit the
 * asker gets one friendly line saying the limit, and nothing is parsed, decoded
 * or looked up (the cost of fact parsing and fuzzy matching grows with the text).
 *
 * The limit is MAX_QUESTION_LENGTH characters of what the person typed. Slack's
 * text carries markup around it (`<@U123>` for a mention, `&amp;` for &), so the
 * raw text may be up to MAX_RAW_CHARS before it is decoded at all; decoding
 * (fromSlackText) is linear, and then the typed text is held to the limit.
 */
import type { AnyMiddlewareArgs, Middleware, RespondFn, SayFn } from '@slack/bolt';
import { MAX_QUESTION_LENGTH } from '../answers/question.ts';
import { fromSlackText } from './blocks/escape.ts';
import { noteOutcome } from './request-log.ts';
import { errorFields, type Log } from '../log/logger.ts';
import { ackWithJson } from './ack-reply.ts';
import { labels } from '../answers/labels.ts';
import { detectLanguage, type Language } from '../answers/language.ts';

export const MAX_INPUT_CHARS = MAX_QUESTION_LENGTH;
export const MAX_RAW_CHARS = 4 * MAX_INPUT_CHARS;

/** The friendly line: how long the text was, and the limit, in the asker's language. */
export function tooLongMessage(length: number, language?: Language): string {
  return labels(language).tooLongInput(length > MAX_RAW_CHARS ? `over ${MAX_RAW_CHARS}` : String(length), MAX_INPUT_CHARS);
}

/**
 * The language of a request over the limit, read cheaply: the words of the text's first
 * MAX_INPUT_CHARS characters (a bounded word count), or the language a check form was opened
 * in (its metadata, which we wrote). A forged button value gets Norwegian.
 */
function breachLanguage(body: Body, breach: Breach): Language {
  if (breach.kind === 'command' && typeof body.text === 'string') return detectLanguage(body.text.slice(0, MAX_INPUT_CHARS));
  if (breach.kind === 'event' && typeof body.event?.text === 'string') return detectLanguage(body.event.text.slice(0, MAX_INPUT_CHARS));
  if (breach.kind === 'view') return /"lang":"en"/.test(String(body.view?.private_metadata ?? '').slice(0, 3000)) ? 'en' : 'nb';
  return 'nb';
}

/** The typed length of Slack text, or undefined when it is within the limit. Reads at most MAX_RAW_CHARS. */
export function overLimit(raw: string): number | undefined {
  if (raw.length > MAX_RAW_CHARS) return raw.length;
  if (raw.length <= MAX_INPUT_CHARS) return undefined;
  const typed = fromSlackText(raw).length;
  return typed > MAX_INPUT_CHARS ? typed : undefined;
}

type Body = {
  command?: unknown;
  text?: unknown;
  type?: unknown;
  event?: { type?: unknown; text?: unknown; channel?: unknown; channel_type?: unknown; subtype?: unknown; bot_id?: unknown; ts?: unknown; thread_ts?: unknown };
  actions?: { value?: unknown }[];
  view?: { state?: { values?: unknown }; private_metadata?: unknown };
};

type Breach =
  | { kind: 'command'; length: number }
  | { kind: 'event'; length: number; threadTs: string }
  | { kind: 'action'; length: number }
  | { kind: 'view'; length: number; blockId: string };

/** Long strings among the values of a submitted modal (`values[block_id][action_id].value`). */
function viewBreach(values: unknown): Breach | undefined {
  if (typeof values !== 'object' || values === null) return undefined;
  for (const [blockId, actions] of Object.entries(values)) {
    if (typeof actions !== 'object' || actions === null) continue;
    for (const element of Object.values(actions)) {
      const value = (element as { value?: unknown } | null)?.value;
      if (typeof value === 'string' && value.length > MAX_INPUT_CHARS) return { kind: 'view', length: value.length, blockId };
    }
  }
  return undefined;
}

/** What in this request is over the limit, if anything. Only text a person wrote counts: not edits, bots' messages. */
export function findBreach(body: Body): Breach | undefined {
  if (typeof body.command === 'string') {
    const length = typeof body.text === 'string' ? overLimit(body.text) : undefined;
    return length === undefined ? undefined : { kind: 'command', length };
  }
  if (body.type === 'event_callback' && body.event && typeof body.event.text === 'string') {
    const e = body.event;
    const asked =
      (e.type === 'app_mention' && !String(e.channel).startsWith('D')) ||
      (e.type === 'message' && e.channel_type === 'im' && e.subtype === undefined && e.bot_id === undefined);
    const length = asked ? overLimit(e.text as string) : undefined;
    return length === undefined ? undefined : { kind: 'event', length, threadTs: String(e.thread_ts ?? e.ts) };
  }
  if (body.type === 'block_actions' && Array.isArray(body.actions)) {
    for (const a of body.actions) {
      // Button values are ours, at most Slack's 2000 characters; anything longer was not made by us.
      if (typeof a?.value === 'string' && a.value.length > MAX_RAW_CHARS) return { kind: 'action', length: a.value.length };
    }
    return undefined;
  }
  if (body.type === 'view_submission') return viewBreach(body.view?.state?.values);
  return undefined;
}

export function inputLimitMiddleware(log: Log): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const breach = findBreach(args.body as Body);
    if (!breach) return args.next();
    noteOutcome('too_long');
    const text = tooLongMessage(breach.length, breachLanguage(args.body as Body, breach));
    const a = args as AnyMiddlewareArgs & { ack?: (r?: string | Record<string, unknown>) => Promise<void>; respond?: RespondFn; say?: SayFn };
    try {
      if (breach.kind === 'view') return void (await a.ack?.({ response_action: 'errors', errors: { [breach.blockId]: text } }));
      // A command's reply is the ack's body, as every command's is (ack-reply.ts).
      if (breach.kind === 'command' && a.ack) return void (await ackWithJson(a.ack, args.context, JSON.stringify({ response_type: 'ephemeral', text })));
      await a.ack?.();
      if (breach.kind === 'event') await a.say?.({ text, thread_ts: breach.threadTs });
      else await a.respond?.({ response_type: 'ephemeral', replace_original: false, text });
    } catch (error) {
      log.warn('input.too_long_reply_failed', errorFields(error, false));
    }
  };
}
