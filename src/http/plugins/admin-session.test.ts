import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { createUser } from '../../domain/users/user-service.ts';
import { TEST_PASSWORD, encodeForm } from '../../../test/support/content-test-visitor.ts';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from './admin-session.ts';

type Cookie = { name: string; value: string; path?: string; secure?: boolean; maxAge?: number };

/** A browser without JavaScript that keeps its cookies and the CSRF token of its last page. */
function browserFor(app: FastifyInstance) {
  const jar = new Map<string, string>();
  let csrf = '';
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  function remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as Cookie[]) {
      if (cookie.value === '' || cookie.maxAge === 0) jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
    }
    csrf = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1] ?? csrf;
    return response;
  }
  return {
    jar,
    csrf: () => csrf,
    async get(url: string) {
      return remember(await app.inject({ url, headers: { cookie: cookieHeader() } }));
    },
    async post(url: string, form: Record<string, string>, extraCookie = '') {
      const cookie = [cookieHeader(), extraCookie].filter(Boolean).join('; ');
      return remember(
        await app.inject({
          method: 'POST',
          url,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: encodeForm({ _csrf: csrf, ...form }),
        }),
      );
    },
    async signIn(email: string) {
      await this.get('/admin/login');
      return this.post('/admin/login', { email, password: TEST_PASSWORD });
    },
  };
}

/** What an attacker gets by loading the sign-in page: a form cookie and its CSRF token. */
async function attackerFormToken(app: FastifyInstance, formCookie: string) {
  const attacker = browserFor(app);
  await attacker.get('/admin/login');
  const secret = attacker.jar.get(formCookie);
  assert.ok(secret, 'the sign-in page sets a form cookie');
  return { cookie: `${formCookie}=${secret}`, token: attacker.csrf() };
}

describeEachDatabase('admin session cookies and CSRF', (database) => {
  let app: FastifyInstance;
  let secureApp: FastifyInstance;

  before(async () => {
    await createUser(database().db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database());
    secureApp = await buildTestApp(database(), { config: { siteUrl: 'https://site.test' } });
  });
  after(async () => {
    await app.close();
    await secureApp.close();
  });

  it('hardening 8: with a session, a token from a planted form cookie is refused', async () => {
    const victim = browserFor(app);
    assert.equal((await victim.signIn('ada@example.org')).statusCode, 303);
    await victim.get('/admin/tokens');
    // Cookie tossing: the attacker plants their own form cookie next to the victim's session
    // and posts the token that goes with it.
    const planted = await attackerFormToken(app, 'inspir_form');
    const forged = await app.inject({
      method: 'POST',
      url: '/admin/tokens',
      headers: {
        cookie: `${SESSION_COOKIE}=${victim.jar.get(SESSION_COOKIE)}; ${planted.cookie}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: encodeForm({ _csrf: planted.token, name: 'Planted' }),
    });
    assert.equal(forged.statusCode, 403);
    assert.match(forged.body, /This form has expired or was sent from another site/);
    assert.doesNotMatch((await victim.get('/admin/tokens')).body, /Planted/);
    // The session's own token still works, even with the planted cookie beside it.
    const own = await victim.post('/admin/tokens', { name: 'Own' }, planted.cookie);
    assert.equal(own.statusCode, 303);
  });

  it('hardening 8: before sign-in the form cookie’s token works, and signing in ends it', async () => {
    const browser = browserFor(app);
    await browser.get('/admin/login');
    const formToken = browser.csrf();
    assert.equal(
      (await browser.post('/admin/login', { email: 'ada@example.org', password: TEST_PASSWORD }))
        .statusCode,
      303,
    );
    const stale = await app.inject({
      method: 'POST',
      url: '/admin/logout',
      headers: {
        cookie: [...browser.jar].map(([name, value]) => `${name}=${value}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: encodeForm({ _csrf: formToken }),
    });
    assert.equal(stale.statusCode, 403, 'a token from before the sign-in no longer counts');
  });

  it('hardening 8: under https the cookies are __Host- cookies: Secure, for the whole site', async () => {
    const browser = browserFor(secureApp);
    const login = await browser.get('/admin/login');
    const formCookie = (login.cookies as Cookie[]).find((c) => c.name === '__Host-inspir_form');
    assert.ok(formCookie, 'the form cookie has the __Host- prefix');
    assert.equal(formCookie.path, '/');
    assert.equal(formCookie.secure, true);
    const signedIn = await browser.post('/admin/login', {
      email: 'ada@example.org',
      password: TEST_PASSWORD,
    });
    assert.equal(signedIn.statusCode, 303);
    const session = (signedIn.cookies as Cookie[]).find((c) => c.name === SECURE_SESSION_COOKIE);
    assert.ok(session, 'the session cookie has the __Host- prefix');
    assert.equal(session.path, '/');
    assert.equal(session.secure, true);
    assert.doesNotMatch(String(signedIn.headers['set-cookie']), /Domain=/i);
    assert.equal((await browser.get('/admin')).statusCode, 200);

    // A cookie without the prefix (which a sibling subdomain could set) is not a session here.
    const unprefixed = await secureApp.inject({
      url: '/admin',
      headers: { cookie: `${SESSION_COOKIE}=${session.value}` },
    });
    assert.equal(unprefixed.statusCode, 303);
    // Nor is an unprefixed form cookie a source of tokens before sign-in.
    const planted = await attackerFormToken(app, 'inspir_form');
    const forgedSignIn = await secureApp.inject({
      method: 'POST',
      url: '/admin/login',
      headers: {
        cookie: planted.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: encodeForm({ _csrf: planted.token, email: 'ada@example.org', password: 'x' }),
    });
    assert.equal(forgedSignIn.statusCode, 403);

    // The session cookie now reaches public pages too: they ignore it and stay shared.
    const home = await secureApp.inject({
      url: '/about',
      headers: { cookie: `${SECURE_SESSION_COOKIE}=${session.value}` },
    });
    assert.equal(home.statusCode, 200);
    assert.match(String(home.headers['cache-control']), /^public/);
    assert.equal(home.headers['set-cookie'], undefined);
    assert.doesNotMatch(String(home.headers.vary ?? ''), /cookie/i);

    const signedOut = await browser.post('/admin/logout', {});
    assert.equal(signedOut.statusCode, 303);
    assert.match(String(signedOut.headers['set-cookie']), /__Host-inspir_session=;.*Path=\//);
  });
});
