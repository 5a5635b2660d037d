/**
 * Bolt's InstallationStore over the database: one row per workspace install (`T:<team>`)
 * or org-wide Enterprise Grid install (`E:<enterprise>`), the whole Installation sealed
 * with AES-256-GCM. Bolt calls fetchInstallation on every request, an indexed
 * primary-key read.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRepo } from '../../db/workspaces.ts';

export function databaseInstallationStore(repo: InstallationRepo): InstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      await repo.save(
        { enterpriseId: installation.enterprise?.id ?? null, teamId: installation.team?.id ?? null, isEnterpriseInstall: Boolean(installation.isEnterpriseInstall) },
        installation,
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await repo.find({ enterpriseId: query.enterpriseId ?? null, teamId: query.teamId ?? null, isEnterpriseInstall: query.isEnterpriseInstall });
      if (!found) throw new Error(`no installation for ${query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`}`);
      return found as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await repo.removeEverything({ enterpriseId: query.enterpriseId ?? null, teamId: query.teamId ?? null, isEnterpriseInstall: query.isEnterpriseInstall });
    },
  };
}
