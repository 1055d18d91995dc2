import assert from 'node:assert/strict';
import { after, before, it, mock } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createUser } from '../../../domain/users/user-service.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  encodeForm,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

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

/** Creates a token as a browser does: the form, then the page it is redirected to. */
async function createThroughForm(visitor: Visitor, form: Record<string, string>) {
  const created = await visitor.post('/admin/tokens', form);
  assert.equal(created.statusCode, 303, 'a created token redirects (Post/Redirect/Get)');
  assert.equal(created.headers.location, '/admin/tokens');
  assert.doesNotMatch(created.body, /inspir_/, 'the secret is not in the POST’s answer');
  return visitor.get('/admin/tokens');
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
    const created = await createThroughForm(contributor, { name: 'Import script' });
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
    const created = await createThroughForm(contributor, { name: 'Short-lived' });
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
    const created = await createThroughForm(administrator, { name: 'Ada’s token' });
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

  it('hardening token redirect: the new secret is shown once after the redirect; a reload shows nothing and creates nothing', async () => {
    const before = revokeIds((await contributor.get('/admin/tokens')).body);
    const shown = await createThroughForm(contributor, { name: 'Nightly sync' });
    const token = shownToken(shown.body);
    assert.match(shown.body, /it will not be shown again/);
    assert.equal(revokeIds(shown.body).length, before.length + 1);
    const reloaded = await contributor.get('/admin/tokens');
    assert.doesNotMatch(reloaded.body, /<code>inspir_/);
    assert.deepEqual(revokeIds(reloaded.body), revokeIds(shown.body), 'nothing new was created');
    assert.equal((await apiAs(token)).statusCode, 200);
  });

  it('hardening token redirect: the secret is shown only to the session that created it', async () => {
    const otherSession = await signedIn(app, database().db, 'cora@example.org');
    const created = await contributor.post('/admin/tokens', { name: 'Other session' });
    assert.equal(created.statusCode, 303);
    assert.doesNotMatch((await otherSession.get('/admin/tokens')).body, /<code>inspir_/);
    shownToken((await contributor.get('/admin/tokens')).body);
  });

  it('hardening 14: a token chosen to expire shows when, and is refused with 401 once it has', async () => {
    const page = await contributor.get('/admin/tokens');
    assert.match(page.body, /<label for="token-expiresInDays">Expires after<\/label>/);
    assert.match(page.body, /<option value="90" selected>90 days<\/option>/);
    const shown = await createThroughForm(contributor, { name: 'Weekly', expiresInDays: '7' });
    const token = shownToken(shown.body);
    assert.match(shown.body, /It works until <time/);
    assert.match(shown.body, /<td>Weekly<\/td>(?:<td>[\s\S]*?<\/td>){2}<td><time datetime="/);
    assert.equal((await apiAs(token)).statusCode, 200);

    mock.timers.enable({ apis: ['Date'], now: Date.now() + 8 * 24 * 60 * 60 * 1000 });
    try {
      const refused = await apiAs(token);
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().error.code, 'unauthorized');
      assert.match(refused.json().error.message, /This token expired at .+ Create a new one/);
      assert.match(String(refused.headers['www-authenticate']), /^Bearer/);
      assert.match((await contributor.get('/admin/tokens')).body, /<td>Expired <time/);
    } finally {
      mock.timers.reset();
    }
  });

  it('hardening 14: a token that never expires says so; an impossible lifetime is refused', async () => {
    const shown = await createThroughForm(contributor, { name: 'Forever', expiresInDays: 'never' });
    assert.match(shown.body, /It works until you revoke it\./);
    assert.match(shown.body, /<td>Forever<\/td>(?:<td>[\s\S]*?<\/td>){2}<td>Never<\/td>/);
    const before = revokeIds(shown.body);
    const refused = await contributor.post('/admin/tokens', { name: 'Bad', expiresInDays: '0' });
    assert.equal(refused.statusCode, 422);
    assert.match(
      refused.body,
      /id="token-expiresInDays-error">Expires after must be at least 1 day/,
    );
    assert.deepEqual(revokeIds((await contributor.get('/admin/tokens')).body), before);
  });

  it('hardening 14: the last use is recorded at most once a minute, and shown', async () => {
    const shown = await createThroughForm(contributor, { name: 'Busy script' });
    const token = shownToken(shown.body);
    const lastUse = async () =>
      /<td>Busy script<\/td><td><time[^>]*>[^<]*<\/time><\/td><td>(?:<time datetime="([^"]+)")?/.exec(
        (await contributor.get('/admin/tokens')).body,
      )?.[1];
    assert.equal(await lastUse(), undefined, 'never used yet');
    await apiAs(token);
    const first = await lastUse();
    assert.ok(first);
    const start = Date.now();
    mock.timers.enable({ apis: ['Date'], now: start + 30_000 });
    try {
      await apiAs(token);
      assert.equal(await lastUse(), first, 'not rewritten within a minute');
      mock.timers.setTime(start + 90_000);
      await apiAs(token);
      assert.notEqual(await lastUse(), first, 'rewritten after a minute');
    } finally {
      mock.timers.reset();
    }
  });
});
