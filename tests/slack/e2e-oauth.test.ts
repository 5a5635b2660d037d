/**
 * Install by OAuth end to end, on each test database: the install page and Slack's
 * redirect (oauth.v2.access faked on loopback), then a signed command and a mention
 * for the new workspace answered with its stored token, two instances on one database
 * answering a replayed event once, and uninstall leaving no rows behind.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLookup } from '../../src/search/lookup.ts';
import { createSlackApp, HTTP_PATH, type SlackRuntime } from '../../src/slack/app.ts';
import type { Knowledge } from '../../src/conversation/knowledge.ts';
import { createSealer } from '../../src/db/crypto.ts';
import { createDbSeenSet } from '../../src/db/seen-set.ts';
import { createInstallationRepo } from '../../src/db/workspaces.ts';
import type { OpenDatabase } from '../../src/db/open.ts';
import { BOT_SCOPES } from '../../src/config/oauth.ts';
import { MINI_KB } from '../helpers/kb-fixture.ts';
import { OPEN_TIMEOUT_MS, testDatabases } from '../db/helpers/databases.ts';
import { startFakeSlack, waitFor, type FakeSlack } from './helpers/fake-slack.ts';
import { fakeCheckPort } from './helpers/fake-checks.ts';
import { sign } from './helpers/slack-requests.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const KEY = Buffer.alloc(32, 7);
const NEW_TEAM = 'T0NYBY';
const INSTALLED_TOKEN = 'xoxb-installed-nyby-secretpart';
const oauth = { clientId: '1234.5678', clientSecret: 'client-secret-0123456789', stateSecret: 'state-secret-0123456789abcdef0123456789', tokenKey: KEY };

function loopbackOnly(realFetch: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.host}`);
    return realFetch(input, init);
  };
}

function mention(eventId: string, ts: string) {
  return JSON.stringify({
    token: 'x',
    team_id: NEW_TEAM,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', user: 'U0KARI', text: '<@U0BOTNYBY> utbytte', ts, channel: 'C0NYBY', event_ts: ts },
    authorizations: [{ team_id: NEW_TEAM, user_id: 'U0BOTNYBY', is_bot: true, is_enterprise_install: false }],
  });
}

function lifecycle(type: 'app_uninstalled' | 'tokens_revoked', eventId: string) {
  const ev = type === 'app_uninstalled' ? { type } : { type, tokens: { oauth: [], bot: ['U0BOTNYBY'] } };
  return JSON.stringify({ token: 'x', team_id: NEW_TEAM, api_app_id: 'A0APP', type: 'event_callback', event_id: eventId, event_time: 1, event: ev, authorizations: [{ team_id: NEW_TEAM, user_id: 'U0BOTNYBY', is_bot: true, is_enterprise_install: false }] });
}

describe.each(testDatabases())('install by OAuth, two instances, uninstall on $name', (target) => {
  let opened: OpenDatabase;
  let slack: FakeSlack;
  const instances: { runtime: SlackRuntime; base: string }[] = [];
  /** Every request sent has finished in both instances, listeners included: nothing more can come of them. */
  const idle = async () => expect(await Promise.all(instances.map((i) => i.runtime.inflight.idle(10_000)))).toEqual(instances.map(() => true));

  beforeAll(async () => {
    opened = await target.open();
    vi.stubGlobal('fetch', loopbackOnly(globalThis.fetch));
    slack = await startFakeSlack({
      replies: {
        'oauth.v2.access': (args) => {
          expect(args.code).toBe('c0de-from-slack');
          return { app_id: 'A0APP', authed_user: { id: 'U0INSTALLER' }, scope: BOT_SCOPES.join(','), token_type: 'bot', access_token: INSTALLED_TOKEN, bot_user_id: 'U0BOTNYBY', team: { id: NEW_TEAM, name: 'Nyby kommune' }, enterprise: null, is_enterprise_install: false };
        },
      },
    });
    const loaded = loadKnowledge(MINI_KB);
    if (!loaded.ok) throw new Error('mini fixture invalid');
    const knowledge: Knowledge = { kb: loaded.kb, lookup: createLookup(loaded.kb), checks: fakeCheckPort() };
    // Two instances of the app on one database, as behind a load balancer.
    for (let i = 0; i < 2; i++) {
      const store = { installations: createInstallationRepo(opened.db, createSealer(KEY)), seen: createDbSeenSet(opened.db) };
      const runtime = createSlackApp(
        { mode: 'http', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: slack.apiUrl, logLevel: 'error', oauth },
        { knowledge: () => knowledge },
        { store, logSink: () => undefined },
      );
      const { port } = await runtime.start();
      instances.push({ runtime, base: `http://127.0.0.1:${port}` });
    }
  }, OPEN_TIMEOUT_MS);

  afterAll(async () => {
    for (const i of instances) await i.runtime.stop().catch(() => undefined);
    await slack?.close();
    vi.unstubAllGlobals();
    await opened?.close();
  });

  const post = (i: number, body: string, contentType = 'application/json', timestamp?: number) =>
    fetch(`${instances[i]!.base}${HTTP_PATH}`, { method: 'POST', headers: { 'content-type': contentType, ...sign(SECRET, body, timestamp) }, body });

  /** The browser's part: open /slack/install on one instance, come back to the redirect on the other. */
  async function install() {
    const page = await fetch(`${instances[0]!.base}/slack/install`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const cookie = page.headers.get('set-cookie') ?? '';
    const state = /slack-app-oauth-state=([^;]+)/.exec(cookie)?.[1];
    expect(state).toBeTruthy();
    expect(html).toContain(`state=${state}`);
    expect(html).toContain(`client_id=${oauth.clientId}`);
    const back = await fetch(`${instances[1]!.base}/slack/oauth_redirect?code=c0de-from-slack&state=${state}`, { headers: { cookie: `slack-app-oauth-state=${state}` } });
    expect(back.status).toBe(200);
  }

  async function rowsFor(team: string): Promise<number> {
    const key = `T:${team}`;
    const counts = await Promise.all([
      opened.db.selectFrom('slack_installations').select(sql<number>`count(*)::int`.as('n')).where('install_key', '=', key).executeTakeFirstOrThrow(),
      opened.db.selectFrom('feedback_log').select(sql<number>`count(*)::int`.as('n')).where('workspace_key', '=', key).executeTakeFirstOrThrow(),
      opened.db.selectFrom('follows').select(sql<number>`count(*)::int`.as('n')).where('workspace_key', '=', key).executeTakeFirstOrThrow(),
      opened.db.selectFrom('workspace_settings').select(sql<number>`count(*)::int`.as('n')).where('workspace_key', '=', key).executeTakeFirstOrThrow(),
    ]);
    return counts.reduce((sum, c) => sum + c.n, 0);
  }

  it('installs through the redirect with a state from another instance, and stores the token encrypted', async () => {
    await install();
    const row = await opened.db.selectFrom('slack_installations').selectAll().where('install_key', '=', `T:${NEW_TEAM}`).executeTakeFirstOrThrow();
    expect(row.team_id).toBe(NEW_TEAM);
    expect(row.installation_enc).not.toContain('xoxb');
    expect(JSON.parse(createSealer(KEY).open(row.installation_enc)).bot.token).toBe(INSTALLED_TOKEN);
  });

  it('refuses a redirect whose state was not issued with this secret', async () => {
    const before = slack.calls.filter((c) => c.method === 'oauth.v2.access').length;
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJub3ciOjF9.AAAA';
    const back = await fetch(`${instances[1]!.base}/slack/oauth_redirect?code=c0de-from-slack&state=${forged}`, { headers: { cookie: `slack-app-oauth-state=${forged}` } });
    expect(back.status).toBeGreaterThanOrEqual(400);
    expect(slack.calls.filter((c) => c.method === 'oauth.v2.access').length).toBe(before);
  });

  it('answers a signed command from the new workspace', async () => {
    const url = slack.responseUrl();
    const body = new URLSearchParams({ token: 'x', team_id: NEW_TEAM, team_domain: 'nyby', channel_id: 'C0NYBY', channel_name: 'innkjop', user_id: 'U0KARI', user_name: 'kari', command: '/vta-rules', text: 'utbytte', api_app_id: 'A0APP', is_enterprise_install: 'false', response_url: url, trigger_id: 't.1' }).toString();
    const res = await post(0, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    // The reply is the ack's body.
    expect(await res.text()).toContain('tiltaksforskriften § 14-5 annet ledd bokstav c');
  });

  it('two instances given the same event (a replay) answer it once, with the installed token', async () => {
    const body = mention('Ev0REPLAY1', '1700000100.000100');
    const now = Math.floor(Date.now() / 1000);
    // The very same signed request at both: one handles it, the other refuses the replay (409).
    const [a, b] = await Promise.all([post(0, body, undefined, now), post(1, body, undefined, now)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const reply = await waitFor(() => slack.apiCalls('chat.postMessage').find((c) => c.args.thread_ts === '1700000100.000100'), 'the mention answer');
    expect(reply.authorization).toBe(`Bearer ${INSTALLED_TOKEN}`);
    // Slack's retries carry the same event id under a new signature: acknowledged by either instance, not answered again.
    expect((await post(1, body, undefined, now - 1)).status).toBe(200);
    expect((await post(0, body, undefined, now - 2)).status).toBe(200);
    await idle();
    expect(slack.apiCalls('chat.postMessage').filter((c) => c.args.thread_ts === '1700000100.000100')).toHaveLength(1);
  });

  it.each([
    ['app_uninstalled', 'tokens_revoked'],
    ['tokens_revoked', 'app_uninstalled'],
  ] as const)('uninstall (%s, then %s) leaves no rows for the workspace', async (first, second) => {
    if ((await rowsFor(NEW_TEAM)) === 0) await install();
    await opened.db.insertInto('feedback_log').values({ workspace_key: `T:${NEW_TEAM}`, enterprise_id: null, kind: 'down', user_hash: 'h', question: 'q', entry_ids: 'a', kb_version: 'v', created_at_ms: 1 }).execute();
    await opened.db.insertInto('follows').values({ workspace_key: `T:${NEW_TEAM}`, enterprise_id: null, target: 'U0KARI', entry_id: 'a', created_at_ms: 1 }).execute();
    await opened.db.insertInto('workspace_settings').values({ workspace_key: `T:${NEW_TEAM}`, logging_enabled: false, editors: 'U0KARI' }).execute();
    // Another workspace's rows stay.
    await opened.db.insertInto('follows').values({ workspace_key: 'T:T0OTHER', enterprise_id: null, target: 'U0OLA', entry_id: 'a', created_at_ms: 1 }).onConflict((oc) => oc.doNothing()).execute();
    expect(await rowsFor(NEW_TEAM)).toBe(4);

    expect((await post(0, lifecycle(first, `Ev0${first}${second}`.slice(0, 30)))).status).toBe(200);
    await vi.waitFor(async () => expect(await rowsFor(NEW_TEAM)).toBe(0), { timeout: 5000, interval: 20 });
    expect((await post(1, lifecycle(second, `Ev1${second}${first}`.slice(0, 30)))).status).toBe(200);
    // The second event finds nothing left, and that is not an error.
    await idle();
    expect(await rowsFor(NEW_TEAM)).toBe(0);
    expect(await rowsFor('T0OTHER')).toBe(1);
  });
});
