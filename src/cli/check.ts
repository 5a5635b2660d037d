/**
 * `npm run --silent check -- --list`
 * `npm run --silent check -- <check-id> [--facts file.json] [--json] [--as-of YYYY-MM-DD]`
 * Facts are a JSON object on stdin (or in --facts). Without either, no facts are given and
 * the answer lists every question. Invalid facts: one line naming the field and what is
 * allowed, exit code 2.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { listChecks, runCheck, type CheckError } from '../checks/index.ts';
import { renderCheckText } from '../answers/check-text.ts';
import { checkToJson } from '../answers/check-json.ts';
import { describeAllowed } from '../checks/facts.ts';
import { loadKnowledgeOrExit, parseAsOf, runCli, UsageError } from './common.ts';

const USAGE =
  'usage: npm run --silent check -- --list | npm run --silent check -- <check-id> [--facts facts.json] [--json] [--as-of 2026-01-01] (facts as JSON on stdin)';

await runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      list: { type: 'boolean', default: false },
      facts: { type: 'string' },
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
  const asOf = parseAsOf(values['as-of']);
  if (values.list) {
    if (positionals.length) throw new UsageError(`--list takes no check id (${USAGE})`);
    const kb = loadKnowledgeOrExit();
    const checks = listChecks(kb);
    if (values.json) {
      console.log(JSON.stringify({ checks: checks.map((c) => ({ ...c, facts: c.facts.map((f) => ({ name: f.name, type: f.type, unit: f.unit ?? null, question: f.question, allowed: describeAllowed(f) })) })) }));
      return;
    }
    for (const c of checks) {
      console.log(`${c.id} – ${c.title}`);
      console.log(`  utfall: ${c.outcomes.join(', ')}`);
      for (const f of c.facts) console.log(`  ${f.name} (${describeAllowed(f)}): ${f.question.trim()}`);
      console.log('');
    }
    return;
  }
  if (positionals.length !== 1) throw new UsageError(`name one check, e.g. npm run --silent check -- reserved-contract (${USAGE})`);
  const facts = await readFacts(values.facts);
  const kb = loadKnowledgeOrExit();
  const run = runCheck(kb, positionals[0]!, facts, { asOf });
  if (!run.ok) throw new UsageError(describeError(run.error));
  console.log(values.json ? JSON.stringify(checkToJson(run.result, kb)) : renderCheckText(run.result, kb));
});

async function readFacts(file: string | undefined): Promise<unknown> {
  let raw: string;
  if (file !== undefined) {
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read --facts ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  } else if (process.stdin.isTTY) {
    return {};
  } else {
    raw = await text(process.stdin);
  }
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`facts must be one JSON object, e.g. {"estimatedValueNok": 250000} (${(err as Error).message.split('\n')[0]})`);
  }
}

function describeError(error: CheckError): string {
  const where = error.field ? `${error.field}: ` : '';
  const message = error.message.startsWith(`${error.field}:`) ? error.message : `${where}${error.message}`;
  return `${message} (allowed: ${error.allowed})`;
}
