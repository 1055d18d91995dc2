import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost, createTestLabels } from '../../../test/support/content-fixtures.ts';
import { attributeOf, countMatches } from '../../../test/support/page-html.ts';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/support/test-databases.ts';
import { openDatabase } from '../../db/connection.ts';

const TRAVERSAL_PATHS = [
  '/assets/../package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/etc/passwd',
  '/assets/site.css',
  '/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
];

/** Fails if a response shows a stack trace, source paths or the contents of private files. */
function assertLeaksNothing(body: string, context: string): void {
  assert.doesNotMatch(body, /\n\s+at /, `stack frame: ${context}`);
  assert.doesNotMatch(body, /\bat [\w.<>]+ \(/, `stack frame: ${context}`);
  assert.doesNotMatch(body, /node_modules|file:\/\/|\.ts:\d+|\/work\//, `source path: ${context}`);
  assert.doesNotMatch(body, /"stack"|"dependencies"|better-sqlite3/, `private data: ${context}`);
  assert.doesNotMatch(body, /root:x?:0:0/, `system file: ${context}`);
}

/**
 * A GET over a real socket, the path sent byte for byte: `inject` resolves `..` segments
 * before routing, a browser or a script need not.
 */
function rawGet(port: number, path: string): Promise<{ statusCode: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          statusCode: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

describeEachDatabase('errors, assets and health', (database, engine) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createPublishedPost(db, '2021-03-15T10:00:00.000Z', {
      title: 'Chrome check',
      slug: 'chrome-check',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('answers unknown paths with a 404 HTML page and no internals', async () => {
    for (const url of [
      '/no-such-page',
      '/2021/03',
      '/countries',
      '/feed.xml',
      '/no/such/deep/path',
    ]) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(String(response.headers['content-type']), /^text\/html/, url);
      assert.match(response.body, /^<!DOCTYPE html>/, url);
      assert.match(response.body, /<h1>Page not found<\/h1>/, url);
      assert.match(response.body, /<meta name="robots" content="noindex"\/>/, url);
      assertLeaksNothing(response.body, url);
    }
  });

  it('escapes the requested address on the 404 page', async () => {
    const response = await app.inject('/"><script>alert(1)</script>');
    assert.equal(response.statusCode, 404);
    assert.doesNotMatch(response.body, /<script/i);
  });

  it('answers path traversal attempts with 404 and leaks nothing (inject)', async () => {
    for (const path of TRAVERSAL_PATHS) {
      const response = await app.inject(path);
      assert.equal(response.statusCode, 404, path);
      assert.match(response.body, /<h1>Page not found<\/h1>/, path);
      assertLeaksNothing(response.body, path);
    }
  });

  it('answers path traversal attempts with 404 over a real socket', async () => {
    const server = await buildTestApp(database());
    try {
      await server.listen({ host: '127.0.0.1', port: 0 });
      const { port } = server.server.address() as AddressInfo;
      assert.equal((await rawGet(port, '/healthz')).statusCode, 200);
      for (const path of TRAVERSAL_PATHS) {
        const response = await rawGet(port, path);
        assert.equal(response.statusCode, 404, path);
        assertLeaksNothing(response.body, path);
      }
    } finally {
      await server.close();
    }
  });

  it('serves the fingerprinted stylesheet as CSS cached for ever', async () => {
    const home = (await app.inject('/')).body;
    const href = attributeOf(home, 'rel="stylesheet"', 'href') ?? '';
    assert.match(href, /^\/assets\/site\.[0-9a-f]{10}\.css$/);
    const response = await app.inject(href);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/css/);
    assert.match(String(response.headers['cache-control']), /immutable/);
    const source = fs.readFileSync(new URL('../../views/assets/site.css', import.meta.url), 'utf8');
    assert.equal(response.body, source);
    // Another fingerprint of the same file (an older release's, an older brand's) is not
    // served: it leads to the current one (brand-stylesheet.ts).
    const other = await app.inject('/assets/site.0000000000.css');
    assert.equal(other.statusCode, 302);
    assert.equal(other.headers.location, href);
  });

  it('hardening error pages: 404 and 400 pages go out compressed as the client accepts', async () => {
    const decoders = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };
    for (const [url, status] of [
      ['/no-such-page', 404],
      ['/no/such/deep/path', 404],
      ['/?page=abc', 400],
    ] as const) {
      const plain = await app.inject(url);
      assert.equal(plain.statusCode, status, url);
      assert.equal(plain.headers['content-encoding'], undefined, url);
      assert.match(String(plain.headers.vary), /Accept-Encoding/, url);
      assert.match(plain.body, /^<!DOCTYPE html>/, url);
      for (const encoding of ['br', 'gzip'] as const) {
        const response = await app.inject({
          url,
          headers: { 'accept-encoding': `${encoding}, identity;q=0.5` },
        });
        assert.equal(response.statusCode, status, `${url} ${encoding}`);
        assert.equal(response.headers['content-encoding'], encoding, url);
        assert.match(String(response.headers.vary), /Accept-Encoding/, url);
        assert.match(String(response.headers['content-type']), /^text\/html/, url);
        assert.equal(decoders[encoding](response.rawPayload).toString('utf8'), plain.body, url);
      }
    }
    // The 404 page does not depend on the address: one compressed copy serves a flood of them.
    const probes = ['/wp-login.php', '/.env', '/x/y/z'].map((url) =>
      app.inject({ url, headers: { 'accept-encoding': 'br' } }),
    );
    const bodies = (await Promise.all(probes)).map((response) => response.rawPayload);
    assert.ok(bodies.every((body) => body.equals(bodies[0] ?? Buffer.alloc(0))));
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await app.inject('/api/v1/nope');
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const body = response.json() as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'not_found');
    assert.equal(typeof body.error.message, 'string');
    assert.ok(body.error.message.length > 0);
  });

  it('reports health while the database answers', async () => {
    const response = await app.inject('/healthz');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok' });
    assert.match(String(response.headers['cache-control']), /no-store/);
  });

  it('stays live once its database is closed for good; pages fail without internals', async () => {
    const handle = await openTestDatabase(engine);
    const broken = await buildTestApp(handle);
    try {
      await handle.close();
      // Liveness asks nothing of the database; readiness does.
      const health = await broken.inject('/healthz');
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { status: 'ok' });
      assert.equal((await broken.inject('/readyz')).statusCode, 503);
      // A closed pool is this process's own fault, not the database's absence: a plain 500.
      const page = await broken.inject('/');
      assert.equal(page.statusCode, 500);
      assert.match(String(page.headers['content-type']), /^text\/html/);
      assert.match(page.body, /<h1>Something went wrong<\/h1>/);
      assert.doesNotMatch(page.body, /destroyed|pool|Error:/);
      assertLeaksNothing(page.body, '/');
    } finally {
      await broken.close();
    }
  });

  if (engine === 'postgres') {
    it('answers 503 "try again in a moment" with Retry-After while the database server is away', async () => {
      // Nothing listens on port 1: every query fails to connect, as during a restart.
      const away = openDatabase({
        kind: 'postgres',
        connectionString: 'postgres://inspir@127.0.0.1:1/inspir',
      });
      const awayApp = await buildTestApp(away);
      const message = 'The site cannot reach its database just now. Please try again in a moment.';
      try {
        for (const url of ['/', '/2021/03/chrome-check', '/admin/login']) {
          const page = await awayApp.inject(url);
          assert.equal(page.statusCode, 503, url);
          assert.equal(page.headers['retry-after'], '5', url);
          assert.equal(page.headers['cache-control'], 'no-store', url);
          assert.match(String(page.headers['content-type']), /^text\/html/, url);
          assert.match(page.body, /<h1>Busy for a moment<\/h1>/, url);
          assert.ok(page.body.includes(message), url);
          assertLeaksNothing(page.body, url);
          assert.doesNotMatch(page.body, /ECONNREFUSED|127\.0\.0\.1/, url);
        }
        for (const url of ['/api/v1/labels', '/api/v1/admin/comments']) {
          const response = await awayApp.inject({
            url,
            headers: { authorization: 'Bearer inspir_not-a-real-token-but-long-enough' },
          });
          assert.equal(response.statusCode, 503, url);
          assert.equal(response.headers['retry-after'], '5', url);
          assert.deepEqual(response.json(), {
            error: { code: 'database_unavailable', message },
          });
        }
        const form = await awayApp.inject({
          method: 'POST',
          url: '/subscribe',
          payload: { email: 'reader@example.org' },
        });
        assert.notEqual(form.statusCode, 500);
        assert.equal((await awayApp.inject('/healthz')).statusCode, 200);
        assert.equal((await awayApp.inject('/readyz')).statusCode, 503);
      } finally {
        await awayApp.close();
        await away.close().catch(() => {});
      }
    });
  }

  it('gives every page one h1, one main, the site chrome and its metadata', async () => {
    const pages = [
      '/',
      '/2021/03/chrome-check',
      '/countries/nepal',
      '/themes/youth',
      '/archive',
      '/archive/2021/03',
      '/about',
      '/no-such-page',
      '/?page=abc',
    ];
    for (const url of pages) {
      const response = await app.inject(url);
      const { body } = response;
      assert.match(body, /^<!DOCTYPE html><html lang="en">/, url);
      assert.equal(countMatches(body, /<h1[\s>]/g), 1, `h1 on ${url}`);
      assert.equal(countMatches(body, /<main[\s>]/g), 1, `main on ${url}`);
      assert.equal(countMatches(body, /<title>[^<]+<\/title>/g), 1, `title on ${url}`);
      // An error page names no canonical address: it is not indexed, and is the same page
      // for every address (so its compressed copy is shared).
      assert.equal(
        countMatches(body, /<link rel="canonical" href="http:\/\/site\.test\//g),
        response.statusCode === 200 ? 1 : 0,
        url,
      );
      assert.equal(countMatches(body, /<meta name="description" content="[^"]+"/g), 1, url);
      for (const element of ['<nav', '<header', '<footer']) {
        assert.ok(body.includes(element), `${element} on ${url}`);
      }
    }
  });
});
