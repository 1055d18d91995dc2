import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
  FAR_FUTURE,
} from '../../../../test/support/content-fixtures.ts';
import {
  alternateLinks,
  attributeOf,
  countMatches,
  mainOf,
} from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  createContentItem,
  publishContentItem,
  unpublishContentItem,
} from '../../../domain/content/content-service.ts';
import { createUser } from '../../../domain/users/user-service.ts';

const POST_PATH = '/2021/03/wages-and-welfare';

/** `href` of the neighbour link with the given rel inside the page, if any. */
function neighbourHref(html: string, rel: 'prev' | 'next'): string | undefined {
  return html.match(new RegExp(`<a href="([^"]+)" rel="${rel}">`))?.[1];
}

/** The label links of the post's own label list (not the site navigation). */
function postLabelLinks(html: string): string[] {
  const list = mainOf(html).match(/<ul class="labels"[^>]*>([\s\S]*?)<\/ul>/)?.[1] ?? '';
  return [...list.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );
}

describeEachDatabase('post page', (database) => {
  let app: FastifyInstance;
  let twinPaths: [string, string];

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    const authorId = await createUser(db, {
      email: 'asha@example.org',
      name: 'Asha Rai',
      role: 'contributor',
    });
    await createPublishedPost(db, '2020-01-05T09:00:00.000Z', {
      title: 'Unsafe body',
      slug: 'unsafe-body',
      html: '<script>alert(1)</script><p onclick="x">ok</p><a href="javascript:alert(1)">j</a><h1>Inner heading</h1>',
    });
    await createPublishedPost(db, '2021-03-10T08:00:00.000Z', {
      title: 'Older story',
      slug: 'older-story',
    });
    await createPublishedPost(db, '2021-03-15T10:30:00.000Z', {
      title: 'Wages & welfare',
      slug: 'wages-and-welfare',
      excerpt: 'Why wages decide welfare.',
      html: '<p>The full story of wages.</p>',
      authorId,
      labels: [
        { kind: 'theme', slug: 'youth' },
        { kind: 'country', slug: 'nepal' },
      ],
    });
    // Two posts at the same instant: the stream orders them by id, so must their links.
    const twinIds = [
      await createPublishedPost(db, '2021-03-20T09:00:00.000Z', {
        title: 'Twin A',
        slug: 'twin-a',
      }),
      await createPublishedPost(db, '2021-03-20T09:00:00.000Z', {
        title: 'Twin B',
        slug: 'twin-b',
      }),
    ];
    const [lowerSlug, higherSlug] =
      (twinIds[0] ?? '') < (twinIds[1] ?? '') ? ['a', 'b'] : ['b', 'a'];
    twinPaths = [`/2021/03/twin-${lowerSlug}`, `/2021/03/twin-${higherSlug}`];
    await createPublishedPost(db, '2021-04-02T09:00:00.000Z', {
      title: 'Newest story',
      slug: 'newest-story',
    });
    // Hidden items dated between the public ones: they must be neither pages nor neighbours.
    await createContentItem(db, {
      title: 'Hidden draft',
      slug: 'hidden-draft',
      html: '<p>x</p>',
      status: 'draft',
      publishedAt: '2021-03-16T08:00:00.000Z',
    });
    await createContentItem(db, {
      title: 'In review',
      slug: 'in-review',
      html: '<p>x</p>',
      status: 'review',
      publishedAt: '2021-03-12T08:00:00.000Z',
    });
    await createContentItem(db, {
      title: 'Future piece',
      slug: 'future-piece',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: FAR_FUTURE,
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('shows the title as the one h1, the date, the author and the body', async () => {
    const response = await app.inject(POST_PATH);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.equal(countMatches(response.body, /<h1[\s>]/g), 1);
    assert.match(response.body, /<h1>Wages &amp; welfare<\/h1>/);
    assert.match(
      response.body,
      /<time datetime="2021-03-15T10:30:00.000Z">Monday, March 15, 2021<\/time>/,
    );
    assert.match(mainOf(response.body), /By Asha Rai/);
    assert.match(mainOf(response.body), /<p>The full story of wages.<\/p>/);
    assert.doesNotMatch(mainOf((await app.inject('/2021/03/older-story')).body), /By /);
  });

  it('links its countries and themes to their pages', async () => {
    const body = (await app.inject(POST_PATH)).body;
    assert.deepEqual(postLabelLinks(body), ['/countries/nepal Nepal', '/themes/youth Youth']);
    assert.deepEqual(postLabelLinks((await app.inject('/2021/03/older-story')).body), []);
  });

  it('links the older post as prev and the newer as next, skipping hidden items', async () => {
    const body = (await app.inject(POST_PATH)).body;
    assert.equal(neighbourHref(body, 'prev'), '/2021/03/older-story');
    assert.equal(neighbourHref(body, 'next'), twinPaths[0]);
    const oldest = (await app.inject('/2020/01/unsafe-body')).body;
    assert.equal(neighbourHref(oldest, 'prev'), undefined);
    assert.equal(neighbourHref(oldest, 'next'), '/2021/03/older-story');
    const newest = (await app.inject('/2021/04/newest-story')).body;
    assert.equal(neighbourHref(newest, 'prev'), twinPaths[1]);
    assert.equal(neighbourHref(newest, 'next'), undefined);
  });

  it('orders two posts with the same timestamp the same way in both directions', async () => {
    const [lower, higher] = twinPaths;
    const lowerPage = (await app.inject(lower)).body;
    assert.equal(neighbourHref(lowerPage, 'prev'), POST_PATH);
    assert.equal(neighbourHref(lowerPage, 'next'), higher);
    const higherPage = (await app.inject(higher)).body;
    assert.equal(neighbourHref(higherPage, 'prev'), lower);
    assert.equal(neighbourHref(higherPage, 'next'), '/2021/04/newest-story');
  });

  it('answers 404 for a wrong year or month, an unknown slug and hidden items', async () => {
    const missing = [
      '/2020/03/wages-and-welfare',
      '/2021/04/wages-and-welfare',
      '/2021/3/wages-and-welfare',
      '/21/03/wages-and-welfare',
      '/2021/03/no-such-post',
      '/2021/03/hidden-draft',
      '/2021/03/in-review',
      '/2999/01/future-piece',
    ];
    for (const path of missing) {
      const response = await app.inject(path);
      assert.equal(response.statusCode, 404, path);
      assert.match(response.body, /<h1>Page not found<\/h1>/, path);
    }
  });

  it('stores and shows a body without scripts, event handlers or javascript: links', async () => {
    const response = await app.inject('/2020/01/unsafe-body');
    assert.equal(response.statusCode, 200);
    const main = mainOf(response.body);
    assert.match(main, /<p>ok<\/p>/);
    assert.match(main, /<a>j<\/a>/);
    assert.doesNotMatch(response.body, /<script/i);
    assert.doesNotMatch(response.body, /onclick/i);
    assert.doesNotMatch(response.body, /javascript:/i);
    assert.doesNotMatch(response.body, /alert\(/);
    // A heading in the body is demoted so that the title stays the only h1.
    assert.equal(countMatches(response.body, /<h1[\s>]/g), 1);
    assert.match(main, /<h2>Inner heading<\/h2>/);
  });

  it('describes itself to search engines, social sites and feed readers', async () => {
    const body = (await app.inject(POST_PATH)).body;
    assert.equal(
      attributeOf(body, 'rel="canonical"', 'href'),
      'http://site.test/2021/03/wages-and-welfare',
    );
    assert.equal(attributeOf(body, 'property="og:title"', 'content'), 'Wages &amp; welfare');
    assert.equal(attributeOf(body, 'property="og:type"', 'content'), 'article');
    assert.equal(attributeOf(body, 'name="description"', 'content'), 'Why wages decide welfare.');
    assert.match(body, /<title>Wages &amp; welfare · Our network<\/title>/);
    assert.deepEqual(alternateLinks(body), [
      { type: 'application/atom+xml', href: '/feed.atom' },
      { type: 'application/rss+xml', href: '/feed.rss' },
      { type: 'application/feed+json', href: '/feed.json' },
    ]);
  });
});

describeEachDatabase('post page through the editorial workflow', (database) => {
  let app: FastifyInstance;

  before(async () => {
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('appears when published and disappears when unpublished or rescheduled', async () => {
    const { db } = database();
    const path = '/2021/05/workflow-story';
    const id = await createContentItem(db, {
      title: 'Workflow story',
      slug: 'workflow-story',
      html: '<p>x</p>',
      status: 'draft',
      publishedAt: '2021-05-05T05:00:00.000Z',
    });
    assert.equal((await app.inject(path)).statusCode, 404, 'draft');
    await publishContentItem(db, id);
    const published = await app.inject(path);
    assert.equal(published.statusCode, 200, 'published');
    assert.match(published.body, /<h1>Workflow story<\/h1>/);
    await unpublishContentItem(db, id);
    assert.equal((await app.inject(path)).statusCode, 404, 'unpublished');
    await publishContentItem(db, id);
    assert.equal((await app.inject(path)).statusCode, 200, 'published again');
    await publishContentItem(db, id, { publishedAt: FAR_FUTURE });
    assert.equal((await app.inject(path)).statusCode, 404, 'rescheduled: old address');
    assert.equal((await app.inject('/2999/01/workflow-story')).statusCode, 404, 'scheduled');
  });
});
