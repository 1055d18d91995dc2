import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../support/test-app.ts';
import { describeEachDatabase } from '../support/test-databases.ts';
import {
  METRICS_TOKEN as TOKEN,
  metricSample,
  scrapeMetrics as scrape,
} from '../support/metrics-scrape.ts';

/** The value of one job's sample in Prometheus text, or undefined when it is absent. */
function sample(body: string, name: string, job: string): number | undefined {
  return metricSample(body, name, `{job="${job}"}`);
}

/** Scrapes until the job has a last success (its first round runs as the app starts). */
async function scrapeOnceSucceeded(app: FastifyInstance, job: string): Promise<string> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const body = await scrape(app);
    if (sample(body, 'job_last_success_timestamp_seconds', job) !== undefined) return body;
    await sleep(20);
  }
  throw new Error(`${job} never succeeded`);
}

describeEachDatabase('job lag on /metrics', (database) => {
  let first: FastifyInstance;
  let second: FastifyInstance | undefined;
  before(async () => {
    first = await buildTestApp(database(), { config: { metricsToken: TOKEN } });
  });
  after(async () => {
    await first.close();
    await second?.close();
  });

  it('shows each job’s lag and last success; a job yet to run has no success', async () => {
    const startedAt = Date.now() / 1000;
    const body = await scrapeOnceSucceeded(first, 'trash-sweep');
    for (const job of ['trash-sweep', 'retention-sweep', 'mail-sender', 'newsletter-schedule']) {
      assert.equal(sample(body, 'job_lag_seconds', job), 0, `${job} is on time`);
    }
    const success = sample(body, 'job_last_success_timestamp_seconds', 'trash-sweep') ?? 0;
    assert.ok(Math.abs(success - startedAt) < 60, `last success ${success}`);
    // The newsletter clock's first round waits a minute.
    assert.equal(
      sample(body, 'job_last_success_timestamp_seconds', 'newsletter-schedule'),
      undefined,
    );
  });

  it('a second instance does not sweep again, yet reports the first one’s success', async () => {
    const firstBody = await scrapeOnceSucceeded(first, 'trash-sweep');
    const firstSuccess = sample(firstBody, 'job_last_success_timestamp_seconds', 'trash-sweep');
    second = await buildTestApp(database(), { config: { metricsToken: TOKEN } });
    const body = await scrapeOnceSucceeded(second, 'trash-sweep');
    assert.equal(sample(body, 'job_last_success_timestamp_seconds', 'trash-sweep'), firstSuccess);
    const lease = await database()
      .db.selectFrom('job_leases')
      .selectAll()
      .where('name', '=', 'trash-sweep')
      .executeTakeFirstOrThrow();
    assert.equal(new Date(lease.last_started_at).getTime() / 1000 <= (firstSuccess ?? 0), true);
  });
});
