import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createTestLabels } from '../../../test/support/content-fixtures.ts';
import { collectLogLines } from '../../../test/support/log-lines.ts';
import { type RunningNginx, nginxSkipReason, startNginx } from '../../../test/support/nginx.ts';
import { testConfig } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { buildApp } from '../app.ts';

/**
 * Cached pages behind the documented nginx config (docs/deploy/nginx/inspir.conf). nginx keeps
 * a public page for a second with the headers the app sent; were the app's `x-request-id`
 * among them, every hit would repeat the first reader's id, and an operator looking up a
 * reader's complaint would find someone else's log line, or none.
 */
describe('request ids of cached pages behind nginx', { skip: nginxSkipReason }, () => {
  describeEachDatabase('each response its own id', (database) => {
    const log = collectLogLines();
    let app: FastifyInstance;
    let proxy: RunningNginx;

    before(async () => {
      await createTestLabels(database().db);
      app = await buildApp({
        config: testConfig({ logLevel: 'info' }),
        database: database(),
        logStream: log.stream,
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const upstream = `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      proxy = await startNginx({ upstreams: [upstream, upstream] });
    });
    after(async () => {
      await proxy?.stop();
      await app?.close();
    });

    it('gives every response a different id, the one in the log line of what the app answered', async () => {
      const responses = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await fetch(`${proxy.url}/about`);
        assert.equal(response.status, 200);
        await response.arrayBuffer();
        responses.push({
          id: response.headers.get('x-request-id'),
          proxyCache: response.headers.get('x-proxy-cache'),
        });
      }
      const summary = JSON.stringify(responses);
      assert.ok(
        responses.some((response) => response.proxyCache === 'HIT'),
        `nginx answered from its cache at least once: ${summary}`,
      );
      const ids = responses.map((response) => response.id);
      assert.ok(
        ids.every((id) => typeof id === 'string' && id.length > 0),
        summary,
      );
      assert.equal(new Set(ids).size, ids.length, `no two responses share an id: ${summary}`);

      const answered = log.lines.filter(
        (line) => line.msg === 'request completed' && line.url === '/about',
      );
      for (const response of responses) {
        const lines = answered.filter((line) => line.reqId === response.id);
        // A hit never reached the app; anything else is in the app's log under its own id.
        assert.equal(lines.length, response.proxyCache === 'HIT' ? 0 : 1, summary);
      }
    });
  });
});
