import { ServiceUnavailableError } from '../lib/errors.ts';

/** What a client is told to wait before trying a write again while the database is busy. */
export const DATABASE_BUSY_RETRY_SECONDS = 5;

/**
 * PostgreSQL's codes for "another transaction is in the way, try again": lock_not_available
 * (a lock timeout), serialization_failure and deadlock_detected.
 */
const POSTGRES_BUSY_CODES = new Set(['55P03', '40001', '40P01']);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Whether SQLite refused because another connection holds the write lock (an import running
 * in its own process): better-sqlite3 reports SQLITE_BUSY and its extended codes
 * (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY …). Such a statement did nothing.
 */
export function isSqliteBusy(error: unknown): boolean {
  return codeOf(error)?.startsWith('SQLITE_BUSY') ?? false;
}

/** The database is busy with someone else's changes: a 503 the client may retry. */
export class DatabaseBusyError extends ServiceUnavailableError {
  constructor() {
    super(
      'The site is busy saving other changes, such as an import. Nothing was changed: ' +
        'please try again in a few seconds.',
      DATABASE_BUSY_RETRY_SECONDS,
      'database_busy',
    );
  }
}

/**
 * The error to report for a database failure that only means "busy, try again" on either
 * engine (SQLITE_BUSY/SQLITE_LOCKED, PostgreSQL lock timeouts, serialization failures and
 * deadlocks), or undefined for any other error. The one place that decides what "busy" is.
 */
export function databaseBusyError(error: unknown): DatabaseBusyError | undefined {
  if (error instanceof DatabaseBusyError) return error;
  const code = codeOf(error);
  if (!code) return undefined;
  const isBusy =
    code.startsWith('SQLITE_BUSY') ||
    code.startsWith('SQLITE_LOCKED') ||
    POSTGRES_BUSY_CODES.has(code);
  return isBusy ? new DatabaseBusyError() : undefined;
}
