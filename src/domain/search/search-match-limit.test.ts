import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { sql } from 'kysely';
import { publishedContentRow } from '../../../test/support/content-rows.ts';
import { buildTestApp } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { SEARCH_MATCH_LIMIT } from '../../db/repositories/search-index.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { rebuildSearchIndex } from './search-indexing.ts';
import { searchSite } from './search-service.ts';

const MATCHING = SEARCH_MATCH_LIMIT + 5;

/** Item `index` of the bulk: one a day from 2015 on, so item 0 is the oldest. */
function bulkItem(index: number, title: string, body: string): ContentItemsTable {
  return publishedContentRow({
    title,
    slug: `bulk-${index}`,
    body_html: `<p>${body}</p>`,
    published_at: new Date(Date.UTC(2015, 0, 1) + index * 86_400_000).toISOString(),
  });
}

describeEachDatabase('a search matching more than it reaches', (database, engine) => {
  before(async () => {
    const { db } = database();
    // The oldest item has the word in its title; every other item only in its body.
    const items = Array.from({ length: MATCHING }, (_, index) =>
      index === 0
        ? bulkItem(index, 'Harvest wages in the oldest report', 'Seasonal work.')
        : bulkItem(index, `Bulletin ${index}`, `The harvest season, week ${index}.`),
    );
    items.push(bulkItem(MATCHING, 'Harvest festival closes the season', 'A newer title match.'));
    for (let offset = 0; offset < items.length; offset += 200) {
      await db
        .insertInto('content_items')
        .values(items.slice(offset, offset + 200))
        .execute();
    }
    await rebuildSearchIndex(db);
  });

  // SQLite keeps its own statistics current (PRAGMA optimize); the question is PostgreSQL's.
  if (engine === 'postgres') {
    it('leaves the planner statistics current after the rebuild', async () => {
      // Without them PostgreSQL takes freshly loaded tables for empty and reads every item to
      // find a page's ten (hundreds of ms at 100,000 items), until autovacuum comes by, if ever.
      const { db } = database();
      const { rows } = await sql<{ relname: string; last_analyze: Date | null }>`
      SELECT relname, last_analyze FROM pg_stat_user_tables
      WHERE relname IN ('content_items', 'search_documents') ORDER BY relname`.execute(db);
      assert.deepEqual(
        rows.map((row) => [row.relname, row.last_analyze !== null]),
        [
          ['content_items', true],
          ['search_documents', true],
        ],
      );
    });
  }

  it('counts up to the limit, says there are more, and pages through the limit only', async () => {
    const { db } = database();
    const outcome = await searchSite(db, { query: 'harvest', page: 1 });
    assert.equal(outcome.pagination.total, SEARCH_MATCH_LIMIT);
    assert.equal(outcome.isTotalCapped, true);
    assert.equal(outcome.pagination.pageCount, SEARCH_MATCH_LIMIT / 10);
    const last = await searchSite(db, { query: 'harvest', page: SEARCH_MATCH_LIMIT / 10 });
    assert.equal(last.results.length, 10);
    await assert.rejects(
      searchSite(db, { query: 'harvest', page: SEARCH_MATCH_LIMIT / 10 + 1 }),
      NotFoundError,
    );
  });

  it('puts the title match among the newest first, and leaves older ones to a narrower search', async () => {
    const { db } = database();
    const titles = (await searchSite(db, { query: 'harvest', page: 1 })).results.map(
      (result) => result.item.title,
    );
    assert.equal(titles[0], 'Harvest festival closes the season');
    // Then body matches, newest first.
    assert.deepEqual(titles.slice(1, 3), [`Bulletin ${MATCHING - 1}`, `Bulletin ${MATCHING - 2}`]);
    // The oldest title match is past the newest 2,000: a year filter brings it back, first.
    assert.ok(!titles.includes('Harvest wages in the oldest report'));
    const in2015 = await searchSite(db, { query: 'harvest', year: '2015', page: 1 });
    assert.equal(in2015.isTotalCapped, false);
    assert.equal(in2015.pagination.total, 365);
    assert.equal(in2015.results[0]?.item.title, 'Harvest wages in the oldest report');
  });

  it('says so on the page and in the API', async () => {
    const app = await buildTestApp(database());
    try {
      const page = await app.inject({ url: '/search', query: { q: 'harvest' } });
      assert.match(page.body, /More than 2,000 results; the newest 2,000 are listed/);
      const api = await app.inject({ url: '/api/v1/search', query: { q: 'harvest' } });
      const json = api.json<{ total: number; total_is_capped: boolean; page_count: number }>();
      assert.deepEqual(
        [json.total, json.total_is_capped, json.page_count],
        [SEARCH_MATCH_LIMIT, true, SEARCH_MATCH_LIMIT / 10],
      );
    } finally {
      await app.close();
    }
  });

  it('counts exactly below the limit', async () => {
    const outcome = await searchSite(database().db, { query: 'festival', page: 1 });
    assert.equal(outcome.pagination.total, 1);
    assert.equal(outcome.isTotalCapped, false);
  });
});
