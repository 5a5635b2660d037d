/**
 * Every migration, in order, for PostgreSQL and PGlite alike. Listed in code rather than
 * read from a folder so the set is fixed at build time and a typo is a compile error.
 * Never edit a migration that has shipped: add the next one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
