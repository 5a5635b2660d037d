/**
 * The tables, as Kysely sees them. One definition for PostgreSQL and PGlite; the
 * migrations in ./migrations create exactly these. Times the code compares are epoch
 * milliseconds in `bigint` columns, written as numbers and never read back as
 * numbers (pg returns int8 as a string, PGlite as a number): queries that need a
 * count cast it to int.
 */
import type { Generated } from 'kysely';

export interface SeenKeysTable {
  key: string;
  expires_at_ms: number;
}

export interface InstallationsTable {
  /** `E:<enterprise id>` for an org-wide install, `T:<team id>` for a workspace. */
  install_key: string;
  enterprise_id: string | null;
  team_id: string | null;
  is_enterprise_install: boolean;
  /** The whole Installation object Bolt gave us, as JSON, encrypted (tokens included). */
  installation_enc: string;
  installed_at_ms: number;
}

export interface WorkspaceSettingsTable {
  /** Same key as installations: `E:…` or `T:…`. */
  workspace_key: string;
  logging_enabled: boolean;
  /** Slack user ids who see the editors' queue in the Home tab, comma-separated. */
  editors: string;
}

export interface FeedbackLogTable {
  id: Generated<number>;
  /** `T:<team id>`: the workspace the question was asked in. */
  workspace_key: string;
  /** The Enterprise Grid org of that workspace, if any, so removing an org install removes its workspaces' rows. */
  enterprise_id: string | null;
  /** no_hits | weak | down | up */
  kind: string;
  /** Keyed HMAC of the Slack user id: the same user gives the same value, which cannot be turned back into the id without the key. */
  user_hash: string;
  /** The question as asked; nulled by the retention purge. */
  question: string | null;
  /** Entry ids the answer showed, comma-separated ('' for none). */
  entry_ids: string;
  kb_version: string;
  created_at_ms: number;
}

export interface FollowsTable {
  workspace_key: string;
  enterprise_id: string | null;
  /** A user id (notice by DM) or a channel id. */
  target: string;
  entry_id: string;
  created_at_ms: number;
}

export interface EntryHashesTable {
  entry_id: string;
  hash: string;
  kb_version: string;
}

export interface Database {
  seen_keys: SeenKeysTable;
  slack_installations: InstallationsTable;
  workspace_settings: WorkspaceSettingsTable;
  feedback_log: FeedbackLogTable;
  follows: FollowsTable;
  entry_hashes: EntryHashesTable;
}
