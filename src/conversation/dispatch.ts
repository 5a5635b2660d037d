/**
 * The one command dispatch: a command line, a question, a button or a submitted form
 * in, an Answer out. Slack's listeners and the console are thin adapters over these
 * functions, so a command behaves the same wherever it is typed. Text arrives here
 * already decoded from the transport (Slack's entities, a terminal's line).
 */
import type { Knowledge } from './knowledge.ts';
import type { Answer, Audience } from './answer.ts';
import type { CheckSpec, FactError, Facts } from './check-port.ts';
import { checkCommands } from './commands.ts';
import { parseInlineFacts } from './facts/inline.ts';
import { MAX_QUESTION_LENGTH } from '../answers/question.ts';
import { detectLanguage, type Language } from '../answers/language.ts';
import { directAnswer } from '../answers/direct-answer.ts';
import { smallTalkExamples } from './help.ts';
import { offerCheck, settleOffer, type CheckOffer } from './check-offer.ts';
import { checkIn, englishFactLine, factsLanguage } from './check-language.ts';
import { checkShortTitleIn } from '../answers/reply-text.ts';

/** Hits per page: three read at a glance; the rest is one click (or «mer») away. */
export const PAGE_SIZE = 3;

const HELP_WORDS = new Set(['hjelp', 'help', '?', 'hjelp meg']);

/** An empty question, or one asking for help, gets the help instead of a lookup. */
function wantsHelp(query: string): boolean {
  return query === '' || HELP_WORDS.has(query.toLowerCase());
}

/** A question is cut to the longest we look up (and carry in button values). */
export function cleanQuestion(text: string): string {
  return text.slice(0, MAX_QUESTION_LENGTH).trim();
}

export interface LookupPage extends Audience {
  query: string;
  offset?: number;
  /** The date whose rules apply; today when left out. */
  asOf?: string;
}

/** One page of a lookup. */
export function lookupAnswer(k: Knowledge, page: LookupPage): Answer {
  const offset = page.offset ?? 0;
  const result = k.lookup(page.query, { top: PAGE_SIZE, offset, asOf: page.asOf });
  const language = detectLanguage(page.query);
  // The direct line belongs above the first hit; later pages show only hits.
  const direct = offset === 0 ? directAnswer(page.query, result, k.kb.answers, language) : null;
  const offered = offset === 0 && k.checks ? offerCheck(k.checks.list(), page.query) : null;
  const settled = offered && k.checks ? settleOffer(offered, k.checks, page.asOf, language) : null;
  const checkOffer = settled && language === 'en' ? inEnglish(k, settled) : settled;
  return {
    kind: 'lookup',
    result,
    offset,
    kbVersion: k.kb.version,
    ...(k.kb.lovdata ? { lovdata: k.kb.lovdata } : {}),
    ...(language === 'en' ? { language } : {}),
    ...(direct ? { direct } : {}),
    ...(checkOffer ? { checkOffer } : {}),
    shareable: page.shareable,
    ...(page.sharedBy ? { sharedBy: page.sharedBy } : {}),
  };
}

/**
 * The offer to an English asker: the check's English short title, and the line by the check's own (English) fact names,
 * so the check answers in English too (its outcome is already by its English label: settleOffer).
 */
function inEnglish(k: Knowledge, offer: CheckOffer): CheckOffer {
  const check = k.checks?.list().find((c) => c.id === offer.checkId);
  if (!check) return offer;
  return { ...offer, title: checkShortTitleIn(check, 'en'), line: englishFactLine(check, offer.facts) };
}

/** A question typed to the bot: the help when it asks for help, else the first page of hits. */
export function answerQuestion(k: Knowledge, text: string, options: Audience & { forms: boolean }): Answer {
  const query = cleanQuestion(text);
  if (wantsHelp(query)) return helpAnswer(k, options.forms, helpLanguage(query));
  const answer = lookupAnswer(k, { query, shareable: options.shareable, ...(options.sharedBy ? { sharedBy: options.sharedBy } : {}) });
  if (answer.kind !== 'lookup' || !answer.result.smallTalk) return answer;
  // «hei», «takk», «hjelp»: a friendly reply, not «Fant ingenting».
  const language = detectSmallTalkLanguage(query);
  if (answer.result.smallTalk === 'help') return helpAnswer(k, options.forms, language);
  return { kind: 'small-talk', talk: answer.result.smallTalk, language, examples: smallTalkExamples(language) };
}

/** The help, in English when asked for in English. */
function helpAnswer(k: Knowledge, forms: boolean, language: Language): Answer {
  return { kind: 'help', checks: k.checks?.list() ?? [], forms, ...(language === 'en' ? { language } : {}) };
}

/** «help» is English, «hjelp», «?» and an empty question Norwegian. */
export function helpLanguage(text: string): Language {
  return /^\s*help\b/i.test(text) ? 'en' : 'nb';
}

/** Small talk is too short for the word count: «hi», «hello», «thanks», «cheers» are English. */
function detectSmallTalkLanguage(text: string): Language {
  return /\b(hi|hello|hey|good|thanks|thank|cheers|ty|there|everyone)\b/i.test(text) ? 'en' : detectLanguage(text);
}

/** A check run on facts already read: its verdict, or what is wrong with the facts. */
export function checkAnswer(k: Knowledge, command: string, checkId: string, facts: Facts, options: Audience & { asOf?: string; language?: Language }): Answer {
  const check = k.checks?.list().find((c) => c.id === checkId);
  if (!k.checks || !check) return { kind: 'checks-unavailable', command };
  const english = options.language === 'en' ? { language: options.language } : {};
  const run = k.checks.run(checkId, facts, { asOf: options.asOf, ...english });
  if (!run.ok) return { kind: 'fact-errors', command, check, errors: run.errors, ...english };
  return { kind: 'check-result', reply: run.reply, kbVersion: k.kb.version, shareable: options.shareable, ...(options.sharedBy ? { sharedBy: options.sharedBy } : {}), ...english };
}

/**
 * The commands that are not checks (a check's command is in its file), each with what it
 * answers. manifest.yml declares the same (tests/slack/manifest.test.ts compares them).
 */
export const COMMANDS: { name: string; answer: (k: Knowledge, text: string, audience: Audience) => Answer }[] = [
  { name: '/vta-rules', answer: (k, text, audience) => answerQuestion(k, text, { ...audience, forms: true }) },
];

/** Every command the bot answers: the table above, then the checks' commands in their order. */
export function allCommands(k: Pick<Knowledge, 'checks'>): string[] {
  return [...COMMANDS.map((c) => c.name), ...checkCommands(k.checks?.list() ?? []).map((c) => c.command)];
}

/**
 * A slash command with its text: a command of the table, or a check (its form when no
 * facts are given, the help for "hjelp", else the verdict on the facts typed).
 */
export function answerCommand(k: Knowledge, command: string, text: string, options: Audience): Answer {
  const name = command.toLowerCase();
  const plain = COMMANDS.find((c) => c.name === name);
  if (plain) return plain.answer(k, text, options);
  // No check to read the facts' names by: «help» or the text's words tell the language, as a question's do.
  const textLanguage = helpLanguage(text) === 'en' || detectLanguage(text) === 'en' ? { language: 'en' as const } : {};
  if (!k.checks) return { kind: 'checks-unavailable', command: name, ...textLanguage };
  const specs = k.checks.list();
  const cmd = checkCommands(specs).find((c) => c.command === name);
  if (!cmd) return { kind: 'unknown-command', command, commands: allCommands(k), ...textLanguage };
  const check = specs.find((c) => c.id === cmd.checkId)!;
  const facts = text.trim();
  if (!facts) return { kind: 'check-form', command: name, check };
  // Fact names of the check's own (English) kind, «yes»/«no» or «help» ask for the answer in English.
  const language = factsLanguage(check, facts);
  const english = language === 'en' ? { language } : {};
  if (/^(hjelp|help|\?)$/i.test(facts)) return { kind: 'fact-help', command: name, check: checkIn(check, language), ...english };
  const parsed = parseInlineFacts(check, facts, language);
  if (!parsed.ok) return factErrors(k, name, checkIn(check, language), parsed.errors, parsed.facts, language);
  return checkAnswer(k, name, check.id, parsed.facts, { ...options, language });
}

/** Every bad part of a typed line, with the verdict on what could be read (when anything could and it runs). */
function factErrors(k: Knowledge, command: string, check: CheckSpec, errors: FactError[], facts: Facts, language: Language): Answer {
  const run = Object.keys(facts).length && k.checks ? k.checks.run(check.id, facts, language === 'en' ? { language } : {}) : null;
  const partial = run?.ok ? { reply: run.reply, kbVersion: k.kb.version } : undefined;
  return { kind: 'fact-errors', command, check, errors, ...(partial ? { partial } : {}), ...(language === 'en' ? { language } : {}) };
}
