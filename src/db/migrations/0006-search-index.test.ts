import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Kysely } from 'kysely';
import { describeEachDatabaseAt } from '../../../test/support/test-databases.ts';
import { ensureSearchIndexCurrent } from '../../domain/search/search-indexing.ts';
import { searchSite } from '../../domain/search/search-service.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

/** A published and a draft item, written as a site before search held them. */
async function fillSiteBeforeSearch(db: Kysely<Record<string, Record<string, unknown>>>) {
  const item = (id: string, title: string, status: string) => ({
    id,
    type: 'post',
    title,
    slug: id,
    excerpt: '',
    body_html: `<p>${title} in the lowlands.</p>`,
    status,
    published_at: '2021-02-01T08:00:00.000Z',
    author_id: null,
    locale: 'en',
    translation_group: id,
    featured_image_url: null,
    featured_image_alt: null,
    featured_media_id: null,
    review_note: null,
    created_at: '2021-02-01T08:00:00.000Z',
    updated_at: '2021-02-01T08:00:00.000Z',
    fields: '{}',
    starts_at: null,
    ends_at: null,
  });
  await db
    .insertInto('content_items')
    .values([
      item('44444444-4444-4444-8444-444444444444', 'Flood relief', 'published'),
      item('55555555-5555-4555-8555-555555555555', 'Flood draft', 'draft'),
    ])
    .execute();
}

describeEachDatabaseAt(
  'migration 0006: a site upgraded to search',
  '0005-structured-content',
  (database) => {
    before(async () => {
      const handle = database();
      await fillSiteBeforeSearch(
        handle.db as unknown as Kysely<Record<string, Record<string, unknown>>>,
      );
      assert.deepEqual((await migrateToLatest(handle.db))[0], '0006-search-index');
    });

    it('builds the index on first start, from the public items only, and only once', async () => {
      const handle = database();
      const before = await searchSite(handle.db, { query: 'flood', page: 1 });
      assert.equal(before.pagination.total, 0, 'the migration leaves the index empty');
      assert.equal(await ensureSearchIndexCurrent(handle.db), true);
      const after = await searchSite(handle.db, { query: 'flood', page: 1 });
      assert.deepEqual(
        after.results.map((result) => result.item.title),
        ['Flood relief'],
      );
      assert.equal(await ensureSearchIndexCurrent(handle.db), false);
    });

    it('can be undone', async () => {
      const handle = database();
      await migrateTo(handle.db, '0005-structured-content');
      const tables = await handle.db.introspection.getTables();
      assert.ok(!tables.some((table) => table.name.startsWith('search_')));
      await migrateToLatest(handle.db);
    });
  },
);
