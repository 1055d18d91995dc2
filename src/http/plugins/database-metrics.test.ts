import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import {
  METRICS_TOKEN as TOKEN,
  metricSample as sample,
  scrapeMetrics as scrape,
} from '../../../test/support/metrics-scrape.ts';

function queries(body: string, operation: string): number {
  return sample(body, 'db_query_duration_seconds_count', `{operation="${operation}"}`) ?? 0;
}

describeEachDatabase('database metrics', (database, engine) => {
  let app: FastifyInstance;

  before(async () => {
    app = await buildTestApp(database(), { config: { metricsToken: TOKEN } });
  });
  after(() => app.close());

  it('times queries by operation, failed ones too', async () => {
    const { db } = database();
    const before = await scrape(app);
    assert.equal((await app.inject('/')).statusCode, 200);
    await db.deleteFrom('subscribers').where('email', '=', 'nobody@example.org').execute();
    await db.deleteFrom('subscribers').where('email', '=', 'nobody@example.org').execute();
    await sql`SELECT 1`.execute(db);
    await assert.rejects(sql`SELECT * FROM no_such_table`.execute(db));
    await sql`VACUUM`.execute(db).catch(() => {});
    const afterwards = await scrape(app);
    assert.match(afterwards, /^# TYPE db_query_duration_seconds histogram$/m);
    // The home page reads; two deletes; raw SQL by its first word, a failure counted too.
    assert.ok(queries(afterwards, 'select') >= queries(before, 'select') + 3);
    // At least: background jobs may delete too (their leases, on PostgreSQL).
    assert.ok(queries(afterwards, 'delete') >= queries(before, 'delete') + 2);
    assert.ok(queries(afterwards, 'other') >= queries(before, 'other') + 1);
    const buckets = afterwards.match(
      /^db_query_duration_seconds_bucket\{le="0\.001",operation="delete"\} \d+$/m,
    );
    assert.ok(buckets, 'a bucket per operation');
  });

  it(
    engine === 'postgres'
      ? 'reports the PostgreSQL pool: connections in total, idle and waiting'
      : 'has no pool gauges on SQLite (one connection, no pool)',
    async () => {
      const body = await scrape(app);
      if (engine === 'sqlite') {
        assert.doesNotMatch(body, /db_pool_connections/);
        return;
      }
      const total = sample(body, 'db_pool_connections', '{state="total"}');
      const idle = sample(body, 'db_pool_connections', '{state="idle"}');
      const waiting = sample(body, 'db_pool_connections', '{state="waiting"}');
      assert.ok(total !== undefined && total >= 1, `total ${total}`);
      assert.ok(idle !== undefined && idle >= 0 && idle <= total, `idle ${idle}`);
      assert.ok(waiting !== undefined && waiting >= 0, `waiting ${waiting}`);
    },
  );

  it('counts for each app on the database, and stops for an app once it is closed', async () => {
    const { db } = database();
    const other = await buildTestApp(database(), { config: { metricsToken: TOKEN } });
    const before = queries(await scrape(app), 'delete');
    const otherBefore = queries(await scrape(other), 'delete');
    await db.deleteFrom('subscribers').where('email', '=', 'x@example.org').execute();
    assert.ok(queries(await scrape(other), 'delete') >= otherBefore + 1);
    await other.close();
    await db.deleteFrom('subscribers').where('email', '=', 'x@example.org').execute();
    // The closed app's observer went; this one's stayed.
    assert.ok(queries(await scrape(app), 'delete') >= before + 2);
  });
});
