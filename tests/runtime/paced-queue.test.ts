import { describe, expect, it } from 'vitest';
import { createPacedQueue } from '../../src/runtime/paced-queue.ts';

/** A clock that only moves when the queue waits: no real time passes in these tests. */
function fakeTime() {
  let t = 0;
  const waits: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (waits.push(ms), (t += ms)), waits };
}

describe('paced queue', () => {
  it('sends to one channel at most once per interval, in order', async () => {
    const time = fakeTime();
    const sent: { item: string; at: number }[] = [];
    const q = createPacedQueue<string>({ send: async (item) => void sent.push({ item, at: time.now() }), keyOf: () => 'C1', perKeyIntervalMs: 1000, now: time.now, sleep: time.sleep });
    ['a', 'b', 'c'].forEach((x) => q.push(x));
    await q.drained();
    expect(sent).toEqual([{ item: 'a', at: 0 }, { item: 'b', at: 1000 }, { item: 'c', at: 2000 }]);
  });

  it('does not hold other channels back while one waits', async () => {
    const time = fakeTime();
    const sent: string[] = [];
    const q = createPacedQueue<[string, string]>({ send: async ([ch, x]) => void sent.push(`${ch}${x}@${time.now()}`), keyOf: ([ch]) => ch, perKeyIntervalMs: 1000, now: time.now, sleep: time.sleep });
    q.push(['A', '1']);
    q.push(['A', '2']);
    q.push(['B', '1']);
    q.push(['C', '1']);
    await q.drained();
    expect(sent).toEqual(['A1@0', 'B1@0', 'C1@0', 'A2@1000']);
  });

  it('goes on after a failed send and reports it', async () => {
    const time = fakeTime();
    const failed: string[] = [];
    const sent: string[] = [];
    const q = createPacedQueue<string>({
      send: async (x) => {
        if (x === 'bad') throw new Error('rate_limited');
        sent.push(x);
      },
      keyOf: (x) => x,
      now: time.now,
      sleep: time.sleep,
      onError: (x) => failed.push(x),
    });
    q.push('bad');
    q.push('good');
    await q.drained();
    expect(failed).toEqual(['bad']);
    expect(sent).toEqual(['good']);
  });
});
