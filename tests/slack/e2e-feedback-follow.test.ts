/**
 * Feedback, the editors' queue and «Følg endringer» end to end through the real Bolt
 * app, with the database (PGlite in memory; PostgreSQL too with TEST_DATABASE_URL).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbSeenSet } from '../../src/db/seen-set.ts';
import { createFeedbackRepo, pseudonym } from '../../src/db/feedback.ts';
import { createFollowRepo } from '../../src/db/follows.ts';
import type { OpenDatabase } from '../../src/db/open.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createFollowNotices, type Notice } from '../../src/slack/follow-notices.ts';
import { ACTION_FEEDBACK } from '../../src/slack/ids-feedback.ts';
import { copyMiniKb } from '../helpers/kb-fixture.ts';
import { OPEN_TIMEOUT_MS, testDatabases } from '../db/helpers/databases.ts';
import { startHarness, text, type Harness } from './helpers/harness.ts';
import { waitFor } from './helpers/fake-slack.ts';
import { blockAction, event, TEAM, USER } from './helpers/slack-requests.ts';
import { expectWithinLimits } from './helpers/within-limits.ts';

const KEY = Buffer.alloc(32, 5);

type Element = { type: string; action_id: string; value?: string; options?: { value: string }[] };
function elementIn(message: Record<string, unknown>, actionId: string): Element {
  const blocks = message.blocks as { elements?: Element[] }[];
  const found = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} in the message`);
  return found;
}

describe.each(testDatabases())('feedback and follows through Slack on $name', (target) => {
  let opened: OpenDatabase;
  let h: Harness;
  let feedback: ReturnType<typeof createFeedbackRepo>;
  let follows: ReturnType<typeof createFollowRepo>;

  beforeAll(async () => {
    opened = await target.open();
    feedback = createFeedbackRepo(opened.db, { pseudonymKey: KEY });
    follows = createFollowRepo(opened.db);
    h = await startHarness({ store: { seen: createDbSeenSet(opened.db), feedback, follows } });
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    await h?.stop();
    await opened?.close();
  });

  const ask = (question: string) => h.command('/vta-rules', question);
  const click = async (action: { action_id: string; value?: string }) => {
    const url = h.slack.responseUrl();
    await h.send(blockAction(action, url));
    return h.responseTo(url);
  };
  const rows = () => opened.db.selectFrom('feedback_log').selectAll().where('workspace_key', '=', `T:${TEAM.id}`).orderBy('id').execute();

  it('puts 👍, 👎 and «Følg endringer» under an answer, within Block Kit limits', async () => {
    const answer = await ask('utbytte');
    expectWithinLimits('message', answer, 'answer with feedback');
    expect(elementIn(answer, ACTION_FEEDBACK.up).type).toBe('button');
    expect(elementIn(answer, ACTION_FEEDBACK.down).type).toBe('button');
    expect(text(answer)).toMatch(/follow_entry/);
  });

  it('a 👎 logs the question and the entry ids shown, under a pseudonym, and thanks the user', async () => {
    const answer = await ask('utbytte');
    const down = elementIn(answer, ACTION_FEEDBACK.down);
    const shownIds = (JSON.parse(down.value!) as { ids: string[] }).ids;
    expect(shownIds).toContain('tf-14-5-2-c');
    const reply = await click(down);
    expect(text(reply)).toContain('Redaktørene');
    const logged = (await rows()).filter((r) => r.kind === 'down');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ question: 'utbytte', entry_ids: shownIds.join(','), user_hash: pseudonym(KEY, USER.id) });
    expect(JSON.stringify(logged)).not.toContain(USER.id);
  });

  it('logs a question with no hits, once (not again for another page)', async () => {
    await ask('parkeringsplasser for ansatte');
    // The log is written after the answer is sent: wait for the row, not for a time.
    await vi.waitFor(async () => expect((await rows()).filter((r) => r.kind === 'no_hits')).toHaveLength(1), { timeout: 5000, interval: 20 });
    const noHits = (await rows()).filter((r) => r.kind === 'no_hits');
    expect(noHits.map((r) => r.question)).toEqual(['parkeringsplasser for ansatte']);
  });

  it('shows the top gaps in the Home tab to a named editor only', async () => {
    await feedback.updateSettings(`T:${TEAM.id}`, { editors: ['U0EDITOR'] });
    await h.send(event({ type: 'app_home_opened', user: 'U0EDITOR', channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000901' }));
    const editorView = await waitFor(() => h.slack.apiCalls('views.publish').find((c) => c.args.user_id === 'U0EDITOR'), 'editor home');
    expect(text(editorView.args.view)).toContain('For redaktører');
    expect(text(editorView.args.view)).toContain('parkeringsplasser for ansatte');
    expect(text(editorView.args.view)).toContain('tf-14-5-2-c');
    expectWithinLimits('home', editorView.args.view as object, 'home');
    await h.send(event({ type: 'app_home_opened', user: USER.id, channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000902' }));
    const memberView = await waitFor(() => h.slack.apiCalls('views.publish').find((c) => c.args.user_id === USER.id), 'member home');
    expect(text(memberView.args.view)).not.toContain('For redaktører');
  });

  it('an editor turns logging off from the Home tab (a member cannot), and the tab says so', async () => {
    const homeClick = async (user: string, value: string) => {
      const req = blockAction({ action_id: ACTION_FEEDBACK.loggingToggle, value }, h.slack.responseUrl(), { inHome: true });
      const payload = JSON.parse(new URLSearchParams(req.body).get('payload')!) as { user: { id: string } };
      payload.user = { ...payload.user, id: user };
      return h.send({ ...req, body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString() });
    };
    const publishes = () => h.slack.apiCalls('views.publish').filter((c) => c.args.user_id === 'U0EDITOR').length;
    await homeClick(USER.id, 'off');
    await vi.waitFor(() => expect(h.logs.some((l) => l.includes('not_editor'))).toBe(true), { timeout: 5000, interval: 20 });
    expect((await feedback.settings(`T:${TEAM.id}`)).loggingEnabled).toBe(true);
    const before = publishes();
    await homeClick('U0EDITOR', 'off');
    await vi.waitFor(() => expect(publishes()).toBe(before + 1), { timeout: 5000, interval: 20 });
    expect((await feedback.settings(`T:${TEAM.id}`)).loggingEnabled).toBe(false);
    const view = h.slack.apiCalls('views.publish').filter((c) => c.args.user_id === 'U0EDITOR').at(-1)!.args.view;
    expect(text(view)).toContain('Logging av spørsmål er slått av');
    expect(text(view)).toContain('"value":"on"');
    await homeClick('U0EDITOR', 'on');
    await vi.waitFor(async () => expect((await feedback.settings(`T:${TEAM.id}`)).loggingEnabled).toBe(true), { timeout: 5000, interval: 20 });
  });

  it('thanks and confirms a follow in English under an English answer, and in Norwegian under a Norwegian one', async () => {
    const english = await ask('what are the rules on dividend payments?');
    expect(text(await click(elementIn(english, ACTION_FEEDBACK.up)))).toContain('Thank you! It is useful to know that the answer helped.');
    expect(text(await click(elementIn(english, ACTION_FEEDBACK.down)))).toContain('The editors of the knowledge base will see the question');
    const control = elementIn(english, text(english).includes(ACTION_FEEDBACK.followMenu) ? ACTION_FEEDBACK.followMenu : ACTION_FEEDBACK.follow);
    const value = control.type === 'overflow' ? control.options![0]!.value : control.value!;
    expect(value).toMatch(/^en:/);
    const url = h.slack.responseUrl();
    await h.send(control.type === 'overflow' ? blockActionOverflow(control.action_id, value, url) : blockAction({ action_id: control.action_id, value }, url));
    expect(text(await h.responseTo(url))).toMatch(/You (now|already) follow/);
    // The entry followed is the entry, whatever the language of the button.
    expect((await follows.followersOf([value.slice(3)])).length).toBeGreaterThan(0);
    const norwegian = await ask('utbytte');
    expect(text(await click(elementIn(norwegian, ACTION_FEEDBACK.up)))).toContain('Takk! Det er nyttig å vite at svaret hjalp.');
  });

  it('with logging turned off for the workspace, nothing is stored', async () => {
    await feedback.updateSettings(`T:${TEAM.id}`, { loggingEnabled: false });
    const answer = await ask('fiskekvoter');
    expect(answer).toBeTruthy();
    const reply = await click(elementIn(await ask('utbytte'), ACTION_FEEDBACK.down));
    expect(text(reply)).not.toContain('Redaktørene');
    expect(await rows()).toEqual([]);
    await feedback.updateSettings(`T:${TEAM.id}`, { loggingEnabled: true });
  });

  it('«Følg endringer» subscribes the user; a reload that changes the entry sends one short notice, and not again', async () => {
    const answer = await ask('§ 14-5');
    const blocks = text(answer);
    const control = elementIn(answer, blocks.includes(ACTION_FEEDBACK.followMenu) ? ACTION_FEEDBACK.followMenu : ACTION_FEEDBACK.follow);
    const entryId = control.type === 'overflow' ? control.options![0]!.value : control.value!;
    expect(entryId).toBe('tf-14-5');
    const url = h.slack.responseUrl();
    const payload = control.type === 'overflow'
      ? blockActionOverflow(control.action_id, entryId, url)
      : blockAction({ action_id: control.action_id, value: entryId }, url);
    await h.send(payload);
    expect(text(await h.responseTo(url))).toContain('Du følger nå');
    expect(await follows.followersOf([entryId])).toEqual([{ workspaceKey: `T:${TEAM.id}`, enterpriseId: null, target: USER.id, entryId }]);

    const sent: Notice[] = [];
    const notices = createFollowNotices({ app: h.runtime.app, follows, log: h.runtime.log, send: async (n) => void sent.push(n), perChannelIntervalMs: 0 });
    const before = loadKnowledge(copyMiniKb());
    // Only tf-14-5's summary changes; a new keyword on tf-14-5-2-c is not a change of the rule.
    const after = loadKnowledge(copyMiniKb({
      'entries/vta.yaml': (t) => t
        .replace('summary: Virksomheten må som hovedregel være et aksjeselskap med kommunal aksjemajoritet.', 'summary: Virksomheten må være et aksjeselskap med kommunal aksjemajoritet, uten unntak.')
        .replace('keywords: [utbytte, dividend]', 'keywords: [utbytte, dividend, overskudd]'),
    }));
    if (!before.ok || !after.ok) throw new Error('fixture');
    await notices.check(before.kb);
    expect(await notices.check(after.kb)).toEqual(['tf-14-5']);
    await notices.queue.drained();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.follow).toMatchObject({ target: USER.id, entryId: 'tf-14-5' });
    expect(text(sent[0]!.message)).toContain('Krav til virksomheter som arrangerer VTA');
    expect(text(sent[0]!.message)).toContain(ACTION_FEEDBACK.unfollow);
    // The same knowledge again: nothing changed, nothing sent.
    expect(await notices.check(after.kb)).toEqual([]);

    // A flag from the Lovdata watch: once per change key, even when two instances raise it.
    const seen = createDbSeenSet(opened.db);
    const other = createFollowNotices({ app: h.runtime.app, follows, log: h.runtime.log, seen, send: async (n) => void sent.push(n), perChannelIntervalMs: 0 });
    const again = createFollowNotices({ app: h.runtime.app, follows, log: h.runtime.log, seen, send: async (n) => void sent.push(n), perChannelIntervalMs: 0 });
    const reason = 'Lovdata viser en endring i forskriften denne regelen bygger på.';
    const flagged = await Promise.all([other.flag(after.kb, ['tf-14-5', 'no-such-entry'], 'lovdata-2026-12-02', reason), again.flag(after.kb, ['tf-14-5'], 'lovdata-2026-12-02', reason)]);
    expect(flagged.flat()).toEqual(['tf-14-5']);
    await other.queue.drained();
    await again.queue.drained();
    expect(sent).toHaveLength(2);
    expect(text(sent[1]!.message)).toContain('Lovdata viser en endring');
  });
});

function blockActionOverflow(actionId: string, value: string, responseUrl: string) {
  const req = blockAction({ action_id: actionId, value }, responseUrl);
  const payload = JSON.parse(new URLSearchParams(req.body).get('payload')!) as { actions: Record<string, unknown>[] };
  payload.actions = [{ type: 'overflow', block_id: 'answer_feedback', action_id: actionId, selected_option: { text: { type: 'plain_text', text: 'Følg' }, value }, action_ts: '1700000001.000000' }];
  return { ...req, body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString() };
}
