import type { Db } from '../connection.ts';
import { publicItems, withAuthor } from './content-repository.ts';
import type { ContentRow } from './content-visibility.ts';

/**
 * Public events with their author's name, as the content mapping expects them; with
 * `language`, each translation group once (see PublicItemFilter).
 */
function publicEvents(db: Db, now: string, language?: string) {
  return withAuthor(publicItems(db, now, { types: ['event'], language })).where(
    'content_items.starts_at',
    'is not',
    null,
  );
}

/**
 * Public events that have not ended by `now` (those under way too), soonest first.
 * Ties are broken by id, so a page never shuffles between requests.
 */
export async function selectUpcomingEvents(
  db: Db,
  options: { now: string; limit: number; language?: string },
): Promise<ContentRow[]> {
  return publicEvents(db, options.now, options.language)
    .where('content_items.ends_at', '>', options.now)
    .orderBy('content_items.starts_at', 'asc')
    .orderBy('content_items.id', 'asc')
    .limit(options.limit)
    .execute();
}

/** Public events that ended by `now`, the most recent start first; one page of them. */
export async function selectPastEvents(
  db: Db,
  options: { now: string; limit: number; offset: number; language?: string },
): Promise<ContentRow[]> {
  return publicEvents(db, options.now, options.language)
    .where('content_items.ends_at', '<=', options.now)
    .orderBy('content_items.starts_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export async function countPastEvents(
  db: Db,
  options: { now: string; language?: string },
): Promise<number> {
  const row = await publicItems(db, options.now, { types: ['event'], language: options.language })
    .where('content_items.ends_at', '<=', options.now)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Public events, the latest start first, at most `limit` of them (the calendar feed). */
export async function selectCalendarEvents(
  db: Db,
  options: { now: string; limit: number; language?: string },
): Promise<ContentRow[]> {
  return publicEvents(db, options.now, options.language)
    .orderBy('content_items.starts_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .limit(options.limit)
    .execute();
}
