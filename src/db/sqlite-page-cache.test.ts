import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from './connection.ts';

/**
 * The server's memory: better-sqlite3's build gives each connection a 16 MB page cache
 * (`-16000`), which a site of 10,000 posts fills. SQLite only: PostgreSQL's cache is the
 * server's, not the application's.
 */
describe('SQLite page cache', () => {
  it('is bounded to 4 MB per connection', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-page-cache-'));
    const handle = openDatabase({ kind: 'sqlite', filename: path.join(dir, 'site.sqlite') });
    try {
      const { rows } = await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(handle.db);
      // Negative: a size in KiB rather than in pages.
      assert.equal(rows[0]?.cache_size, -4000);
    } finally {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
