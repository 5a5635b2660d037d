/**
 * Every reply the bot can give, rendered for the real knowledge base on a fixed date, as
 * one JSON document: the Block Kit of each question in the question set (first and second
 * page, ephemeral and shared), of each check case (message and result modal), of each
 * check's form, fact help and fact errors, of the help and the Home tab, and the console's
 * text for a fixed session. Written to compare a refactoring's output before and after:
 *
 *   npx tsx scripts/reply-snapshot.ts > /tmp/before.json   (on the old commit)
 *   npx tsx scripts/reply-snapshot.ts > /tmp/after.json    (on the new one)
 *   diff /tmp/before.json /tmp/after.json
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/config/paths.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { buildServing } from '../src/conversation/serving.ts';
import type { Knowledge } from '../src/conversation/knowledge.ts';
import { answerCommand, lookupAnswer, type LookupPage } from '../src/conversation/dispatch.ts';
import { renderAnswer } from '../src/slack/blocks/render.ts';
import { renderFactHelp } from '../src/slack/blocks/render-check.ts';
import { renderHelp } from '../src/slack/blocks/help.ts';
import { renderHome } from '../src/slack/blocks/home.ts';
import { checkModal, resultModal } from '../src/slack/blocks/modals.ts';
import { renderFactErrors } from '../src/slack/blocks/render-check.ts';
import { parseInlineFacts } from '../src/conversation/facts/inline.ts';
import { checkCommands } from '../src/conversation/commands.ts';
import { createConsoleHandler } from '../src/console/console.ts';

const AS_OF = '2026-12-02';
const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('knowledge invalid');
const kb = loaded.kb;
const serving = buildServing(kb);
const k: Knowledge = { kb, ...serving };
const checks = k.checks!;
const out: Record<string, unknown> = {};
const lookupMessage = (kn: Knowledge, page: LookupPage) => renderAnswer(lookupAnswer(kn, page));

const questions = (parse(readFileSync(join(PROJECT_ROOT, 'tests/questions/questions.yaml'), 'utf8')) as { questions: { q: string }[] }).questions;
for (const { q } of questions) {
  out[`lookup ${q}`] = lookupMessage(k, { query: q, asOf: AS_OF, shareable: true });
  out[`lookup p2 ${q}`] = lookupMessage(k, { query: q, asOf: AS_OF, offset: 3, shareable: true });
  out[`lookup shared ${q}`] = lookupMessage(k, { query: q, asOf: AS_OF, shareable: false, sharedBy: 'U123ABC' });
}
out['lookup nothing'] = lookupMessage(k, { query: 'xyzzy plugh', asOf: AS_OF, shareable: true });

out.help = renderHelp(checks.list());
out['help plain'] = renderHelp(checks.list(), false);
out.home = renderHome(kb, checks.list());

for (const spec of checks.list()) {
  out[`modal ${spec.id}`] = checkModal(spec, { checkId: spec.id, responseUrl: 'https://hooks.slack.com/x' });
}
for (const cmd of checkCommands(checks.list())) {
  const spec = checks.list().find((c) => c.id === cmd.checkId)!;
  out[`fact help ${cmd.command}`] = renderFactHelp(cmd.command, spec);
  for (const bad of ['verdi=abc', 'tull=1 andel', 'kontroll=kanskje', '450000']) {
    const parsed = parseInlineFacts(spec, bad);
    out[`fact errors ${cmd.command} ${bad}`] = parsed.ok ? parsed : renderFactErrors(cmd.command, spec, parsed.errors);
  }
}

const caseFiles = readdirSync(join(PROJECT_ROOT, 'tests/checks')).filter((f) => /^cases.*\.yaml$/.test(f)).sort();
for (const file of caseFiles) {
  const cases = (parse(readFileSync(join(PROJECT_ROOT, 'tests/checks', file), 'utf8'), { merge: true }) as { cases: { name: string; check: string; as_of: string; facts: unknown }[] }).cases;
  for (const c of cases) {
    const run = checks.run(c.check, c.facts as never, { asOf: c.as_of });
    if (!run.ok) {
      out[`check ${file} ${c.name}`] = run;
      continue;
    }
    out[`check ${file} ${c.name}`] = renderAnswer({ kind: 'check-result', reply: run.reply, kbVersion: kb.version, shareable: true });
    out[`check shared ${file} ${c.name}`] = renderAnswer({ kind: 'check-result', reply: run.reply, kbVersion: kb.version, shareable: false, sharedBy: 'U123ABC' });
    out[`check modal ${file} ${c.name}`] = resultModal(run.reply, kb.version);
  }
}

for (const line of ['/vta-rules', '/vta-rules hjelp', '/vta-rules utbytte', '/reserved-contract-check hjelp', '/reserved-contract-check verdi=450000 andel=35 hovedformål=ja', '/in-house-check kontroll=ja aktivitet=90 privat=0', '/provider-check tiltak=VTA utbytte=nei overskudd=ja', '/provider-check tiltak=XYZ', '/ukjent']) {
  const [name = '', ...rest] = line.split(' ');
  out[`command ${line}`] = renderAnswer(answerCommand(k, name, rest.join(' '), { shareable: true }));
}

const handle = createConsoleHandler(() => k);
const session = [
  'hjelp',
  'utbytte',
  'mer',
  '/vta-rules kommunal medfinansiering',
  'mer',
  '/vta-rules',
  '/reserved-contract-check',
  '/reserved-contract-check verdi=450000 andel=35 hovedformål=ja',
  '/reserved-contract-check hjelp',
  '/in-house-check kontroll=ja aktivitet=90 privat=0',
  '/provider-check tiltak=VTA utbytte=nei overskudd=ja',
  '/provider-check tiltak=XYZ',
  '/ukjent-kommando',
  'x'.repeat(900),
];
out.console = session.map((line) => ({ line: line.slice(0, 40), answer: handle(line) }));

// The knowledge version is a hash of the files: any edit to them changes it, so it is masked.
process.stdout.write(`${JSON.stringify(out, null, 1).replaceAll(kb.version, '<kb-version>')}\n`);
