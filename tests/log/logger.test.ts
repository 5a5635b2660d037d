import { describe, expect, it } from 'vitest';
import { createLog, errorFields } from '../../src/log/logger.ts';
import { loadRuntimeConfig } from '../../src/config/config.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const fixed = () => new Date('2026-11-22T10:00:00.000Z');

function capture(format: 'json' | 'pretty', level: 'debug' | 'info' = 'debug') {
  const lines: string[] = [];
  const log = createLog({ level, format, secrets: [SECRET], sink: (_l, line) => lines.push(line), now: fixed });
  return { log, lines };
}

describe('structured log', () => {
  it('writes one JSON object per line: time, level, event, then the fields', () => {
    const { log, lines } = capture('json');
    log.info('request', { request_id: 'r1', command: '/vta-rules', latency_ms: 3.2, outcome: 'ok', kb_version: 'abc', skipped: undefined });
    expect(lines).toEqual(['{"time":"2026-11-22T10:00:00.000Z","level":"info","event":"request","request_id":"r1","command":"/vta-rules","latency_ms":3.2,"outcome":"ok","kb_version":"abc"}']);
  });

  it('never lets a field overwrite time, level or event, and survives cycles and BigInt', () => {
    const { log, lines } = capture('json');
    const cyclic: Record<string, unknown> = { n: 1n };
    cyclic.self = cyclic;
    log.warn('x', { level: 'fake', event: 'fake', data: cyclic });
    log.warn('y', { count: 2n, at: 3 }); // only primitives, but one JSON.stringify cannot take
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ level: 'warn', event: 'x', field_level: 'fake', field_event: 'fake', data: { n: '1', self: '[circular]' } });
    expect(JSON.parse(lines[1]!)).toMatchObject({ event: 'y', count: '2', at: 3 });
  });

  it('keeps each JSON event on one line, even with a stack or newlines in a message', () => {
    const { log, lines } = capture('json');
    log.error('failed', errorFields(new Error('two\nlines')));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
  });

  it('redacts configured secrets and Slack-shaped tokens in every format', () => {
    for (const format of ['json', 'pretty'] as const) {
      const { log, lines } = capture(format);
      log.info('x', { header: `Bearer xoxb-1-2-abcdef`, secret: SECRET, nested: { app: 'xapp-1-A-2-zzz' }, err: new Error(`bad ${SECRET}`) });
      expect(lines.join('\n')).not.toMatch(/abcdef(?!0)|xapp-1-A|0123456789abcdef0123/);
      expect(lines.join('\n')).toContain('[redacted]');
    }
  });

  it('drops lines below the level', () => {
    const { log, lines } = capture('json', 'info');
    log.debug('hidden');
    log.info('shown');
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['shown']);
    expect(log.enabled('debug')).toBe(false);
  });

  it('is readable in development: time, level, event, key=value, lists and stacks indented below', () => {
    const { log, lines } = capture('pretty');
    log.info('request', { command: '/vta-rules', latency_ms: 3.2, outcome: 'ok' });
    log.warn('knowledge.problem', { msg: 'knowledge/entries/x.yaml:3:5 entries.0.status: Invalid option' });
    log.error('knowledge.reload_failed', { problems: ['a.yaml:1:1 x: y', 'b.yaml:2:2 z: w'] });
    expect(lines[0]).toBe('10:00:00.000 INFO  request command=/vta-rules latency_ms=3.2 outcome=ok');
    expect(lines[1]).toBe('10:00:00.000 WARN  knowledge.problem knowledge/entries/x.yaml:3:5 entries.0.status: Invalid option');
    expect(lines[2]).toBe('10:00:00.000 ERROR knowledge.reload_failed\n    a.yaml:1:1 x: y\n    b.yaml:2:2 z: w');
  });
});

describe('runtime config', () => {
  it('picks pretty logs in a terminal or in development, JSON otherwise, unless told', () => {
    expect(loadRuntimeConfig({}, false).logFormat).toBe('json');
    expect(loadRuntimeConfig({}, true).logFormat).toBe('pretty');
    expect(loadRuntimeConfig({ NODE_ENV: 'development' }, false).logFormat).toBe('pretty');
    expect(loadRuntimeConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
  });

  it('has safe defaults and names a bad value', () => {
    expect(loadRuntimeConfig({}, false)).toEqual({ logFormat: 'json', watchKnowledge: true, reloadDebounceMs: 300, shutdownTimeoutMs: 10_000 });
    expect(loadRuntimeConfig({ KNOWLEDGE_WATCH: 'off', SHUTDOWN_TIMEOUT_MS: '2000' }, false)).toMatchObject({ watchKnowledge: false, shutdownTimeoutMs: 2000 });
    expect(() => loadRuntimeConfig({ SHUTDOWN_TIMEOUT_MS: 'soon' }, false)).toThrow(/SHUTDOWN_TIMEOUT_MS/);
    expect(() => loadRuntimeConfig({ LOG_FORMAT: 'xml' }, false)).toThrow(/LOG_FORMAT/);
  });
});
