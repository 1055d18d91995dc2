import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { databaseBusyError } from './database-busy.ts';

/** An error as the drivers throw them: better-sqlite3's SqliteError and pg's DatabaseError. */
function driverError(code: string): Error {
  return Object.assign(new Error('driver error'), { code });
}

describe('database busy errors', () => {
  it('hardening 6: lock conflicts on either engine become a 503 database_busy with Retry-After', () => {
    for (const code of [
      'SQLITE_BUSY',
      'SQLITE_BUSY_SNAPSHOT',
      'SQLITE_LOCKED',
      '55P03', // PostgreSQL lock_not_available (lock_timeout)
      '40001', // serialization_failure
      '40P01', // deadlock_detected
    ]) {
      const busy = databaseBusyError(driverError(code));
      assert.equal(busy?.statusCode, 503, code);
      assert.equal(busy?.code, 'database_busy', code);
      assert.ok((busy?.retryAfterSeconds ?? 0) > 0, code);
    }
  });

  it('leaves every other error alone', () => {
    for (const code of ['SQLITE_CONSTRAINT_UNIQUE', '23505', 'ENOENT']) {
      assert.equal(databaseBusyError(driverError(code)), undefined, code);
    }
    assert.equal(databaseBusyError(new Error('no code')), undefined);
  });
});
