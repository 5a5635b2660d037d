/**
 * `npm run --silent ask -- "spørsmål" [--top K] [--json] [--as-of YYYY-MM-DD]`
 * With --json and no question, reads one question per line from stdin and prints
 * one JSON object per line, in order.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createLookup } from '../search/lookup.ts';
import { renderLookupText } from '../answers/text.ts';
import { lookupToJson } from '../answers/json.ts';
import { loadKnowledgeOrExit, parseAsOf, parsePositiveInt, runCli, UsageError } from './common.ts';

const USAGE = 'usage: npm run --silent ask -- "hva sier reglene om utbytte?" [--top 5] [--json] [--as-of 2026-01-01]';

await runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      top: { type: 'string' },
      json: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const top = parsePositiveInt('--top', values.top, 5);
  const asOf = parseAsOf(values['as-of']);
  const question = positionals.join(' ').trim();

  if (!question && !values.json) throw new UsageError(`type a question, e.g. npm run --silent ask -- "utbytte VTA" (${USAGE})`);
  if (!question && process.stdin.isTTY) throw new UsageError('with --json and no question, pipe questions on stdin, one per line');

  const kb = loadKnowledgeOrExit();
  const lookup = createLookup(kb);

  if (question) {
    const result = lookup(question, { top, asOf });
    console.log(values.json ? JSON.stringify(lookupToJson(result, kb.version)) : renderLookupText(result));
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const q = line.trim();
    if (!q) {
      console.log(JSON.stringify({ query: line, error: 'empty question', results: [] }));
      continue;
    }
    console.log(JSON.stringify(lookupToJson(lookup(q, { top, asOf }), kb.version)));
  }
});
