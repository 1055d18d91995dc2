import { type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import type { Db } from './connection.ts';
import * as initialSchema from './migrations/0001-initial-schema.ts';
import * as createSiteState from './migrations/0002-create-site-state.ts';
import * as seedSiteState from './migrations/0003-seed-site-state.ts';
import * as newsroom from './migrations/0004-newsroom.ts';
import * as structuredContent from './migrations/0005-structured-content.ts';
import * as searchIndex from './migrations/0006-search-index.ts';
import * as imports from './migrations/0007-imports.ts';
import * as attemptCounters from './migrations/0008-attempt-counters.ts';
import * as apiTokenExpiry from './migrations/0009-api-token-expiry.ts';
import * as mailQueue from './migrations/0010-mail-queue.ts';
import * as trash from './migrations/0011-trash.ts';
import * as previewLinks from './migrations/0012-preview-links.ts';
import * as itemVersions from './migrations/0013-item-versions.ts';
import * as deskIndexes from './migrations/0014-desk-indexes.ts';
import * as userTimeZone from './migrations/0015-user-time-zone.ts';
import * as itemSharingFields from './migrations/0016-item-sharing-fields.ts';
import * as translations from './migrations/0017-translations.ts';
import * as userLanguage from './migrations/0018-user-language.ts';
import * as searchLanguage from './migrations/0019-search-language.ts';
import * as dialogue from './migrations/0020-dialogue.ts';
import * as takingPart from './migrations/0021-taking-part.ts';
import * as jobLeases from './migrations/0022-job-leases.ts';
import * as searchTitleVector from './migrations/0023-search-title-vector.ts';
import * as publishedIndex from './migrations/0024-published-index.ts';

/** Every migration, in order. Names are frozen once merged. */
const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-create-site-state': createSiteState,
  '0003-seed-site-state': seedSiteState,
  '0004-newsroom': newsroom,
  '0005-structured-content': structuredContent,
  '0006-search-index': searchIndex,
  '0007-imports': imports,
  '0008-attempt-counters': attemptCounters,
  '0009-api-token-expiry': apiTokenExpiry,
  '0010-mail-queue': mailQueue,
  '0011-trash': trash,
  '0012-preview-links': previewLinks,
  '0013-item-versions': itemVersions,
  '0014-desk-indexes': deskIndexes,
  '0015-user-time-zone': userTimeZone,
  '0016-item-sharing-fields': itemSharingFields,
  '0017-translations': translations,
  '0018-user-language': userLanguage,
  '0019-search-language': searchLanguage,
  '0020-dialogue': dialogue,
  '0021-taking-part': takingPart,
  '0022-job-leases': jobLeases,
  '0023-search-title-vector': searchTitleVector,
  '0024-published-index': publishedIndex,
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return migrateWith(db, (migrator) => migrator.migrateToLatest());
}

/** Brings the schema to one migration (tests of a later migration start from there). */
export async function migrateTo(db: Db, name: string): Promise<string[]> {
  return migrateWith(db, (migrator) => migrator.migrateTo(name));
}

async function migrateWith(
  db: Db,
  step: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const outcome: MigrationResultSet = await step(migrator);
  if (outcome.error) {
    const failed = outcome.results?.find((result) => result.status === 'Error');
    const what = failed
      ? `Migration ${failed.migrationName} failed`
      : 'Could not migrate the database';
    throw new MigrationError(`${what}: ${String(outcome.error)}`, { cause: outcome.error });
  }
  return (outcome.results ?? []).map((result) => result.migrationName);
}

/**
 * The migrations this code knows that the database has not applied (readiness: an instance
 * must not serve a schema older than its code). Reads Kysely's own record and creates
 * nothing, unlike Migrator.getMigrations; a database never migrated has every one pending.
 */
export async function pendingMigrations(db: Db): Promise<string[]> {
  let applied: Set<string>;
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    applied = new Set(rows.map((row) => row.name));
  } catch (error) {
    if (!(await hasMigrationTable(db))) return Object.keys(migrations);
    throw error;
  }
  return Object.keys(migrations).filter((name) => !applied.has(name));
}

async function hasMigrationTable(db: Db): Promise<boolean> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.some((table) => table.name === 'kysely_migration');
}
