import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { createNewsroomLabels } from '../../../../test/support/newsroom-fixtures.ts';
import { makeImage, makeTemporaryMediaDir } from '../../../../test/support/media-test-files.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  itemIdFrom,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { selectItemById } from '../../../db/repositories/content-repository.ts';
import { uploadMedia } from '../../../domain/media/media-service.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';

const emptyPost = {
  type: 'post',
  slug: '',
  excerpt: '',
  featuredMediaId: '',
  publishedAt: '',
  'f.organizations': '',
};

/** The share card's preview as the edit page draws it. */
function sharePreview(body: string): string {
  const start = body.indexOf('<figure class="share-preview"');
  assert.ok(start >= 0, 'the page has a share preview');
  return body.slice(start, body.indexOf('</figure>', start));
}

describeEachDatabase('the edit page: search and sharing', (database) => {
  let app: FastifyInstance;
  let contributor: Visitor;
  let otherContributor: Visitor;
  let pictureId: string;
  let thumbnail: string;

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    await createUser(db, {
      email: 'cora@example.org',
      name: 'Cora',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    await createUser(db, {
      email: 'olga@example.org',
      name: 'Olga',
      role: 'contributor',
      password: TEST_PASSWORD,
    });
    const actor = await getActorByEmail(db, 'cora@example.org');
    assert.ok(actor);
    const deps = { db, mediaDir: await makeTemporaryMediaDir(), maxBytes: 1_000_000 };
    const picture = await uploadMedia(deps, actor, {
      bytes: await makeImage('png', 1200, 630),
      originalName: 'card.png',
      alt: 'Delegates in Kathmandu',
    });
    pictureId = picture.id;
    thumbnail = picture.variants[0]?.url ?? picture.url;
    app = await buildTestApp(database());
    contributor = await signedIn(app, db, 'cora@example.org');
    otherContributor = await signedIn(app, db, 'olga@example.org');
  });
  after(() => app.close());

  it('keeps the fields folded away on a new item, previewing the title as the card', async () => {
    const page = await contributor.get('/admin/items/new?type=post');
    assert.match(page.body, /<details class="item-sharing"><summary>Search and sharing<\/summary>/);
    const preview = sharePreview(page.body);
    assert.match(preview, /<p class="share-card-host">site\.test<\/p>/);
    assert.match(preview, /<div class="share-card-image share-card-no-image">/);
  });

  it('saves them from the form, shows them back open, and previews the card with them', async () => {
    const created = await contributor.post('/admin/items', {
      ...emptyPost,
      title: 'Pension reform in Nepal',
      html: '<p>The fund opened to construction workers.</p>',
      metaTitle: '  Nepal opens its pension fund  ',
      metaDescription: 'Construction workers can now join.',
      socialImageId: pictureId,
    });
    assert.equal(created.statusCode, 303, created.body);
    const id = itemIdFrom(created.headers.location);
    const stored = await selectItemById(database().db, id);
    assert.equal(stored?.meta_title, 'Nepal opens its pension fund');
    assert.equal(stored?.meta_description, 'Construction workers can now join.');
    assert.equal(stored?.social_image_id, pictureId);

    const page = await contributor.get(`/admin/items/${id}`);
    assert.match(page.body, /<details class="item-sharing" open>/);
    assert.match(page.body, /name="metaTitle" value="Nepal opens its pension fund"/);
    assert.match(page.body, /placeholder="Pension reform in Nepal"/);
    const preview = sharePreview(page.body);
    assert.match(preview, new RegExp(`<img class="share-card-image" src="${thumbnail}"`));
    assert.match(preview, />Nepal opens its pension fund<\/p>/);
    assert.match(preview, />Construction workers can now join\.<\/p>/);
  });

  it('previews a draft without a picture with the card drawn from its title, for its author only', async () => {
    const created = await contributor.post('/admin/items', {
      ...emptyPost,
      title: 'स्वास्थ्य बीमा सबैका लागि',
      html: '<p>Health insurance for all.</p>',
    });
    assert.equal(created.statusCode, 303, created.body);
    const id = itemIdFrom(created.headers.location);
    const page = await contributor.get(`/admin/items/${id}`);
    const cardUrl = `/admin/items/${id}/card.png`;
    assert.match(
      sharePreview(page.body),
      new RegExp(`<img class="share-card-image" src="${cardUrl}"`),
    );
    const card = await contributor.get(cardUrl);
    assert.equal(card.statusCode, 200);
    assert.equal(card.headers['content-type'], 'image/png');
    assert.equal(card.headers['cache-control'], 'private, no-cache');
    const { width, height } = await sharp(card.rawPayload).metadata();
    assert.deepEqual([width, height], [1200, 630]);
    // Someone who may not see the draft gets nothing, and readers do not get it at /cards.
    assert.equal((await otherContributor.get(cardUrl)).statusCode, 404);
    assert.equal((await app.inject(`/cards/${id}.png`)).statusCode, 404);
    assert.notEqual((await app.inject(cardUrl)).statusCode, 200);
  });

  it('refuses overlong text and a missing image, naming the fields at the top', async () => {
    const refused = await contributor.post('/admin/items', {
      ...emptyPost,
      title: 'Too long',
      html: '<p>x</p>',
      metaTitle: 'x'.repeat(121),
    });
    assert.equal(refused.statusCode, 422);
    assert.ok(/href="#item-metaTitle">Title for search and sharing must be/.test(refused.body));
    assert.ok(/<details class="item-sharing" open>/.test(refused.body), 'the fields show');
    const noImage = await contributor.post('/admin/items', {
      ...emptyPost,
      title: 'No such image',
      html: '<p>x</p>',
      socialImageId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(noImage.statusCode, 422);
    assert.ok(/href="#item-socialImageId">Image for sharing/.test(noImage.body));
  });
});
