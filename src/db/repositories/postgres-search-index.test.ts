import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { publishedContentRow } from '../../../test/support/content-rows.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { SEARCH_INDEX_VERSION } from '../../domain/search/search-document.ts';
import {
  ensureSearchIndexCurrent,
  rebuildSearchIndex,
} from '../../domain/search/search-indexing.ts';
import { searchSite } from '../../domain/search/search-service.ts';
import { dialectOf } from '../connection.ts';
import { titleVectorLiteral, tsqueryLiteral, tsvectorLiteral } from './postgres-search-index.ts';

describe('PostgreSQL search index literals', () => {
  it('stores each pair of neighbouring tokens, in the title and the body, apart', () => {
    const vector = tsvectorLiteral({
      title: ['pension', 'fund'],
      body: ['the', 'pension', 'board'],
      facets: ['y2021'],
      publishedAt: '2021-05-31T23:59:59.000Z',
    });
    for (const lexeme of [
      "'pension~fund'",
      "'^pension~fund'",
      "'the~pension'",
      "'pension~board'",
      "'@m202105'",
    ]) {
      assert.ok(vector.split(' ').includes(lexeme), lexeme);
    }
    // No pair across the title and the body, nor with a facet.
    assert.ok(!vector.includes('fund~the'));
    assert.ok(!vector.includes('~#'));
  });

  it('keeps the title’s words, their pairs and the facets apart for related items', () => {
    assert.equal(
      titleVectorLiteral({ title: ['pension', 'fund', 'pension'], facets: ['y2021', 'lnepal'] }),
      "'^pension':1A,3A '^fund':2A '^pension~fund':1A '^fund~pension':2A '#y2021' '#lnepal'",
    );
  });

  it('asks for a phrase by its pairs, which the index answers without positions', () => {
    const query = tsqueryLiteral({
      mode: 'all',
      terms: [{ forms: [['pension', 'board', 'rule']], isPrefix: false }],
      facets: [],
      now: '2026-01-01T00:00:00.000Z',
    });
    assert.equal(query, "('pension~board' & 'board~rule')");
    // The planner is asked about the first pair only (the pairs come together).
    assert.equal(
      tsqueryLiteral(
        {
          mode: 'all',
          terms: [{ forms: [['pension', 'board', 'rule']], isPrefix: false }],
          facets: [],
          now: '2026-01-01T00:00:00.000Z',
        },
        true,
      ),
      "('pension~board')",
    );
    assert.ok(!query.includes('<->'));
  });

  it('keeps positions for a run that ends in a beginning', () => {
    const query = tsqueryLiteral({
      mode: 'all',
      terms: [{ forms: [['ab', 'cd']], isPrefix: true }],
      facets: [],
      now: '2026-01-01T00:00:00.000Z',
    });
    assert.equal(query, "('ab' <-> 'cd':*)");
  });
});

let day = 0;
function item(title: string, body: string) {
  day += 1;
  return publishedContentRow({
    title,
    slug: `pairs-${day}`,
    body_html: `<p>${body}</p>`,
    published_at: new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString(),
  });
}

describeEachDatabase('search by neighbouring tokens', (database) => {
  before(async () => {
    await database()
      .db.insertInto('content_items')
      .values([
        item('Pension board', 'The pension board rule changed this year.'),
        item('Board notes', 'A rule for the board; the pension comes later.'),
        item('សិទ្ធិកម្មករ', 'កម្មករនិងសហជីពទាមទារប្រាក់ឈ្នួល។'),
      ])
      .execute();
    await rebuildSearchIndex(database().db);
  });

  const titles = async (query: string) =>
    (await searchSite(database().db, { query, page: 1 })).results.map(
      (result) => result.item.title,
    );

  it('finds a phrase only with its words in sequence', async () => {
    assert.deepEqual(await titles('"pension board rule"'), ['Pension board']);
    assert.deepEqual(await titles('"board pension"'), []);
    assert.deepEqual(await titles('"rule changed"'), ['Pension board']);
  });

  it('finds a Khmer word inside a sentence, and not grams out of order', async () => {
    assert.deepEqual(await titles('សហជីព'), ['សិទ្ធិកម្មករ']);
    assert.deepEqual(await titles('ជីពសហ'), []);
  });

  it('rebuilds a PostgreSQL index made before pairs on start; SQLite keeps its own', async () => {
    const { db } = database();
    // What a site's index carried before the pairs: the shared version alone.
    await db
      .updateTable('site_settings')
      .set({ value: JSON.stringify(SEARCH_INDEX_VERSION) })
      .where('key', '=', 'search.index_version')
      .execute();
    assert.equal(await ensureSearchIndexCurrent(db), dialectOf(db) === 'postgres');
    assert.equal(await ensureSearchIndexCurrent(db), false);
    assert.deepEqual(await titles('"pension board rule"'), ['Pension board']);
  });
});
