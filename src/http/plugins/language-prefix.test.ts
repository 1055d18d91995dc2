import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost, createTestLabels } from '../../../test/support/content-fixtures.ts';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { updateSiteSettings } from '../../domain/settings/settings-service.ts';
import { localizedPath, splitLanguagePrefix } from './language-prefix.ts';

describe('language prefixes', () => {
  it('splits a known prefix off an address, query kept', () => {
    assert.deepEqual(splitLanguagePrefix('/ne/countries/nepal?page=2'), {
      prefix: 'ne',
      rest: '/countries/nepal?page=2',
      isBare: false,
    });
    assert.deepEqual(splitLanguagePrefix('/fil/'), { prefix: 'fil', rest: '/', isBare: false });
    assert.deepEqual(splitLanguagePrefix('/km?q=x'), { prefix: 'km', rest: '/?q=x', isBare: true });
  });

  it('leaves unknown prefixes, look-alikes and paths without languages alone', () => {
    for (const url of [
      '/xx/',
      '/news/x',
      '/nepal',
      '/ne/admin',
      '/hi/api/v1/items',
      '/bn/media/a',
    ]) {
      assert.equal(splitLanguagePrefix(url).prefix, null, url);
    }
  });

  it('addresses site paths in a language, but never files', () => {
    assert.equal(localizedPath('/countries/nepal', 'ne', 'en'), '/ne/countries/nepal');
    assert.equal(localizedPath('/', 'ne', 'en'), '/ne/');
    assert.equal(localizedPath('/search?q=a', 'km', 'en'), '/km/search?q=a');
    assert.equal(localizedPath('/countries/nepal', 'en', 'en'), '/countries/nepal');
    assert.equal(localizedPath('/en/', 'en', 'ne'), '/en/en/');
    for (const path of ['/media/a.webp', '/assets/site.css', '/cards/1.png', 'https://x.test/']) {
      assert.equal(localizedPath(path, 'ne', 'en'), path);
    }
  });
});

describeEachDatabase('language prefixes on the site', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createPublishedPost(db, '2021-05-04T09:00:00.000Z', { title: 'Hello', slug: 'hello' });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('serves every public page under each prefix, in that language', async () => {
    for (const url of ['/ne/', '/ne/countries/nepal', '/ne/2021/05/hello', '/ne/archive']) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 200, url);
      assert.match(response.body, /<html lang="ne"/, url);
    }
    const english = await app.inject('/countries/nepal');
    assert.match(english.body, /<html lang="en"/);
  });

  it('writes dates in the page language’s own digits', async () => {
    const nepali = await app.inject('/ne/2021/05/hello');
    assert.match(nepali.body, /२०२१/);
    assert.doesNotMatch((await app.inject('/2021/05/hello')).body, /२०२१/);
  });

  it('sends the default language’s prefix and a bare prefix to their one address', async () => {
    const prefixed = await app.inject('/en/countries/nepal?page=2');
    assert.equal(prefixed.statusCode, 301);
    assert.equal(prefixed.headers.location, '/countries/nepal?page=2');
    assert.equal((await app.inject('/en/')).headers.location, '/');
    const bare = await app.inject('/ne?page=2');
    assert.equal(bare.statusCode, 301);
    assert.equal(bare.headers.location, '/ne/?page=2');
  });

  it('gives no language to the admin, the API, files and machine endpoints', async () => {
    for (const url of ['/ne/admin', '/ne/admin/login', '/ne/api/v1/items', '/ne/healthz']) {
      assert.equal((await app.inject(url)).statusCode, 404, url);
    }
    assert.equal((await app.inject('/ne/robots.txt')).statusCode, 404);
    assert.equal((await app.inject('/ne/media/nothing.webp')).statusCode, 404);
  });

  it('treats an unknown prefix as an unknown page', async () => {
    const response = await app.inject('/xx/');
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /<html lang="en"/);
  });

  it('keeps the language cache entries apart', async () => {
    await app.inject('/ne/');
    const nepali = await app.inject('/ne/');
    assert.equal(nepali.headers['x-cache'], 'hit');
    const root = await app.inject('/');
    assert.match(root.body, /<html lang="en"/);
    assert.match(nepali.body, /<html lang="ne"/);
  });

  it('moves the root to the new default language when the setting changes', async () => {
    await updateSiteSettings(database().db, { locale: 'ne' });
    try {
      assert.match((await app.inject('/')).body, /<html lang="ne"/);
      assert.equal((await app.inject('/ne/')).headers.location, '/');
      const english = await app.inject('/en/');
      assert.equal(english.statusCode, 200);
      assert.match(english.body, /<html lang="en"/);
    } finally {
      await updateSiteSettings(database().db, { locale: 'en' });
    }
  });
});
