import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost } from '../../../../test/support/content-fixtures.ts';
import { imagesIn, mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp, TEST_SITE_URL } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { type MediaItem, uploadMedia } from '../../../domain/media/media-service.ts';
import {
  createMediaTestActors,
  makeImage,
  makeTemporaryMediaDir,
} from '../../../../test/support/media-test-files.ts';

const POST_PATH = '/2021/03/flood-relief';
const EXTERNAL_BODY_IMAGE = '<img src="https://example.org/elsewhere.jpg" alt="Elsewhere" />';

function featuredOf(html: string): Record<string, string> {
  const featured = imagesIn(mainOf(html)).find((image) => image.class === 'featured');
  assert.ok(featured, 'the page shows a featured image');
  return featured;
}

function bodyImageOf(html: string, alt: string): Record<string, string> {
  const image = imagesIn(mainOf(html)).find((candidate) => candidate.alt === alt);
  assert.ok(image, `the body shows the image "${alt}"`);
  return image;
}

/** The widths a `srcset` offers, each with its URL checked to be a WebP variant. */
function srcsetWidths(srcset: string | undefined): number[] {
  assert.ok(srcset, 'a srcset');
  return srcset.split(', ').map((candidate) => {
    const match = /^(\/media\/[^ ]+\.webp) (\d+)w$/.exec(candidate);
    assert.ok(match, `a WebP variant with a width descriptor: ${candidate}`);
    return Number(match[2]);
  });
}

describeEachDatabase('post page images', (database) => {
  let app: FastifyInstance;
  let cover: MediaItem;
  let photo: MediaItem;

  before(async () => {
    const { db } = database();
    const mediaDir = await makeTemporaryMediaDir();
    const { contributor } = await createMediaTestActors(db);
    const deps = { db, mediaDir, maxBytes: 20 * 1024 * 1024 };
    cover = await uploadMedia(deps, contributor, {
      bytes: await makeImage('jpeg', 1600, 900),
      originalName: 'cover.jpg',
      alt: 'Volunteers loading relief boxes',
    });
    photo = await uploadMedia(deps, contributor, {
      bytes: await makeImage('png', 1000, 600),
      originalName: 'river.png',
      alt: 'Library description of the river',
    });
    await createPublishedPost(db, '2021-03-12T08:00:00.000Z', {
      title: 'Flood relief',
      slug: 'flood-relief',
      featuredMediaId: cover.id,
      html:
        '<p>Before the images.</p>' +
        `<p><img src="${photo.url}" alt="The river in March"></p>` +
        `<p>${EXTERNAL_BODY_IMAGE}</p>`,
    });
    await createPublishedPost(db, '2021-03-14T08:00:00.000Z', {
      title: 'Borrowed picture',
      slug: 'borrowed-picture',
      featuredImage: { url: 'https://example.org/cover.jpg', alt: 'A borrowed cover' },
    });
    app = await buildTestApp(database(), { config: { mediaDir } });
  });
  after(() => app.close());

  it('shows an uploaded featured image in every WebP variant, sized and loaded first', async () => {
    const featured = featuredOf((await app.inject(POST_PATH)).body);
    assert.deepEqual(srcsetWidths(featured.srcset), [320, 640, 960, 1280, 1600]);
    assert.ok(featured.sizes, 'sizes accompanies srcset');
    assert.deepEqual([featured.width, featured.height], ['1600', '900']);
    assert.equal(featured.alt, 'Volunteers loading relief boxes');
    assert.equal(featured.loading, undefined, 'not lazy: it is at the top of the page');
    assert.equal(featured.fetchpriority, 'high');
  });

  it('gives uploaded body images srcset, dimensions and lazy loading, keeping their alt', async () => {
    const image = bodyImageOf((await app.inject(POST_PATH)).body, 'The river in March');
    assert.deepEqual(srcsetWidths(image.srcset), [320, 640, 960, 1000]);
    assert.ok(image.sizes, 'sizes accompanies srcset');
    assert.deepEqual([image.width, image.height], ['1000', '600']);
    assert.equal(image.loading, 'lazy');
    assert.equal(image.fetchpriority, undefined);
  });

  it('offers files that the media route serves', async () => {
    const html = (await app.inject(POST_PATH)).body;
    const urls = imagesIn(mainOf(html))
      .flatMap((image) => [image.src ?? '', ...(image.srcset ?? '').split(', ')])
      .map((candidate) => candidate.split(' ')[0] ?? '')
      .filter((url) => url.startsWith('/media/'));
    assert.equal(new Set(urls).size, 5 + 4, 'every variant of both images');
    for (const url of new Set(urls)) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.headers['content-type'], 'image/webp', url);
    }
  });

  it('leaves an image from another site in the body exactly as it was', async () => {
    assert.ok(mainOf((await app.inject(POST_PATH)).body).includes(EXTERNAL_BODY_IMAGE));
  });

  it('shows an external featured image as a plain image with its alt', async () => {
    const featured = featuredOf((await app.inject('/2021/03/borrowed-picture')).body);
    assert.deepEqual(featured, {
      class: 'featured',
      src: 'https://example.org/cover.jpg',
      alt: 'A borrowed cover',
    });
  });

  it('offers only the two narrowest variants, as their own cache entry, with Save-Data: on', async () => {
    const full = await app.inject(POST_PATH);
    const saving = await app.inject({ url: POST_PATH, headers: { 'save-data': 'on' } });
    assert.equal(saving.statusCode, 200);
    assert.equal(saving.headers['x-cache'], 'miss', 'not the full page from the cache');
    assert.notEqual(saving.headers.etag, full.headers.etag);
    assert.match(String(saving.headers.vary), /\bSave-Data\b/);
    assert.match(String(full.headers.vary), /\bSave-Data\b/);

    const featured = featuredOf(saving.body);
    assert.deepEqual(srcsetWidths(featured.srcset), [320, 640]);
    assert.equal(featured.src, cover.variants[0]?.url);
    assert.deepEqual([featured.width, featured.height], ['1600', '900']);
    const image = bodyImageOf(saving.body, 'The river in March');
    assert.deepEqual(srcsetWidths(image.srcset), [320, 640]);
    assert.equal(image.loading, 'lazy');

    const savingAgain = await app.inject({ url: POST_PATH, headers: { 'save-data': 'on' } });
    assert.equal(savingAgain.headers['x-cache'], 'hit');
    assert.equal(savingAgain.body, saving.body);
    const fullAgain = await app.inject(POST_PATH);
    assert.equal(fullAgain.headers['x-cache'], 'hit');
    assert.equal(fullAgain.headers.etag, full.headers.etag);
    assert.equal(fullAgain.body, full.body);
    assert.deepEqual(srcsetWidths(featuredOf(fullAgain.body).srcset), [320, 640, 960, 1280, 1600]);
  });

  it('puts uploads in the feeds as plain images with absolute addresses', async () => {
    const feed = (await app.inject('/feed.json')).json<{
      items: { url: string; content_html: string }[];
    }>();
    const item = feed.items.find((entry) => entry.url === `${TEST_SITE_URL}${POST_PATH}`);
    assert.ok(item, 'the post is in the feed');
    assert.ok(item.content_html.includes(`src="${TEST_SITE_URL}${photo.url}"`));
    assert.doesNotMatch(item.content_html, /srcset|src="\/media\//);
    for (const format of ['atom', 'rss']) {
      const xml = (await app.inject(`/feed.${format}`)).body;
      assert.ok(xml.includes(`src="${TEST_SITE_URL}${photo.url}"`), format);
      assert.doesNotMatch(xml, /srcset|src="\/media\//, format);
    }
  });

  it('names an uploaded featured image in the read API by its absolute address', async () => {
    const post = (await app.inject('/api/v1/posts/flood-relief')).json<{
      featured_image: { url: string; alt: string } | null;
    }>();
    assert.deepEqual(post.featured_image, {
      url: `${TEST_SITE_URL}${cover.url}`,
      alt: 'Volunteers loading relief boxes',
    });
  });
});
