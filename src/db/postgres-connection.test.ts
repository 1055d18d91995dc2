import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  isPostgresAvailable,
  openTestDatabase,
  postgresSkipReason,
} from '../../test/support/test-databases.ts';

describe(
  'PostgreSQL connections',
  { skip: isPostgresAvailable ? false : postgresSkipReason },
  () => {
    it('compile no query with JIT, on every connection of the pool', async () => {
      const handle = await openTestDatabase('postgres');
      try {
        // Several at once, so that the pool opens more than one connection.
        const settings = await Promise.all(
          Array.from({ length: 4 }, () =>
            sql<{
              jit: string;
              pid: number;
            }>`SELECT current_setting('jit') AS jit, pg_backend_pid() AS pid, pg_sleep(0.05)`.execute(
              handle.db,
            ),
          ),
        );
        const rows = settings.flatMap(({ rows }) => rows);
        assert.ok(new Set(rows.map((row) => row.pid)).size > 1, 'more than one connection');
        assert.deepEqual(new Set(rows.map((row) => row.jit)), new Set(['off']));
      } finally {
        await handle.close();
      }
    });
  },
);
