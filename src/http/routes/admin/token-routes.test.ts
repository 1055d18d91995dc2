import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import { TEST_PASSWORD, type Visitor, encodeForm, signedIn } from './content-test-visitor.ts';

/** The secret shown once after creating a token. */
function shownToken(html: string): string {
  const token = /<code>(inspir_[^<]+)<\/code>/.exec(html)?.[1];
  assert.ok(token, 'the new token is shown');
  return token;
}

/** Ids of the revoke forms on the tokens page, in order. */
function revokeIds(html: string): string[] {
  return [...html.matchAll(/action="\/admin\/tokens\/([0-9a-f-]{36})\/revoke"/g)].map(
    (match) => match[1] ?? '',
  );
}

describeEachDatabase('admin API tokens page', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;
  let administrator: Visitor;

  function apiAs(token: string) {
    return app.inject({
      url: '/api/v1/admin/posts',
      headers: { authorization: `Bearer ${token}` },
    });
  }

  before(async () => {
    const { db } = database();
    const people = [
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const },
      { email: 'ada@example.org', name: 'Ada', role: 'administrator' as const },
    ];
    for (const person of people) await createUser(db, { ...person, password: TEST_PASSWORD });
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
    administrator = await signedIn(app, db, 'ada@example.org');
  });
  after(() => app.close());

  it('is open to everyone signed in, with a labelled form', async () => {
    const page = await contributor.get('/admin/tokens');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(page.body, /You have no API tokens\./);
    assert.match(page.body, /<label for="token-name">Name<\/label>/);
    assert.equal((await app.inject('/admin/tokens')).statusCode, 303);
  });

  it('shows a new token once, and it then authenticates the admin API', async () => {
    const created = await contributor.post('/admin/tokens', { name: 'Import script' });
    assert.equal(created.statusCode, 200);
    assert.equal(created.headers['cache-control'], 'no-store');
    const token = shownToken(created.body);
    assert.match(created.body, /it will not be shown again/);

    const listed = await apiAs(token);
    assert.equal(listed.statusCode, 200);

    const page = await contributor.get('/admin/tokens');
    assert.doesNotMatch(page.body, new RegExp(token));
    assert.doesNotMatch(page.body, /will not be shown again/);
    assert.match(page.body, /<td>Import script<\/td>/);
    assert.match(page.body, /<th scope="col">Last used<\/th>/);
    // Used once just now: the last use is shown as a time.
    assert.match(
      page.body,
      /<td>Import script<\/td><td><time datetime="[^"]+">[^<]+ UTC<\/time><\/td><td><time/,
    );
    assert.match(
      page.body,
      /<button type="submit">Revoke<span class="visually-hidden"> “Import script”<\/span><\/button>/,
    );
  });

  it('refuses a token without a name, keeping the form', async () => {
    const before = revokeIds((await contributor.get('/admin/tokens')).body);
    const response = await contributor.post('/admin/tokens', { name: '   ' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="token-name-error">Name is required/);
    assert.doesNotMatch(response.body, /<code>inspir_/);
    assert.deepEqual(revokeIds((await contributor.get('/admin/tokens')).body), before);
  });

  it('revokes a token: it gets 401 afterwards', async () => {
    const created = await contributor.post('/admin/tokens', { name: 'Short-lived' });
    const token = shownToken(created.body);
    assert.equal((await apiAs(token)).statusCode, 200);
    // Newest first: the token just made heads the list.
    const [id] = revokeIds(created.body);
    assert.ok(id);
    const revoked = await contributor.post(`/admin/tokens/${id}/revoke`, {});
    assert.equal(revoked.statusCode, 303);
    assert.equal(revoked.headers.location, '/admin/tokens?notice=revoked');
    assert.equal((await apiAs(token)).statusCode, 401);
    const page = await contributor.get('/admin/tokens?notice=revoked');
    assert.match(page.body, /role="status">The token was revoked/);
    assert.doesNotMatch(page.body, /Short-lived/);
    assert.ok(!revokeIds(page.body).includes(id));
  });

  it('answers 404 for someone else’s token or an unknown one, and leaves it working', async () => {
    const created = await administrator.post('/admin/tokens', { name: 'Ada’s token' });
    const token = shownToken(created.body);
    const [id] = revokeIds(created.body);
    assert.ok(id);
    assert.doesNotMatch((await contributor.get('/admin/tokens')).body, /Ada’s token/);
    const response = await contributor.post(`/admin/tokens/${id}/revoke`, {});
    assert.equal(response.statusCode, 404);
    assert.equal((await apiAs(token)).statusCode, 200);
    const unknown = await contributor.post(
      '/admin/tokens/00000000-0000-4000-8000-000000000000/revoke',
      {},
    );
    assert.equal(unknown.statusCode, 404);
  });

  it('refuses POSTs without the CSRF token (403)', async () => {
    const before = revokeIds((await contributor.get('/admin/tokens')).body);
    const headers = {
      cookie: contributor.cookie,
      'content-type': 'application/x-www-form-urlencoded',
    };
    const created = await app.inject({
      method: 'POST',
      url: '/admin/tokens',
      headers,
      payload: encodeForm({ name: 'Forged' }),
    });
    assert.equal(created.statusCode, 403);
    assert.doesNotMatch(created.body, /inspir_/);
    const [id] = before;
    assert.ok(id, 'the contributor has a token left');
    const revoked = await app.inject({
      method: 'POST',
      url: `/admin/tokens/${id}/revoke`,
      headers,
      payload: '',
    });
    assert.equal(revoked.statusCode, 403);
    assert.deepEqual(revokeIds((await contributor.get('/admin/tokens')).body), before);
  });
});
