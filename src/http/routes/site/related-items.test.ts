import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createPublishedPost,
  createTestLabels,
} from '../../../../test/support/content-fixtures.ts';
import { mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';

/** Titles in the page's "Related" section, in order. */
function relatedTitles(html: string): string[] {
  const section = html.match(/<section class="related"[\s\S]*?<\/section>/)?.[0] ?? '';
  return [...section.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map((match) => match[1] ?? '');
}

describeEachDatabase('related items on item pages', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createTestLabels(db);
    await createPublishedPost(db, '2021-03-01T08:00:00.000Z', {
      title: 'Brick kiln workers win a pension scheme',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    await createPublishedPost(db, '2021-03-02T08:00:00.000Z', {
      title: 'Kiln owners resist the pension scheme',
    });
    await createPublishedPost(db, '2021-03-03T08:00:00.000Z', {
      title: 'A Nepal union congress',
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    await createPublishedPost(db, '2021-03-04T08:00:00.000Z', { title: 'Rice harvest prices' });
    // The words in the body only: not what the item is about.
    await createPublishedPost(db, '2021-03-06T08:00:00.000Z', {
      title: 'Monsoon diary',
      html: '<p>A brick kiln, a pension scheme, workers who win.</p>',
    });
    await createContentItem(db, {
      title: 'Kiln draft about the pension scheme',
      html: '<p>Not yet.</p>',
      status: 'draft',
    });
    await createContentItem(db, {
      type: 'statement',
      title: 'On brick kiln pensions',
      html: '<p>A statement.</p>',
      status: 'published',
      publishedAt: '2021-03-05T08:00:00.000Z',
      fields: { kind: 'press-release' },
    });
    app = await buildTestApp(database());
  });
  after(() => app.close());

  it('lists items sharing the title’s words or the labels, never the item or a draft', async () => {
    const page = await app.inject('/2021/03/brick-kiln-workers-win-a-pension-scheme');
    assert.equal(page.statusCode, 200);
    const related = relatedTitles(mainOf(page.body));
    // Three shared words each (a plural counts as its word) before one shared label.
    assert.deepEqual(related.slice(0, 2).sort(), [
      'Kiln owners resist the pension scheme',
      'On brick kiln pensions',
    ]);
    assert.deepEqual(related.slice(2), ['A Nepal union congress']);
    assert.ok(!related.includes('Monsoon diary'));
  });

  it('shows them on the pages of every type, with their kind and date', async () => {
    const page = await app.inject('/statements/on-brick-kiln-pensions');
    assert.equal(page.statusCode, 200);
    const main = mainOf(page.body);
    assert.ok(relatedTitles(main).includes('Brick kiln workers win a pension scheme'));
    assert.match(main, /<h2 id="related-title">Related<\/h2>/);
    assert.match(main, /Post · March 1, 2021/);
  });

  it('shows no section for an item like no other', async () => {
    const page = await app.inject('/2021/03/rice-harvest-prices');
    assert.doesNotMatch(page.body, /class="related"/);
  });
});
