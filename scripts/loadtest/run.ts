/**
 * The load test: the real bot in HTTP mode on 127.0.0.1 (a child process, see
 * bot-process.ts), Slack's side faked on 127.0.0.1 in this process
 * (slack-sink.ts), and autocannon in this process sending signed slash commands,
 * each with its own response_url so the answer can be timed too.
 *
 * Two latencies are measured:
 * - ack: Slack's POST until the bot's HTTP response (Slack gives up after 3 s);
 * - answer: Slack's POST until the answer is in (what the user waits for): the
 *   body of the ack when it carries the message (a slash command's reply,
 *   src/slack/ack-reply.ts; then answer = ack), else the POST to the response_url.
 *
 * Pacing: autocannon's rate limit lets each connection send its whole quota for
 * a second at the start of that second, so one connection at 200/s would be a
 * burst of 200 every second. The rate is therefore split over `lanes`
 * autocannon instances of one connection each, started 1/lanes of a second
 * apart: the load arrives spread over the second, as Slack's does.
 *
 * Reload mode edits a copy of the knowledge every `reloadEvery` seconds (the
 * file watch picks it up), so the figures include hot reloads; with
 * `reloadBroken`, every other edit is broken and must change nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { z } from 'zod';
import { KNOWLEDGE_DIR } from '../../src/config/paths.ts';
import { loadQuestions } from '../../tests/quality/question-set.ts';
import { sign, slashCommand } from '../../tests/slack/helpers/slack-requests.ts';
import { assertLoopback, startBotProcess, type BotProcess } from './bot-process.ts';
import { startSlackSink } from './slack-sink.ts';
import { driveEvents, prepareSchema, type EventRun, type RunSchema } from './replicas.ts';
import { formatLatency, summarise, type LatencySummary } from './stats.ts';

export const LoadTestOptions = z.object({
  /** Requests per second, all lanes together. */
  rate: z.number().int().min(1).max(2000).default(200),
  /** Seconds. */
  duration: z.number().min(1).max(600).default(60),
  /** Hard cap on requests sent (default: rate × duration). */
  amount: z.number().int().min(1).max(500_000).optional(),
  lanes: z.number().int().min(1).max(100).default(20),
  /** Seconds between knowledge edits; 0 = no reloads. */
  reloadEvery: z.number().min(0).max(600).default(0),
  /** Every other edit is broken (must be rejected, users unaffected). */
  reloadBroken: z.boolean().default(false),
  /** Share of requests that are a check command with inline facts (the rest are /vta-rules questions). */
  checkShare: z.number().min(0).max(1).default(0.1),
  /** Knowledge to copy and serve: the repository's (default) or another folder. */
  knowledgeDir: z.string().default(KNOWLEDGE_DIR),
  /** How long to wait for the last answers after the last request. */
  drainSeconds: z.number().min(0).max(60).default(5),
  /** The real bot, or the bare Bolt app that only acks (the yardstick for --compare-bare). */
  app: z.enum(['bot', 'bare']).default('bot'),
  /** Every request different (new words, new numbers), and RSS taken after the first tenth: the memory soak. */
  soak: z.boolean().default(false),
  /** Write a V8 CPU profile of the bot (node --cpu-prof) into this folder; open it in Chrome DevTools. */
  profileDir: z.string().optional(),
  /**
   * Requests sent one by one before the measured ones, not measured: the first pay for Bolt's
   * auth.test and compiling. With --soak they are new questions too (other words than the
   * measured ones'), so a long warm-up measures a process whose code is optimised (the JIT
   * needs a few thousand new questions), as one that has run for a while is.
   */
  warmUp: z.number().int().min(0).max(100_000).default(20),
  /** Extra options for the bot's node, e.g. ['--max-old-space-size=128']. */
  nodeArgs: z.array(z.string()).default([]),
  /** Bot processes, sharing one PostgreSQL database (needs databaseUrl when more than one). */
  instances: z.number().int().min(1).max(8).default(1),
  /** PostgreSQL server for the bots; each run gets a fresh schema there, dropped afterwards. */
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** app_mention events a second, each delivered to every instance at once (default 10 with several instances). */
  eventRate: z.number().min(0).max(500).optional(),
}).refine((o) => o.instances === 1 || o.databaseUrl, { message: '--instances above 1 needs --database-url: the embedded database serves one process', path: ['instances'] });
export type LoadTestOptions = z.input<typeof LoadTestOptions>;

export interface LoadTestReport {
  options: z.output<typeof LoadTestOptions>;
  /** cpu: percent of the whole machine during the run (null off Linux). */
  machine: { cpus: number; loadBefore: number[]; loadAfter: number[]; cpu: { machineBusy: number; bot: number; driver: number; others: number } | null };
  sent: number;
  status2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationS: number;
  throughput: number;
  ack: LatencySummary;
  answer: LatencySummary;
  answered: number;
  /** Where the answers came: in the body of the ack (a slash command's reply), or posted to the response_url. */
  answeredVia: { ack: number; response_url: number };
  /** Requests answered more than once. */
  duplicateAnswers: number;
  missing: number;
  errorReplies: number;
  /** answerDuring: answer latency of the requests sent while a reload ran. */
  reloads: { answerDuring: LatencySummary; edits: number; done: number; failed: number; durationsMs: number[]; versions: string[] };
  /** Events delivered to every instance: answered once, twice or more (double), or never (missing). */
  events: { sent: number; deliveries: number; non2xx: number; errors: number; answeredOnce: number; double: number; missing: number } | null;
  /** cpuMsPerRequest: the bot process's CPU (user + system) over the run, per request answered 2xx. rssMb: after the first tenth of the requests, and at the end. */
  bot: { exitCode: number | null; shutdownMs: number; peakRssMb: number | null; logErrors: number; cpuMsPerRequest: number | null; rssMb: { early: number | null; end: number | null; earlyAt: number } };
  pass: boolean;
  problems: string[];
}

const SECRET = '00112233445566778899aabbccddeeff';
const BOT_TOKEN = 'xoxb-load-0000-loadtestonly';
const CHECK_TEXTS = ['verdi=450000 andel=35 hovedformål=ja', 'verdi=2mill oppdragsgiver=kommune', 'verdi=90000', 'andel=150'];

/** The edit that triggers a reload: a comment changes the content hash, so the bot loads and indexes a new version. */
function editKnowledge(dir: string, n: number, broken: boolean): void {
  const file = join(dir, 'glossary.yaml');
  if (broken) writeFileSync(file, `${readFileSync(file, 'utf8')}\nthis is not: [valid yaml\n`);
  else {
    const text = readFileSync(file, 'utf8').replace(/\nthis is not: \[valid yaml\n$/, '');
    writeFileSync(file, `${text}\n# load test edit ${n}\n`);
  }
}

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat; null off Linux. */
function machineTicks(): { busy: number; total: number } | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
    const total = cpu.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** CPU time of the processes in jiffies (utime + stime), from /proc/<pid>/stat. */
function processTicks(pids: number | undefined | (number | undefined)[]): number | null {
  try {
    let sum = 0;
    for (const pid of Array.isArray(pids) ? pids : [pids]) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      sum += Number(fields[11]) + Number(fields[12]);
    }
    return sum;
  } catch {
    return null;
  }
}

/**
 * Who used the CPU during the run, in percent of the whole machine: all of it,
 * the bot, this driver (autocannon and the fake Slack), and the rest: other
 * processes, i.e. the noise the figures were taken under.
 */
function cpuShare(before: { m: ReturnType<typeof machineTicks>; bot: number | null; driver: NodeJS.CpuUsage }, botPid: number | undefined | (number | undefined)[]) {
  const m = machineTicks();
  const bot = processTicks(botPid);
  const driverMicros = process.cpuUsage(before.driver);
  if (!m || !before.m || bot === null || before.bot === null) return null;
  const total = m.total - before.m.total;
  const pct = (ticks: number) => Math.round((ticks / total) * 1000) / 10;
  const hz = 100; // USER_HZ on Linux
  const driver = ((driverMicros.user + driverMicros.system) / 1e6) * hz;
  const busy = m.busy - before.m.busy;
  return { machineBusy: pct(busy), bot: pct(bot - before.bot), driver: pct(driver), others: pct(Math.max(0, busy - (bot - before.bot) - driver)) };
}

function peakRssMb(pid: number | undefined, field = 'VmHWM'): number | null {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export async function runLoadTest(input: LoadTestOptions = {}, progress: (line: string) => void = () => undefined): Promise<LoadTestReport> {
  const options = LoadTestOptions.parse(input);
  const amount = options.amount ?? Math.round(options.rate * options.duration);
  const loadBefore = loadavg();
  const questions = loadQuestions().map((q) => q.q);

  // A private copy: the reload mode edits it, and the repository's knowledge/ is never touched.
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-kb-'));
  cpSync(options.knowledgeDir, dir, { recursive: true });

  const sent = new Map<string, number>();
  /** Wall-clock send time, to line requests up with the reload times in the bot's log. */
  const sentWall = new Map<string, number>();
  const answerMs: number[] = [];
  const answerMsById = new Map<string, number>();
  let errorReplies = 0;
  const sink = await startSlackSink((a) => {
    const at = sent.get(a.id);
    if (at !== undefined) {
      answerMs.push(a.at - at);
      answerMsById.set(a.id, a.at - at);
    }
    if (!a.ok) errorReplies++;
  });
  assertLoopback(sink.apiUrl);

  let bot: BotProcess | undefined;
  let bots: BotProcess[] = [];
  let schema: RunSchema | undefined;
  const timers: NodeJS.Timeout[] = [];
  try {
    schema = options.databaseUrl ? await prepareSchema(options.databaseUrl) : undefined;
    // Started together, as replicas are: they race for the migration lock.
    bots = await Promise.all(
      Array.from({ length: options.instances }, () =>
        startBotProcess({ botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: sink.apiUrl, knowledgeDir: dir, logLevel: 'info', env: { KNOWLEDGE_RELOAD_DEBOUNCE_MS: '100', ...(schema ? { DATABASE_URL: schema.url } : {}) }, app: options.app, nodeArgs: [...options.nodeArgs, ...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [])] }),
      ),
    );
    bot = bots[0]!;
    const urls = bots.map((b) => `${b.baseUrl}/slack/events`);
    urls.forEach(assertLoopback);
    const url = urls[0]!;
    progress(`${bots.length} bot(s) listening on ${bots.map((b) => `${b.baseUrl} (pid ${b.child.pid})`).join(', ')}${schema ? `, database schema ${schema.schema}` : ''}, knowledge copy in ${dir}`);

    // Warm-up, not measured: the first requests pay for JIT compilation and Bolt's auth.test.
    for (let i = 0; i < options.warmUp * bots.length; i++) {
      // Soak warm-up questions get words the measured ones never have (those count up from 0, at most 500 000).
      const req = slashCommand('/vta-rules', options.soak && i >= 20 ? variedQuestion(questions, WARM_UP_FIRST + i) : questions[i % questions.length]!, sink.responseUrl(`warm-${i}`));
      await (await fetch(urls[i % urls.length]!, { method: 'POST', headers: { 'content-type': req.contentType, ...sign(SECRET, req.body) }, body: req.body })).text();
    }

    let counter = 0;
    /** The next request of a lane; its id goes into autocannon's context for this request, where onResponse finds it. */
    const nextRequest = (lane: number, context: Record<string, unknown>) => {
      const n = counter++;
      const id = `${lane}-${n}`;
      context.id = id;
      const check = (n * 7919) % 100 < options.checkShare * 100;
      const req = check
        ? slashCommand('/reserved-contract-check', options.soak ? variedCheck(n) : CHECK_TEXTS[n % CHECK_TEXTS.length]!, sink.responseUrl(id))
        : slashCommand('/vta-rules', options.soak ? variedQuestion(questions, n) : questions[n % questions.length]!, sink.responseUrl(id));
      sent.set(id, performance.now());
      sentWall.set(id, Date.now());
      return { method: 'POST', path: '/slack/events', body: req.body, headers: { 'content-type': req.contentType, ...sign(SECRET, req.body) } };
    };

    const ackMs: number[] = [];
    const earlyAt = Math.round(amount / 10);
    let rssEarly: number | null = null;
    let status2xx = 0;
    let non2xx = 0;
    let errors = 0;
    let timeouts = 0;
    let edits = 0;
    let lastResponse = 0;
    if (options.reloadEvery > 0) {
      const every = options.reloadEvery * 1000;
      const edit = () => {
        edits++;
        editKnowledge(dir, edits, options.reloadBroken && edits % 2 === 0);
        progress(`edit ${edits}${options.reloadBroken && edits % 2 === 0 ? ' (broken)' : ''}`);
      };
      // First edit mid-way into the first period, so reloads land while requests flow.
      timers.push(setTimeout(function tick() {
        edit();
        timers.push(setTimeout(tick, every));
      }, every / 2));
    }

    const started = performance.now();
    const pids = bots.map((b) => b.child.pid);
    const cpuBefore = { m: machineTicks(), bot: processTicks(pids), driver: process.cpuUsage() };
    const perLane = Array.from({ length: options.lanes }, (_, i) => Math.floor(options.rate / options.lanes) + (i < options.rate % options.lanes ? 1 : 0)).filter((r) => r > 0);
    const amountPerLane = perLane.map((r) => Math.max(1, Math.round((amount * r) / options.rate)));
    progress(`sending ${amount} signed slash commands at ${options.rate}/s for at most ${options.duration} s over ${perLane.length} lanes`);
    const lanes = perLane.map(
      (rate, lane) =>
        new Promise<void>((resolve, reject) => {
          timers.push(
            setTimeout(() => {
              const instance = autocannon(
                {
                  // Lanes spread over the instances, as a load balancer would.
                  url: urls[lane % urls.length]!,
                  connections: 1,
                  connectionRate: rate,
                  duration: options.duration,
                  amount: amountPerLane[lane],
                  timeout: 10,
                  // We time every response ourselves (below); autocannon's correction assumes a smooth rate its limiter does not give.
                  ignoreCoordinatedOmission: true,
                  requests: [
                    {
                      method: 'POST',
                      path: '/slack/events',
                      setupRequest: (_req, context) => nextRequest(lane, context),
                      // A slash command's answer may be the body of its ack: it counts as delivered then, timed from the same send.
                      onResponse: (status, body, context) => {
                        if (status >= 200 && status < 300 && typeof context.id === 'string') sink.recordAck(context.id, body);
                      },
                    },
                  ],
                },
                (err) => (err ? reject(err) : resolve()),
              );
              instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
                lastResponse = performance.now();
                if (statusCode >= 200 && statusCode < 300) status2xx++;
                else non2xx++;
                if (status2xx === earlyAt && rssEarly === null) rssEarly = peakRssMb(bot?.child.pid, 'VmRSS');
                ackMs.push(responseTime);
              });
              instance.on('reqError', () => errors++);
              instance.on('timeout', () => timeouts++);
            }, (lane * 1000) / perLane.length),
          );
        }),
    );
    const eventRate = options.eventRate ?? (bots.length > 1 ? 10 : 0);
    const eventsDone: Promise<EventRun | null> = eventRate > 0
      ? driveEvents({ baseUrls: bots.map((b) => b.baseUrl), secret: SECRET, rate: eventRate, durationS: options.duration, questions })
      : Promise.resolve(null);
    await Promise.all(lanes);
    const eventRun = await eventsDone;
    // From the first request to the last response: the lanes' start offsets are not idle time at the end.
    const durationS = ((lastResponse || performance.now()) - started) / 1000;
    const cpu = cpuShare(cpuBefore, pids);
    for (const t of timers) clearTimeout(t);

    // Answers still on their way.
    const until = Date.now() + options.drainSeconds * 1000;
    const eventsAnswered = () => (eventRun ? eventRun.threads.filter((t) => sink.threadReplies.has(t)).length : 0);
    while ((answerMs.length < status2xx || (eventRun && eventsAnswered() < eventRun.sent)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const answered = [...sent.keys()].filter((id) => sink.answers.has(id)).length;

    const rss = Math.max(...bots.map((b) => peakRssMb(b.child.pid) ?? 0)) || null;
    // The soak compares one process with itself: the first instance.
    const rssEnd = peakRssMb(bot.child.pid, 'VmRSS');
    const botTicks = processTicks(pids);
    const cpuMsPerRequest = botTicks === null || cpuBefore.bot === null || status2xx === 0 ? null : Math.round((((botTicks - cpuBefore.bot) * 10) / status2xx) * 100) / 100;
    const stopAt = performance.now();
    for (const b of bots) b.kill('SIGTERM');
    const exits = await Promise.all(bots.map((b) => b.exited));
    const code = exits.find((e) => e.code !== 0)?.code ?? exits[0]!.code;
    const shutdownMs = Math.round(performance.now() - stopAt);
    const allLogs = bots.flatMap((b) => b.logs);

    const reloaded = allLogs.filter((l) => l.event === 'knowledge.reloaded');
    const failed = allLogs.filter((l) => l.event === 'knowledge.reload_failed');
    // Requests sent while a reload (successful or not) was running: the ones a reload could slow down.
    const windows = [...reloaded, ...failed].map((l) => {
      const end = Date.parse(String(l.time));
      return [end - Number(l.duration_ms) - 5, end + 5] as const;
    });
    const duringReload = [...sentWall].filter(([, at]) => windows.some(([from, to]) => at >= from && at <= to)).flatMap(([id]) => {
      const ms = answerMsById.get(id);
      return ms === undefined ? [] : [ms];
    });
    const report: LoadTestReport = {
      options,
      machine: { cpus: cpus().length, loadBefore, loadAfter: loadavg(), cpu },
      sent: sent.size,
      status2xx,
      non2xx,
      errors,
      timeouts,
      durationS: Math.round(durationS * 10) / 10,
      throughput: Math.round((status2xx / durationS) * 10) / 10,
      ack: summarise(ackMs),
      answer: summarise(answerMs),
      answered,
      answeredVia: { ...sink.via },
      duplicateAnswers: sink.duplicates,
      missing: status2xx - answered,
      errorReplies,
      reloads: {
        answerDuring: summarise(duringReload),
        edits,
        done: reloaded.length,
        failed: failed.length,
        durationsMs: reloaded.map((l) => Number(l.duration_ms)),
        versions: reloaded.map((l) => String(l.kb_version)),
      },
      events: eventRun
        ? {
            sent: eventRun.sent,
            deliveries: eventRun.deliveries,
            non2xx: eventRun.non2xx,
            errors: eventRun.errors,
            answeredOnce: eventRun.threads.filter((t) => sink.threadReplies.get(t) === 1).length,
            double: eventRun.threads.filter((t) => (sink.threadReplies.get(t) ?? 0) > 1).length,
            missing: eventRun.threads.filter((t) => !sink.threadReplies.has(t)).length,
          }
        : null,
      bot: {
        exitCode: code,
        shutdownMs,
        peakRssMb: rss,
        logErrors: allLogs.filter((l) => l.level === 'error' && l.event !== 'knowledge.reload_failed').length,
        cpuMsPerRequest,
        rssMb: { early: rssEarly, end: rssEnd, earlyAt },
      },
      pass: false,
      problems: [],
    };
    const problems = report.problems;
    if (report.errors || report.timeouts || report.non2xx) problems.push(`${report.errors} connection errors, ${report.timeouts} timeouts, ${report.non2xx} non-2xx responses`);
    // The bare app only acks: it sends no answers.
    if (report.missing > 0 && options.app === 'bot') problems.push(`${report.missing} acked requests never got their answer`);
    if (options.soak && rssEnd !== null && rssEarly !== null && rssEnd > rssEarly * SOAK_RSS_RATIO) {
      problems.push(`RSS grew from ${rssEarly} MB after ${earlyAt} requests to ${rssEnd} MB at the end (over ${SOAK_RSS_RATIO}×)`);
    }
    if (report.errorReplies > 0) problems.push(`${report.errorReplies} answers were the error message`);
    if (report.duplicateAnswers > 0) problems.push(`${report.duplicateAnswers} requests were answered more than once`);
    if (report.bot.exitCode !== 0) problems.push(`the bot exited ${report.bot.exitCode} after SIGTERM`);
    if (report.bot.logErrors > 0) problems.push(`${report.bot.logErrors} error lines in the bot's log`);
    if (options.reloadEvery > 0 && report.reloads.done === 0) problems.push('reload mode, but no reload happened');
    const ev = report.events;
    if (ev && (ev.double || ev.missing || ev.non2xx || ev.errors)) problems.push(`events: ${ev.double} answered more than once, ${ev.missing} never answered, ${ev.non2xx} non-2xx, ${ev.errors} errors`);
    report.pass = problems.length === 0;
    return report;
  } finally {
    for (const t of timers) clearTimeout(t);
    for (const b of bots) b.kill('SIGKILL');
    if (!bots.length) bot?.kill('SIGKILL');
    await sink.close();
    await schema?.drop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The memory goal of the soak: RSS at the end within this factor of RSS after the first tenth. */
export const SOAK_RSS_RATIO = 1.2;

/**
 * A question no earlier request asked: a real one with a made-up word and number
 * added, so every word cache and every per-question structure sees new keys, as
 * with many people asking in their own words.
 */
/** The first number of the soak's warm-up questions: past any run's measured ones. */
const WARM_UP_FIRST = 600_000;

function variedQuestion(questions: string[], n: number): string {
  const word = (n * 2654435761 >>> 0).toString(36);
  return `${questions[n % questions.length]!} ${word} ${n % 997}`;
}

function variedCheck(n: number): string {
  return `verdi=${100_000 + ((n * 7919) % 5_000_000)} andel=${n % 101} hovedformål=${n % 2 ? 'ja' : 'nei'}`;
}

/** The report as a person reads it. */
export function formatReport(r: LoadTestReport, target = { p99Ms: 50 }): string {
  const o = r.options;
  const line = (label: string, text: string) => `${label.padEnd(13)} ${text}`;
  const verdict = (s: LatencySummary) => (s.p99 < target.p99Ms ? `p99 ${s.p99} ms < ${target.p99Ms} ms` : `p99 ${s.p99} ms ≥ ${target.p99Ms} ms (target missed)`);
  const reloads = r.reloads;
  const d = reloads.durationsMs;
  return [
    `${o.app === 'bare' ? 'Bare Bolt app (acks only)' : 'VTA-regelboten'} load test: ${o.rate} req/s for ${o.duration} s over ${o.lanes} lanes${o.instances > 1 ? `, ${o.instances} instances on one PostgreSQL` : o.databaseUrl ? ', on PostgreSQL' : ''}${o.reloadEvery ? `, knowledge edited every ${o.reloadEvery} s${o.reloadBroken ? ' (every other edit broken)' : ''}` : ''}`,
    line('machine', `${r.machine.cpus} cores; load average ${r.machine.loadBefore.map((x) => x.toFixed(2)).join(' ')} before, ${r.machine.loadAfter.map((x) => x.toFixed(2)).join(' ')} after`),
    ...(r.machine.cpu
      ? [line('cpu', `machine ${r.machine.cpu.machineBusy} % busy during the run: bot ${r.machine.cpu.bot} %, driver ${r.machine.cpu.driver} %, other processes ${r.machine.cpu.others} % (of ${r.machine.cpus} cores)`)]
      : []),
    line('requests', `${r.sent} sent, ${r.status2xx} answered 2xx, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts in ${r.durationS} s`),
    line('throughput', `${r.throughput} req/s`),
    line('ack', `${formatLatency(r.ack)}   (Slack's POST → the bot's HTTP 200)`),
    line('answer', `${formatLatency(r.answer)}   (Slack's POST → the answer, in the ack's body or at response_url)`),
    line('answers', `${r.answered} delivered (${r.answeredVia.ack} in the ack, ${r.answeredVia.response_url} at response_url), ${r.missing} missing, ${r.errorReplies} error replies`),
    ...(o.reloadEvery
      ? [
          line('reloads', `${reloads.edits} edits → ${reloads.done} reloads swapped in, ${reloads.failed} rejected (last good kept); reload took ${d.length ? `${Math.min(...d)}–${Math.max(...d)} ms` : 'n/a'}`),
          line('in reload', `${formatLatency(reloads.answerDuring)}   (answers to requests sent while a reload ran)`),
        ]
      : []),
    ...(r.events
      ? [line('events', `${r.events.sent} events × ${o.instances} instance(s) = ${r.events.deliveries} deliveries (${r.events.non2xx} non-2xx, ${r.events.errors} errors): ${r.events.answeredOnce} answered once, ${r.events.double} answered more than once, ${r.events.missing} never`)]
      : []),
    line('bot', `exit ${r.bot.exitCode} ${r.bot.shutdownMs} ms after SIGTERM; peak RSS ${r.bot.peakRssMb ?? '?'} MB; ${r.bot.logErrors} error log lines`),
    line('cpu/request', `${r.bot.cpuMsPerRequest ?? '?'} ms of the bot process's CPU per request`),
    ...(o.soak ? [line('memory', `RSS ${r.bot.rssMb.early ?? '?'} MB after ${r.bot.rssMb.earlyAt} requests, ${r.bot.rssMb.end ?? '?'} MB after ${r.sent} (goal: within ${SOAK_RSS_RATIO}×)`)] : []),
    line('verdict', `${r.pass ? 'PASS' : 'FAIL'}: ack ${verdict(r.ack)}, answer ${verdict(r.answer)}${r.problems.length ? `; ${r.problems.join('; ')}` : ''}`),
  ].join('\n');
}

