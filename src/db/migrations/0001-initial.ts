/** The first schema: seen-set, installations, workspace settings, feedback log, follows, entry hashes. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('seen_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('expires_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('seen_keys_expiry').on('seen_keys').column('expires_at_ms').execute();

  await db.schema
    .createTable('slack_installations')
    .addColumn('install_key', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('is_enterprise_install', 'boolean', (c) => c.notNull())
    .addColumn('installation_enc', 'text', (c) => c.notNull())
    .addColumn('installed_at_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workspace_settings')
    .addColumn('workspace_key', 'text', (c) => c.primaryKey())
    .addColumn('logging_enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('editors', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('feedback_log')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('workspace_key', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_hash', 'text', (c) => c.notNull())
    .addColumn('question', 'text')
    .addColumn('entry_ids', 'text', (c) => c.notNull())
    .addColumn('kb_version', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_log_workspace_time').on('feedback_log').columns(['workspace_key', 'created_at_ms']).execute();

  await db.schema
    .createTable('follows')
    .addColumn('workspace_key', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'text')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('follows_pk', ['workspace_key', 'target', 'entry_id'])
    .execute();
  await db.schema.createIndex('follows_enterprise').on('follows').column('enterprise_id').execute();
  await db.schema.createIndex('feedback_log_enterprise').on('feedback_log').column('enterprise_id').execute();
  await db.schema.createIndex('follows_entry').on('follows').column('entry_id').execute();

  await db.schema
    .createTable('entry_hashes')
    .addColumn('entry_id', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('kb_version', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['entry_hashes', 'follows', 'feedback_log', 'workspace_settings', 'slack_installations', 'seen_keys']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
