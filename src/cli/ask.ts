/**
 * `npm run --silent ask -- "spørsmål" [--top K] [--json] [--as-of YYYY-MM-DD]`
 * With --json and no question, reads one question per line from stdin and prints
 * one JSON object per line, in order; edits to the knowledge made meanwhile are
 * picked up between lines, and each line's kb_version says which version answered.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createLookup } from '../search/lookup.ts';
import { renderLookupText } from '../answers/text.ts';
import { lookupToJson } from '../answers/json.ts';
import { detectLanguage } from '../answers/language.ts';
import { directAnswer } from '../answers/direct-answer.ts';
import { exitWithProblems, loadKnowledgeOrExit, parseAsOf, parsePositiveInt, runCli, UsageError } from './common.ts';
import { KNOWLEDGE_DIR } from '../config/paths.ts';
import { loadRuntimeConfig } from '../config/config.ts';
import { openKnowledgeStore } from '../knowledge/store.ts';
import { startHotReload } from '../knowledge/hot-reload.ts';
import { createLog } from '../log/logger.ts';
import { LEVELS } from '../log/format.ts';
import { MAX_QUESTION_LENGTH, prepareQuestion } from '../answers/question.ts';
import { lawTextForHit } from '../lovdata/notice.ts';

const USAGE = 'usage: npm run --silent ask -- "hva sier reglene om utbytte?" [--top 5] [--json] [--as-of 2026-01-01] [--text]';

await runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      top: { type: 'string' },
      json: { type: 'boolean', default: false },
      /** Also print Lovdata's current wording of each hit's § (from the last kb:lovdata report). */
      text: { type: 'boolean', default: false },
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

  if (question) {
    const prepared = prepareQuestion(question);
    if (!prepared.ok) throw new UsageError(prepared.error);
    const kb = loadKnowledgeOrExit();
    const result = createLookup(kb)(question, { top, asOf });
    const language = detectLanguage(question);
    const direct = directAnswer(question, result, kb.answers, language) ?? undefined;
    console.log(values.json ? JSON.stringify(lookupToJson(result, kb.version, kb.answers)) : renderLookupText(result, 0, kb.lovdata, { language, direct }));
    if (values.text && !values.json) for (const hit of result.hits) console.log(`\n${lawTextForHit(hit.entry.id, hit.citation, hit.url ?? undefined, kb.lovdata)}`);
    return;
  }

  // A stream of questions may run for as long as its producer does: answer each
  // from the knowledge live at that line, reloaded on edits like the bot, and
  // say which version answered in kb_version.
  const runtime = loadRuntimeConfig(process.env);
  // Warnings only, as in the console, unless LOG_LEVEL asks for more (a stream's reader may want to see reloads).
  const log = createLog({ level: LEVELS.find((l) => l === process.env.LOG_LEVEL) ?? 'warn', format: runtime.logFormat });
  const opened = openKnowledgeStore({ dir: KNOWLEDGE_DIR, derive: (kb) => ({ lookup: createLookup(kb) }), log });
  if (!opened.ok) exitWithProblems(opened.problems);
  const store = opened.store;
  // No SIGHUP here: a pipeline whose terminal hangs up should end, not reload.
  const hotReload = startHotReload(store, { dir: KNOWLEDGE_DIR, watch: runtime.watchKnowledge, debounceMs: runtime.reloadDebounceMs, log, sighup: false });
  try {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const prepared = prepareQuestion(line);
      const live = store.current();
      if (!prepared.ok) {
        console.log(JSON.stringify({ query: line.slice(0, MAX_QUESTION_LENGTH), error: prepared.error, results: [], kb_version: live.version }));
        continue;
      }
      console.log(JSON.stringify(lookupToJson(live.lookup(prepared.question, { top, asOf }), live.version, live.kb.answers)));
    }
  } finally {
    hotReload.stop();
  }
});
