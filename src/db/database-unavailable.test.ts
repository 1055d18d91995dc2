import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatabaseUnavailableError, databaseUnavailableError } from './database-unavailable.ts';

/** An error as node or node-postgres makes it: words, and a code when there is one. */
function failure(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe('databaseUnavailableError', () => {
  it('recognises a server that is away, restarting or not answering in time', () => {
    const away = [
      failure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      failure('read ECONNRESET', 'ECONNRESET'),
      failure('terminating connection due to administrator command', '57P01'),
      failure('the database system is starting up', '57P03'),
      failure('the database system is shutting down', '57P03'),
      failure('connection failure', '08006'),
      failure('Connection terminated unexpectedly'),
      failure('timeout exceeded when trying to connect'),
      failure('Client has encountered a connection error and is not queryable'),
      new AggregateError([failure('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'refused'),
      new Error('query failed', { cause: failure('socket hang up', 'ECONNRESET') }),
    ];
    for (const error of away) {
      const unavailable = databaseUnavailableError(error);
      assert.ok(unavailable instanceof DatabaseUnavailableError, error.message);
      assert.equal(unavailable.statusCode, 503);
      assert.equal(unavailable.code, 'database_unavailable');
      assert.equal(unavailable.retryAfterSeconds, 5);
      assert.equal(
        unavailable.message,
        'The site cannot reach its database just now. Please try again in a moment.',
      );
    }
  });

  it('leaves every other failure alone: bad SQL, constraints, locks, a closed pool', () => {
    const others: unknown[] = [
      failure('relation "x" does not exist', '42P01'),
      failure('duplicate key value violates unique constraint', '23505'),
      failure('could not obtain lock', '55P03'),
      failure('SQLITE_BUSY: database is locked', 'SQLITE_BUSY'),
      failure('driver has already been destroyed'),
      'ECONNREFUSED',
      null,
    ];
    for (const error of others) assert.equal(databaseUnavailableError(error), undefined);
  });
});
