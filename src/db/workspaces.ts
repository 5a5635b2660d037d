/**
 * What the database keeps per workspace (installation, settings, feedback log, follows),
 * and the one function that removes all of it when a workspace uninstalls the app.
 * Knows nothing of Slack's types: the installation is an opaque JSON value here,
 * sealed before it is written.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { Sealer } from './crypto.ts';

/** Who an installation or a row belongs to. An org-wide (Enterprise Grid) install has isEnterpriseInstall and an enterpriseId. */
export interface WorkspaceRef {
  enterpriseId?: string | null;
  teamId?: string | null;
  isEnterpriseInstall?: boolean;
}

export function installKey(ref: WorkspaceRef): string {
  if (ref.isEnterpriseInstall) {
    if (!ref.enterpriseId) throw new Error('an org-wide installation needs an enterprise id');
    return `E:${ref.enterpriseId}`;
  }
  if (!ref.teamId) throw new Error('a workspace installation needs a team id');
  return `T:${ref.teamId}`;
}

/** The key of the workspace a request came from, for settings, the feedback log and follows. */
export function workspaceKey(teamId: string): string {
  return `T:${teamId}`;
}

export interface InstallationRepo {
  save(ref: WorkspaceRef, installation: unknown, nowMs?: number): Promise<void>;
  find(ref: WorkspaceRef): Promise<unknown | undefined>;
  /**
   * Removes the installation and everything stored for that workspace (or, for an org
   * install, for the org and its workspaces). Idempotent: a second call, or one for a
   * workspace never seen, removes nothing and succeeds.
   */
  removeEverything(ref: WorkspaceRef): Promise<{ rows: number }>;
}

export function createInstallationRepo(db: Kysely<Database>, sealer: Sealer, now: () => number = Date.now): InstallationRepo {
  return {
    async save(ref, installation, nowMs = now()) {
      const row = {
        install_key: installKey(ref),
        enterprise_id: ref.enterpriseId ?? null,
        team_id: ref.isEnterpriseInstall ? null : (ref.teamId ?? null),
        is_enterprise_install: Boolean(ref.isEnterpriseInstall),
        installation_enc: sealer.seal(JSON.stringify(installation)),
        installed_at_ms: nowMs,
      };
      await db
        .insertInto('slack_installations')
        .values(row)
        .onConflict((oc) => oc.column('install_key').doUpdateSet({ installation_enc: row.installation_enc, installed_at_ms: row.installed_at_ms, enterprise_id: row.enterprise_id, team_id: row.team_id }))
        .execute();
    },
    async find(ref) {
      const row = await db.selectFrom('slack_installations').select('installation_enc').where('install_key', '=', installKey(ref)).executeTakeFirst();
      return row ? (JSON.parse(sealer.open(row.installation_enc)) as unknown) : undefined;
    },
    async removeEverything(ref) {
      return db.transaction().execute(async (tx) => {
        let rows = 0;
        const count = (r: { numDeletedRows: bigint }) => (rows += Number(r.numDeletedRows));
        if (ref.isEnterpriseInstall && ref.enterpriseId) {
          const ent = ref.enterpriseId;
          count(await tx.deleteFrom('slack_installations').where('install_key', '=', installKey(ref)).executeTakeFirst());
          count(await tx.deleteFrom('feedback_log').where((eb) => eb.or([eb('enterprise_id', '=', ent), eb('workspace_key', '=', `E:${ent}`)])).executeTakeFirst());
          count(await tx.deleteFrom('follows').where((eb) => eb.or([eb('enterprise_id', '=', ent), eb('workspace_key', '=', `E:${ent}`)])).executeTakeFirst());
          count(await tx.deleteFrom('workspace_settings').where('workspace_key', '=', `E:${ent}`).executeTakeFirst());
        }
        if (ref.teamId) {
          const key = workspaceKey(ref.teamId);
          count(await tx.deleteFrom('slack_installations').where('install_key', '=', key).executeTakeFirst());
          count(await tx.deleteFrom('feedback_log').where('workspace_key', '=', key).executeTakeFirst());
          count(await tx.deleteFrom('follows').where('workspace_key', '=', key).executeTakeFirst());
          count(await tx.deleteFrom('workspace_settings').where('workspace_key', '=', key).executeTakeFirst());
        }
        return { rows };
      });
    },
  };
}
