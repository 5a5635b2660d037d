import { describe, expect, it } from 'vitest';
import { eventOnce } from '../../src/slack/once.ts';
import { createLog } from '../../src/log/logger.ts';
import type { SeenSet } from '../../src/runtime/seen-set.ts';

function memorySeen(): SeenSet {
  const keys = new Set<string>();
  return {
    async claim(key) {
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    },
  };
}

async function deliver(mw: ReturnType<typeof eventOnce>, body: object): Promise<boolean> {
  let ran = false;
  await (mw as unknown as (args: object) => Promise<void>)({ body, next: async () => void (ran = true) });
  return ran;
}

describe('events answered once', () => {
  const lines: string[] = [];
  const log = createLog({ level: 'debug', format: 'json', secrets: [], sink: (_l, line) => lines.push(line) });

  it('runs the listeners for the first delivery of an event id only; commands always pass', async () => {
    const mw = eventOnce(memorySeen(), log);
    const ev = { type: 'event_callback', team_id: 'T1', event_id: 'Ev1' };
    expect(await deliver(mw, ev)).toBe(true);
    expect(await deliver(mw, ev)).toBe(false);
    expect(await deliver(mw, { ...ev, team_id: 'T2' })).toBe(true);
    expect(await deliver(mw, { command: '/vta-rules', text: 'x' })).toBe(true);
    expect(await deliver(mw, { command: '/vta-rules', text: 'x' })).toBe(true);
  });

  it('answers anyway, and says so in the log, when the seen-set cannot be reached', async () => {
    const broken: SeenSet = { claim: async () => Promise.reject(new Error('connection refused')) };
    expect(await deliver(eventOnce(broken, log), { type: 'event_callback', team_id: 'T1', event_id: 'Ev9' })).toBe(true);
    expect(lines.some((l) => l.includes('seen_set.unavailable'))).toBe(true);
  });
});
