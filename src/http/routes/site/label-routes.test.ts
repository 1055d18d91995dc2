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
  dateHeaders,
  listedTitles,
  mainOf,
} from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  createContentItem,
  unpublishContentItem,
} from '../../../domain/content/content-service.ts';

const nepal = { kind: 'country', slug: 'nepal' } as const;
const india = { kind: 'country', slug: 'india' } as const;
const youth = { kind: 'theme', slug: 'youth' } as const;
const hiddenTitles = ['Nepal draft', 'Nepal review', 'Nepal future', 'Nepal withdrawn'];

describeEachDatabase('country and theme pages', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    // 12 Nepal posts over six days, two a day, then one filed under Nepal and Youth.
    for (let index = 0; index < 12; index++) {
      const day = String(1 + Math.floor(index / 2)).padStart(2, '0');
      const hour = String(8 + (index % 2)).padStart(2, '0');
      await createPublishedPost(db, `2021-06-${day}T${hour}:00:00.000Z`, {
        title: `Nepal ${String(index).padStart(2, '0')}`,
        labels: [nepal],
      });
    }
    await createPublishedPost(db, '2021-06-06T12:00:00.000Z', {
      title: 'Nepal youth',
      labels: [nepal, youth],
    });
    // Newer than every Nepal post: would top the Nepal page if the filter leaked.
    await createPublishedPost(db, '2021-06-03T10:00:00.000Z', {
      title: 'India 0',
      labels: [india],
    });
    await createPublishedPost(db, '2021-06-07T10:00:00.000Z', {
      title: 'India 1',
      labels: [india],
    });
    await createPublishedPost(db, '2021-06-08T10:00:00.000Z', {
      title: 'Youth only',
      labels: [youth],
    });
    await createPublishedPost(db, '2021-06-09T10:00:00.000Z', { title: 'Unlabelled' });
    await createContentItem(db, {
      title: 'Nepal draft',
      html: '<p>x</p>',
      status: 'draft',
      publishedAt: '2021-06-06T13:00:00.000Z',
      labels: [nepal],
    });
    await createContentItem(db, {
      title: 'Nepal review',
      html: '<p>x</p>',
      status: 'review',
      publishedAt: '2021-06-06T14:00:00.000Z',
      labels: [nepal],
    });
    await createContentItem(db, {
      title: 'Nepal future',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: FAR_FUTURE,
      labels: [nepal],
    });
    const withdrawn = await createPublishedPost(db, '2021-06-06T15:00:00.000Z', {
      title: 'Nepal withdrawn',
      labels: [nepal],
    });
    await unpublishContentItem(db, withdrawn);
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('lists only the country’s posts, newest first under date headers', async () => {
    const response = await app.inject('/countries/nepal');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.deepEqual(listedTitles(response.body), [
      'Nepal youth',
      'Nepal 11',
      'Nepal 10',
      'Nepal 09',
      'Nepal 08',
      'Nepal 07',
      'Nepal 06',
      'Nepal 05',
      'Nepal 04',
      'Nepal 03',
    ]);
    assert.deepEqual(dateHeaders(response.body), [
      '2021-06-06',
      '2021-06-05',
      '2021-06-04',
      '2021-06-03',
      '2021-06-02',
    ]);
  });

  it('lists a theme’s posts across countries', async () => {
    const response = await app.inject('/themes/youth');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(listedTitles(response.body), ['Youth only', 'Nepal youth']);
    assert.match(response.body, /<h1>Youth<\/h1>/);
  });

  it('pages at ten posts with ?page=2 and links both ways', async () => {
    const page1 = (await app.inject('/countries/nepal')).body;
    assert.match(page1, /<a href="\/countries\/nepal\?page=2" rel="next">/);
    assert.doesNotMatch(page1, /rel="prev"/);
    const page2 = await app.inject('/countries/nepal?page=2');
    assert.equal(page2.statusCode, 200);
    assert.deepEqual(listedTitles(page2.body), ['Nepal 02', 'Nepal 01', 'Nepal 00']);
    assert.deepEqual(dateHeaders(page2.body), ['2021-06-02', '2021-06-01']);
    assert.match(page2.body, /<a href="\/countries\/nepal" rel="prev">/);
    assert.doesNotMatch(page2.body, /rel="next"/);
    assert.equal(
      attributeOf(page2.body, 'rel="canonical"', 'href'),
      'http://site.test/countries/nepal?page=2',
    );
  });

  it('answers a malformed page number with 400 and an out-of-range one with 404', async () => {
    for (const bad of ['abc', '0', '-2', '2.5']) {
      const response = await app.inject(`/countries/nepal?page=${bad}`);
      assert.equal(response.statusCode, 400, bad);
      assert.match(response.body, /whole number/, bad);
    }
    const response = await app.inject('/countries/nepal?page=3');
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /<h1>Page not found<\/h1>/);
  });

  it('shows the label’s name as h1, its description and post count', async () => {
    const body = (await app.inject('/countries/nepal')).body;
    const main = mainOf(body);
    assert.match(main, /<h1>Nepal<\/h1>/);
    assert.match(main, /<p>Nepal posts<\/p>/);
    assert.match(main, /13 items/);
    assert.equal(attributeOf(body, 'name="description"', 'content'), 'Nepal posts');
    assert.equal(attributeOf(body, 'rel="canonical"', 'href'), 'http://site.test/countries/nepal');
  });

  it('announces and links its own feeds beside the site’s', async () => {
    const body = (await app.inject('/countries/nepal')).body;
    assert.deepEqual(alternateLinks(body), [
      { type: 'application/atom+xml', href: '/feed.atom' },
      { type: 'application/rss+xml', href: '/feed.rss' },
      { type: 'application/feed+json', href: '/feed.json' },
      { type: 'application/atom+xml', href: '/countries/nepal/feed.atom' },
      { type: 'application/rss+xml', href: '/countries/nepal/feed.rss' },
      { type: 'application/feed+json', href: '/countries/nepal/feed.json' },
    ]);
    const main = mainOf(body);
    for (const extension of ['atom', 'rss', 'json']) {
      assert.match(main, new RegExp(`<a href="/countries/nepal/feed\\.${extension}">`));
    }
    const theme = (await app.inject('/themes/youth')).body;
    assert.match(mainOf(theme), /<a href="\/themes\/youth\/feed\.rss">/);
  });

  it('never lists drafts, items in review, future or unpublished items', async () => {
    for (const url of ['/countries/nepal', '/countries/nepal?page=2']) {
      const body = (await app.inject(url)).body;
      for (const hidden of hiddenTitles) {
        assert.equal(body.includes(hidden), false, `${hidden} on ${url}`);
      }
    }
  });

  it('says so when a label has nothing published', async () => {
    const response = await app.inject('/themes/social-security');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<h1>Social security<\/h1>/);
    assert.match(mainOf(response.body), /Nothing has been published here yet\./);
    assert.deepEqual(listedTitles(response.body), []);
  });

  it('answers an unknown label, or one under the wrong kind, with a 404 page', async () => {
    for (const url of ['/countries/atlantis', '/themes/nepal', '/countries/youth']) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(String(response.headers['content-type']), /^text\/html/, url);
      assert.match(response.body, /^<!DOCTYPE html>/, url);
      assert.match(response.body, /<h1>Page not found<\/h1>/, url);
      assert.match(response.body, /<nav class="site-nav"/, url);
    }
  });
});
