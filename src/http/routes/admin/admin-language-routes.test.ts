import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  encodeForm,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { selectUserByEmail } from '../../../db/repositories/user-repository.ts';
import { changeSiteSettings } from '../../../domain/site-admin/site-admin-service.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';

/** The language a page says it is in. */
function pageLanguage(response: LightMyRequestResponse): string | undefined {
  return /^<!DOCTYPE html><html lang="([^"]+)"/i.exec(response.body)?.[1];
}

/** The cookies a response sets, as a request header (name=value; …). */
function cookiesOf(response: LightMyRequestResponse): string {
  const cookies = response.cookies as { name: string; value: string }[];
  return cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
}

/** Signs in through the sign-in form, as a browser does: the session's cookie header. */
async function signInThroughForm(app: FastifyInstance, email: string): Promise<string> {
  const form = await app.inject({ url: '/admin/login' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  const signedInResponse = await app.inject({
    method: 'POST',
    url: '/admin/login',
    headers: { cookie: cookiesOf(form), 'content-type': 'application/x-www-form-urlencoded' },
    payload: encodeForm({ _csrf: csrf, email, password: TEST_PASSWORD }),
  });
  assert.equal(signedInResponse.statusCode, 303, signedInResponse.body);
  return cookiesOf(signedInResponse);
}

describeEachDatabase('each person’s admin language', (database) => {
  let app: FastifyInstance;
  let nima: Visitor;
  let ada: Visitor;

  before(async () => {
    const { db } = database();
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'nima@example.org',
      name: 'Nima',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    app = await buildTestApp(database());
    nima = await signedIn(app, db, 'nima@example.org');
    ada = await signedIn(app, db, 'ada@example.org');
  });
  after(() => app.close());

  it('offers the seven languages, each named and marked in its own language', async () => {
    const page = await nima.get('/admin/account');
    assert.equal(pageLanguage(page), 'en');
    assert.match(page.body, /<label for="account-language">Language of the admin<\/label>/);
    assert.match(page.body, /<option value selected>As the site: English<\/option>/);
    for (const [language, name] of [
      ['en', 'English'],
      ['hi', 'हिन्दी'],
      ['bn', 'বাংলা'],
      ['ne', 'नेपाली'],
      ['km', 'ខ្មែរ'],
      ['id', 'Bahasa Indonesia'],
      ['fil', 'Filipino'],
    ]) {
      assert.match(
        page.body,
        new RegExp(`<option value="${language}" lang="${language}">${name}<`),
      );
    }
  });

  it('speaks Nepali to the person who chose it, on every admin page, and to no one else', async () => {
    const saved = await nima.post('/admin/account/language', { language: 'ne' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/admin/account?notice=language-saved');
    assert.equal((await selectUserByEmail(database().db, 'nima@example.org'))?.language, 'ne');

    const account = await nima.get('/admin/account?notice=language-saved');
    assert.equal(pageLanguage(account), 'ne');
    assert.match(account.body, /<option value="ne" lang="ne" selected>नेपाली<\/option>/);
    for (const path of ['/admin', '/admin/media', '/admin/trash', '/admin/tokens']) {
      assert.equal(pageLanguage(await nima.get(path)), 'ne', path);
    }
    // The admin's own error pages too.
    const missing = await nima.get('/admin/no-such-page');
    assert.equal(missing.statusCode, 404);
    assert.equal(pageLanguage(missing), 'ne');
    // Components deep in a page read the same translator: numbers in Nepali digits.
    const tokens = await nima.get('/admin/tokens');
    assert.match(tokens.body, /<option value="90" selected>[^<]*९०[^<]*<\/option>/);
    // Ada has chosen nothing: the site's language.
    assert.equal(pageLanguage(await ada.get('/admin')), 'en');
  });

  it('keeps the choice after signing out and in again', async () => {
    const signedOut = await nima.post('/admin/logout', {});
    assert.equal(signedOut.statusCode, 303);
    // No one is signed in on the sign-in page: it speaks the site's language.
    assert.equal(pageLanguage(await app.inject({ url: '/admin/login' })), 'en');

    const cookie = await signInThroughForm(app, 'nima@example.org');
    const desk = await app.inject({ url: '/admin', headers: { cookie } });
    assert.equal(desk.statusCode, 200);
    assert.equal(pageLanguage(desk), 'ne');
    nima = await signedIn(app, database().db, 'nima@example.org');
  });

  it('refuses a language the admin does not speak, with a message, and keeps the old one', async () => {
    for (const language of ['fr', 'xx', 'ne-NP', 'EN']) {
      const refused = await ada.post('/admin/account/language', { language });
      assert.equal(refused.statusCode, 422, language);
      assert.match(
        refused.body,
        /<a href="#account-language">Language of the admin must be one of the languages offered<\/a>/,
      );
      assert.match(refused.body, /id="account-language" name="language" aria-invalid="true"/);
    }
    assert.equal((await selectUserByEmail(database().db, 'ada@example.org'))?.language, null);
    // Refused in the language of the person refused, who keeps their choice.
    const refused = await nima.post('/admin/account/language', { language: 'fr' });
    assert.equal(refused.statusCode, 422);
    assert.equal(pageLanguage(refused), 'ne');
    assert.equal((await selectUserByEmail(database().db, 'nima@example.org'))?.language, 'ne');
    // Without the form's token, nothing changes either.
    const forged = await app.inject({
      method: 'POST',
      url: '/admin/account/language',
      headers: { cookie: nima.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'language=km',
    });
    assert.equal(forged.statusCode, 403);
    assert.equal((await getActorByEmail(database().db, 'nima@example.org'))?.language, 'ne');
  });

  it('follows the site’s language again when the choice is emptied', async () => {
    const { db } = database();
    const administrator = await getActorByEmail(db, 'ada@example.org');
    assert.ok(administrator);
    await changeSiteSettings(db, administrator, { locale: 'km' });
    try {
      assert.equal(pageLanguage(await ada.get('/admin')), 'km', 'no choice: the site’s');
      assert.equal(pageLanguage(await app.inject({ url: '/admin/login' })), 'km');
      assert.equal(pageLanguage(await nima.get('/admin')), 'ne', 'a choice beats the site’s');

      await nima.post('/admin/account/language', { language: '' });
      assert.equal((await selectUserByEmail(db, 'nima@example.org'))?.language, null);
      assert.equal(pageLanguage(await nima.get('/admin')), 'km');
    } finally {
      await changeSiteSettings(db, administrator, { locale: 'en' });
    }
  });
});
