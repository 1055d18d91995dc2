import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { collectLogLines } from '../../../test/support/log-lines.ts';
import { testConfig } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { buildApp } from '../app.ts';

describeEachDatabase('request log', (database) => {
  let app: FastifyInstance;
  const log = collectLogLines();

  before(async () => {
    app = await buildApp({
      config: testConfig({ logLevel: 'info' }),
      database: database(),
      logStream: log.stream,
    });
  });
  after(() => app.close());

  it('writes one line per request with its id, method, path, status and duration, never the query', async () => {
    log.lines.length = 0;
    const response = await app.inject('/subscribe/confirm?token=secret-token-123');
    const id = response.headers['x-request-id'];
    assert.equal(typeof id, 'string');
    const mine = log.lines.filter((line) => line.reqId === id);
    const completed = mine.filter((line) => line.msg === 'request completed');
    assert.equal(completed.length, 1, JSON.stringify(mine));
    const [line] = completed;
    assert.equal(line?.method, 'GET');
    assert.equal(line?.url, '/subscribe/confirm');
    assert.equal(line?.status, response.statusCode);
    assert.equal(typeof line?.durationMs, 'number');
    assert.equal(line?.level, 30, 'info');
    assert.ok(
      log.lines.every((entry) => entry.msg !== 'incoming request'),
      'no second line per request',
    );
    assert.doesNotMatch(log.raw.join('\n'), /secret-token-123/);
  });

  it('answers 404s with one line as well, without the query string', async () => {
    log.lines.length = 0;
    log.raw.length = 0;
    const response = await app.inject('/no/such/page?token=another-secret');
    assert.equal(response.statusCode, 404);
    const mine = log.lines.filter((line) => line.reqId === response.headers['x-request-id']);
    assert.deepEqual(
      mine.map((line) => [line.msg, line.url, line.status]),
      [['request completed', '/no/such/page', 404]],
    );
    assert.doesNotMatch(log.raw.join('\n'), /another-secret/);
  });

  it('carries a safe x-request-id from the client or proxy, and replaces an unsafe one', async () => {
    const carried = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123.4' } });
    assert.equal(carried.headers['x-request-id'], 'abc-123.4');
    assert.ok(log.lines.some((line) => line.reqId === 'abc-123.4' && line.url === '/healthz'));
    for (const unsafe of ['a b', 'x'.repeat(65), '"}\n{"level":60', '']) {
      const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': unsafe } });
      const id = String(response.headers['x-request-id']);
      assert.notEqual(id, unsafe);
      assert.match(id, /^[0-9a-f-]{36}$/);
    }
    const first = await app.inject('/healthz');
    const second = await app.inject('/healthz');
    assert.notEqual(first.headers['x-request-id'], second.headers['x-request-id']);
  });

  it('never logs the Authorization or Cookie header, nor passwords and tokens in logged objects', async () => {
    log.raw.length = 0;
    await app.inject({
      url: '/api/v1/admin/items',
      headers: { authorization: 'Bearer very-secret-api-token', cookie: 'session=cookie-secret' },
    });
    await app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { cookie: 'session=cookie-secret' },
      payload: { email: 'someone@example.org', password: 'hunter2-password' },
    });
    app.log.info(
      {
        password: 'logged-password',
        token: 'logged-token',
        user: { password: 'nested-password' },
        req: { headers: { authorization: 'Bearer logged-authorization' } },
      },
      'a careless log call',
    );
    const written = log.raw.join('\n');
    for (const secret of [
      'very-secret-api-token',
      'cookie-secret',
      'hunter2-password',
      'logged-password',
      'logged-token',
      'nested-password',
      'logged-authorization',
    ]) {
      assert.ok(!written.includes(secret), `${secret} is not in the log`);
    }
    assert.match(written, /a careless log call/);
    assert.match(written, /\[redacted\]/);
  });
});
