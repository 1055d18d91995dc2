import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachDatabaseAt } from '../../../test/support/test-databases.ts';
import { type DatabaseHandle, dialectOf } from '../connection.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

async function itemIndexes(handle: DatabaseHandle): Promise<string[]> {
  const query =
    dialectOf(handle.db) === 'postgres'
      ? sql<{
          name: string;
        }>`select indexname as name from pg_indexes where tablename = 'content_items'`
      : sql<{
          name: string;
        }>`select name from sqlite_master where type = 'index' and tbl_name = 'content_items'`;
  const { rows } = await query.execute(handle.db);
  return rows.map((row) => row.name);
}

const ADDED = ['content_items_pictured_index', 'content_items_published_index'];

/** Which of the indexes this migration adds the database has. */
async function addedIndexes(handle: DatabaseHandle): Promise<string[]> {
  const names = await itemIndexes(handle);
  return ADDED.filter((name) => names.includes(name));
}

describeEachDatabaseAt(
  'migration 0024: published index',
  '0023-search-title-vector',
  (database) => {
    it('indexes items by publication date, all and those with a picture, and takes them away again', async () => {
      const handle = database();
      assert.deepEqual(await addedIndexes(handle), []);
      assert.deepEqual(await migrateTo(handle.db, '0024-published-index'), [
        '0024-published-index',
      ]);
      assert.deepEqual(await addedIndexes(handle), ADDED);
      assert.deepEqual(await migrateTo(handle.db, '0023-search-title-vector'), [
        '0024-published-index',
      ]);
      assert.deepEqual(await addedIndexes(handle), []);
      assert.ok((await itemIndexes(handle)).includes('content_items_visibility_index'));
      await migrateToLatest(handle.db);
    });
  },
);
