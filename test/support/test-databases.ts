import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';
import { migrateTo, migrateToLatest } from '../../src/db/migrator.ts';

/**
 * Runs a suite once per database engine, each time on a fresh, migrated database.
 * SQLite always runs. PostgreSQL runs when TEST_DATABASE_URL names a server (any database
 * on it; each suite creates and drops its own); with REQUIRE_POSTGRES=1, as in CI, a missing
 * TEST_DATABASE_URL fails the run instead of skipping.
 */

export type EngineName = 'sqlite' | 'postgres';

const postgresAdminUrl = process.env.TEST_DATABASE_URL;
const isPostgresRequired = process.env.REQUIRE_POSTGRES === '1';
const skipReason =
  'PostgreSQL suite skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to run it';

if (!postgresAdminUrl) {
  if (isPostgresRequired) {
    throw new Error(
      'REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: the PostgreSQL suite cannot run.',
    );
  }
  console.log(`# ${skipReason}`);
}

/** True when the PostgreSQL suites run (TEST_DATABASE_URL is set). */
export const isPostgresAvailable = Boolean(postgresAdminUrl);
export const postgresSkipReason = skipReason;

/** Creates an empty scratch database on the test server; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `inspir_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl ?? '');
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * A migrated test database and the config it was opened with, which other handles and child
 * processes can open too (all but SQLite's `:memory:`, which only `openTestDatabase` uses).
 */
export interface SharedTestDatabase {
  config: DatabaseConfig;
  handle: DatabaseHandle;
  /** Closes the handle and removes the database (the SQLite file's folder, the PG database). */
  drop(): Promise<void>;
}

/**
 * Opens `config`, migrates it (to the latest, or up to `migration`), and ties removing its
 * store to closing it.
 */
async function openMigrated(
  config: DatabaseConfig,
  removeStore: () => unknown,
  migration?: string,
): Promise<SharedTestDatabase> {
  const handle = openDatabase(config);
  await (migration ? migrateTo(handle.db, migration) : migrateToLatest(handle.db));
  return {
    config,
    handle,
    async drop() {
      await handle.close();
      await removeStore();
    },
  };
}

/** A fresh scratch database on the PostgreSQL test server, migrated. */
async function openPostgresTestDatabase(migration?: string): Promise<SharedTestDatabase> {
  const created = await createPostgresDatabase();
  const config: DatabaseConfig = { kind: 'postgres', connectionString: created.url };
  return openMigrated(config, created.drop, migration);
}

/**
 * Opens a fresh database of the given engine, migrated to the latest or up to `migration`;
 * `close` also removes it.
 */
export async function openTestDatabase(
  engine: EngineName,
  migration?: string,
): Promise<DatabaseHandle> {
  const opened =
    engine === 'sqlite'
      ? await openMigrated({ kind: 'sqlite', filename: ':memory:' }, () => undefined, migration)
      : await openPostgresTestDatabase(migration);
  return { ...opened.handle, close: opened.drop };
}

/**
 * `describe` once per engine. The callback gets a getter, valid inside tests and hooks,
 * for that engine's database (fresh for the suite, shared by its tests).
 */
export function describeEachDatabase(
  name: string,
  body: (database: () => DatabaseHandle, engine: EngineName) => void,
): void {
  describeEachEngine(name, undefined, body);
}

/**
 * `describeEachDatabase` for a migration's own test: each engine's database is migrated up to
 * `migration` only (the one before the migration under test), to fill it as a site of that
 * time was and then migrate on.
 */
export function describeEachDatabaseAt(
  name: string,
  migration: string,
  body: (database: () => DatabaseHandle, engine: EngineName) => void,
): void {
  describeEachEngine(name, migration, body);
}

function describeEachEngine(
  name: string,
  migration: string | undefined,
  body: (database: () => DatabaseHandle, engine: EngineName) => void,
): void {
  for (const engine of ['sqlite', 'postgres'] as const) {
    const skip = engine === 'postgres' && !postgresAdminUrl ? skipReason : false;
    describe(`${name} [${engine}]`, { skip }, () => {
      let handle: DatabaseHandle | undefined;
      before(async () => {
        handle = await openTestDatabase(engine, migration);
      });
      after(async () => {
        await handle?.close();
      });
      body(() => {
        if (!handle) throw new Error('The test database is not open yet.');
        return handle;
      }, engine);
    });
  }
}

/** Each engine as a database several processes share: a SQLite file, a PostgreSQL database. */
export const engineDatabasesForProcesses: {
  name: string;
  skip: string | false;
  open(): Promise<SharedTestDatabase>;
}[] = [
  {
    name: 'sqlite file',
    skip: false,
    open() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-shared-db-'));
      return openMigrated({ kind: 'sqlite', filename: path.join(dir, 'site.sqlite') }, () =>
        fs.rmSync(dir, { recursive: true, force: true }),
      );
    },
  },
  {
    name: 'postgres',
    skip: isPostgresAvailable ? false : skipReason,
    open: () => openPostgresTestDatabase(),
  },
];
