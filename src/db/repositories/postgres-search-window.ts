import { sql } from 'kysely';
import type { Db } from '../connection.ts';
import { type PublishedRange, SEQ_PER_SECOND } from './search-index.ts';

// A search keeps the newest matches (SEARCH_MATCH_LIMIT), but a GIN index gives every match of
// a query, in no order, and each is then read from the table: a phrase found in 41% of 100,000
// items read 41,000 rows to keep the newest 2,001 (67 ms). Every document holds the month it
// was published in as a lexeme of its own (`@m202005`), so `query & ('@m202012' | '@m202011')`
// is intersected inside the index, and only that window's matches are read (a year's: 5.7 ms).
// Windows of months are asked newest first until enough matches are found; they are disjoint
// and each is contiguous in `seq`, so their matches, each window newest first, are the newest
// matches in order.

/** Marks a month lexeme; no token and no facet holds it. */
const MONTH_MARK = '@m';

/**
 * Below this many matches (the planner's estimate) one look at every month costs less: the
 * index checks each document of a window against each of its lexemes, which for a word in
 * 7% of the items cost what reading all its matches did (8 ms); at 30% a window costs a
 * sixth of them.
 */
const WINDOWED_FROM_MATCHES = 10_000;

/** How many more matches the first window aims for than it needs, for uneven months. */
const FIRST_WINDOW_MARGIN = 1.5;

/** A month as `yyyymm` (UTC), as its lexeme carries it. */
export type Month = number;

/** The month lexeme of a document published at `publishedAt` (an ISO timestamp, UTC). */
export function monthLexeme(publishedAt: string): string {
  return `${MONTH_MARK}${publishedAt.slice(0, 4)}${publishedAt.slice(5, 7)}`;
}

/**
 * The windows to look in, newest first, as lists of months; empty when the whole index is one
 * look (few matches expected, or enough in the first window of all months). The first window holds enough months for `wanted` matches if
 * `estimate` of them were spread evenly over `months` (newest first); each window after it
 * twice as many months as the one before, as the first found fewer than expected.
 */
export function monthWindows(months: Month[], estimate: number, wanted: number): Month[][] {
  if (estimate < WINDOWED_FROM_MATCHES) return [];
  const perMonth = estimate / months.length;
  let size = Math.max(1, Math.ceil((FIRST_WINDOW_MARGIN * wanted) / perMonth));
  // A first window of every month is the whole index: one look.
  if (size >= months.length) return [];
  const windows: Month[][] = [];
  for (let start = 0; start < months.length; size *= 2) {
    let end = Math.min(months.length, start + size);
    // A window of a year or more runs on to a January, so that all but its newest year are
    // whole, asked for by one lexeme each (see monthsQuery).
    while (end - start >= 12 && end < months.length && (months[end - 1] as Month) % 100 !== 1) {
      end += 1;
    }
    windows.push(months.slice(start, end));
    start = end;
  }
  return windows;
}

/**
 * A window as tsquery: any of its months' lexemes, and for a whole calendar year the year's
 * facet (`#y2019`, as the year filter asks) instead of its twelve months: each lexeme OR'd is a
 * posting list the index reads (51 months cost 10 ms where 6 years cost 1.8).
 */
export function monthsQuery(months: Month[], yearLexeme: (year: number) => string): string {
  const byYear = new Map<number, Month[]>();
  for (const month of months) {
    const year = Math.floor(month / 100);
    byYear.set(year, [...(byYear.get(year) ?? []), month]);
  }
  const lexemes = [...byYear].flatMap(([year, ofYear]) =>
    ofYear.length === 12 ? [yearLexeme(year)] : ofYear.map((month) => `${MONTH_MARK}${month}`),
  );
  return `(${lexemes.map((lexeme) => `'${lexeme}'`).join(' | ')})`;
}

/** The month (`yyyymm`, UTC) of an ISO timestamp. */
function monthOf(timestamp: string): Month {
  return Number(timestamp.slice(0, 4)) * 100 + Number(timestamp.slice(5, 7));
}

/** The months from `first` to `last`, newest first. */
export function monthsBetween(first: Month, last: Month): Month[] {
  const months: Month[] = [];
  for (let month = last; month >= first;) {
    months.push(month);
    month = month % 100 === 1 ? month - 100 + 11 : month - 1;
  }
  return months;
}

/** The first `seq` of a month, or of the month `after` months later (see SEQ_PER_SECOND). */
export function monthStartSeq(month: Month, after = 0): number {
  const start = Date.UTC(Math.floor(month / 100), (month % 100) - 1 + after, 1);
  return (start / 1000) * SEQ_PER_SECOND;
}

/** The months from the first's to the last's, newest first; none without a range. */
export function monthsOf(published: PublishedRange | null | undefined): Month[] {
  return published ? monthsBetween(monthOf(published.first), monthOf(published.last)) : [];
}

/**
 * How many documents the planner expects `query` to match, from the statistics ANALYZE keeps
 * of the vectors' lexemes: no row is read.
 */
export async function estimatedMatches(db: Db, query: string): Promise<number> {
  const { rows } = await sql<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents
    WHERE vector @@ CAST(${query} AS tsquery)`.execute(db);
  return rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
}
