import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  type Compilable,
  CompiledQuery,
  Kysely,
  type LogEvent,
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

/** The kind of statement a query was, as a label for the query-time histogram. */
export type QueryOperation = 'select' | 'insert' | 'update' | 'delete' | 'other';

/** Told of every query Kysely runs (failed ones too), with its time in seconds. */
export type QueryObserver = (operation: QueryOperation, seconds: number) => void;

/** The PostgreSQL pool's connections at this moment (pg.Pool's own counts). */
export interface PoolConnections {
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

/**
 * Per database: who watches its queries (the metrics, when enabled) and how to read its pool.
 * Kept beside the Kysely instance, not in it, so opening stays the same for every caller.
 */
interface Instruments {
  observers: Set<QueryObserver>;
  readPool: (() => PoolConnections) | null;
}

const instrumentsOf = new WeakMap<Db, Instruments>();

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
  const instruments: Instruments = { observers: new Set(), readPool: null };
  const log = (event: LogEvent) => reportQuery(instruments, event);
  if (config.kind === 'postgres') {
    const pool = openPostgresPool(config);
    const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }), log });
    instruments.readPool = () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    });
    instrumentsOf.set(db, instruments);
    return { db, dialect: 'postgres', close: () => db.destroy(), prepare: viaKysely(db) };
  }
  const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const database = openSqliteFile(config.filename, lockTimeoutMs);
  const db = new Kysely<DatabaseSchema>({
    dialect: new WriteLockSqliteDialect(database, lockTimeoutMs),
    log,
  });
  instrumentsOf.set(db, instruments);
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
      const operation = operationOf(CompiledQuery.raw(sql));
      return (parameters) => {
        if (database.inTransaction) return slow(parameters);
        if (instruments.observers.size === 0) return Promise.resolve(statement.get(...parameters));
        // This path skips Kysely, and so its log hook: it times itself for the metrics.
        const started = performance.now();
        try {
          return Promise.resolve(statement.get(...parameters));
        } finally {
          report(instruments, operation, (performance.now() - started) / 1000);
        }
      };
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
  // better-sqlite3 builds SQLite with a 16 MB page cache; the operating system caches the
  // file anyway. 4 MB: 12 MB less of the server's memory once it has read that much, for
  // about 0.15 ms more of a search's 4.5 ms of CPU (pages read from the OS: 53 instead of 6).
  database.pragma('cache_size = -4000');
  // Statistics for the query planner. Without them SQLite can answer "these ten ids, if
  // public" by scanning every public item (37 ms at 5,000 items instead of 0.2). Exact ones:
  // sampled (analysis_limit 1000) they counted 1,001 items per status where 10,111 were all
  // published, and SQLite sorted every public item for the front page's sections instead of
  // walking them newest first (205 ms instead of 41 at 10,000 posts). Analyzing every table
  // whole takes 42 ms at 10,000 posts, and optimize does it only for tables that grew a lot.
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

/**
 * How long a query waits for a new connection before failing: while the server is away (a
 * restart, a failover) requests answer 503 in seconds instead of queueing for minutes.
 */
const CONNECT_TIMEOUT_MS = 3000;

function openPostgresPool(config: { connectionString: string }): Pg.Pool {
  const pg = loadPg();
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Finds a connection whose server vanished without a word (a network cut), so it is
    // dropped instead of hanging the next query on it.
    keepAlive: true,
    // No JIT compilation of queries (PostgreSQL 11+; an `options` in DATABASE_URL wins). It
    // pays off for long analytical queries; ours are short, and the planner's costs of the
    // few that read every item (a listing's count in a second language: 100,000 correlated
    // look-ups) passed its thresholds, so it spent 235 ms compiling a 272 ms query.
    options: '-c jit=off',
  });
  // An idle client losing its server (a restart) emits 'error' on the pool, which would crash
  // the process if unheard. The pool has already dropped that client; the next query opens
  // a new connection, so nothing more is needed to recover once the server is back.
  pool.on('error', () => {});
  // The pool listens only to idle clients: one checked out between two queries (inside a
  // transaction, or just before its query starts) that loses its server emits 'error' on
  // itself, unheard, and the process dies. Heard here, the error is dropped: the client is
  // no longer queryable, so its next query fails (a 503) and the pool discards it on release.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/**
 * Kysely's log hook, always installed, doing nothing until metrics ask: the cost with metrics
 * off is one clock read and a call per query (measured in the README).
 */
function reportQuery(instruments: Instruments, event: LogEvent): void {
  if (instruments.observers.size === 0) return;
  report(instruments, operationOf(event.query), event.queryDurationMillis / 1000);
}

function report(instruments: Instruments, operation: QueryOperation, seconds: number): void {
  for (const observer of instruments.observers) observer(operation, seconds);
}

const OPERATION_OF_NODE: Record<string, QueryOperation> = {
  SelectQueryNode: 'select',
  InsertQueryNode: 'insert',
  UpdateQueryNode: 'update',
  DeleteQueryNode: 'delete',
};

/** Built queries by their node; raw SQL (`sql\`…\``, prepared hot paths) by its first word. */
function operationOf(query: CompiledQuery): QueryOperation {
  const built = OPERATION_OF_NODE[query.query.kind];
  if (built) return built;
  const word = /^\s*(\w+)/.exec(query.sql)?.[1]?.toLowerCase();
  return word === 'select' || word === 'insert' || word === 'update' || word === 'delete'
    ? word
    : 'other';
}

/**
 * Reports every query run on `db` (and its transactions) to `observer` until the returned
 * function is called. The metrics call it when they are enabled (each app on the database,
 * as tests build several).
 */
export function observeQueries(db: Db, observer: QueryObserver): () => void {
  const instruments = instrumentsOf.get(db);
  if (!instruments) return () => {};
  instruments.observers.add(observer);
  return () => void instruments.observers.delete(observer);
}

/** The PostgreSQL pool's connections now, or null on SQLite (one connection, no pool). */
export function readPoolConnections(db: Db): PoolConnections | null {
  return instrumentsOf.get(db)?.readPool?.() ?? null;
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
