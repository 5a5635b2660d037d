/**
 * The load test's several-instances mode: N bot processes on one PostgreSQL database
 * (a fresh schema per run, dropped after), commands spread over them, and Events API
 * deliveries each sent to every instance at once, each under its own signature, as when
 * Slack retries onto another instance: each event must be answered exactly once.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sign } from '../../tests/slack/helpers/slack-requests.ts';

export interface RunSchema {
  /** DATABASE_URL for the bots: the same server, every table in this run's schema. */
  url: string;
  schema: string;
  drop(): Promise<void>;
}

export async function prepareSchema(databaseUrl: string): Promise<RunSchema> {
  const { default: pg } = await import('pg');
  const schema = `loadtest_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    async drop() {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

export interface EventRun {
  sent: number;
  deliveries: number;
  non2xx: number;
  errors: number;
  /** ts of each event sent, to count the answers in its thread. */
  threads: string[];
}

/** Sends `rate` app_mention events a second for `durationS`, each to every base URL at the same moment. */
export async function driveEvents(options: { baseUrls: string[]; secret: string; rate: number; durationS: number; questions: string[] }): Promise<EventRun> {
  const run: EventRun = { sent: 0, deliveries: 0, non2xx: 0, errors: 0, threads: [] };
  const total = Math.round(options.rate * options.durationS);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const ts = `1800000000.${String(n).padStart(6, '0')}`;
    const body = JSON.stringify({
      token: 'x',
      team_id: 'T0LOAD',
      api_app_id: 'A0LOAD',
      type: 'event_callback',
      event_id: `Ev${process.pid}x${n}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user: 'U0LOAD', text: `<@U0BOT> ${options.questions[n % options.questions.length]}`, ts, channel: 'C0LOAD', event_ts: ts },
      authorizations: [{ team_id: 'T0LOAD', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
    });
    run.sent++;
    run.threads.push(ts);
    const now = Math.floor(Date.now() / 1000);
    options.baseUrls.forEach((base, i) => {
      run.deliveries++;
      // As Slack's retries do: the same event under a new signature (an identical signed request is refused as a replay, 409).
      inFlight.push(
        fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...sign(options.secret, body, now - i) }, body })
          .then(async (res) => {
            await res.arrayBuffer();
            if (res.status < 200 || res.status >= 300) run.non2xx++;
          })
          .catch(() => void run.errors++),
      );
    });
  }
  await Promise.all(inFlight);
  return run;
}
