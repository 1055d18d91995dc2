import type { Db } from '../../db/connection.ts';
import {
  countPastEvents,
  selectCalendarEvents,
  selectPastEvents,
  selectUpcomingEvents,
} from '../../db/repositories/event-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { currentTimestamp } from '../../lib/time.ts';
import { toDetails, toSummaries } from '../content/content-mapping.ts';
import type { ContentDetail, ContentSummary, Pagination } from '../content/content-item.ts';

/** Past events per page of `/events`. */
export const PAST_EVENTS_PER_PAGE = 10;
/** Upcoming events are few; this only bounds a page if an importer floods the calendar. */
const UPCOMING_EVENTS_LIMIT = 100;
/**
 * The calendar feed carries every event, upcoming and past: a subscriber's calendar keeps
 * the events they attended, which a feed of upcoming ones only would delete on the next
 * refresh. The cap only bounds the file (a network holds tens of events a year).
 */
export const CALENDAR_EVENT_LIMIT = 500;

export interface EventsPage {
  /** Not yet ended, soonest first; on page 1 only. */
  upcoming: ContentSummary[];
  /** Ended, most recent first: one page of them. */
  past: ContentSummary[];
  /** Pages of the past events; page 1 always exists. */
  pagination: Pagination;
}

/**
 * A page of `/events`: the upcoming events on the first page, then the past ones, which
 * are the ones that pile up and are paginated. With `language`, each translation group once,
 * in that language where it is published in it (see PublicItemFilter).
 */
export async function getEventsPage(
  db: Db,
  options: { page: number; language?: string },
): Promise<EventsPage> {
  const now = currentTimestamp();
  const { language } = options;
  const total = await countPastEvents(db, { now, language });
  const pageCount = Math.max(1, Math.ceil(total / PAST_EVENTS_PER_PAGE));
  if (options.page > pageCount) {
    throw new NotFoundError(
      problem('problem.noSuchPage', { page: options.page, lastPage: pageCount }),
    );
  }
  const [upcomingRows, pastRows] = await Promise.all([
    options.page === 1
      ? selectUpcomingEvents(db, { now, limit: UPCOMING_EVENTS_LIMIT, language })
      : [],
    selectPastEvents(db, {
      now,
      language,
      limit: PAST_EVENTS_PER_PAGE,
      offset: (options.page - 1) * PAST_EVENTS_PER_PAGE,
    }),
  ]);
  const summaries = await toSummaries(db, [...upcomingRows, ...pastRows], { withPictures: true });
  return {
    upcoming: summaries.slice(0, upcomingRows.length),
    past: summaries.slice(upcomingRows.length),
    pagination: { page: options.page, pageCount, total, perPage: PAST_EVENTS_PER_PAGE },
  };
}

/**
 * The events of the calendar feed, with bodies and organisers, the latest start first; with
 * `language`, each translation group once.
 */
export async function getCalendarEvents(
  db: Db,
  options: { language?: string } = {},
): Promise<ContentDetail[]> {
  const rows = await selectCalendarEvents(db, {
    now: currentTimestamp(),
    limit: CALENDAR_EVENT_LIMIT,
    language: options.language,
  });
  return toDetails(db, rows);
}
