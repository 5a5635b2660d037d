import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseBusy, lockEmbeddedDir } from '../../src/db/embedded-lock.ts';
import { databaseTarget, DatabaseConfigError, DEFAULT_DATABASE_DIR } from '../../src/db/config.ts';

describe('one process per embedded database', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'pglite-lock-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('refuses a second instance on the same directory, naming DATABASE_URL as the way to run several', () => {
    const d = dir();
    const first = lockEmbeddedDir(d);
    // Another live process holds it: pid 1 (init) always exists.
    first.release();
    writeFileSync(join(d, 'instance.lock'), `1@${hostname()}`);
    expect(() => lockEmbeddedDir(d)).toThrow(EmbeddedDatabaseBusy);
    expect(() => lockEmbeddedDir(d)).toThrow(/DATABASE_URL/);
  });

  it('refuses while this process holds it, and allows it again after release', () => {
    const d = dir();
    const first = lockEmbeddedDir(d);
    expect(() => lockEmbeddedDir(d)).toThrow(/already using the embedded database/);
    first.release();
    lockEmbeddedDir(d).release();
  });

  it('takes over a lock left by a process that is gone', () => {
    const d = dir();
    writeFileSync(join(d, 'instance.lock'), `2147483646@${hostname()}`);
    const lock = lockEmbeddedDir(d);
    expect(readFileSync(join(d, 'instance.lock'), 'utf8')).toBe(`${process.pid}@${hostname()}`);
    lock.release();
  });
});

describe('database configuration', () => {
  it('uses PostgreSQL when DATABASE_URL is set, else PGlite in the default directory', () => {
    expect(databaseTarget({ DATABASE_URL: 'postgres://u@db:5432/bot' })).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/bot', poolMax: 10 });
    expect(databaseTarget({})).toEqual({ kind: 'embedded', dir: DEFAULT_DATABASE_DIR });
    expect(databaseTarget({ DATABASE_URL: '', DATABASE_DIR: '/srv/bot-db' })).toEqual({ kind: 'embedded', dir: '/srv/bot-db' });
  });

  it('names the variable when DATABASE_URL is not a PostgreSQL URL', () => {
    expect(() => databaseTarget({ DATABASE_URL: 'mysql://x' })).toThrow(DatabaseConfigError);
    expect(() => databaseTarget({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

describe('database secrets for the log redactor', () => {
  it('gives the password in DATABASE_URL and the pseudonym key, nothing else', async () => {
    const { databaseSecrets } = await import('../../src/db/config.ts');
    expect(databaseSecrets({ DATABASE_URL: 'postgres://bot:s%40cret@db:5432/x', PSEUDONYM_KEY: 'k'.repeat(40) })).toEqual(['s@cret', 'k'.repeat(40)]);
    expect(databaseSecrets({ DATABASE_URL: 'postgres://bot@db/x' })).toEqual([]);
  });
});
