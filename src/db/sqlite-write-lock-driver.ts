import { setTimeout as sleep } from 'node:timers/promises';
import type SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
  SqliteDriver,
  type TransactionSettings,
} from 'kysely';
import { databaseBusyError, isSqliteBusy } from './database-busy.ts';

/**
 * Why this driver exists. Kysely's SQLite driver opens every transaction with a plain
 * (deferred) BEGIN, which takes the write lock only at the first write. A transaction that
 * reads first and then writes while another process holds the lock (a long `inspir import`)
 * gets SQLITE_BUSY at once: SQLite does not call its busy handler there, because waiting
 * could deadlock. Measured: a save during an import failed in 1 ms despite busy_timeout 5000.
 *
 * So, as Rails 8 and Django 5.1 do for SQLite, write transactions begin with BEGIN IMMEDIATE,
 * which takes the write lock first, and may wait for it. And the waiting happens here, in
 * short asynchronous sleeps with the connection released, rather than in SQLite's busy
 * handler: that one sleeps inside the call and would freeze the whole server (every reader,
 * every cached page) for as long as it waits.
 */

/** Pauses between attempts to take the write lock, like SQLite's own busy handler. */
const RETRY_DELAYS_MS = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100];

/** One waiter at a time on the single connection, in arrival order. */
class ConnectionQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with the function that lets the next waiter in. */
  async enter(): Promise<() => void> {
    let leave: () => void = () => {};
    const previous = this.tail;
    this.tail = new Promise((resolve) => {
      leave = resolve;
    });
    await previous;
    return leave;
  }
}

/** The single better-sqlite3 connection, with writes outside a transaction waiting for the lock. */
class WaitingConnection implements DatabaseConnection {
  constructor(
    private readonly database: SqliteDatabase.Database,
    private readonly waitForLock: <Result>(attempt: () => Result) => Promise<Result>,
  ) {}

  async executeQuery<Row>(query: CompiledQuery): Promise<QueryResult<Row>> {
    // Outside a transaction a statement is its own transaction: refused as busy, it did
    // nothing and can simply run again. Inside one, BEGIN IMMEDIATE already holds the lock.
    if (this.database.inTransaction) return this.run<Row>(query);
    return this.waitForLock(() => this.run<Row>(query));
  }

  private run<Row>({ sql, parameters }: CompiledQuery): QueryResult<Row> {
    const statement = this.database.prepare(sql);
    if (statement.reader) return { rows: statement.all(parameters) as Row[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<Row>({ sql, parameters, query }: CompiledQuery) {
    if (!SelectQueryNode.is(query)) throw new Error('Only SELECT queries can be streamed.');
    for (const row of this.database.prepare(sql).iterate(parameters)) {
      yield { rows: [row as Row] };
    }
  }
}

/**
 * Kysely's SQLite driver (commit, rollback and savepoints are its own) with write
 * transactions that begin IMMEDIATE and wait for another process's write lock for up to
 * `lockTimeoutMs`, letting other queries use the connection meanwhile.
 */
class WriteLockDriver extends SqliteDriver implements Driver {
  private readonly queue = new ConnectionQueue();
  private leave: (() => void) | undefined;
  private readonly connection: WaitingConnection;

  constructor(
    private readonly database: SqliteDatabase.Database,
    private readonly lockTimeoutMs: number,
  ) {
    super({ database });
    this.connection = new WaitingConnection(database, (attempt) => this.waitForLock(attempt));
  }

  override async init(): Promise<void> {}

  override async acquireConnection(): Promise<DatabaseConnection> {
    this.leave = await this.queue.enter();
    return this.connection;
  }

  override async releaseConnection(): Promise<void> {
    const leave = this.leave;
    this.leave = undefined;
    leave?.();
  }

  override async beginTransaction(
    _connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    // A read-only transaction (an export's snapshot) must not hold off every writer.
    const begin = settings?.accessMode === 'read only' ? 'begin' : 'begin immediate';
    await this.connection.executeQuery(CompiledQuery.raw(begin));
  }

  override async destroy(): Promise<void> {
    this.database.close();
  }

  /**
   * Runs `attempt` (the caller holds the connection) until SQLite stops answering busy or
   * the time is up, then throws DatabaseBusyError. Between attempts the connection goes to
   * whoever waits for it, so reads go on while a write waits.
   */
  private async waitForLock<Result>(attempt: () => Result): Promise<Result> {
    const deadline = Date.now() + this.lockTimeoutMs;
    for (let round = 0; ; round += 1) {
      try {
        return attempt();
      } catch (error) {
        const remainingMs = deadline - Date.now();
        if (!isSqliteBusy(error)) throw error;
        if (remainingMs <= 0) throw databaseBusyError(error) ?? error;
        const delay = RETRY_DELAYS_MS[Math.min(round, RETRY_DELAYS_MS.length - 1)] ?? 100;
        await this.releaseConnection();
        await sleep(Math.min(delay, remainingMs));
        await this.acquireConnection();
      }
    }
  }
}

/** Kysely's SQLite dialect over `database`, with the write-lock driver above. */
export class WriteLockSqliteDialect extends SqliteDialect {
  constructor(
    private readonly database: SqliteDatabase.Database,
    private readonly lockTimeoutMs: number,
  ) {
    super({ database });
  }

  override createDriver(): Driver {
    return new WriteLockDriver(this.database, this.lockTimeoutMs);
  }
}
