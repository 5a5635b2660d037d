/**
 * Replies to slash commands, kept as the JSON body posted to the response_url, so a
 * question asked again (real traffic repeats questions; every button and example in
 * the help asks the same few) is answered without a lookup, rendering or serialising.
 *
 * Sound because a command's reply is a function of the knowledge snapshot, the
 * command, its decoded text, the date in Norway and whether the answer carries the
 * feedback buttons (src/conversation/dispatch.ts, src/slack/blocks/render.ts: no user,
 * no clock beyond the date): the key carries the last four, and the cache
 * belongs to one snapshot: a request answered from another snapshot (after a reload)
 * starts it afresh, so a reply is never served from an older version's knowledge.
 * Bounded by the characters of keys and bodies (least recently used go first) and by
 * entries. Only what the listener chooses to keep is kept (not modals, not failures,
 * not a weak answer where there is an asker: rendering one queues it for the editors).
 */
export interface CachedReply {
  /** The JSON posted to the response_url. */
  body: string;
  /** The request log's outcome for this reply. */
  outcome: string;
}

export interface ReplyCache {
  get(snapshot: object, key: string): CachedReply | undefined;
  set(snapshot: object, key: string, reply: CachedReply): void;
  readonly size: number;
  /** Characters of keys and bodies held now. */
  readonly chars: number;
}

/** The cache key: command, date in Norway, feedback buttons or not, and the decoded text. */
export function replyKey(command: string, date: string, feedback: boolean, text: string): string {
  return `${command}\n${date}\n${feedback ? 'f' : '-'}\n${text}`;
}

export function createReplyCache(options: { maxChars: number; maxEntries: number }): ReplyCache {
  let owner: object | undefined;
  const map = new Map<string, CachedReply>();
  let chars = 0;
  const cost = (key: string, reply: CachedReply) => key.length + reply.body.length + reply.outcome.length;
  return {
    get(snapshot, key) {
      if (snapshot !== owner) return undefined;
      const hit = map.get(key);
      if (hit) {
        // Most recently used last: eviction takes from the front.
        map.delete(key);
        map.set(key, hit);
      }
      return hit;
    },
    set(snapshot, key, reply) {
      if (snapshot !== owner) {
        map.clear();
        chars = 0;
        owner = snapshot;
      }
      const c = cost(key, reply);
      if (c > options.maxChars) return;
      const old = map.get(key);
      if (old) {
        chars -= cost(key, old);
        map.delete(key);
      }
      map.set(key, reply);
      chars += c;
      for (const [k, v] of map) {
        if (chars <= options.maxChars && map.size <= options.maxEntries) break;
        map.delete(k);
        chars -= cost(k, v);
      }
    },
    get size() {
      return map.size;
    },
    get chars() {
      return chars;
    },
  };
}
