import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';

/** The directives of a Content-Security-Policy header, by name. */
function directivesOf(header: unknown): Map<string, string[]> {
  return new Map(
    String(header)
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
}

describeEachDatabase('security headers', (database) => {
  let app: FastifyInstance;
  let httpsApp: FastifyInstance;

  before(async () => {
    app = await buildTestApp(database());
    httpsApp = await buildTestApp(database(), { config: { siteUrl: 'https://site.test' } });
  });
  after(async () => {
    await app.close();
    await httpsApp.close();
  });

  it('allows scripts and styles from the site only, never inline, on every kind of response', async () => {
    for (const url of ['/', '/about', '/no/such/page', '/admin/login', '/api/v1/posts']) {
      const response = await app.inject(url);
      const csp = directivesOf(response.headers['content-security-policy']);
      assert.deepEqual(csp.get('script-src'), ["'self'"], `${url}: script-src`);
      assert.deepEqual(csp.get('style-src'), ["'self'"], `${url}: style-src`);
      assert.deepEqual(csp.get('object-src'), ["'none'"], `${url}: object-src`);
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], `${url}: frame-ancestors`);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(response.headers['referrer-policy'], 'strict-origin-when-cross-origin', url);
    }
  });

  it('sends the same headers on a cached page as on its first render', async () => {
    const first = await app.inject('/archive');
    const second = await app.inject('/archive');
    assert.equal(second.headers['x-cache'], 'hit');
    assert.equal(
      second.headers['content-security-policy'],
      first.headers['content-security-policy'],
    );
  });

  it('asks for HTTPS only when the site is served over it', async () => {
    const plain = await app.inject('/');
    assert.equal(plain.headers['strict-transport-security'], undefined);
    assert.equal(
      directivesOf(plain.headers['content-security-policy']).has('upgrade-insecure-requests'),
      false,
    );
    const secure = await httpsApp.inject('/');
    assert.match(String(secure.headers['strict-transport-security']), /^max-age=31536000/);
    assert.ok(
      directivesOf(secure.headers['content-security-policy']).has('upgrade-insecure-requests'),
    );
  });
});
