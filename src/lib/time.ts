/** The current instant in the fixed-width ISO form stored in the database. */
export function currentTimestamp(): string {
  return new Date().toISOString();
}

/**
 * The site's calendar: days, months and post URLs are reckoned in UTC, so a post's
 * `/YYYY/MM/` path and its date header never disagree, whoever reads them.
 */
export const SITE_TIME_ZONE = 'UTC';

/** `YYYY-MM-DD` of an ISO timestamp, in the site's calendar. */
export function calendarDay(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/** The half-open ISO range `[from, to)` covering one month. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const from = new Date(Date.UTC(year, month - 1, 1));
  const to = new Date(Date.UTC(year, month, 1));
  return { from: from.toISOString(), to: to.toISOString() };
}

/** A timestamp inside a month, for formatting the month's name in any time zone. */
export function midMonthTimestamp(year: number, month: number): string {
  return new Date(Date.UTC(year, month - 1, 15)).toISOString();
}
