/**
 * Tells followers when an entry they follow changes. After every reload (and once at
 * start, which records the baseline or catches changes made while the bot was down)
 * the entries' content hashes are compared with the last ones in the database; for
 * each changed entry, each follower gets one short message, paced through a queue to
 * stay within Slack's rate limit of about one message per second per channel. The
 * comparison is atomic in the database, so with several instances one sends.
 */
import type { App } from '@slack/bolt';
import { webApi } from '@slack/bolt';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Entry } from '../knowledge/schema.ts';
import { entryHashes } from '../knowledge/entry-hash.ts';
import type { Follow, FollowRepo } from '../db/follows.ts';
import type { InstallationRepo } from '../db/workspaces.ts';
import { createPacedQueue, type PacedQueue } from '../runtime/paced-queue.ts';
import { errorFields, type Log } from '../log/logger.ts';
import { escapeMrkdwn } from './blocks/escape.ts';
import { mrkdwn, plain, truncate } from './blocks/fit.ts';
import { LIMITS } from './blocks/limits.ts';
import type { SlackMessage } from './blocks/message.ts';
import { ACTION_FEEDBACK } from './ids-feedback.ts';
import type { SeenSet } from '../runtime/seen-set.ts';

export interface Notice {
  follow: Follow;
  message: SlackMessage;
}

export function changeNotice(entry: Entry, kbVersion: string, why?: string): SlackMessage {
  const where = entry.section ? `§ ${entry.section}` : '';
  const text = truncate(`Endret: «${entry.title}» ${where}`.trim(), 300);
  const because = why ? escapeMrkdwn(why) : `Kunnskapsbasen er oppdatert (versjon ${escapeMrkdwn(kbVersion)}).`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(truncate(`:bell: *Endring i en regel du følger:* ${escapeMrkdwn(entry.title)}${where ? ` (${escapeMrkdwn(where)})` : ''}.\n${because} Slå opp regelen igjen med \`/vta-rules\` for å se hva som gjelder nå.`, LIMITS.sectionText)) },
      { type: 'actions', elements: [{ type: 'button', action_id: ACTION_FEEDBACK.unfollow, text: plain('Slutt å følge', LIMITS.buttonText), value: entry.id }] },
    ],
  };
}

export interface FollowNoticesOptions {
  app: App;
  follows: FollowRepo;
  log: Log;
  /** OAuth mode: each workspace's bot token comes from here; otherwise the app's own client is used. */
  installations?: InstallationRepo;
  apiUrl?: string;
  /** Shared seen-set: a flag (below) raised on several instances notifies once. */
  seen?: SeenSet;
  /** Tests: where notices go instead of Slack. */
  send?: (notice: Notice) => Promise<void>;
  perChannelIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface FollowNotices {
  /** Compares this knowledge with the last recorded and queues the notices; returns the changed entry ids. */
  check(kb: KnowledgeBase): Promise<string[]>;
  /**
   * Entries flagged from outside the knowledge files (the Lovdata watch: the law an entry
   * cites has changed), with a short reason shown to followers. `flagKey` names the
   * change (e.g. the Lovdata dataset's date): each entry is notified once per key, across
   * instances when a shared seen-set is given. Returns the entries notified.
   */
  flag(kb: KnowledgeBase, entryIds: string[], flagKey: string, reason: string): Promise<string[]>;
  queue: PacedQueue<Notice>;
}

export function createFollowNotices(options: FollowNoticesOptions): FollowNotices {
  const { app, follows, log } = options;

  async function clientFor(follow: Follow) {
    if (!options.installations) return app.client;
    const teamId = follow.workspaceKey.startsWith('T:') ? follow.workspaceKey.slice(2) : null;
    const installation = (await options.installations.find({ teamId, enterpriseId: follow.enterpriseId ?? null, isEnterpriseInstall: false })) ??
      (follow.enterpriseId ? await options.installations.find({ enterpriseId: follow.enterpriseId, isEnterpriseInstall: true }) : undefined);
    const token = (installation as { bot?: { token?: string } } | undefined)?.bot?.token;
    if (!token) throw new Error(`no installation for ${follow.workspaceKey}`);
    return new webApi.WebClient(token, options.apiUrl ? { slackApiUrl: options.apiUrl } : {});
  }

  const send =
    options.send ??
    (async ({ follow, message }: Notice) => {
      const client = await clientFor(follow);
      await client.chat.postMessage({ channel: follow.target, ...message });
    });

  const queue = createPacedQueue<Notice>({
    send,
    keyOf: (n) => `${n.follow.workspaceKey}/${n.follow.target}`,
    perKeyIntervalMs: options.perChannelIntervalMs ?? 1100,
    ...(options.now ? { now: options.now } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    onError: (n, error) => log.warn('follow.notice_failed', { workspace: n.follow.workspaceKey, entry: n.follow.entryId, ...errorFields(error, false) }),
  });

  return {
    queue,
    async check(kb) {
      const changed = await follows.changedSince(entryHashes(kb.entries), kb.version);
      if (!changed.length) return [];
      const byId = new Map(kb.entries.map((e) => [e.id, e]));
      const followers = await follows.followersOf(changed);
      for (const follow of followers) {
        const entry = byId.get(follow.entryId);
        if (entry) queue.push({ follow, message: changeNotice(entry, kb.version) });
      }
      log.info('follow.changes', { changed: changed.length, notices: followers.length, kb_version: kb.version });
      return changed;
    },
    async flag(kb, entryIds, flagKey, reason) {
      const byId = new Map(kb.entries.map((e) => [e.id, e]));
      const fresh: string[] = [];
      for (const id of new Set(entryIds)) {
        if (!byId.has(id)) continue;
        // A month is longer than any watch interval; the key makes a new change a new notice.
        if (options.seen && !(await options.seen.claim(`follow-flag:${flagKey.slice(0, 100)}:${id}`.slice(0, 500), (options.now ?? Date.now)() + 30 * 24 * 3600 * 1000))) continue;
        fresh.push(id);
      }
      const followers = await follows.followersOf(fresh);
      for (const follow of followers) queue.push({ follow, message: changeNotice(byId.get(follow.entryId)!, kb.version, reason) });
      if (fresh.length) log.info('follow.flagged', { entries: fresh.length, notices: followers.length, flag: flagKey.slice(0, 100) });
      return fresh;
    },
  };
}
