import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublishedPost, FAR_FUTURE } from '../../../../test/support/content-fixtures.ts';
import {
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

interface ListedMonth {
  year: string;
  href: string;
  name: string;
  count: string;
}

/** The months listed on `/archive`, in order, each with the year section it sits in. */
function listedMonths(html: string): ListedMonth[] {
  const months: ListedMonth[] = [];
  for (const section of mainOf(html).matchAll(
    /<section class="archive-year"[^>]*><h2[^>]*>(\d+)<\/h2>([\s\S]*?)<\/section>/g,
  )) {
    for (const entry of (section[2] ?? '').matchAll(
      /<li><a href="([^"]+)">([^<]+)<\/a> <span class="count">([^<]+)<\/span><\/li>/g,
    )) {
      months.push({
        year: section[1] ?? '',
        href: entry[1] ?? '',
        name: entry[2] ?? '',
        count: entry[3] ?? '',
      });
    }
  }
  return months;
}

describeEachDatabase('archive pages', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    // March 2021 from its first to its last instant; April starts right after.
    await createPublishedPost(db, '2021-03-01T00:00:00.000Z', { title: 'March first' });
    await createPublishedPost(db, '2021-03-15T12:00:00.000Z', { title: 'March middle' });
    await createPublishedPost(db, '2021-03-31T23:59:59.999Z', { title: 'March last' });
    await createPublishedPost(db, '2021-04-01T00:00:00.000Z', { title: 'April first' });
    await createPublishedPost(db, '2021-02-28T23:59:59.999Z', { title: 'February last' });
    await createPublishedPost(db, '2020-11-20T10:00:00.000Z', { title: 'November one' });
    await createPublishedPost(db, '2020-11-21T10:00:00.000Z', { title: 'November two' });
    await createPublishedPost(db, '2019-07-04T10:00:00.000Z', { title: 'July alone' });
    // Other kinds in the stream: November 2020 holds two posts, two events and a statement.
    for (const day of ['03', '04']) {
      await createContentItem(db, {
        type: 'event',
        title: `November meeting ${day}`,
        html: '<p>x</p>',
        status: 'published',
        publishedAt: `2020-11-${day}T10:00:00.000Z`,
        fields: { startsAt: '2020-12-01T10:00', endsAt: '2020-12-01T11:00', timeZone: 'UTC' },
      });
    }
    await createContentItem(db, {
      type: 'statement',
      title: 'November statement',
      html: '<p>x</p>',
      status: 'published',
      publishedAt: '2020-11-25T10:00:00.000Z',
      fields: { kind: 'press-release' },
    });
    // Hidden items: they count nowhere, and a month holding only them does not exist.
    for (const status of ['draft', 'review'] as const) {
      await createContentItem(db, {
        title: `March ${status}`,
        html: '<p>x</p>',
        status,
        publishedAt: '2021-03-20T10:00:00.000Z',
      });
    }
    await createContentItem(db, {
      title: 'Far future',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: FAR_FUTURE,
    });
    const withdrawn = await createPublishedPost(db, '2020-05-05T10:00:00.000Z', {
      title: 'May withdrawn',
    });
    await unpublishContentItem(db, withdrawn);
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('lists months newest first, grouped by year, with counts of public items by kind', async () => {
    const response = await app.inject('/archive');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<h1>Archive<\/h1>/);
    assert.deepEqual(listedMonths(response.body), [
      { year: '2021', href: '/archive/2021/04', name: 'April 2021', count: '1 post' },
      { year: '2021', href: '/archive/2021/03', name: 'March 2021', count: '3 posts' },
      { year: '2021', href: '/archive/2021/02', name: 'February 2021', count: '1 post' },
      {
        year: '2020',
        href: '/archive/2020/11',
        name: 'November 2020',
        count: '2 posts, 2 events, 1 statement',
      },
      { year: '2019', href: '/archive/2019/07', name: 'July 2019', count: '1 post' },
    ]);
  });

  it('lists one month’s public posts under date headers and nothing else', async () => {
    const response = await app.inject('/archive/2021/03');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<h1>March 2021<\/h1>/);
    assert.deepEqual(listedTitles(response.body), ['March last', 'March middle', 'March first']);
    assert.deepEqual(dateHeaders(response.body), ['2021-03-31', '2021-03-15', '2021-03-01']);
    for (const other of ['April first', 'February last', 'March draft', 'March review']) {
      assert.equal(response.body.includes(other), false, other);
    }
    assert.equal(
      attributeOf(response.body, 'rel="canonical"', 'href'),
      'http://site.test/archive/2021/03',
    );
    assert.match(mainOf(response.body), /<a href="\/archive">/);
  });

  it('keeps posts on a month’s edges in their own month', async () => {
    assert.deepEqual(listedTitles((await app.inject('/archive/2021/04')).body), ['April first']);
    assert.deepEqual(listedTitles((await app.inject('/archive/2021/02')).body), ['February last']);
  });

  it('answers 404 for impossible months, malformed paths and empty months', async () => {
    for (const url of [
      '/archive/2021/13',
      '/archive/2021/00',
      '/archive/2021/3',
      '/archive/abcd/03',
      '/archive/21/03',
      '/archive/2021/05',
      '/archive/2020/05',
      '/archive/2999/01',
    ]) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(response.body, /<h1>Page not found<\/h1>/, url);
    }
  });
});

describeEachDatabase('archive of an empty site', (database) => {
  let app: FastifyInstance;

  before(async () => {
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('says nothing has been published yet', async () => {
    const response = await app.inject('/archive');
    assert.equal(response.statusCode, 200);
    assert.match(mainOf(response.body), /Nothing has been published yet\./);
    assert.deepEqual(listedMonths(response.body), []);
  });
});
