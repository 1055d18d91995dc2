import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { decodeHTML } from 'entities';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import {
  createMediaTestActors,
  makeImage,
  makeTemporaryMediaDir,
} from '../../../../test/support/media-test-files.ts';
import { headOf, mainOf } from '../../../../test/support/page-html.ts';
import { TEST_SITE_URL, buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';
import { type MediaItem, uploadMedia } from '../../../domain/media/media-service.ts';

const PLAIN_PATH = '/2021/03/wages-and-rights';
const PLAIN_TITLE = 'Wages & rights: नेपालका श्रमिक';

/** The `content` of each `<meta property|name="…">` in a page's head, by that name. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [tag] of headOf(html).matchAll(/<meta [^>]*>/g)) {
    const name = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /content="([^"]*)"/.exec(tag)?.[1];
    if (name && content !== undefined) tags.set(name, decodeHTML(content));
  }
  return tags;
}

/** The share links of a page's main content: each link's text with its attributes, decoded. */
function shareLinks(html: string): Map<string, Record<string, string>> {
  const section = /<section class="share"[\s\S]*?<\/section>/.exec(mainOf(html))?.[0] ?? '';
  const links = new Map<string, Record<string, string>>();
  for (const [, attributes = '', text = ''] of section.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)) {
    const pairs = [...attributes.matchAll(/([a-z-]+)="([^"]*)"/g)];
    links.set(
      text,
      Object.fromEntries(pairs.map(([, name, value]) => [name, decodeHTML(value ?? '')])),
    );
  }
  return links;
}

describeEachDatabase('sharing an item page', (database) => {
  let app: FastifyInstance;
  let plainId: string;
  let cover: MediaItem;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    const mediaDir = await makeTemporaryMediaDir();
    const { contributor } = await createMediaTestActors(db);
    cover = await uploadMedia({ db, mediaDir, maxBytes: 20 * 1024 * 1024 }, contributor, {
      bytes: await makeImage('jpeg', 1600, 900),
      originalName: 'cover.jpg',
      alt: 'Vendors at their stalls',
    });
    plainId = await createPublishedPost(db, '2021-03-12T08:00:00.000Z', {
      title: PLAIN_TITLE,
      slug: 'wages-and-rights',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    await createPublishedPost(db, '2021-03-13T08:00:00.000Z', {
      title: 'With a photo',
      slug: 'with-a-photo',
      featuredMediaId: cover.id,
    });
    await createPublishedPost(db, '2021-03-14T08:00:00.000Z', {
      title: 'Borrowed picture',
      slug: 'borrowed-picture',
      featuredImage: { url: 'https://example.org/cover.jpg', alt: 'A borrowed cover' },
    });
    await createContentItem(db, {
      type: 'event',
      title: 'Assembly of street vendors',
      slug: 'assembly',
      html: '<p>All welcome.</p>',
      status: 'published',
      publishedAt: '2021-03-01T08:00:00.000Z',
      fields: {
        startsAt: '2021-04-01T10:00',
        endsAt: '2021-04-01T14:00',
        timeZone: 'Asia/Kathmandu',
      },
    });
    app = await buildTestApp(database(), { config: { mediaDir } });
  });
  after(() => app.close());

  it('shows the generated card of an item without a picture, large', async () => {
    const meta = metaTags((await app.inject(PLAIN_PATH)).body);
    const card = `${TEST_SITE_URL}/cards/${plainId}.png`;
    assert.equal(meta.get('og:image'), card);
    assert.equal(meta.get('og:image:width'), '1200');
    assert.equal(meta.get('og:image:height'), '630');
    assert.equal(meta.get('og:image:alt'), PLAIN_TITLE);
    assert.equal(meta.get('twitter:card'), 'summary_large_image');
    const image = await app.inject(card.slice(TEST_SITE_URL.length));
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/png');
  });

  it('shows an uploaded featured image cut for previews, as a JPEG named by the upload', async () => {
    const meta = metaTags((await app.inject('/2021/03/with-a-photo')).body);
    assert.match(
      meta.get('og:image') ?? '',
      new RegExp(`^${TEST_SITE_URL}/cards/[0-9a-f-]{36}\\.jpg\\?image=${cover.id.slice(0, 8)}$`),
    );
    assert.equal(meta.get('og:image:width'), '1200');
    assert.equal(meta.get('og:image:height'), '630');
    assert.equal(meta.get('og:image:alt'), 'Vendors at their stalls');
    assert.equal(meta.get('twitter:card'), 'summary_large_image');
  });

  it('shows a featured image from another site as it was given, with no size', async () => {
    const meta = metaTags((await app.inject('/2021/03/borrowed-picture')).body);
    assert.equal(meta.get('og:image'), 'https://example.org/cover.jpg');
    assert.equal(meta.has('og:image:width'), false);
    assert.equal(meta.get('og:image:alt'), 'A borrowed cover');
  });

  it('shares pages without a picture of their own as a plain summary', async () => {
    const meta = metaTags((await app.inject('/')).body);
    assert.equal(meta.has('og:image'), false);
    assert.equal(meta.get('twitter:card'), 'summary');
  });

  it('offers share links with the page address and title encoded, and no script', async () => {
    const html = (await app.inject(PLAIN_PATH)).body;
    const url = `${TEST_SITE_URL}${PLAIN_PATH}`;
    const [encodedUrl, encodedTitle] = [encodeURIComponent(url), encodeURIComponent(PLAIN_TITLE)];
    const links = shareLinks(html);
    assert.deepEqual(
      [...links].map(([text, attributes]) => [text, attributes.href]),
      [
        ['WhatsApp', `https://wa.me/?text=${encodeURIComponent(`${PLAIN_TITLE} ${url}`)}`],
        ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`],
        ['X', `https://x.com/intent/post?url=${encodedUrl}&text=${encodedTitle}`],
        ['LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`],
        ['Telegram', `https://t.me/share/url?url=${encodedUrl}&text=${encodedTitle}`],
        [
          'Email',
          `mailto:?subject=${encodedTitle}&body=${encodeURIComponent(`${PLAIN_TITLE}\r\n${url}`)}`,
        ],
      ],
    );
    assert.ok(encodedTitle.includes('%26'), 'the title’s "&" cannot end a parameter');
    for (const [text, attributes] of links) {
      const name = attributes['aria-label']?.toLowerCase() ?? '';
      assert.ok(name.includes(text.toLowerCase()), `${text}: its name says what it does`);
      if (text === 'Email') continue;
      assert.equal(attributes.target, '_blank', text);
      assert.match(attributes.rel ?? '', /\bnoopener\b/, text);
    }
    assert.match(html, /<label for="share-url">Copy the link<\/label>/);
    assert.ok(html.includes(`<input id="share-url" type="url" value="${url}" readonly`));
    assert.equal(/<script/.test(mainOf(html)), false, 'no script');
  });

  it('offers share links on the pages of every type, not only posts', async () => {
    const html = (await app.inject('/events/assembly')).body;
    const links = shareLinks(html);
    assert.equal(links.size, 6);
    assert.equal(
      links.get('Facebook')?.href,
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${TEST_SITE_URL}/events/assembly`)}`,
    );
    assert.match(metaTags(html).get('og:image') ?? '', /\/cards\/[0-9a-f-]+\.png$/);
  });
});
