/**
 * The local console: the same commands and questions as in Slack, for a machine with
 * no Slack tokens. A thin adapter over the conversation's dispatch: a line in, the
 * Answer rendered as text out. Reads one line at a time; works both interactively and
 * with piped input. A slash command works as in Slack; a plain line is a question.
 */
import { createInterface } from 'node:readline';
import type { Knowledge } from '../conversation/knowledge.ts';
import type { Answer } from '../conversation/answer.ts';
import { answerCommand, answerQuestion, lookupAnswer, PAGE_SIZE } from '../conversation/dispatch.ts';
import { MAX_QUESTION_LENGTH, prepareQuestion } from '../answers/question.ts';
import { renderAnswerText } from './render.ts';
import { detectLanguage, type Language } from '../answers/language.ts';
import { labels } from '../answers/labels.ts';

const QUIT = new Set(['avslutt', 'exit', 'quit', ':q']);
const HELP = new Set(['hjelp', 'help', '?', '/help']);
const MORE = new Set(['mer', 'more', 'flere', 'neste']);

/** English words of the console: «help», «more», «quit» and «exit» get their answer in English. */
const ENGLISH_WORDS = new Set(['help', '/help', 'more', 'exit', 'quit']);

/** The help, and the words only the console knows. */
export function consoleHelp(k: Knowledge, language: Language = 'nb'): string {
  const help = renderAnswerText({ kind: 'help', checks: k.checks?.list() ?? [], forms: false, ...(language === 'en' ? { language } : {}) }, k.kb);
  return `${help}\n\n${labels(language).consoleWords}`;
}

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
}

/** Answer one console line from the knowledge live then (a reload between two lines is picked up); returns the text to print (null = quit). */
export function createConsoleHandler(knowledge: () => Knowledge) {
  let last: { query: string; offset: number } | null = null;

  const show = (k: Knowledge, answer: Answer) => {
    last = answer.kind === 'lookup' && answer.result.hits.length ? { query: answer.result.query, offset: answer.offset } : null;
    return renderAnswerText(answer, k.kb);
  };

  return function handle(line: string): string | null {
    const k = knowledge();
    const text = line.trim();
    if (!text) return '';
    const lower = text.toLowerCase();
    if (QUIT.has(lower)) return null;
    const word: Language = ENGLISH_WORDS.has(lower) ? 'en' : 'nb';
    if (HELP.has(lower)) return consoleHelp(k, word);
    if (MORE.has(lower)) {
      if (!last) return labels(word).askFirst;
      const next = lookupAnswer(k, { query: last.query, offset: last.offset + PAGE_SIZE, shareable: false });
      // The next page speaks the question's language, whichever word asked for it.
      return next.kind === 'lookup' && next.result.hits.length ? show(k, next) : labels(next.kind === 'lookup' ? (next.language ?? 'nb') : word).noMore;
    }
    if (text.startsWith('/')) {
      const [name = '', ...rest] = text.split(/\s+/);
      return show(k, answerCommand(k, name, rest.join(' '), { shareable: false }));
    }
    if (!prepareQuestion(text).ok) return labels(detectLanguage(text)).tooLong(text.length, MAX_QUESTION_LENGTH);
    return show(k, answerQuestion(k, text, { shareable: false, forms: false }));
  };
}

export async function runConsole(knowledge: () => Knowledge, io: ConsoleIO, banner: string): Promise<void> {
  const handle = createConsoleHandler(knowledge);
  const write = (s: string) => io.output.write(`${s}\n`);
  write(banner);
  write(consoleHelp(knowledge()));
  const rl = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive });
  if (io.interactive) rl.setPrompt('\n? '), rl.prompt();
  for await (const line of rl) {
    let answer: string | null;
    try {
      answer = handle(line);
    } catch (err) {
      // Like in Slack: a friendly line for the user, the details on stderr.
      console.error(err);
      answer = labels(detectLanguage(line)).somethingWrong;
    }
    if (answer === null) break;
    if (answer) write(answer);
    if (io.interactive) rl.prompt();
  }
  rl.close();
}
