import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  type Compilable,
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  sql,
} from 'kysely';
import { createRequire } from 'node:module';
import type Pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { databaseBusyError } from './database-busy.ts';
import type { DatabaseSchema } from './schema.ts';
import { WriteLockSqliteDialect } from './sqlite-write-lock-driver.ts';

export type Db = Kysely<DatabaseSchema>;
export type DialectName = DatabaseConfig['kind'];

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  /** Closes the pool or file; the handle is unusable afterwards. */
  close(): Promise<void>;
  /**
   * Compiles a query once for a hot path; the returned function runs it with new parameters
   * and resolves to its first row.
   */
  prepare<Row>(
    query: Compilable<Row>,
  ): (parameters: readonly unknown[]) => Promise<Row | undefined>;
}

export interface OpenDatabaseOptions {
  /**
   * SQLite: how long a write waits for another process's write transaction (an import) to
   * end before failing with DatabaseBusyError (503). Reads never wait. Default 5 s.
   */
  lockTimeoutMs?: number;
}

const DEFAULT_LOCK_TIMEOUT_MS = 5000;

/** Opens the configured database. For SQLite the file and its folder are created if missing. */
export function openDatabase(
  config: DatabaseConfig,
  options: OpenDatabaseOptions = {},
): DatabaseHandle {
  if (config.kind === 'postgres') {
    const db = openPostgres(config);
    return { db, dialect: 'postgres', close: () => db.destroy(), prepare: viaKysely(db) };
  }
  const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const database = openSqliteFile(config.filename, lockTimeoutMs);
  const db = new Kysely<DatabaseSchema>({
    dialect: new WriteLockSqliteDialect(database, lockTimeoutMs),
  });
  const fallback = viaKysely(db);
  // A long-running server refreshes the planner's statistics as tables grow (SQLite's advice).
  // Skipped, not fatal, while an import holds the database.
  const optimizer = setInterval(
    () => void refreshPlannerStatistics(db).catch(() => {}),
    3_600_000,
  ).unref();
  return {
    db,
    dialect: 'sqlite',
    close: () => {
      clearInterval(optimizer);
      return db.destroy();
    },
    prepare<Row>(query: Compilable<Row>) {
      const { sql } = query.compile();
      const statement = database.prepare<unknown[], Row>(sql);
      const slow = fallback(query);
      // The statement runs on Kysely's one connection without its queue, so it must not run
      // inside a transaction that Kysely has open: it would read uncommitted rows.
      return (parameters) =>
        database.inTransaction ? slow(parameters) : Promise.resolve(statement.get(...parameters));
    },
  };
}

function viaKysely(db: Db): DatabaseHandle['prepare'] {
  return <Row>(query: Compilable<Row>) => {
    const { sql } = query.compile();
    return async (parameters: readonly unknown[]) =>
      (await db.executeQuery<Row>(CompiledQuery.raw(sql, [...parameters]))).rows[0];
  };
}

function openSqliteFile(filename: string, lockTimeoutMs: number): SqliteDatabase.Database {
  if (filename !== ':memory:') fs.mkdirSync(path.dirname(filename), { recursive: true });
  const database = new SqliteDatabase(filename);
  // WAL lets readers go on while a writer commits; NORMAL sync is durable across app crashes.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${Math.round(lockTimeoutMs)}`);
  // Statistics for the query planner, bounded in cost. Without them SQLite can answer "these
  // ten ids, if public" by scanning every public item (37 ms at 5,000 items instead of 0.2).
  database.pragma('analysis_limit = 1000');
  database.pragma('optimize = 0x10002');
  // From here on writes wait for the lock in the driver, asynchronously: SQLite's busy
  // handler would sleep inside the call and stop the whole server while it waits.
  database.pragma('busy_timeout = 0');
  return database;
}

/**
 * The PostgreSQL driver, loaded only when a site runs on PostgreSQL: it takes about 15 MB,
 * which an embedded site would carry for nothing. `require` keeps opening synchronous.
 */
function loadPg(): typeof Pg {
  return createRequire(import.meta.url)('pg') as typeof Pg;
}

function openPostgres(config: { connectionString: string }): Db {
  const pg = loadPg();
  const pool = new pg.Pool({ connectionString: config.connectionString, max: 10 });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}

/** Which engine a database or transaction runs on, for the few queries written per engine. */
export function dialectOf(db: Db): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Brings the query planner's statistics up to date after bulk writes (a reindex, an import).
 * SQLite analyzes the tables that need it. PostgreSQL's autovacuum gets there a minute or more
 * later (never, where it is off): until then the planner takes 100,000 fresh items for none
 * and reads the whole table for ten ids (150–460 ms a search page), so analyze now (1–2 s).
 */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`PRAGMA optimize = 0x10002`.execute(db);
  else await sql`ANALYZE`.execute(db);
}

/** Resolves once the database answers a trivial query. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.selectFrom('site_settings').select('key').limit(1).execute();
}

/**
 * Runs `work` in a transaction, or inside the caller's one when `db` already is a transaction,
 * so domain functions compose into larger all-or-nothing units. A transaction refused
 * because another one is in the way (a lock held by an import, a serialization failure)
 * fails with DatabaseBusyError, a 503 the client may retry: it was rolled back whole.
 */
export async function inTransaction<Result>(
  db: Db,
  work: (trx: Db) => Promise<Result>,
): Promise<Result> {
  if (db.isTransaction) return work(db);
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    throw databaseBusyError(error) ?? error;
  }
}
