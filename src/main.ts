/**
 * `npm start`: load and validate the knowledge, build the index, then serve.
 * Without Slack tokens it runs the local console over the same lookup.
 */
import { createLookup } from './search/lookup.ts';
import { loadKnowledgeOrExit } from './cli/common.ts';
import { runConsole } from './console/console.ts';

const kb = loadKnowledgeOrExit();
const lookup = createLookup(kb);
const banner = `VTA-regelboten – lokal konsoll (ingen Slack-tokens satt). Kunnskapsbase ${kb.version}: ${kb.entries.length} oppføringer, sist kontrollert ${kb.lastVerified}.`;
await runConsole(lookup, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) }, banner);
