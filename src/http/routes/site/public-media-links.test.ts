import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createNewsroomFixtures, newsroomFor } from '../../../../test/support/newsroom-fixtures.ts';
import {
  MINIMAL_PDF,
  makeImage,
  makeTemporaryMediaDir,
} from '../../../../test/support/media-test-files.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  approveItem,
  createDraft,
  submitItem,
} from '../../../domain/editorial/editorial-service.ts';
import { type MediaItem, uploadMedia } from '../../../domain/media/media-service.ts';
import { queueNewsletter } from '../../../domain/newsletters/newsletter-sending.ts';
import { saveNewsletter } from '../../../domain/newsletters/newsletter-service.ts';
import { trashMedia } from '../../../domain/trash/trash-service.ts';
import { updateSiteSettings } from '../../../domain/settings/settings-service.ts';

/** Plain http with a port and a path: the CSP must name this origin, `https:` does not cover it. */
const STORE = 'http://store.test:9000/inspir-media';
const POST_PATH = '/2021/03/flood-relief';
const PUBLICATION_PATH = '/publications/a-pocket-guide';
const NEWSLETTER_PATH = '/newsletters/flood-news';

/** Every address our own uploads are linked at in `text`: `/media/…` (also absolute) or the store's. */
function mediaAddressesIn(text: string): { app: string[]; store: string[] } {
  const names = '[0-9a-f]{8}-[0-9a-f-]{27}(?:-\\d+\\.webp|\\.[a-z]+)';
  return {
    app: [...text.matchAll(new RegExp(`/media/${names}`, 'g'))].map((match) => match[0]),
    store: [...text.matchAll(new RegExp(`${STORE}/${names}`, 'g'))].map((match) => match[0]),
  };
}

describeEachDatabase('links to uploads with a public store address', (database) => {
  let direct: FastifyInstance;
  let proxied: FastifyInstance;
  let cover: MediaItem;
  let photo: MediaItem;
  let guide: MediaItem;
  let gone: MediaItem;

  before(async () => {
    const { db } = database();
    const fixtures = await createNewsroomFixtures(db);
    const { contributor, administrator } = fixtures.people;
    const newsroom = newsroomFor(db);
    const published = async (input: Parameters<typeof createDraft>[2]) => {
      const { id } = await createDraft(newsroom, contributor, input);
      await submitItem(newsroom, contributor, id);
      return approveItem(newsroom, administrator, id);
    };
    const mediaDir = await makeTemporaryMediaDir();
    const deps = { db, mediaDir, maxBytes: 20 * 1024 * 1024 };
    cover = await uploadMedia(deps, contributor, {
      bytes: await makeImage('jpeg', 1600, 900),
      originalName: 'cover.jpg',
      alt: 'Volunteers loading relief boxes',
    });
    photo = await uploadMedia(deps, contributor, {
      bytes: await makeImage('png', 1000, 600),
      originalName: 'river.png',
      alt: 'The river',
    });
    gone = await uploadMedia(deps, contributor, {
      bytes: await makeImage('png', 400, 300),
      originalName: 'gone.png',
      alt: 'Taken down',
    });
    guide = await uploadMedia(deps, contributor, {
      bytes: MINIMAL_PDF,
      originalName: 'guide.pdf',
    });
    const flood = await published({
      title: 'Flood relief',
      slug: 'flood-relief',
      publishedAt: '2021-03-12T08:00:00.000Z',
      featuredMediaId: cover.id,
      html:
        `<p><img src="${photo.url}" alt="The river in March"></p>` +
        `<p>The <a href="${photo.url}">full picture</a> and ` +
        '<img src="https://elsewhere.example/media/picture.jpg" alt="Elsewhere"></p>',
    });
    await published({
      type: 'publication',
      title: 'A pocket guide',
      slug: 'a-pocket-guide',
      html: '<p>One guide.</p>',
      fields: { kind: 'Guide', files: [{ language: 'en', mediaId: guide.id }] },
    });
    // A picture named by address rather than by upload (as a restored archive may hold):
    // shown as it is, and shared as it is (og:image).
    const restored = await published({
      title: 'Restored picture',
      slug: 'restored-picture',
      publishedAt: '2021-03-14T08:00:00.000Z',
      featuredImage: { url: 'https://placeholder.example/picture.jpg', alt: 'Restored' },
      html: '<p>Restored.</p>',
    });
    await db
      .updateTable('content_items')
      .set({ featured_image_url: `/media/${cover.storedName}` })
      .where('id', '=', restored.id)
      .execute();
    // Taken down on purpose: its files stay in the store until the trash is emptied.
    await published({
      title: 'Taken down',
      slug: 'taken-down',
      publishedAt: '2021-03-15T08:00:00.000Z',
      html: `<p><img src="${gone.url}" alt="Taken down"></p>`,
    });
    await trashMedia(db, administrator, gone.id, { isConfirmed: true });
    const letter = await saveNewsletter(db, administrator, {
      input: {
        subject: 'Flood news',
        body: `<p><img src="${photo.url}" alt="In the letter"></p>`,
        itemId: flood.id,
        language: 'en',
        countries: [],
        themes: [],
        languages: [],
      },
    });
    await queueNewsletter(db, { id: letter, actor: administrator });
    await updateSiteSettings(db, { aboutHtml: `<p><img src="${photo.url}" alt="Us"></p>` });
    direct = await buildTestApp(database(), { config: { mediaDir, mediaPublicUrl: STORE } });
    proxied = await buildTestApp(database(), { config: { mediaDir } });
  });
  after(async () => {
    await direct.close();
    await proxied.close();
  });

  it('links the featured image, body images, their WebP variants and body links at the store', async () => {
    const page = await direct.inject(POST_PATH);
    assert.equal(page.statusCode, 200);
    const { app, store } = mediaAddressesIn(page.body);
    assert.deepEqual(app, [], 'no picture goes through the app');
    const linked = new Set(store);
    for (const media of [cover, photo]) {
      for (const variant of media.variants)
        assert.ok(linked.has(`${STORE}${variant.url.slice(6)}`));
    }
    assert.ok(page.body.includes(`<a href="${STORE}/${photo.storedName}">full picture</a>`));
    assert.ok(page.body.includes('src="https://elsewhere.example/media/picture.jpg"'));
  });

  it('links listing pictures, publication files, the about page and newsletters at the store', async () => {
    for (const path of ['/', PUBLICATION_PATH, '/about', NEWSLETTER_PATH]) {
      const page = await direct.inject(path);
      assert.equal(page.statusCode, 200, path);
      const { app, store } = mediaAddressesIn(page.body);
      assert.deepEqual(app, [], path);
      assert.ok(store.length > 0, `${path} links an upload at the store`);
    }
    const publication = (await direct.inject(PUBLICATION_PATH)).body;
    assert.ok(publication.includes(`href="${STORE}/${guide.storedName}"`));
    const newsletter = (await direct.inject(NEWSLETTER_PATH)).body;
    assert.ok(newsletter.includes(`<img src="${STORE}/${photo.storedName}" alt="In the letter"`));
    // The item it sends, its featured picture in the variant about the email's width.
    assert.match(
      newsletter,
      new RegExp(`<img src="${STORE}/${cover.id}-\\d+\\.webp" alt="Volunteers`),
    );
  });

  it('shows and shares a picture stored by its /media/ address at the store', async () => {
    const page = await direct.inject('/2021/03/restored-picture');
    assert.equal(page.statusCode, 200);
    assert.deepEqual(mediaAddressesIn(page.body).app, []);
    assert.match(page.body, new RegExp(`<img class="featured" src="${STORE}/${cover.storedName}"`));
    assert.ok(
      page.body.includes(`<meta property="og:image" content="${STORE}/${cover.storedName}"`),
    );
  });

  it('serves feeds whose bodies link uploads at the store', async () => {
    for (const feed of ['/feed.atom', '/feed.rss', '/feed.json']) {
      const response = await direct.inject(feed);
      assert.equal(response.statusCode, 200, feed);
      const { app, store } = mediaAddressesIn(response.body);
      assert.deepEqual(app, [`/media/${gone.storedName}`], `${feed}: only the upload in the trash`);
      assert.ok(store.includes(`${STORE}/${photo.storedName}`), feed);
    }
  });

  it('names the store in the public API’s body and featured image', async () => {
    const response = await direct.inject('/api/v1/posts/flood-relief');
    assert.equal(response.statusCode, 200);
    const item = response.json<{ html: string; featured_image: { url: string } }>();
    assert.equal(item.featured_image.url, `${STORE}/${cover.storedName}`);
    assert.deepEqual(mediaAddressesIn(item.html).app, []);
    assert.ok(item.html.includes(`${STORE}/${photo.storedName}`));
  });

  it('keeps /media/ for an upload in the trash, so it still answers 410 rather than showing', async () => {
    const page = await direct.inject('/2021/03/taken-down');
    assert.equal(page.statusCode, 200);
    assert.deepEqual(mediaAddressesIn(page.body), {
      app: [`/media/${gone.storedName}`],
      store: [],
    });
    assert.equal((await direct.inject(`/media/${gone.storedName}`)).statusCode, 410);
    const item = (await direct.inject('/api/v1/posts/taken-down')).json<{ html: string }>();
    assert.deepEqual(mediaAddressesIn(item.html).store, []);
    assert.ok(item.html.includes(`src="http://site.test/media/${gone.storedName}"`), item.html);
  });

  it('allows images from the store’s origin in the Content-Security-Policy', async () => {
    const policy = String((await direct.inject(POST_PATH)).headers['content-security-policy']);
    const imgSrc = policy.split(';').find((directive) => directive.trim().startsWith('img-src'));
    assert.ok(imgSrc?.split(/\s+/).includes('http://store.test:9000'), policy);
  });

  it('caches the page as rewritten: a second request gets the same bytes and ETag', async () => {
    const first = await direct.inject(POST_PATH);
    const second = await direct.inject(POST_PATH);
    assert.equal(second.body, first.body);
    assert.equal(second.headers.etag, first.headers.etag);
    assert.deepEqual(mediaAddressesIn(second.body).app, []);
  });

  describe('without a public store address', () => {
    it('links every upload through the app, as before', async () => {
      for (const path of [
        POST_PATH,
        '/',
        PUBLICATION_PATH,
        '/about',
        NEWSLETTER_PATH,
        '/feed.json',
      ]) {
        const { app, store } = mediaAddressesIn((await proxied.inject(path)).body);
        assert.deepEqual(store, [], path);
        assert.ok(app.length > 0, `${path} links an upload through the app`);
      }
      const item = (await proxied.inject('/api/v1/posts/flood-relief')).json<{
        featured_image: { url: string };
      }>();
      assert.equal(item.featured_image.url, `http://site.test/media/${cover.storedName}`);
      const policy = String((await proxied.inject(POST_PATH)).headers['content-security-policy']);
      assert.ok(!policy.includes('store.test'), policy);
    });
  });
});
