import { sql } from 'kysely';
import type { Db } from '../connection.ts';
import { type PublishedRange, SEQ_PER_SECOND } from './search-index.ts';

// A search keeps the newest matches (SEARCH_MATCH_LIMIT), but a GIN index gives every match of
// a query, in no order, and each is then read from the table: a phrase found in 41% of 100,000
// items read 41,000 rows to keep the newest 2,001 (67 ms). Every document holds the month it
// was published in as a lexeme of its own (`@m202005`), so `query & ('@m202012' | '@m202011')`
// is intersected inside the index, and only that window's matches are read (a year's: 5.7 ms).
// Windows of months are asked newest first until enough matches are found, each sized by what
// the ones before found; they are disjoint and each is contiguous in `seq`, so their matches,
// each window newest first, are the newest matches in order.

/** Marks a month lexeme; no token and no facet holds it. */
const MONTH_MARK = '@m';

/**
 * Below this many matches (the planner's estimate) one look at every month costs less: the
 * index checks each document of a window against each of its lexemes. A Nepali word in 8% of
 * 100,000 items, once windows asked whole years by one lexeme: one window of four years,
 * 5 ms, where reading its 8,000 matches took 10.
 */
const WINDOWED_FROM_MATCHES = 5_000;

/** How many more matches a window aims for than are still wanted, for uneven months. */
const WINDOW_MARGIN = 1.5;

/** A month as `yyyymm` (UTC), as its lexeme carries it. */
export type Month = number;

/** The month lexeme of a document published at `publishedAt` (an ISO timestamp, UTC). */
export function monthLexeme(publishedAt: string): string {
  return `${MONTH_MARK}${publishedAt.slice(0, 4)}${publishedAt.slice(5, 7)}`;
}

/**
 * How many months the first window holds: enough for `wanted` matches if `estimate` of them
 * were spread evenly over `monthCount` months; 0 when the whole index is one look (few matches
 * expected, or a first window of every month).
 */
export function firstWindowSize(monthCount: number, estimate: number, wanted: number): number {
  if (estimate < WINDOWED_FROM_MATCHES || monthCount < 2) return 0;
  const size = Math.max(1, Math.ceil((WINDOW_MARGIN * wanted) / (estimate / monthCount)));
  return size >= monthCount ? 0 : size;
}

/**
 * How many months the next window holds, from what the windows so far found: enough for the
 * matches still wanted at the rate found per month (the planner's estimate is for the whole
 * index, and months differ: a related item's second window, doubled, read 7,400 rows to keep
 * 583), but at most twice the last window, as a few quiet months say little of the rest (the
 * newest three holding one match made a window of every other month, 90,000 rows).
 */
export function nextWindowSize(progress: {
  found: number;
  monthsSearched: number;
  wanted: number;
  lastSize: number;
}): number {
  const { found, monthsSearched, wanted, lastSize } = progress;
  if (found === 0) return lastSize * 2;
  const perMonth = found / monthsSearched;
  const enough = Math.ceil((WINDOW_MARGIN * (wanted - found)) / perMonth);
  return Math.max(1, Math.min(enough, lastSize * 2));
}

/**
 * The window of about `size` months from `start` (months newest first). A window of a year or
 * more ends at the nearer January (the newer on a tie), so that all but its newest year are whole,
 * asked for by one lexeme each (see monthsQuery); running on by up to eleven months instead
 * had a related item's window read 15,700 rows to keep 1,213, where ending back read 7,500.
 */
export function windowAt(months: Month[], start: number, size: number): Month[] {
  const end = Math.min(months.length, start + size);
  if (end - start < 12 || end === months.length) return months.slice(start, end);
  const isJanuary = (index: number) => (months[index - 1] as Month) % 100 === 1;
  let on = end;
  while (on < months.length && !isJanuary(on)) on += 1;
  let back = end;
  while (back > start && !isJanuary(back)) back -= 1;
  return months.slice(start, back > start && end - back <= on - end ? back : on);
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
