import { ServiceUnavailableError } from '../lib/errors.ts';
import { problem } from '../lib/problems.ts';

/**
 * What a client is told to wait while the database is away: a PostgreSQL restart takes a few
 * seconds, and the pool reconnects by itself on the next query once the server is back.
 */
export const DATABASE_UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * PostgreSQL's codes for "the server went away or is not taking connections yet": the
 * connection_exception class (08…), admin_shutdown (a `pg_ctl stop`/restart), crash_shutdown,
 * cannot_connect_now (still starting up) and too_many_connections.
 */
const POSTGRES_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Socket errors from node: nothing listens, the connection was cut, or the host is gone. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * node-postgres reports a lost or never-made connection with these words and no code (a
 * connection cut mid-query, `connectionTimeoutMillis` passed, a client broken by an earlier
 * error), so the words are all there is to go by.
 */
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Connection ended unexpectedly',
];

/** The database cannot be reached for now: a 503 the client may retry in a few seconds. */
export class DatabaseUnavailableError extends ServiceUnavailableError {
  constructor() {
    super(
      problem('problem.databaseUnavailable'),
      DATABASE_UNAVAILABLE_RETRY_SECONDS,
      'database_unavailable',
    );
  }
}

function codeOf(error: object): string | undefined {
  return 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function isUnreachable(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const code = codeOf(error);
  if (code && (SOCKET_CODES.has(code) || POSTGRES_UNAVAILABLE_CODES.has(code))) return true;
  if (code?.startsWith('08')) return true;
  const message = error instanceof Error ? error.message : '';
  if (PG_CONNECTION_MESSAGES.some((words) => message.includes(words))) return true;
  // Node wraps a refused connection to every address of a host in an AggregateError.
  if (error instanceof AggregateError) {
    return error.errors.some((inner: unknown) => isUnreachable(inner, depth + 1));
  }
  return 'cause' in error && isUnreachable(error.cause, depth + 1);
}

/**
 * The error to report for a failure that only means "the database is away for now" (its
 * server restarting, unreachable, or not answering a new connection in time), or undefined
 * for any other error. The one place that decides what "unavailable" is.
 */
export function databaseUnavailableError(error: unknown): DatabaseUnavailableError | undefined {
  if (error instanceof DatabaseUnavailableError) return error;
  return isUnreachable(error, 0) ? new DatabaseUnavailableError() : undefined;
}
