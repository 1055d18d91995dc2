import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost, createTestLabels } from '../../../test/support/content-fixtures.ts';
import { buildTestApp } from '../../../test/support/test-app.ts';
import {
  type SharedTestDatabase,
  describeEachDatabase,
  engineDatabasesForProcesses,
} from '../../../test/support/test-databases.ts';
import { type DatabaseHandle, openDatabase } from '../../db/connection.ts';
import {
  createContentItem,
  publishContentItem,
  unpublishContentItem,
  updateContentItem,
} from '../../domain/content/content-service.ts';
import { createLabel } from '../../domain/labels/label-service.ts';
import { updateSiteSettings } from '../../domain/settings/settings-service.ts';

describeEachDatabase('response cache', (database) => {
  let app: FastifyInstance;
  let postId: string;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    postId = await createPublishedPost(db, '2021-02-05T09:00:00.000Z', {
      title: 'Original title',
      slug: 'cached-post',
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('serves a repeated request from the cache, byte for byte', async () => {
    const first = await app.inject('/');
    const second = await app.inject('/');
    assert.equal(first.headers['x-cache'], 'miss');
    assert.equal(second.headers['x-cache'], 'hit');
    assert.equal(second.body, first.body);
    assert.equal(second.headers.etag, first.headers.etag);
    assert.match(String(second.headers['cache-control']), /max-age=\d+.*stale-while-revalidate/);
    assert.match(String(second.headers.vary), /Accept-Encoding/);
  });

  it('keys entries on the query parameters a route reads, ignoring the rest', async () => {
    await app.inject('/?page=1');
    const tracked = await app.inject('/?utm_source=newsletter&page=1');
    assert.equal(tracked.headers['x-cache'], 'hit');
    const plain = await app.inject('/about?x=1');
    await app.inject('/about?x=1');
    const other = await app.inject('/about?y=2');
    assert.equal(other.headers['x-cache'], 'hit');
    assert.equal(other.body, plain.body);
    assert.notEqual((await app.inject('/?page=2')).headers['x-cache'], 'hit');
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const { etag } = (await app.inject('/2021/02/cached-post')).headers;
    assert.ok(etag);
    const revalidated = await app.inject({
      url: '/2021/02/cached-post',
      headers: { 'if-none-match': String(etag) },
    });
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.body, '');
    const other = await app.inject({
      url: '/2021/02/cached-post',
      headers: { 'if-none-match': '"something-else"' },
    });
    assert.equal(other.statusCode, 200);
  });

  it('sends Brotli or gzip as accepted, each with its own ETag', async () => {
    const identity = await app.inject('/feed.atom');
    const brotli = await app.inject({ url: '/feed.atom', headers: { 'accept-encoding': 'br' } });
    const gzip = await app.inject({
      url: '/feed.atom',
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(zlib.brotliDecompressSync(brotli.rawPayload).toString(), identity.body);
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gzip.rawPayload).toString(), identity.body);
    assert.ok(brotli.rawPayload.length < identity.rawPayload.length);
    const etags = new Set([identity.headers.etag, brotli.headers.etag, gzip.headers.etag]);
    assert.equal(etags.size, 3);
  });

  it('compresses the stylesheet and marks it immutable', async () => {
    const home = (await app.inject('/')).body;
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1];
    assert.ok(href);
    const css = await app.inject({ url: href, headers: { 'accept-encoding': 'br' } });
    assert.equal(css.headers['content-encoding'], 'br');
    assert.match(String(css.headers['cache-control']), /immutable/);
  });

  it('keeps a separate entry, ETag and Vary for pages asked for with Save-Data: on', async () => {
    const plain = await app.inject('/about');
    const saving = await app.inject({ url: '/about', headers: { 'save-data': 'on' } });
    assert.equal(saving.headers['x-cache'], 'miss', 'not the entry of other readers');
    assert.equal(saving.headers.vary, 'Accept-Encoding, Save-Data');
    assert.equal(plain.headers.vary, 'Accept-Encoding, Save-Data');
    assert.notEqual(saving.headers.etag, plain.headers.etag);
    const compressed = await app.inject({
      url: '/about',
      headers: { 'save-data': 'on', 'accept-encoding': 'br' },
    });
    assert.equal(compressed.headers['x-cache'], 'hit');
    const etags = new Set([plain, saving, compressed].map((response) => response.headers.etag));
    assert.equal(etags.size, 3);

    const revalidated = await app.inject({
      url: '/about',
      headers: { 'save-data': 'on', 'if-none-match': String(saving.headers.etag) },
    });
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.headers.vary, 'Accept-Encoding, Save-Data');
    const switched = await app.inject({
      url: '/about',
      headers: { 'if-none-match': String(saving.headers.etag) },
    });
    assert.equal(switched.statusCode, 200, "a data saver's ETag does not match the full page");
    assert.equal(switched.headers.etag, plain.headers.etag);
  });

  it('keys on whether Save-Data is on, not on the raw header', async () => {
    await app.inject('/archive');
    await app.inject({ url: '/archive', headers: { 'save-data': 'on' } });
    for (const value of ['On', ' on ', 'on; reason=roaming']) {
      const response = await app.inject({ url: '/archive', headers: { 'save-data': value } });
      assert.equal(response.headers['x-cache'], 'hit', value);
      assert.match(String(response.headers.etag), /-save-data"$/, value);
    }
    for (const value of ['off', 'yes', '1', '']) {
      const response = await app.inject({ url: '/archive', headers: { 'save-data': value } });
      assert.equal(response.headers['x-cache'], 'hit', value);
      assert.doesNotMatch(String(response.headers.etag), /save-data/, value);
    }
  });

  it('serves feeds, the sitemap, robots.txt and the API alike whatever Save-Data says', async () => {
    for (const url of [
      '/feed.atom',
      '/feed.json',
      '/sitemap.xml',
      '/robots.txt',
      '/api/v1/posts',
    ]) {
      const plain = await app.inject(url);
      assert.equal(plain.statusCode, 200, url);
      const saving = await app.inject({ url, headers: { 'save-data': 'on' } });
      assert.equal(saving.headers['x-cache'], 'hit', url);
      assert.equal(saving.headers.etag, plain.headers.etag, url);
      assert.equal(saving.headers.vary, 'Accept-Encoding', url);
    }
  });

  it('shows a change made through the domain at once: edit, publish, unpublish', async () => {
    const { db } = database();
    await app.inject('/2021/02/cached-post');
    await updateContentItem(db, postId, { title: 'Edited title' });
    const edited = await app.inject('/2021/02/cached-post');
    assert.equal(edited.headers['x-cache'], 'miss');
    assert.match(edited.body, /<h1>Edited title<\/h1>/);

    const draft = await createContentItem(db, { title: 'Fresh news', html: '<p>x</p>' });
    await app.inject('/');
    assert.doesNotMatch((await app.inject('/')).body, /Fresh news/);
    await publishContentItem(db, draft, { publishedAt: '2021-03-01T09:00:00.000Z' });
    assert.match((await app.inject('/')).body, /Fresh news/);
    await unpublishContentItem(db, draft);
    assert.doesNotMatch((await app.inject('/')).body, /Fresh news/);
  });

  it('shows label and setting changes on every cached page', async () => {
    const { db } = database();
    await app.inject('/about');
    await createLabel(db, { kind: 'country', slug: 'cambodia', name: 'Cambodia' });
    assert.match((await app.inject('/about')).body, /href="\/countries\/cambodia"/);
    await updateSiteSettings(db, { title: 'Renamed network' });
    assert.match((await app.inject('/about')).body, /<title>About · Renamed network<\/title>/);
  });

  it('lets a scheduled item appear when its time comes, with no write in between', async () => {
    const { db } = database();
    const soon = new Date(Date.now() + 1500).toISOString();
    await createContentItem(db, {
      title: 'Scheduled bulletin',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: soon,
    });
    assert.doesNotMatch((await app.inject('/')).body, /Scheduled bulletin/);
    assert.equal((await app.inject('/')).headers['x-cache'], 'hit');
    await new Promise((resolve) => setTimeout(resolve, 1700));
    assert.match((await app.inject('/')).body, /Scheduled bulletin/);
  });

  it('never caches error responses', async () => {
    const first = await app.inject('/countries/atlantis');
    const second = await app.inject('/countries/atlantis');
    assert.equal(second.statusCode, 404);
    assert.equal(first.headers['x-cache'], undefined);
    assert.equal(second.headers['x-cache'], undefined);
  });

  it('renders a page once for readers who ask for it at the same moment', async () => {
    await updateSiteSettings(database().db, { title: 'Shared render' });
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => app.inject('/2021/02/cached-post')),
    );
    const rendered = responses.filter((response) => response.headers['x-cache'] === 'miss');
    assert.equal(rendered.length, 1, 'one render, the others share it or the cache');
    assert.ok(responses.some((response) => response.headers['x-cache'] === 'shared'));
    for (const response of responses) {
      assert.equal(response.statusCode, 200);
      assert.equal(response.body, rendered[0]?.body);
      assert.equal(response.headers.etag, rendered[0]?.headers.etag);
    }
  });

  it('lets readers waiting on a render that fails get their own answer', async () => {
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => app.inject('/countries/atlantis')),
    );
    for (const response of responses) {
      assert.equal(response.statusCode, 404);
      assert.equal(response.headers['x-cache'], undefined);
    }
  });
});

/** Two handles on one database, as two app instances behind a load balancer would have. */
for (const engine of engineDatabasesForProcesses) {
  describe(`response cache across instances [${engine.name}]`, { skip: engine.skip }, () => {
    let shared: SharedTestDatabase;
    let second: DatabaseHandle;
    let instanceA: FastifyInstance;
    let instanceB: FastifyInstance;

    before(async () => {
      shared = await engine.open();
      second = openDatabase(shared.config);
      await createTestLabels(shared.handle.db);
      await createPublishedPost(shared.handle.db, '2021-02-05T09:00:00.000Z', {
        title: 'Shared story',
        slug: 'shared-story',
      });
      instanceA = await buildTestApp(shared.handle);
      instanceB = await buildTestApp(second);
    });
    after(async () => {
      await instanceA.close();
      await instanceB.close();
      await second.close();
      await shared.drop();
    });

    it('serves no stale page on any instance after a change made on one of them', async () => {
      for (const instance of [instanceA, instanceB]) {
        await instance.inject('/2021/02/shared-story');
        const warm = await instance.inject('/2021/02/shared-story');
        assert.equal(warm.headers['x-cache'], 'hit');
      }
      // The change goes through instance A's database handle only.
      const row = await shared.handle.db
        .selectFrom('content_items')
        .select('id')
        .where('slug', '=', 'shared-story')
        .executeTakeFirstOrThrow();
      await updateContentItem(shared.handle.db, row.id, { title: 'Shared story, corrected' });
      for (const instance of [instanceA, instanceB]) {
        const fresh = await instance.inject('/2021/02/shared-story');
        assert.match(fresh.body, /<h1>Shared story, corrected<\/h1>/);
      }
    });
  });
}
