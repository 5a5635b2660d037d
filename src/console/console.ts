/**
 * The local console: the same lookup and the same slash commands as the Slack
 * app, for a machine with no Slack tokens. Plain questions print the plain-text
 * rendering; slash commands print the Slack answer's own Block Kit blocks as text.
 * Reads one line at a time; works both interactively and with piped input.
 */
import { createInterface } from 'node:readline';
import type { Lookup } from '../search/lookup.ts';
import { renderLookupText } from '../answers/text.ts';
import type { Knowledge } from '../conversation/knowledge.ts';
import { createSlashCommands } from './slash-commands.ts';
import { MAX_QUESTION_LENGTH, prepareQuestion } from '../answers/question.ts';

const PAGE = 5;

export const CONSOLE_HELP = [
  'Skriv et spørsmål, f.eks. «kan en VTA-bedrift betale utbytte?» eller «§ 14-5», og trykk Enter.',
  'Kommandoer: /vta-rules <spørsmål>  ·  /reserved-contract-check verdi=450000 andel=35 hovedformål=ja',
  '            /in-house-check  ·  /provider-check  ·  mer (neste side)  ·  hjelp  ·  avslutt',
].join('\n');

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
}

export interface ConsoleOptions {
  /** The live knowledge, read once per line (so a hot reload is picked up); also enables the slash commands (rendered from the Slack blocks). */
  knowledge?: () => Knowledge;
}

/** Answer one console line; returns the text to print (null = quit). */
export function createConsoleHandler(fixedLookup: Lookup, options: ConsoleOptions = {}) {
  let last: { query: string; offset: number } | null = null;
  const slash = options.knowledge ? createSlashCommands(options.knowledge) : null;
  return function handle(line: string): string | null {
    // One snapshot per line: a reload between two lines is picked up, never in the middle of one.
    const live = options.knowledge?.();
    const lookup = live?.lookup ?? fixedLookup;
    const lovdata = live?.kb.lovdata;
    const text = line.trim();
    if (!text) return '';
    const lower = text.toLowerCase();
    if (['avslutt', 'exit', 'quit', ':q'].includes(lower)) return null;
    if (['hjelp', 'help', '?', '/help'].includes(lower)) return CONSOLE_HELP;
    if (['mer', 'more', 'flere', 'neste'].includes(lower)) {
      const page = slash?.more();
      if (page) return page;
      if (!last) return 'Still et spørsmål først, så kan du skrive «mer» for flere treff.';
      last.offset += PAGE;
      const result = lookup(last.query, { top: PAGE, offset: last.offset });
      return result.hits.length ? renderLookupText(result, last.offset, lovdata) : 'Ingen flere treff.';
    }
    if (slash && text.startsWith('/')) {
      last = null;
      return slash.handle(text);
    }
    const query = text.replace(/^\/vta-rules\b\s*/i, '');
    if (!query) return CONSOLE_HELP;
    const prepared = prepareQuestion(query);
    if (!prepared.ok) return `Spørsmålet er for langt (${query.length} tegn, høyst ${MAX_QUESTION_LENGTH}). Spør om én ting om gangen.`;
    slash?.forget();
    last = { query, offset: 0 };
    return renderLookupText(lookup(query, { top: PAGE }), 0, lovdata);
  };
}

export async function runConsole(lookup: Lookup, io: ConsoleIO, banner: string, options: ConsoleOptions = {}): Promise<void> {
  const handle = createConsoleHandler(lookup, options);
  const write = (s: string) => io.output.write(`${s}\n`);
  write(banner);
  write(CONSOLE_HELP);
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
