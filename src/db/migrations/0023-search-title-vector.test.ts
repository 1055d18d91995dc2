import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDatabaseAt } from '../../../test/support/test-databases.ts';
import { type DatabaseHandle, dialectOf } from '../connection.ts';
import { migrateTo } from '../migrator.ts';

async function searchColumns(handle: DatabaseHandle): Promise<string[]> {
  const tables = await handle.db.introspection.getTables();
  const table = tables.find((candidate) => candidate.name === 'search_documents');
  return table?.columns.map((column) => column.name) ?? [];
}

describeEachDatabaseAt('migration 0023: search title vector', '0022-job-leases', (database) => {
  it('adds the title vector on PostgreSQL only, and takes it away again', async () => {
    const handle = database();
    const isPostgres = dialectOf(handle.db) === 'postgres';
    assert.ok(!(await searchColumns(handle)).includes('title_vector'));
    assert.deepEqual(await migrateTo(handle.db, '0023-search-title-vector'), [
      '0023-search-title-vector',
    ]);
    assert.equal((await searchColumns(handle)).includes('title_vector'), isPostgres);
    assert.deepEqual(await migrateTo(handle.db, '0022-job-leases'), ['0023-search-title-vector']);
    assert.ok(!(await searchColumns(handle)).includes('title_vector'));
    assert.ok((await searchColumns(handle)).includes('language'));
  });
});
