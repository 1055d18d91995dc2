import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost, createTestLabels } from '../../../test/support/content-fixtures.ts';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import { insertQueuedMail } from '../../db/repositories/mail-queue-repository.ts';
import { listenForMetrics } from './metrics.ts';
import {
  METRICS_TOKEN as TOKEN,
  metricSample as sample,
  scrapeMetrics as scrape,
} from '../../../test/support/metrics-scrape.ts';

const POST_PATTERN = String.raw`/:year(^\d{4}$)/:month(^\d{2}$)/:slug`;

/** Label values as prom-client writes them: backslashes doubled. */
function escaped(value: string): string {
  return value.replaceAll('\\', '\\\\');
}

describe('metrics settings', () => {
  it('reads METRICS_PORT and METRICS_TOKEN, both unset by default', () => {
    const plain = loadConfig({});
    assert.equal(plain.metricsPort, null);
    assert.equal(plain.metricsToken, null);
    const set = loadConfig({ METRICS_PORT: '9464', METRICS_TOKEN: TOKEN });
    assert.equal(set.metricsPort, 9464);
    assert.equal(set.metricsToken, TOKEN);
  });

  it('refuses a guessable token and a port out of range', () => {
    assert.throws(() => loadConfig({ METRICS_TOKEN: 'short' }), ConfigError);
    assert.throws(() => loadConfig({ METRICS_PORT: '70000' }), ConfigError);
  });
});

describeEachDatabase('/metrics', (database) => {
  let plainApp: FastifyInstance;
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createPublishedPost(db, '2021-05-05T09:00:00.000Z', {
      title: 'Counted',
      slug: 'counted',
    });
    plainApp = await buildTestApp(database());
    app = await buildTestApp(database(), { config: { metricsToken: TOKEN } });
  });
  after(async () => {
    await plainApp.close();
    await app.close();
  });

  it('is an ordinary 404 on the main port without a setting, and measures nothing', async () => {
    const response = await plainApp.inject('/metrics');
    assert.equal(response.statusCode, 404);
    assert.doesNotMatch(response.body, /http_requests_total/);
    assert.equal(plainApp.metrics, null);
  });

  it('answers a missing or wrong token with the same 404, never the metrics', async () => {
    const notFound = await app.inject('/no-such-page-here');
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`,
      TOKEN,
      'Bearer ',
    ]) {
      const response = await app.inject({
        url: '/metrics',
        headers: authorization === undefined ? {} : { authorization },
      });
      assert.equal(response.statusCode, 404, String(authorization));
      assert.doesNotMatch(response.body, /http_requests_total/);
      assert.equal(response.headers['content-type'], notFound.headers['content-type']);
    }
  });

  it('serves Prometheus text to the bearer of the token, uncached', async () => {
    const response = await app.inject({
      url: '/metrics',
      headers: { authorization: `bearer  ${TOKEN}` },
    });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['x-cache'], undefined);
    // Process memory and event-loop delay come from prom-client's default collectors.
    assert.match(response.body, /^process_resident_memory_bytes \d+/m);
    assert.match(response.body, /^nodejs_eventloop_lag_p99_seconds /m);
    assert.match(response.body, /^# TYPE http_request_duration_seconds histogram$/m);
  });

  it('counts requests by route and status, and response-cache hits and misses', async () => {
    const before = await scrape(app);
    const ok = '{method="GET",route="/",status="200"}';
    const hits = sample(before, 'response_cache_hits_total') ?? 0;
    const misses = sample(before, 'response_cache_misses_total') ?? 0;
    const first = await app.inject('/');
    const second = await app.inject('/');
    assert.equal(first.headers['x-cache'], 'miss');
    assert.equal(second.headers['x-cache'], 'hit');
    const afterwards = await scrape(app);
    assert.equal(
      sample(afterwards, 'http_requests_total', ok),
      (sample(before, 'http_requests_total', ok) ?? 0) + 2,
    );
    assert.equal(sample(afterwards, 'response_cache_hits_total'), hits + 1);
    assert.equal(sample(afterwards, 'response_cache_misses_total'), misses + 1);
    const count = sample(
      afterwards,
      'http_request_duration_seconds_count',
      '{method="GET",route="/"}',
    );
    assert.ok(count !== undefined && count >= 2);
  });

  it('labels requests with the route pattern, never the address asked', async () => {
    const probe = `probe-${Date.now()}`;
    assert.equal((await app.inject(`/2021/05/${probe}`)).statusCode, 404);
    assert.equal((await app.inject('/2021/05/counted')).statusCode, 200);
    await app.inject(`/nothing/here/${probe}`);
    const body = await scrape(app);
    assert.doesNotMatch(body, new RegExp(probe));
    const route = escaped(POST_PATTERN);
    assert.equal(
      sample(body, 'http_requests_total', `{method="GET",route="${route}",status="404"}`),
      1,
    );
    assert.equal(
      sample(body, 'http_requests_total', `{method="GET",route="${route}",status="200"}`),
      1,
    );
    assert.ok(
      (sample(body, 'http_requests_total', '{method="GET",route="(unmatched)",status="404"}') ??
        0) >= 1,
    );
  });

  it('reads the mail queue at scrape time: its depth and its oldest message’s age', async () => {
    const { db } = database();
    const empty = await scrape(app);
    const depth = sample(empty, 'mail_queue_depth') ?? Number.NaN;
    // Due in the far future, so the background sender leaves it in the queue.
    const createdAt = new Date(Date.now() - 10 * 60_000).toISOString();
    await insertQueuedMail(db, {
      id: crypto.randomUUID(),
      kind: 'message',
      recipient: 'waiting@example.test',
      subject: 'Waiting',
      body_text: 'Waiting',
      status: 'queued',
      attempts: 0,
      last_error: null,
      created_at: createdAt,
      next_attempt_at: '2999-01-01T00:00:00.000Z',
      claim_id: null,
      claimed_until: null,
      finished_at: null,
    });
    const body = await scrape(app);
    assert.equal(sample(body, 'mail_queue_depth'), depth + 1);
    const age = sample(body, 'mail_queue_oldest_age_seconds') ?? 0;
    assert.ok(age >= 600 && age < 700, String(age));
  });

  it('keeps each app’s counts apart (no global registry)', async () => {
    const other = await buildTestApp(database(), { config: { metricsToken: TOKEN } });
    try {
      const body = await scrape(other);
      assert.equal(
        sample(body, 'http_requests_total', '{method="GET",route="/",status="200"}'),
        undefined,
      );
    } finally {
      await other.close();
    }
  });
});

describeEachDatabase('/metrics on METRICS_PORT', (database) => {
  let app: FastifyInstance;
  let mainUrl: string;
  let metricsUrl: string;

  before(async () => {
    app = await buildTestApp(database(), { config: { metricsPort: 0 } });
    mainUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const address = await listenForMetrics(app, { host: '127.0.0.1', metricsPort: 0 });
    assert.ok(address);
    metricsUrl = `http://127.0.0.1:${address.port}`;
  });
  after(() => app.close());

  it('serves the metrics on the separate port, and only them', async () => {
    await fetch(`${mainUrl}/about`);
    const response = await fetch(`${metricsUrl}/metrics`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = await response.text();
    assert.ok(
      (sample(body, 'http_requests_total', '{method="GET",route="/about",status="200"}') ?? 0) >= 1,
    );
    assert.match(body, /^mail_queue_depth \d+$/m);
    assert.equal((await fetch(`${metricsUrl}/`)).status, 404);
    assert.equal((await fetch(`${metricsUrl}/about`)).status, 404);
    assert.equal((await fetch(`${metricsUrl}/metrics`, { method: 'POST' })).status, 404);
  });

  it('is a 404 on the main port, even with a bearer token', async () => {
    const response = await fetch(`${mainUrl}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /http_requests_total/);
  });

  it('closes with the app', async () => {
    const other = await buildTestApp(database(), { config: { metricsPort: 0 } });
    await other.listen({ host: '127.0.0.1', port: 0 });
    const address = await listenForMetrics(other, { host: '127.0.0.1', metricsPort: 0 });
    assert.ok(address);
    await other.close();
    await assert.rejects(fetch(`http://127.0.0.1:${address.port}/metrics`));
  });
});
