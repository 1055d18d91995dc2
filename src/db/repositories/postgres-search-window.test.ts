import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { publishedContentRow } from '../../../test/support/content-rows.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { dialectOf, refreshPlannerStatistics } from '../connection.ts';
import { insertRows } from './bulk-insert.ts';
import {
  estimatedMatches,
  monthStartSeq,
  firstWindowSize,
  monthsBetween,
  monthsOf,
  monthsQuery,
  nextWindowSize,
  windowAt,
} from './postgres-search-window.ts';
import { tsqueryLiteral } from './postgres-search-index.ts';
import { SEARCH_MATCH_LIMIT, SEQ_PER_SECOND, type SearchMatch } from './search-index.ts';
import {
  selectSearchDateRange,
  selectSearchMatches,
  writeSearchDocuments,
} from './search-repository.ts';

describe('windows of months', () => {
  const months = monthsBetween(202103, 202112);

  it('lists months newest first, across a new year', () => {
    assert.deepEqual(monthsBetween(202011, 202102), [202102, 202101, 202012, 202011]);
    assert.equal(months.length, 10);
  });

  it('looks everywhere at once when few matches are expected', () => {
    assert.equal(firstWindowSize(months.length, 4_000, 2_001), 0);
    assert.equal(firstWindowSize(1, 50_000, 2_001), 0);
  });

  it('looks everywhere at once when the first window would hold every month', () => {
    // 1,000 a month: 10,050 wanted with the margin, more than ten months hold.
    assert.equal(firstWindowSize(months.length, 10_000, 6_700), 0);
    assert.deepEqual(monthsOf(null), []);
    assert.deepEqual(
      monthsOf({ first: '2021-11-30T23:00:00.000Z', last: '2022-01-01T00:00:00.000Z' }),
      [202201, 202112, 202111],
    );
  });

  it('starts with the months expected to hold enough', () => {
    // 4,000 a month: 3,002 wanted with the margin, one month.
    assert.equal(firstWindowSize(months.length, 40_000, 2_001), 1);
    // 1,100 a month: three months.
    assert.equal(firstWindowSize(months.length, 11_000, 2_001), 3);
  });

  it('sizes the next window by the matches found per month so far', () => {
    // 1,417 in 9 months, 583 still wanted: about 875 more at 157 a month, 6 months.
    assert.equal(
      nextWindowSize({ found: 1_417, monthsSearched: 9, wanted: 2_000, lastSize: 9 }),
      6,
    );
    // Found nearly all: one month at least.
    assert.equal(
      nextWindowSize({ found: 1_999, monthsSearched: 3, wanted: 2_000, lastSize: 3 }),
      1,
    );
    // A few quiet months: at most twice the last (the rate would ask for 2,993 months).
    assert.equal(nextWindowSize({ found: 1, monthsSearched: 2, wanted: 2_000, lastSize: 2 }), 4);
    // Nothing found to go by: twice the last.
    assert.equal(nextWindowSize({ found: 0, monthsSearched: 4, wanted: 2_000, lastSize: 4 }), 8);
  });

  it('ends a window of a year or more at the nearer January', () => {
    const fourYears = monthsBetween(201801, 202112);
    assert.deepEqual(windowAt(fourYears, 0, 4), [202112, 202111, 202110, 202109]);
    assert.equal(windowAt(fourYears, 4, 8).at(-1), 202101, 'under a year: as asked');
    // From August 2021, twelve months would end in September 2020: January 2021 is four back,
    // January 2020 eight on. Fourteen: six either way, the newer kept. Sixteen, to May 2020:
    // on to January 2020.
    assert.equal(windowAt(fourYears, 4, 12).at(-1), 202101);
    assert.equal(windowAt(fourYears, 4, 14).at(-1), 202101);
    assert.equal(windowAt(fourYears, 4, 16).at(-1), 202001);
    // From December 2020, fourteen would end in November 2019: back to January 2020.
    assert.deepEqual(windowAt(fourYears, 12, 14).length, 12);
    const last = windowAt(fourYears, 44, 12);
    assert.deepEqual([last[0], last.at(-1)], [201804, 201801], 'cut at the oldest month');
  });

  it('asks for a whole year by its facet, and for the months of a part year', () => {
    assert.equal(
      monthsQuery(monthsBetween(201911, 202102), (year) => `#y${year}`),
      "('@m202102' | '@m202101' | '#y2020' | '@m201912' | '@m201911')",
    );
  });

  it('knows where a month starts in seq', () => {
    assert.equal(
      monthStartSeq(202112),
      (Date.parse('2021-12-01T00:00:00Z') / 1000) * SEQ_PER_SECOND,
    );
    assert.equal(
      monthStartSeq(202112, 1),
      (Date.parse('2022-01-01T00:00:00Z') / 1000) * SEQ_PER_SECOND,
    );
  });
});

/** Items per year, newest first: few in the last years, most long ago. */
const ITEMS_PER_YEAR: [number, number][] = [
  [2023, 40],
  [2022, 40],
  [2021, 40],
  [2020, 5_000],
  [2019, 6_000],
];

describeEachDatabase('the newest matches among thousands, years apart', (database) => {
  /** Newest first, as a search lists them; and those with the word `even`. */
  const ids: string[] = [];
  const evenIds: string[] = [];
  const match = (word: string): SearchMatch => ({
    mode: 'all',
    terms: [{ forms: [[word]], isPrefix: false }],
    facets: [],
    now: '2024-06-01T00:00:00.000Z',
  });

  before(async () => {
    const { db } = database();
    const rows = ITEMS_PER_YEAR.flatMap(([year, count]) =>
      Array.from({ length: count }, (_, index) =>
        publishedContentRow({
          title: `Item ${year}-${index}`,
          slug: `item-${year}-${index}`,
          body_html: '',
          published_at: new Date(Date.UTC(year, 0, 1) + index * 4_000_000).toISOString(),
        }),
      ),
    );
    const newestFirst = [...rows].sort((a, b) =>
      (b.published_at as string).localeCompare(a.published_at as string),
    );
    ids.push(...newestFirst.map((row) => row.id));
    await insertRows(db, 'content_items', rows);
    await writeSearchDocuments(
      db,
      rows.map((row, index) => ({
        contentId: row.id,
        publishedAt: row.published_at as string,
        language: 'en',
        title: ['item'],
        body: index % 2 === 0 ? ['levy', 'even'] : ['levy'],
        facets: [`y${(row.published_at as string).slice(0, 4)}`],
      })),
    );
    evenIds.push(...ids.filter((id) => rows.findIndex((row) => row.id === id) % 2 === 0));
    await refreshPlannerStatistics(db);
  });

  it('counts up to the limit and pages through the newest in order, across windows', async () => {
    const { db } = database();
    if (dialectOf(db) === 'postgres') {
      // The case at hand: the planner expects many matches, so months are looked in by windows.
      const months = monthsOf(await selectSearchDateRange(db, match('levy').now));
      assert.equal(months[0], 202301);
      assert.equal(months.at(-1), 201901);
      const estimate = await estimatedMatches(db, tsqueryLiteral(match('levy')));
      assert.ok(estimate > 10_000, `estimate ${estimate}`);
      assert.ok(firstWindowSize(months.length, estimate, SEARCH_MATCH_LIMIT + 1) > 0);
    }
    const first = await selectSearchMatches(db, match('levy'), { limit: 10, offset: 0 });
    assert.equal(first.count, SEARCH_MATCH_LIMIT);
    assert.equal(first.isCapped, true);
    assert.deepEqual(first.ids, ids.slice(0, 10));
    const last = await selectSearchMatches(db, match('levy'), { limit: 10, offset: 1_990 });
    assert.deepEqual(last.ids, ids.slice(1_990, 2_000));
  });

  it('finds every other item as well, in order', async () => {
    const { db } = database();
    const page = await selectSearchMatches(db, match('even'), { limit: 10, offset: 1_000 });
    assert.equal(page.count, SEARCH_MATCH_LIMIT);
    assert.deepEqual(page.ids, evenIds.slice(1_000, 1_010));
  });
});
