import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer } from '../../src/db/crypto.ts';
import { parseKey } from '../../src/config/oauth.ts';
import { createInstallationRepo, installKey } from '../../src/db/workspaces.ts';
import type { OpenDatabase } from '../../src/db/open.ts';
import { OPEN_TIMEOUT_MS, testDatabases } from './helpers/databases.ts';

const sealer = createSealer(Buffer.alloc(32, 3));

describe('token sealing (AES-256-GCM)', () => {
  it('round-trips, never stores the plain text, and gives a different ciphertext each time', () => {
    const a = sealer.seal('xoxb-secret-token');
    expect(a).not.toContain('xoxb');
    expect(sealer.seal('xoxb-secret-token')).not.toBe(a);
    expect(sealer.open(a)).toBe('xoxb-secret-token');
  });

  it('detects a changed value and a wrong key instead of returning garbage', () => {
    const sealed = sealer.seal('xoxb-secret-token');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => sealer.open(parts.join('.'))).toThrow();
    expect(() => createSealer(Buffer.alloc(32, 4)).open(sealed)).toThrow();
  });

  it('reads a key as 64 hex characters or base64 of 32 bytes, and names the variable otherwise', () => {
    expect(parseKey('ab'.repeat(32))).toHaveLength(32);
    expect(parseKey(Buffer.alloc(32, 9).toString('base64'))).toHaveLength(32);
    expect(() => parseKey('short')).toThrow(/TOKEN_ENCRYPTION_KEY must be 32 random bytes/);
  });
});

describe.each(testDatabases())('installation store on $name', (target) => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await target.open();
  }, OPEN_TIMEOUT_MS);
  afterAll(() => opened?.close());

  it('stores a workspace install and an org-wide install under their own keys, and finds each', async () => {
    const repo = createInstallationRepo(opened.db, sealer, () => 5);
    await repo.save({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: false }, { team: { id: 'T1' }, bot: { token: 'xoxb-t1' } });
    await repo.save({ teamId: null, enterpriseId: 'E9', isEnterpriseInstall: true }, { enterprise: { id: 'E9' }, bot: { token: 'xoxb-e9' }, isEnterpriseInstall: true });
    expect(await repo.find({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: false })).toMatchObject({ bot: { token: 'xoxb-t1' } });
    // A workspace inside the org asks with both ids and isEnterpriseInstall: the org install answers.
    expect(await repo.find({ teamId: 'T7', enterpriseId: 'E9', isEnterpriseInstall: true })).toMatchObject({ bot: { token: 'xoxb-e9' } });
    expect(await repo.find({ teamId: 'T2', isEnterpriseInstall: false })).toBeUndefined();
  });

  it('a reinstall replaces the stored installation', async () => {
    const repo = createInstallationRepo(opened.db, sealer);
    await repo.save({ teamId: 'T3' }, { bot: { token: 'xoxb-old' } });
    await repo.save({ teamId: 'T3' }, { bot: { token: 'xoxb-new' } });
    expect(await repo.find({ teamId: 'T3' })).toEqual({ bot: { token: 'xoxb-new' } });
  });

  it('removing an org install removes the rows of its workspaces, and nothing of other orgs; twice is harmless', async () => {
    const repo = createInstallationRepo(opened.db, sealer);
    await repo.save({ enterpriseId: 'E5', isEnterpriseInstall: true }, { bot: { token: 'xoxb-e5' } });
    await opened.db.insertInto('follows').values([
      { workspace_key: 'T:T51', enterprise_id: 'E5', target: 'U1', entry_id: 'x', created_at_ms: 1 },
      { workspace_key: 'T:T61', enterprise_id: 'E6', target: 'U1', entry_id: 'x', created_at_ms: 1 },
    ]).execute();
    const first = await repo.removeEverything({ enterpriseId: 'E5', isEnterpriseInstall: true });
    expect(first.rows).toBe(2);
    expect((await repo.removeEverything({ enterpriseId: 'E5', isEnterpriseInstall: true })).rows).toBe(0);
    expect(await repo.find({ enterpriseId: 'E5', isEnterpriseInstall: true })).toBeUndefined();
    const left = await opened.db.selectFrom('follows').select('workspace_key').where('entry_id', '=', 'x').execute();
    expect(left.map((r) => r.workspace_key)).toEqual(['T:T61']);
  });

  it('keys need the id their kind of install is known by', () => {
    expect(installKey({ teamId: 'T1' })).toBe('T:T1');
    expect(installKey({ enterpriseId: 'E1', teamId: 'T1', isEnterpriseInstall: true })).toBe('E:E1');
    expect(() => installKey({ isEnterpriseInstall: true })).toThrow(/enterprise id/);
  });
});
