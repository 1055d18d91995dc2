import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import sharp from 'sharp';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import { createTestPerson } from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp, testConfig } from '../../../../test/support/test-app.ts';
import { makeImage, makeTemporaryMediaDir } from '../../../../test/support/media-test-files.ts';
import { uploadMedia } from '../../../domain/media/media-service.ts';
import { attributeOf, headOf } from '../../../../test/support/page-html.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem, updateContentItem } from '../../../domain/content/content-service.ts';
import { socialCardPath } from '../../../domain/content/share-image.ts';
import type { SocialCardInput } from '../../../domain/media/social-card.ts';
import { trashItem } from '../../../domain/trash/trash-service.ts';
import { SocialCardRenders } from './social-card-renders.ts';
import { openMediaStore } from '../../../domain/media/media-storage.ts';
import { registerSocialCardRoutes } from './social-card-routes.ts';

describeEachDatabase('social card routes', (database) => {
  let app: FastifyInstance;
  let postId: string;
  let regionalId: string;
  let draftId: string;
  let trashedId: string;
  let photoPostId: string;

  before(async () => {
    const { db } = database();
    const mediaDir = await makeTemporaryMediaDir();
    await createTestLabels(db);
    postId = await createPublishedPost(db, '2021-03-12T08:00:00.000Z', {
      title: 'Street vendors win back their market',
      labels: [
        { kind: 'theme', slug: 'youth' },
        { kind: 'country', slug: 'nepal' },
      ],
    });
    regionalId = await createPublishedPost(db, '2021-03-13T08:00:00.000Z', {
      title: 'कामदारहरूको सामाजिक सुरक्षा',
      locale: 'ne',
    });
    draftId = await createContentItem(db, { title: 'Not yet', html: '<p>Draft.</p>' });
    trashedId = await createPublishedPost(db, '2021-03-14T08:00:00.000Z', { title: 'Removed' });
    const administrator = await createTestPerson(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
    });
    await trashItem(db, administrator, trashedId);
    const photo = await uploadMedia({ db, mediaDir, maxBytes: 10_000_000 }, administrator, {
      bytes: await makeImage('jpeg', 2000, 1500),
      originalName: 'market.jpg',
      alt: 'Vendors at the market',
    });
    photoPostId = await createPublishedPost(db, '2021-03-15T08:00:00.000Z', {
      title: 'The market reopens',
      featuredMediaId: photo.id,
    });
    app = await buildTestApp(database(), { config: { mediaDir } });
  });

  after(async () => {
    await app?.close();
  });

  it('draws the card of a public item: a PNG with a strong ETag, cached for a day', async () => {
    for (const id of [postId, regionalId]) {
      const response = await app.inject(socialCardPath(id));
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['content-type'], 'image/png');
      assert.equal(response.headers['cache-control'], 'public, max-age=86400');
      assert.match(String(response.headers.etag), /^"[^"]+"$/, 'a strong ETag');
      const metadata = await sharp(response.rawPayload).metadata();
      assert.deepEqual([metadata.format, metadata.width, metadata.height], ['png', 1200, 630]);
    }
  });

  it('answers 304 to a client that has the card, and a new ETag once the title changes', async () => {
    const first = await app.inject(socialCardPath(postId));
    const etag = String(first.headers.etag);
    const again = await app.inject({
      url: socialCardPath(postId),
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.headers.etag, etag);
    assert.equal(again.rawPayload.length, 0);

    await updateContentItem(database().db, postId, { title: 'Street vendors keep their market' });
    const changed = await app.inject({
      url: socialCardPath(postId),
      headers: { 'if-none-match': etag },
    });
    assert.equal(changed.statusCode, 200);
    assert.notEqual(changed.headers.etag, etag);
  });

  it('has no card for what readers cannot see: 404, and 410 for an item in the trash', async () => {
    assert.equal((await app.inject(socialCardPath(draftId))).statusCode, 404);
    assert.equal((await app.inject(socialCardPath(crypto.randomUUID()))).statusCode, 404);
    assert.equal((await app.inject('/cards/not-an-id.png')).statusCode, 404);
    assert.equal((await app.inject(`/cards/${postId}.jpg`)).statusCode, 404);
    assert.equal((await app.inject(socialCardPath(trashedId))).statusCode, 410);
  });

  it('shares an item’s own picture as a 1200 × 630 JPEG, which WhatsApp shows', async () => {
    const page = await app.inject(`/2021/03/the-market-reopens`);
    assert.equal(page.statusCode, 200);
    const shared = attributeOf(headOf(page.body), 'property="og:image"', 'content') ?? '';
    assert.match(shared, new RegExp(`^http://site\\.test/cards/${photoPostId}\\.jpg\\?image=`));
    const photo = await app.inject(new URL(shared).pathname + new URL(shared).search);
    assert.equal(photo.statusCode, 200);
    assert.equal(photo.headers['content-type'], 'image/jpeg');
    const metadata = await sharp(photo.rawPayload).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ['jpeg', 1200, 630]);
    assert.ok(photo.rawPayload.length < 300_000, `${photo.rawPayload.length} bytes`);
    const again = await app.inject({
      url: `/cards/${photoPostId}.jpg`,
      headers: { 'if-none-match': String(photo.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
  });

  it('draws a card once however many ask for it at the same moment', async () => {
    const drawn: SocialCardInput[] = [];
    const renders = new SocialCardRenders(async (input) => {
      drawn.push(input);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Buffer.from(`card of ${input.title}`);
    });
    const bare = Fastify();
    registerSocialCardRoutes(
      bare,
      { db: database().db, mediaStore: openMediaStore(testConfig()) },
      renders,
    );
    await bare.ready();
    try {
      const responses = await Promise.all(
        Array.from({ length: 8 }, () => bare.inject(socialCardPath(regionalId))),
      );
      assert.deepEqual(
        responses.map((response) => response.statusCode),
        Array(8).fill(200),
      );
      assert.equal(drawn.length, 1, 'drawn once');
      assert.equal(drawn[0]?.title, 'कामदारहरूको सामाजिक सुरक्षा');
      assert.equal(drawn[0]?.lang, 'ne');
      assert.equal(drawn[0]?.countryName, null, 'a regional item names no country');
      assert.equal(new Set(responses.map((response) => response.body)).size, 1);
      // Later requests are served from memory too.
      assert.equal((await bare.inject(socialCardPath(regionalId))).statusCode, 200);
      assert.equal(drawn.length, 1);
    } finally {
      await bare.close();
    }
  });
});
