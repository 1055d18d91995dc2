import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
  FAR_FUTURE,
} from '../../../../test/support/content-fixtures.ts';
import { dateHeaders, listedTitles } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';

describeEachDatabase('home page', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    // 23 posts over 12 days: two per day, one on the last day.
    for (let index = 0; index < 23; index++) {
      const day = String(1 + Math.floor(index / 2)).padStart(2, '0');
      const hour = String(8 + (index % 2)).padStart(2, '0');
      await createPublishedPost(db, `2021-03-${day}T${hour}:00:00.000Z`, {
        title: `Story ${String(index).padStart(2, '0')}`,
      });
    }
    await createContentItem(db, { title: 'Secret draft', html: '<p>x</p>', status: 'draft' });
    await createContentItem(db, { title: 'Waiting review', html: '<p>x</p>', status: 'review' });
    await createContentItem(db, {
      title: 'Future piece',
      html: '<p>x</p>',
      status: 'scheduled',
      publishedAt: FAR_FUTURE,
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('lists ten posts newest first under each date once', async () => {
    const response = await app.inject('/');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    const titles = listedTitles(response.body);
    assert.deepEqual(titles.slice(0, 3), ['Story 22', 'Story 21', 'Story 20']);
    assert.equal(titles.length, 10);
    const headers = dateHeaders(response.body);
    assert.deepEqual(headers, [
      '2021-03-12',
      '2021-03-11',
      '2021-03-10',
      '2021-03-09',
      '2021-03-08',
      '2021-03-07',
    ]);
    assert.equal(new Set(headers).size, headers.length);
  });

  it('never shows drafts, items in review or future items', async () => {
    const body = (await app.inject('/')).body;
    for (const hidden of ['Secret draft', 'Waiting review', 'Future piece']) {
      assert.equal(body.includes(hidden), false, hidden);
    }
  });

  it('pages through older posts with ?page=N and links both ways', async () => {
    const page2 = await app.inject('/?page=2');
    assert.equal(page2.statusCode, 200);
    assert.deepEqual(listedTitles(page2.body).slice(0, 1), ['Story 12']);
    assert.match(page2.body, /<a href="\/" rel="prev">/);
    assert.match(page2.body, /<a href="\/\?page=3" rel="next">/);
    const page3 = await app.inject('/?page=3');
    assert.deepEqual(listedTitles(page3.body), ['Story 02', 'Story 01', 'Story 00']);
    assert.doesNotMatch(page3.body, /rel="next"/);
  });

  it('answers a malformed page number with 400 and an out-of-range one with 404', async () => {
    for (const bad of ['abc', '0', '-1', '1.5', '1e3', '99999999999999999999']) {
      const response = await app.inject(`/?page=${encodeURIComponent(bad)}`);
      assert.equal(response.statusCode, 400, bad);
      assert.match(response.body, /whole number/);
    }
    const response = await app.inject('/?page=4');
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /<h1>Page not found<\/h1>/);
  });
});
