/**
 * `npm start`: read the configuration, load and validate the knowledge, build the
 * index, then serve: Slack in Socket Mode or over HTTP when tokens are set, the
 * local console when none are.
 */
// First: .env must be read before any module looks at the environment.
import './slack/env-file.ts';
import { createLookup } from './search/lookup.ts';
import { loadKnowledgeOrExit } from './cli/common.ts';
import { runConsole } from './console/console.ts';
import { ConfigError, loadConfig, type Config } from './slack/config.ts';
import { createCheckPort } from './slack/check-adapter.ts';
import type { Knowledge } from './slack/deps.ts';

let config: Config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}

const kb = loadKnowledgeOrExit();
const lookup = createLookup(kb);
const knowledge: Knowledge = { kb, lookup, checks: createCheckPort(kb) };

if (config.mode === 'console') {
  const banner = `VTA-regelboten – lokal konsoll (ingen Slack-tokens satt). Kunnskapsbase ${kb.version}: ${kb.entries.length} oppføringer, sist kontrollert ${kb.lastVerified}.`;
  await runConsole(lookup, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) }, banner, { knowledge: () => knowledge });
} else {
  // Loaded only here, so the console starts without Bolt.
  const { createSlackApp } = await import('./slack/app.ts');
  const slack = createSlackApp(config, { knowledge: () => knowledge });
  await slack.start();
  slack.logger.info(`knowledge ${kb.version}: ${kb.entries.length} entries, last verified ${kb.lastVerified}; checks ${knowledge.checks ? 'loaded' : 'not available'}`);
  const stop = async (signal: string) => {
    slack.logger.info(`${signal}: stopping`);
    await slack.stop().catch((err: unknown) => slack.logger.error('stop failed', err));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
