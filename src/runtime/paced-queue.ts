/**
 * Sends queued messages one at a time, at most one per `perKeyIntervalMs` to the same
 * key (a Slack channel: chat.postMessage allows about one message per second per
 * channel), in the order queued, never skipping a key's turn for a later message to
 * it. The clock and the wait are injected so tests run without real time.
 */
export interface PacedQueueOptions<T> {
  send: (item: T) => Promise<void>;
  keyOf: (item: T) => string;
  perKeyIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onError?: (item: T, error: unknown) => void;
}

export interface PacedQueue<T> {
  push(item: T): void;
  /** Resolves when everything queued so far has been sent (or failed). */
  drained(): Promise<void>;
  size(): number;
}

export function createPacedQueue<T>(options: PacedQueueOptions<T>): PacedQueue<T> {
  const interval = options.perKeyIntervalMs ?? 1100;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref()));
  const queue: T[] = [];
  const nextAt = new Map<string, number>();
  let running: Promise<void> | null = null;

  async function run() {
    while (queue.length) {
      // The first item whose key may be sent to now; otherwise wait for the earliest.
      const t = now();
      let index = queue.findIndex((item) => (nextAt.get(options.keyOf(item)) ?? 0) <= t);
      if (index < 0) {
        const earliest = Math.min(...queue.map((item) => nextAt.get(options.keyOf(item)) ?? 0));
        await sleep(Math.max(0, earliest - t));
        continue;
      }
      const [item] = queue.splice(index, 1) as [T];
      const key = options.keyOf(item);
      nextAt.set(key, now() + interval);
      try {
        await options.send(item);
      } catch (error) {
        options.onError?.(item, error);
      }
      // Forget keys whose interval has passed, so the map stays as small as the backlog.
      const after = now();
      for (const [k, at] of nextAt) if (at <= after) nextAt.delete(k);
      index = -1;
    }
  }

  return {
    push(item) {
      queue.push(item);
      running ??= run().finally(() => {
        running = null;
      });
    },
    async drained() {
      while (running) await running;
    },
    size: () => queue.length,
  };
}
