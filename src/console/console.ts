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

const QUIT = new Set(['avslutt', 'exit', 'quit', ':q']);
const HELP = new Set(['hjelp', 'help', '?', '/help']);
const MORE = new Set(['mer', 'more', 'flere', 'neste']);

/** The help, and the words only the console knows. */
export function consoleHelp(k: Knowledge): string {
  const help = renderAnswerText({ kind: 'help', checks: k.checks?.list() ?? [], forms: false }, k.kb);
  return `${help}\n\nI konsollen: mer (neste side) · hjelp · avslutt`;
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
    if (HELP.has(lower)) return consoleHelp(k);
    if (MORE.has(lower)) {
      if (!last) return 'Still et spørsmål først, så kan du skrive «mer» for flere treff.';
      const next = lookupAnswer(k, { query: last.query, offset: last.offset + PAGE_SIZE, shareable: false });
      return next.kind === 'lookup' && next.result.hits.length ? show(k, next) : 'Ingen flere treff.';
    }
    if (text.startsWith('/')) {
      const [name = '', ...rest] = text.split(/\s+/);
      return show(k, answerCommand(k, name, rest.join(' '), { shareable: false }));
    }
    if (!prepareQuestion(text).ok) return `Spørsmålet er for langt (${text.length} tegn, høyst ${MAX_QUESTION_LENGTH}). Spør om én ting om gangen.`;
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
      answer = 'Beklager, noe gikk galt med dette spørsmålet. Prøv å formulere det annerledes.';
    }
    if (answer === null) break;
    if (answer) write(answer);
    if (io.interactive) rl.prompt();
  }
  rl.close();
}
