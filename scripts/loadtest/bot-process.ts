/**
 * Starts the real bot (compiled, `dist/main.js`) as a child process in HTTP mode on
 * 127.0.0.1, with a port chosen by the OS, and reads its JSON log lines from
 * stderr. Used by the load test and by the process-level tests (SIGTERM,
 * SIGHUP, health), so both exercise exactly what `npm start` runs.
 *
 * Loopback only: HOST is always 127.0.0.1 and SLACK_API_URL must point at
 * 127.0.0.1, so nothing the bot does can leave the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.ts';
import { ensureBuilt } from '../build.mjs';

export interface BotProcessOptions {
  botToken: string;
  signingSecret: string;
  /** The fake Slack Web API, e.g. http://127.0.0.1:40000/api/ */
  apiUrl: string;
  knowledgeDir: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  env?: Record<string, string>;
  /** What to run: the compiled bot (default, what `npm start` runs) or the bare Bolt app that only acks. */
  app?: 'bot' | 'bare';
  /** Options for node itself, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

export type LogLine = Record<string, unknown> & { event?: string; level?: string };

export interface BotProcess {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  /** Every JSON log line so far. */
  logs: LogLine[];
  /** Raw stderr lines that were not JSON (npm warnings, crashes). */
  other: string[];
  waitForLog(predicate: (line: LogLine) => boolean, what: string, timeoutMs?: number): Promise<LogLine>;
  /** Resolves with the exit code (null if killed by a signal) and how long after the call it exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}


/** The options `npm start` gives node (the heap bounds), read from package.json so both run the bot alike. */
export function startNodeOptions(): string[] {
  const start = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return start.split(/\s+/).filter((w) => w.startsWith('--'));
}

export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1') throw new Error(`refusing ${url}: the load test and its fakes stay on 127.0.0.1`);
}

export async function startBotProcess(options: BotProcessOptions): Promise<BotProcess> {
  assertLoopback(options.apiUrl);
  // The compiled bot, as `npm start` runs it (built first if src/ changed). `node` itself, not
  // npm: npm runs the code in a second process, and signals sent to it would not reach the bot.
  await ensureBuilt();
  const entry = options.app === 'bare' ? join('scripts', 'loadtest', 'bare-bolt.mjs') : join('dist', 'main.js');
  const child = spawn(process.execPath, [...(options.app === 'bare' ? [] : startNodeOptions()), ...(options.nodeArgs ?? []), entry], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      // Only what the bot needs: no tokens from the parent environment can leak in.
      SLACK_BOT_TOKEN: options.botToken,
      SLACK_SIGNING_SECRET: options.signingSecret,
      SLACK_API_URL: options.apiUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      KNOWLEDGE_DIR: options.knowledgeDir,
      LOG_LEVEL: options.logLevel ?? 'info',
      LOG_FORMAT: 'json',
      NODE_ENV: 'production',
      // No database unless asked for (options.env DATABASE_URL or DATABASE_DIR): opening one costs
      // seconds per process, and the process tests and the plain load test measure the request path.
      DATABASE_DIR: 'off',
      ...options.env,
    },
  });
  const logs: LogLine[] = [];
  const other: string[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stderr! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as LogLine);
    } catch {
      other.push(line);
    }
    for (const w of [...waiters]) w();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  function waitForLog(predicate: (line: LogLine) => boolean, what: string, timeoutMs = 20_000): Promise<LogLine> {
    const found = logs.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = logs.find(predicate);
        if (hit) finish(() => resolve(hit));
      };
      const finish = (then: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        then();
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${what}; stderr: ${other.slice(-5).join(' | ')}`))), timeoutMs);
      waiters.add(check);
      void exited.then(() => finish(() => reject(new Error(`bot exited while waiting for ${what}; stderr: ${other.slice(-5).join(' | ')}`))));
    });
  }

  const listening = await waitForLog((l) => l.event === 'slack.listening', 'the bot to listen');
  const port = Number(listening.port);
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, logs, other, waitForLog, exited, kill: (signal) => void child.kill(signal) };
}
