/** The last-resort handlers log an escaped error, without secrets, and leave the process running. */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createLog } from '../../src/log/logger.ts';
import { installLastResort } from '../../src/runtime/last-resort.ts';

const SECRET = 'xoxb-1111-2222-supersecretvalue';

function setup() {
  const lines: string[] = [];
  const log = createLog({ level: 'info', format: 'json', secrets: [SECRET], sink: (_l, line) => lines.push(line) });
  const target = new EventEmitter();
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  const handlers = installLastResort(log, target as unknown as NodeJS.Process);
  return { lines, target, exit, handlers };
}

describe('last-resort handlers', () => {
  it('log an unhandled rejection with its stack, redacted, and do not exit', () => {
    const { lines, target, exit, handlers } = setup();
    target.emit('unhandledRejection', new TypeError(`Cannot read properties of null (token ${SECRET})`), Promise.resolve());
    handlers.uninstall();
    expect(exit).not.toHaveBeenCalled();
    exit.mockRestore();
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ level: 'error', event: 'process.unhandled_rejection', error: 'TypeError' });
    expect(line.stack).toMatch(/last-resort\.test\.ts/);
    expect(lines[0]).not.toContain(SECRET);
  });

  it('log an uncaught exception, and a rejection with a non-error reason', () => {
    const { lines, target, exit, handlers } = setup();
    target.emit('uncaughtException', new Error('boom'));
    target.emit('unhandledRejection', null, Promise.resolve());
    handlers.uninstall();
    expect(exit).not.toHaveBeenCalled();
    exit.mockRestore();
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['process.uncaught_exception', 'process.unhandled_rejection']);
    expect(JSON.parse(lines[1]!).message).toBe('null');
  });

  it('are removed by uninstall', () => {
    const { target, handlers } = setup();
    vi.restoreAllMocks();
    expect(target.listenerCount('unhandledRejection')).toBe(1);
    handlers.uninstall();
    expect(target.listenerCount('unhandledRejection') + target.listenerCount('uncaughtException')).toBe(0);
  });
});
