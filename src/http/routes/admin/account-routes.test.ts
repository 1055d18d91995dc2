import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { recordingMailer } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { createApiToken } from '../../../domain/auth/api-token-service.ts';
import { inviteUser } from '../../../domain/auth/one-time-link-service.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';
import { SESSION_COOKIE } from '../../plugins/admin-session.ts';
import { TEST_PASSWORD, encodeForm } from '../../../../test/support/content-test-visitor.ts';

/**
 * A browser without JavaScript: it keeps the cookies it is given and posts forms with the
 * CSRF token of the last page it read, as a real one would.
 */
function browserFor(app: FastifyInstance) {
  const jar = new Map<string, string>();
  let csrf = '';
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  function remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number }[]) {
      if (cookie.value === '' || cookie.maxAge === 0) jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) csrf = token;
    return response;
  }
  return {
    jar,
    async get(url: string) {
      return remember(await app.inject({ url, headers: { cookie: cookieHeader() } }));
    },
    async post(url: string, form: Record<string, string>, options: { withCsrf?: boolean } = {}) {
      const payload = encodeForm(options.withCsrf === false ? form : { _csrf: csrf, ...form });
      const headers = {
        cookie: cookieHeader(),
        'content-type': 'application/x-www-form-urlencoded',
      };
      return remember(await app.inject({ method: 'POST', url, headers, payload }));
    },
    /** Reads the sign-in form, then sends it. */
    async signIn(email: string, password: string, next?: string) {
      await this.get(next ? `/admin/login?next=${encodeURIComponent(next)}` : '/admin/login');
      return this.post('/admin/login', { email, password, ...(next ? { next } : {}) });
    },
  };
}

/** The one-time link in an email, as a path. */
function linkPathIn(text: string): string {
  const link = /http:\/\/site\.test(\/admin\/[a-z-]+\?token=[^\s]+)/.exec(text)?.[1];
  assert.ok(link, `an email with a link, got: ${text}`);
  return link;
}

describeEachDatabase('admin sign-in, sign-out and one-time links', (database) => {
  let app: FastifyInstance;
  let db: Db;
  const mailer = recordingMailer();
  let userCount = 0;

  /** A fresh account for each test, so the throttle of one test never touches another. */
  async function newUserWithPassword(): Promise<string> {
    userCount += 1;
    const email = `person${userCount}@example.org`;
    await createUser(db, {
      email,
      name: `Person ${userCount}`,
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    return email;
  }

  before(async () => {
    db = database().db;
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database(), { mailer });
  });
  beforeEach(() => mailer.clear());
  after(() => app.close());

  it('shows a labelled sign-in form that carries a CSRF token', async () => {
    const page = await browserFor(app).get('/admin/login');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(page.body, /<label for="sign-in-email">Email<\/label>/);
    assert.match(page.body, /type="password"[^>]*autocomplete="current-password"/);
    assert.match(page.body, /name="_csrf" value="[^"]+"/);
    assert.match(page.body, /href="\/admin\/forgot-password"/);
  });

  it('signs in with the right password: a session cookie, HttpOnly and SameSite=Lax', async () => {
    const browser = browserFor(app);
    const email = await newUserWithPassword();
    const response = await browser.signIn(email, TEST_PASSWORD);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin');
    const setCookie = String(response.headers['set-cookie']);
    assert.match(setCookie, new RegExp(`${SESSION_COOKIE}=`));
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);
    assert.match(setCookie, /Path=\/admin/);
    assert.doesNotMatch(setCookie, /Secure/, 'no Secure flag on a plain-HTTP site');
    const desk = await browser.get('/admin');
    assert.equal(desk.statusCode, 200);
    assert.match(desk.body, /Sign out/);
  });

  it('marks the session cookie Secure when the site is served over HTTPS', async () => {
    const secureApp = await buildTestApp(database(), {
      mailer,
      config: { siteUrl: 'https://site.test' },
    });
    try {
      const email = await newUserWithPassword();
      const response = await browserFor(secureApp).signIn(email, TEST_PASSWORD);
      assert.equal(response.statusCode, 303);
      assert.match(String(response.headers['set-cookie']), /Secure/);
    } finally {
      await secureApp.close();
    }
  });

  it('goes back to the admin page asked for, but never to another site', async () => {
    const email = await newUserWithPassword();
    const back = await browserFor(app).signIn(email, TEST_PASSWORD, '/admin/media?q=x');
    assert.equal(back.headers.location, '/admin/media?q=x');
    for (const next of ['https://evil.example/admin', '//evil.example', '/admin\\@evil', '/']) {
      const response = await browserFor(app).signIn(email, TEST_PASSWORD, next);
      assert.equal(response.headers.location, '/admin', `next=${next}`);
    }
  });

  it('refuses a wrong password with 401 and a message, keeping the email and opening no session', async () => {
    const browser = browserFor(app);
    const email = await newUserWithPassword();
    const response = await browser.signIn(email, 'not the password at all');
    assert.equal(response.statusCode, 401);
    assert.match(response.body, /role="alert">That email and password do not match an account/);
    assert.match(response.body, new RegExp(`value="${email}"`));
    assert.equal(browser.jar.has(SESSION_COOKIE), false);
    const desk = await browser.get('/admin');
    assert.equal(desk.statusCode, 303);
  });

  it('refuses an empty form with 422 and a message per field', async () => {
    const response = await browserFor(app).signIn('', '');
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="sign-in-email-error">Email is required/);
    assert.match(response.body, /id="sign-in-password-error">Password is required/);
  });

  it('locks an account with 429 after repeated failures, even for the right password', async () => {
    const email = await newUserWithPassword();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await browserFor(app).signIn(email, 'wrong password here');
      assert.equal(response.statusCode, 401);
    }
    const browser = browserFor(app);
    const locked = await browser.signIn(email, TEST_PASSWORD);
    assert.equal(locked.statusCode, 429);
    assert.ok(Number(locked.headers['retry-after']) > 0, 'says when to try again');
    assert.match(locked.body, /role="alert">/);
    assert.equal(browser.jar.has(SESSION_COOKIE), false);
  });

  it('refuses a sign-in form without the CSRF token', async () => {
    const email = await newUserWithPassword();
    const response = await browserFor(app).post(
      '/admin/login',
      { email, password: TEST_PASSWORD },
      { withCsrf: false },
    );
    assert.equal(response.statusCode, 403);
  });

  it('signs out: the session ends on the server, not only in the browser', async () => {
    const browser = browserFor(app);
    const email = await newUserWithPassword();
    await browser.signIn(email, TEST_PASSWORD);
    const sessionSecret = browser.jar.get(SESSION_COOKIE);
    assert.ok(sessionSecret);
    await browser.get('/admin');
    const response = await browser.post('/admin/logout', {});
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/login?notice=signed-out');
    const replayed = await app.inject({
      url: '/admin',
      headers: { cookie: `${SESSION_COOKIE}=${sessionSecret}` },
    });
    assert.equal(replayed.statusCode, 303, 'the old cookie no longer opens the desk');
    assert.match(String(replayed.headers.location), /^\/admin\/login/);
  });

  it('resets a forgotten password through a link that works once', async () => {
    const browser = browserFor(app);
    const email = await newUserWithPassword();
    await browser.get('/admin/forgot-password');
    const sent = await browser.post('/admin/forgot-password', { email });
    assert.equal(sent.statusCode, 200);
    assert.match(sent.body, /a link to choose a new password is on its way/);
    const [message] = await mailer.waitForMessagesTo(email);
    assert.ok(message, 'an email went to the account');
    const linkPath = linkPathIn(message.text);
    assert.match(linkPath, /^\/admin\/reset-password\?token=/);

    const form = await browser.get(linkPath);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, new RegExp(`Choose a password for ${email}`));
    const token = new URL(linkPath, 'http://site.test').searchParams.get('token') ?? '';

    const tooShort = await browser.post('/admin/reset-password', { token, password: 'short' });
    assert.equal(tooShort.statusCode, 422);
    assert.match(tooShort.body, /New password must be at least 10 characters/);

    const newPassword = 'a brand new passphrase';
    const saved = await browser.post('/admin/reset-password', { token, password: newPassword });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/admin/login?notice=password-set');

    const reused = await browser.post('/admin/reset-password', {
      token,
      password: 'yet another passphrase',
    });
    assert.equal(reused.statusCode, 404);
    assert.match(reused.body, /This link no longer works/);
    assert.equal((await browser.get(linkPath)).statusCode, 404);

    assert.equal((await browserFor(app).signIn(email, TEST_PASSWORD)).statusCode, 401);
    assert.equal((await browserFor(app).signIn(email, newPassword)).statusCode, 303);
  });

  it('answers the same for an unknown address, and sends nothing', async () => {
    const browser = browserFor(app);
    await browser.get('/admin/forgot-password');
    const sent = await browser.post('/admin/forgot-password', { email: 'nobody@example.org' });
    assert.equal(sent.statusCode, 200);
    assert.match(sent.body, /a link to choose a new password is on its way/);
    // The queue sends in order: once a later request's email is out, the first one was skipped.
    const email = await newUserWithPassword();
    await browser.post('/admin/forgot-password', { email });
    await mailer.waitForMessagesTo(email);
    assert.deepEqual(mailer.sentTo('nobody@example.org'), []);
    const invalid = await browser.post('/admin/forgot-password', { email: 'not an address' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /Email must be an email address/);
  });

  it('answers 404 for an unknown or missing token', async () => {
    for (const path of ['/admin/reset-password?token=nonsense', '/admin/invitation']) {
      const page = await browserFor(app).get(path);
      assert.equal(page.statusCode, 404, path);
      assert.match(page.body, /ask for a new one/);
    }
  });

  it('lets an invited person choose a password and sign in; not before', async () => {
    const administrator = await getActorByEmail(db, 'ada@example.org');
    assert.ok(administrator);
    const email = 'invited@example.org';
    await inviteUser({ db, mailer, siteUrl: 'http://site.test' }, administrator, {
      email,
      name: 'Ina Vited',
      role: 'contributor',
    });
    assert.equal((await browserFor(app).signIn(email, TEST_PASSWORD)).statusCode, 401);
    const [message] = mailer.sentTo(email);
    assert.ok(message);
    const linkPath = linkPathIn(message.text);
    const browser = browserFor(app);
    const form = await browser.get(linkPath);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Hello Ina Vited/);
    const token = new URL(linkPath, 'http://site.test').searchParams.get('token') ?? '';
    const saved = await browser.post('/admin/invitation', { token, password: TEST_PASSWORD });
    assert.equal(saved.statusCode, 303);
    // An invitation is not a reset link: each works only on its own page.
    assert.equal(
      (await browserFor(app).get(`/admin/reset-password?token=${token}`)).statusCode,
      404,
    );
    assert.equal((await browserFor(app).signIn(email, TEST_PASSWORD)).statusCode, 303);
  });

  it('hardening 14: a password reset offers to revoke API tokens, checked by default', async () => {
    const email = await newUserWithPassword();
    const actor = await getActorByEmail(db, email);
    assert.ok(actor);
    const { token } = await createApiToken(db, actor, { name: 'Script' });
    const api = () =>
      app.inject({ url: '/api/v1/admin/posts', headers: { authorization: `Bearer ${token}` } });
    assert.equal((await api()).statusCode, 200);

    /** Asks for a link, opens it and returns its form. */
    async function resetForm(browser: ReturnType<typeof browserFor>, count: number) {
      await browser.get('/admin/forgot-password');
      await browser.post('/admin/forgot-password', { email });
      const message = (await mailer.waitForMessagesTo(email, count)).at(-1);
      assert.ok(message);
      const linkPath = linkPathIn(message.text);
      const form = await browser.get(linkPath);
      return { form, token: new URL(linkPath, 'http://site.test').searchParams.get('token') ?? '' };
    }

    // Unchecked: the tokens keep working (sessions end either way).
    const first = browserFor(app);
    const kept = await resetForm(first, 1);
    assert.match(
      kept.form.body,
      /<input id="set-password-revoke-api-tokens" type="checkbox" name="revokeApiTokens" value="yes" checked/,
    );
    assert.match(kept.form.body, /<label class="choice" for="set-password-revoke-api-tokens">/);
    const savedKeeping = await first.post('/admin/reset-password', {
      token: kept.token,
      password: 'a first new passphrase',
    });
    assert.equal(savedKeeping.statusCode, 303);
    assert.equal((await api()).statusCode, 200);

    // Checked (as the form comes): they are revoked.
    const second = browserFor(app);
    const revoking = await resetForm(second, 2);
    const savedRevoking = await second.post('/admin/reset-password', {
      token: revoking.token,
      password: 'a second new passphrase',
      revokeApiTokens: 'yes',
    });
    assert.equal(savedRevoking.statusCode, 303);
    assert.equal((await api()).statusCode, 401);
  });
});
