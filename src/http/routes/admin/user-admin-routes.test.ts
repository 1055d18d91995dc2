import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type NewsroomLabels,
  type RecordingMailer,
  createNewsroomLabels,
  recordingMailer,
} from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import { createApiToken } from '../../../domain/auth/api-token-service.ts';
import { createUser, getActorByEmail, listUsers } from '../../../domain/users/user-service.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  encodeForm,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';

/** The table row of the account with this email, as HTML. */
function rowOf(html: string, email: string): string {
  const row = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].find((match) =>
    match[1]?.includes(`<td>${email}</td>`),
  );
  assert.ok(row, `a row for ${email}`);
  return row[1] ?? '';
}

function userIdIn(html: string, email: string): string {
  const id = /href="\/admin\/users\/([0-9a-f-]{36})"/.exec(rowOf(html, email))?.[1];
  assert.ok(id, `a link to ${email}`);
  return id;
}

describeEachDatabase('admin users pages', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let mailer: RecordingMailer;
  let labels: NewsroomLabels;
  let administrator: Visitor;
  let editor: Visitor;
  let contributor: Visitor;
  let ada: Actor;

  async function userCount(): Promise<number> {
    return (await listUsers(db, ada)).length;
  }

  before(async () => {
    db = database().db;
    labels = await createNewsroomLabels(db);
    const people = [
      { email: 'ada@example.org', name: 'Ada', role: 'administrator' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
      // Changed by the tests (a role change signs its owner out, so nobody signs in as them).
      { email: 'tom@example.org', name: 'Tom', role: 'contributor' as const, countries: [] },
    ];
    for (const person of people) await createUser(db, { ...person, password: TEST_PASSWORD });
    const found = await getActorByEmail(db, 'ada@example.org');
    assert.ok(found);
    ada = found;
    mailer = recordingMailer();
    app = await buildTestApp(database(), { mailer });
    administrator = await signedIn(app, db, 'ada@example.org');
    editor = await signedIn(app, db, 'nima@example.org');
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('lists every account with its role, countries and whether it can sign in', async () => {
    const page = await administrator.get('/admin/users');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(rowOf(page.body, 'nima@example.org'), /<td>Editor<\/td><td>Nepal<\/td><td>Yes</);
    assert.match(rowOf(page.body, 'cora@example.org'), /<td>Contributor<\/td><td>—<\/td>/);
    assert.match(page.body, /<th scope="col">Can sign in<\/th>/);
    // The invitation form: labelled fields, countries as a group of checkboxes.
    assert.match(page.body, /<form method="post" action="\/admin\/users">/);
    assert.match(page.body, /<label for="invite-email">Email<\/label>/);
    assert.match(page.body, /<select id="invite-role" name="role"/);
    assert.match(page.body, /<legend>Countries<\/legend>/);
    assert.match(page.body, /type="checkbox" name="countries" value="nepal"/);
    assert.match(page.body, /type="checkbox" name="countries" value="cambodia"/);
  });

  it('invites someone: an email with a one-time link, and an account that cannot sign in yet', async () => {
    mailer.clear();
    const response = await administrator.post('/admin/users', {
      email: 'New.Person@Example.org',
      name: 'Newt',
      role: 'editor',
      countries: ['nepal', 'cambodia'],
    });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/users?notice=invited');
    const [message, ...others] = await mailer.waitForMessagesTo('new.person@example.org');
    assert.ok(message, 'the invitation was emailed');
    assert.deepEqual(others, []);
    assert.match(message.text, /http:\/\/site\.test\/admin\/invitation\?token=\S+/);

    const page = await administrator.get('/admin/users?notice=invited');
    assert.match(page.body, /role="status">The invitation was sent\./);
    const row = rowOf(page.body, 'new.person@example.org');
    assert.match(row, />Newt<\/a>/);
    assert.match(row, /<td>Editor<\/td><td>Nepal, Cambodia<\/td><td>Not yet \(invited\)<\/td>/);
  });

  it('shows a taken email on the form, keeping the values, and creates nothing', async () => {
    mailer.clear();
    const before = await userCount();
    const response = await administrator.post('/admin/users', {
      email: 'cora@example.org',
      name: 'Another Cora',
      role: 'contributor',
    });
    assert.equal(response.statusCode, 409);
    assert.match(
      response.body,
      /<p class="field-error" id="invite-email-error">Email is already in use/,
    );
    assert.match(
      response.body,
      /id="invite-email"[^>]*value="cora@example.org"[^>]*aria-invalid="true"/,
    );
    assert.match(response.body, /name="name" value="Another Cora"/);
    assert.equal(await userCount(), before);
    assert.deepEqual(mailer.messages, []);
  });

  it('refuses an invitation with a message per field, keeping the values', async () => {
    const before = await userCount();
    const response = await administrator.post('/admin/users', {
      email: 'not an email',
      name: '',
      role: 'contributor',
      countries: ['nepal'],
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /role="alert"/);
    assert.match(response.body, /id="invite-email-error">Email must be an email address/);
    assert.match(response.body, /id="invite-name-error">Name is required/);
    assert.match(response.body, /value="not an email"/);
    assert.match(response.body, /value="nepal" checked/);
    assert.equal(await userCount(), before);

    const countries = await administrator.post('/admin/users', {
      email: 'writer@example.org',
      name: 'Writer',
      role: 'contributor',
      countries: ['nepal'],
    });
    assert.equal(countries.statusCode, 422);
    assert.match(countries.body, /Countries are for editors only/);
    assert.equal(await userCount(), before);
  });

  it('changes a role and countries', async () => {
    const list = await administrator.get('/admin/users');
    const id = userIdIn(list.body, 'tom@example.org');
    const form = await administrator.get(`/admin/users/${id}`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<form method="post" action="\/admin\/users\/[0-9a-f-]+">/);
    assert.match(form.body, /<option value="contributor" selected>/);
    assert.match(form.body, /name="name" value="Tom"/);

    const saved = await administrator.post(`/admin/users/${id}`, {
      name: 'Tom Editor',
      role: 'editor',
      countries: ['cambodia'],
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/admin/users?notice=saved');
    const tom = await getActorByEmail(db, 'tom@example.org');
    assert.equal(tom?.name, 'Tom Editor');
    assert.equal(tom?.role, 'editor');
    assert.deepEqual(tom?.countryLabelIds, [labels.cambodia.id]);

    const again = await administrator.get(`/admin/users/${id}`);
    assert.match(again.body, /<option value="editor" selected>/);
    assert.match(again.body, /value="cambodia" checked/);
    assert.doesNotMatch(again.body, /value="nepal" checked/);
  });

  it('refuses an editor without countries on the edit form, changing nothing', async () => {
    const list = await administrator.get('/admin/users');
    const id = userIdIn(list.body, 'cora@example.org');
    const response = await administrator.post(`/admin/users/${id}`, {
      name: 'Cora Renamed',
      role: 'editor',
    });
    assert.equal(response.statusCode, 422);
    assert.match(
      response.body,
      /id="user-edit-countries-error">Countries must include at least one for an editor/,
    );
    assert.match(response.body, /name="name" value="Cora Renamed"/);
    const cora = await getActorByEmail(db, 'cora@example.org');
    assert.equal(cora?.name, 'Cora');
    assert.equal(cora?.role, 'contributor');
  });

  it('keeps administrators from taking away their own role', async () => {
    const response = await administrator.post(`/admin/users/${ada.id}`, {
      name: 'Ada',
      role: 'contributor',
    });
    assert.equal(response.statusCode, 422);
    assert.match(
      response.body,
      /id="user-edit-role-error">You cannot take away your own administrator role/,
    );
    assert.match(response.body, /<option value="contributor" selected>/);
    assert.equal((await getActorByEmail(db, 'ada@example.org'))?.role, 'administrator');
  });

  it('answers 404 for an unknown user', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    assert.equal((await administrator.get(`/admin/users/${id}`)).statusCode, 404);
    const post = await administrator.post(`/admin/users/${id}`, {
      name: 'Ghost',
      role: 'contributor',
    });
    assert.equal(post.statusCode, 404);
  });

  it('refuses editors and contributors (403), and creates nothing for them', async () => {
    const list = await administrator.get('/admin/users');
    const id = userIdIn(list.body, 'cora@example.org');
    const before = await userCount();
    for (const visitor of [editor, contributor]) {
      assert.equal((await visitor.get('/admin/users')).statusCode, 403);
      assert.equal((await visitor.get(`/admin/users/${id}`)).statusCode, 403);
      const invited = await visitor.post('/admin/users', {
        email: 'sneaky@example.org',
        name: 'Sneaky',
        role: 'administrator',
      });
      assert.equal(invited.statusCode, 403);
      const changed = await visitor.post(`/admin/users/${id}`, {
        name: 'Cora',
        role: 'administrator',
      });
      assert.equal(changed.statusCode, 403);
    }
    assert.equal(await userCount(), before);
    assert.equal((await getActorByEmail(db, 'cora@example.org'))?.role, 'contributor');
  });

  it('refuses a POST without the CSRF token (403)', async () => {
    const before = await userCount();
    const response = await app.inject({
      method: 'POST',
      url: '/admin/users',
      headers: {
        cookie: administrator.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: encodeForm({ email: 'forged@example.org', name: 'Forged', role: 'administrator' }),
    });
    assert.equal(response.statusCode, 403);
    assert.equal(await userCount(), before);
  });

  it('sends visitors who are not signed in to the sign-in page', async () => {
    const response = await app.inject('/admin/users');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/login?next=%2Fadmin%2Fusers');
  });

  /** A new person with a session and an API token, both working. */
  async function personWithAccess(email: string, role: 'editor' | 'contributor' = 'contributor') {
    const countries = role === 'editor' ? ['nepal'] : [];
    await createUser(db, {
      email,
      name: email.split('@')[0] ?? email,
      role,
      countries,
      password: TEST_PASSWORD,
    });
    const actor = await getActorByEmail(db, email);
    assert.ok(actor);
    const { token } = await createApiToken(db, actor, { name: 'Script' });
    const visitor = await signedIn(app, db, email);
    const id = userIdIn((await administrator.get('/admin/users')).body, email);
    const api = () =>
      app.inject({ url: '/api/v1/admin/posts', headers: { authorization: `Bearer ${token}` } });
    assert.equal((await api()).statusCode, 200);
    assert.equal((await visitor.get('/admin')).statusCode, 200);
    return { id, api, visitor };
  }

  it('hardening 14: changing a role revokes the person’s API tokens and ends their sessions', async () => {
    const rita = await personWithAccess('rita@example.org');
    const saved = await administrator.post(`/admin/users/${rita.id}`, {
      name: 'Rita',
      role: 'editor',
      countries: ['nepal'],
    });
    assert.equal(saved.statusCode, 303);
    assert.equal((await rita.api()).statusCode, 401);
    assert.equal((await rita.visitor.get('/admin')).statusCode, 303);
  });

  it('hardening 14: deactivating someone ends their sessions and tokens and keeps them out until reactivated', async () => {
    const dora = await personWithAccess('dora@example.org', 'editor');
    const form = await administrator.get(`/admin/users/${dora.id}`);
    assert.match(form.body, new RegExp(`action="/admin/users/${dora.id}/deactivate"`));
    const deactivated = await administrator.post(`/admin/users/${dora.id}/deactivate`, {});
    assert.equal(deactivated.statusCode, 303);
    assert.equal(deactivated.headers.location, '/admin/users?notice=deactivated');
    assert.equal((await dora.api()).statusCode, 401);
    assert.equal((await dora.visitor.get('/admin')).statusCode, 303);
    const list = await administrator.get('/admin/users?notice=deactivated');
    assert.match(list.body, /role="status">Deactivated: they were signed out everywhere/);
    assert.match(rowOf(list.body, 'dora@example.org'), /No \(deactivated\)/);

    // Neither the old password nor a reset link lets them back in.
    const signIn = await app.inject({ url: '/admin/login' });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(signIn.body)?.[1] ?? '';
    const formCookie = signIn.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
    const postForm = (url: string, form: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url,
        headers: { cookie: formCookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: encodeForm({ _csrf: csrf, ...form }),
      });
    const refused = await postForm('/admin/login', {
      email: 'dora@example.org',
      password: TEST_PASSWORD,
    });
    assert.equal(refused.statusCode, 401);
    assert.equal(
      (await postForm('/admin/forgot-password', { email: 'dora@example.org' })).statusCode,
      200,
    );
    // Mail goes out in order: once Cora's is sent, Dora's request was handled (and sent nothing).
    assert.equal(
      (await postForm('/admin/forgot-password', { email: 'cora@example.org' })).statusCode,
      200,
    );
    await mailer.waitForMessagesTo('cora@example.org');
    assert.deepEqual(mailer.sentTo('dora@example.org'), []);

    const reactivated = await administrator.post(`/admin/users/${dora.id}/reactivate`, {});
    assert.equal(reactivated.statusCode, 303);
    assert.equal(
      (await postForm('/admin/forgot-password', { email: 'dora@example.org' })).statusCode,
      200,
    );
    const [message] = await mailer.waitForMessagesTo('dora@example.org');
    assert.match(message?.text ?? '', /\/admin\/reset-password\?token=/);
  });

  it('hardening 14: only administrators deactivate, and never themselves', async () => {
    const list = await administrator.get('/admin/users');
    const adaId = userIdIn(list.body, 'ada@example.org');
    const coraId = userIdIn(list.body, 'cora@example.org');
    assert.doesNotMatch((await administrator.get(`/admin/users/${adaId}`)).body, /deactivate"/);
    assert.equal(
      (await administrator.post(`/admin/users/${adaId}/deactivate`, {})).statusCode,
      403,
    );
    assert.equal((await editor.post(`/admin/users/${coraId}/deactivate`, {})).statusCode, 403);
    assert.equal((await contributor.get('/admin')).statusCode, 200, 'Cora is still active');
  });
});
