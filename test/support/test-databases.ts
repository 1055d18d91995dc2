import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';

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

/** Opens a fresh, migrated database of the given engine; `close` also removes it. */
export async function openTestDatabase(engine: EngineName): Promise<DatabaseHandle> {
  if (engine === 'sqlite') {
    const handle = openDatabase({ kind: 'sqlite', filename: ':memory:' });
    await migrateToLatest(handle.db);
    return handle;
  }
  const created = await createPostgresDatabase();
  const handle = openDatabase({ kind: 'postgres', connectionString: created.url });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      await created.drop();
    },
  };
}

/**
 * `describe` once per engine. The callback gets a getter, valid inside tests and hooks,
 * for that engine's database (fresh for the suite, shared by its tests).
 */
export function describeEachDatabase(
  name: string,
  body: (database: () => DatabaseHandle, engine: EngineName) => void,
): void {
  for (const engine of ['sqlite', 'postgres'] as const) {
    const skip = engine === 'postgres' && !postgresAdminUrl ? skipReason : false;
    describe(`${name} [${engine}]`, { skip }, () => {
      let handle: DatabaseHandle | undefined;
      before(async () => {
        handle = await openTestDatabase(engine);
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

/** A migrated database that child processes can open too (so not SQLite's `:memory:`). */
export interface SharedTestDatabase {
  config: DatabaseConfig;
  handle: DatabaseHandle;
  /** Closes the handle and removes the database (the SQLite file's folder, the PG database). */
  drop(): Promise<void>;
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
    async open() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-shared-db-'));
      const config: DatabaseConfig = { kind: 'sqlite', filename: path.join(dir, 'site.sqlite') };
      const handle = openDatabase(config);
      await migrateToLatest(handle.db);
      return {
        config,
        handle,
        async drop() {
          await handle.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    skip: isPostgresAvailable ? false : skipReason,
    async open() {
      const created = await createPostgresDatabase();
      const config: DatabaseConfig = { kind: 'postgres', connectionString: created.url };
      const handle = openDatabase(config);
      await migrateToLatest(handle.db);
      return {
        config,
        handle,
        async drop() {
          await handle.close();
          await created.drop();
        },
      };
    },
  },
];
