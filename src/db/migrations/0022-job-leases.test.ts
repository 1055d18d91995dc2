import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDatabaseAt } from '../../../test/support/test-databases.ts';
import type { DatabaseHandle } from '../connection.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  return (await handle.db.introspection.getTables()).map((table) => table.name);
}

describeEachDatabaseAt('migration 0022: job leases', '0021-taking-part', (database) => {
  it('adds job_leases, one row per job name, and takes it away again', async () => {
    const handle = database();
    assert.ok(!(await tableNames(handle)).includes('job_leases'));
    assert.ok((await migrateToLatest(handle.db)).includes('0022-job-leases'));
    const row = {
      name: 'trash-sweep',
      holder: 'host:1:abcd',
      expires_at: '2031-01-01T00:01:00.000Z',
      last_started_at: '2031-01-01T00:00:00.000Z',
    };
    await handle.db.insertInto('job_leases').values(row).execute();
    await assert.rejects(handle.db.insertInto('job_leases').values(row).execute());
    // Down through the migrator (back to 0021, the rest of the schema as it was), then up.
    await migrateTo(handle.db, '0021-taking-part');
    assert.ok(!(await tableNames(handle)).includes('job_leases'));
    assert.ok((await tableNames(handle)).includes('mail_queue'));
    assert.deepEqual(await migrateTo(handle.db, '0022-job-leases'), ['0022-job-leases']);
    assert.equal((await handle.db.selectFrom('job_leases').selectAll().execute()).length, 0);
  });
});
