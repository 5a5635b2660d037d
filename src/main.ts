/**
 * `npm start`: read the configuration, load and validate the knowledge, build the
 * index, then serve: Slack in Socket Mode or over HTTP when tokens are set, the
 * local console when none are. While it runs, edits to the knowledge (and
 * SIGHUP) reload it without a restart; SIGTERM stops it gracefully.
 */
// First: .env must be read before any module looks at the environment.
import './config/env-file.ts';
import { runConsole } from './console/console.ts';
import { ConfigError, loadConfig, loadRuntimeConfig, secretsOf, type Config, type RuntimeConfig } from './config/config.ts';
import { KNOWLEDGE_DIR } from './config/paths.ts';
import { databaseSecrets } from './db/config.ts';
import { openKnowledgeStore } from './knowledge/store.ts';
import { createOffThreadLoader } from './knowledge/load-off-thread.ts';
import { formatProblem } from './knowledge/problems.ts';
import { startHotReload } from './knowledge/hot-reload.ts';
import { createLog } from './log/logger.ts';
import { buildServing } from './conversation/serving.ts';
import { installShutdown } from './runtime/shutdown.ts';
import { installLastResort } from './runtime/last-resort.ts';
import { lovdataFlags } from './lovdata/notice.ts';
import type { KnowledgeBase } from './knowledge/load.ts';

let config: Config;
let runtime: RuntimeConfig;
try {
  config = loadConfig(process.env);
  runtime = loadRuntimeConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}

// The console is for reading answers: its log says only what needs attention unless LOG_LEVEL asks for more.
const logLevel = config.mode === 'console' && !process.env.LOG_LEVEL ? 'warn' : config.logLevel;
const log = createLog({ level: logLevel, format: runtime.logFormat, secrets: [...secretsOf(config), ...databaseSecrets(process.env)] });
// One bad request must not end the process for everyone: log what escaped and keep serving.
// Not in the console: one person's session, where a closed output pipe should end it.
if (config.mode !== 'console') installLastResort(log);

// Reloads read and validate in a worker thread, so answering goes on meanwhile (see load-off-thread.ts).
const offThread = createOffThreadLoader();
const opened = openKnowledgeStore({ dir: KNOWLEDGE_DIR, derive: buildServing, log, load: offThread.load });
if (!opened.ok) {
  // No last good version to fall back on at start: say exactly what is wrong and stop.
  for (const p of opened.problems) console.error(formatProblem(p));
  console.error(`The knowledge base has ${opened.problems.length} problem(s); run \`npm run kb:check\`.`);
  process.exit(1);
}
const store = opened.store;
const first = store.current();
log.info('knowledge.loaded', { kb_version: first.version, entries: first.kb.entries.length, last_verified: first.kb.lastVerified, checks: first.checks ? first.checks.list().length : 0 });
// In the console a terminal hang-up (SIGHUP) must end the session as usual, not reload.
const hotReload = startHotReload(store, { dir: KNOWLEDGE_DIR, watch: runtime.watchKnowledge, debounceMs: runtime.reloadDebounceMs, log, sighup: config.mode !== 'console' });
offThread.warmUp();

// Every request takes the snapshot live when it starts and keeps it to the end.
const knowledge = () => store.current();

if (config.mode === 'console') {
  const banner = `VTA-regelboten – lokal konsoll (ingen Slack-tokens satt). Kunnskapsbase ${first.version}: ${first.kb.entries.length} oppføringer, sist kontrollert ${first.kb.lastVerified}. Endringer i kunnskapsbasen lastes inn mens du bruker den.`;
  // Tell the person at the console when the knowledge under their questions changes, or an edit was refused.
  store.onReload((r) => {
    if (r.changed) process.stdout.write(`\n(Kunnskapsbasen er oppdatert: versjon ${r.version}.)\n`);
    else if (!r.ok) process.stdout.write(`\n(Endringen i kunnskapsbasen har ${r.problems.length || 'en'} feil, se over; svarene kommer fortsatt fra versjon ${r.version}.)\n`);
  });
  await runConsole(knowledge, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) }, banner);
  hotReload.stop();
  await offThread.close();
} else {
  // Loaded only here, so the console starts without Bolt or a database.
  const { createSlackApp } = await import('./slack/app.ts');
  const { startDatabase } = await import('./db/start.ts');
  const { databaseDisabled, databaseTarget, feedbackSettings } = await import('./db/config.ts');
  const { createFollowNotices } = await import('./slack/follow-notices.ts');
  let database: Awaited<ReturnType<typeof startDatabase>> | undefined;
  let feedbackConfig: ReturnType<typeof feedbackSettings>;
  try {
    feedbackConfig = feedbackSettings(process.env);
    if (databaseDisabled(process.env)) {
      if (config.mode === 'http' && config.oauth) throw new Error('Install by OAuth (SLACK_CLIENT_ID) keeps the installations in the database: unset DATABASE_DIR=off, or set DATABASE_URL.');
      log.info('database.off', { hint: 'DATABASE_DIR=off: no feedback, follows or shared seen-set' });
    } else {
      database = await startDatabase(databaseTarget(process.env), { log, ...feedbackConfig, ...(config.mode === 'http' && config.oauth ? { tokenKey: config.oauth.tokenKey } : {}) });
    }
  } catch (err) {
    // A busy embedded database, a bad DATABASE_URL or an unreachable server: one clear line, no stack.
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
  const slack = createSlackApp(config, { knowledge }, {
    ...(database ? { store: { seen: database.seen, feedback: database.feedback, follows: database.follows, ...(database.installations ? { installations: database.installations } : {}) } } : {}),
    retentionDays: feedbackConfig.retentionDays,
    log,
    readiness: () => {
      const live = store.current();
      const last = store.lastReload();
      return {
        ready: true,
        kb_version: live.version,
        loaded_at: live.loadedAt,
        entries: live.kb.entries.length,
        ...(last ? { last_reload: { ok: last.ok, at: last.at, reason: last.reason, problems: last.problems.length } } : {}),
      };
    },
  });
  installShutdown({
    log,
    timeoutMs: runtime.shutdownTimeoutMs,
    stop: async (timeoutMs) => {
      const result = await slack.drain(timeoutMs);
      await database?.close().catch((error: unknown) => log.warn('database.close_failed', { error: String(error) }));
      return result;
    },
    cleanup: () => {
      hotReload.stop();
      void offThread.close();
    },
  });
  await slack.start();
  if (database) {
    // «Følg endringer»: compare with the last knowledge the database saw now, and after every reload that changed it.
    const notices = createFollowNotices({ app: slack.app, follows: database.follows, seen: database.seen, log, ...(database.installations ? { installations: database.installations } : {}), ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}) });
    // Followers also hear when the last kb:lovdata report says the law under an entry moved.
    const flagFromLovdata = async (kb: KnowledgeBase) => {
      for (const flag of lovdataFlags(kb.lovdata)) await notices.flag(kb, flag.entryIds, flag.key, flag.reason);
    };
    const checkFollows = () => {
      const kb = store.current().kb;
      return notices
        .check(kb)
        .then(() => flagFromLovdata(kb))
        .catch((error: unknown) => log.warn('follow.check_failed', { error: String(error) }));
    };
    void checkFollows();
    store.onReload((r) => {
      if (r.changed) void checkFollows();
    });
  }
}
