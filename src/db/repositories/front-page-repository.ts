import { sql } from 'kysely';
import type { Db } from '../connection.ts';
import type { ContentType } from '../schema.ts';
import { type PublicItemFilter, publicItems, withAuthor } from './content-repository.ts';
import type { ContentRow } from './content-visibility.ts';

/**
 * The reads of the front page's sections (and of a label page's lead), one query each. They
 * return rows as the content mapping takes them, so a page maps all of its rows at once and
 * loads their labels and pictures in one query each.
 */

/**
 * The newest public items whose featured picture is an upload wider than tall, still in the
 * library: the candidates for a lead, whose frame is landscape. A few are read, not one,
 * because a story's consent may yet keep its picture off the page (see mayShowStoryPicture).
 */
export async function selectLeadCandidates(
  db: Db,
  options: { now: string; limit: number } & PublicItemFilter,
): Promise<ContentRow[]> {
  return withAuthor(
    publicItems(db, options.now, options)
      // Said outright, though the picture below implies it: the planners then walk the index
      // of items with a picture (content_items_pictured_index), not every item.
      .where('content_items.featured_media_id', 'is not', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('media')
            .select('media.id')
            .whereRef('media.id', '=', 'content_items.featured_media_id')
            .where('media.kind', '=', 'image')
            .where('media.deleted_at', 'is', null)
            .whereRef('media.width', '>', 'media.height'),
        ),
      ),
  )
    .orderBy('content_items.published_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .limit(options.limit)
    .execute();
}

/** A row with the country it was chosen for. */
export type CountryLatestRow = ContentRow & { country_label_id: string };

/**
 * For each country label, its `perCountry` newest public items of `types` (in `language`: see
 * PublicItemFilter) outside `excludeIds` (those the page shows already), in the countries'
 * order, newest first within each. The country labels, then one query: a branch per country,
 * each walking the items newest first and stopping after `perCountry`. (Ranking every country's items with a window
 * function and keeping the first three read and sorted every public item, bodies and all:
 * 66 ms at 10,000 items on PostgreSQL, 2.9 s at 100,000 in a second language.)
 */
export async function selectLatestByCountry(
  db: Db,
  options: {
    now: string;
    types: ContentType[];
    excludeIds: string[];
    perCountry: number;
    language?: string;
  },
): Promise<CountryLatestRow[]> {
  const { types, language } = options;
  const countries = await db
    .selectFrom('labels')
    .select('id')
    .where('kind', '=', 'country')
    .orderBy('position')
    .orderBy('id')
    .execute();
  const branches = countries.map(({ id: labelId }, index) => {
    let latest = withAuthor(publicItems(db, options.now, { types, language, labelId })).select([
      sql.val(labelId).as('country_label_id'),
      sql.lit(index).as('country_order'),
    ]);
    if (options.excludeIds.length > 0) {
      latest = latest.where('content_items.id', 'not in', options.excludeIds);
    }
    // Its own select around each branch: SQLite takes an ORDER BY and a LIMIT only on the
    // whole of a UNION, not on its parts.
    const limited = latest
      .orderBy('content_items.published_at', 'desc')
      .orderBy('content_items.id', 'desc')
      .limit(options.perCountry);
    return db.selectFrom(limited.as('latest')).selectAll();
  });
  const [first, ...others] = branches;
  if (!first) return [];
  const rows = await others
    .reduce((union, branch) => union.unionAll(branch), first)
    // A UNION promises no order: the countries' order, then newest first, as each branch.
    .orderBy('country_order')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(({ country_order: _order, ...row }) => row);
}

/**
 * Public events for the front page: those not yet ended, soonest first; after them (when
 * fewer than `limit` are coming) the latest that ended, most recent first. The page shows
 * the coming ones when there are any, else the recent ones: one query either way.
 */
export async function selectFrontPageEvents(
  db: Db,
  options: { now: string; limit: number; language?: string },
): Promise<ContentRow[]> {
  const { now, language } = options;
  // As hasEventEnded decides: an event without an end is over once it has started.
  const notEnded = sql`coalesce(content_items.ends_at, content_items.starts_at) > ${now}`;
  return withAuthor(publicItems(db, now, { types: ['event'], language }))
    .where('content_items.starts_at', 'is not', null)
    .orderBy(sql`case when ${notEnded} then 0 else 1 end`)
    .orderBy(sql`case when ${notEnded} then content_items.starts_at end`)
    .orderBy('content_items.starts_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .limit(options.limit)
    .execute();
}

/** The newest public item of one type outside `excludeIds`, if any. */
export async function selectNewestOfType(
  db: Db,
  options: { now: string; type: ContentType; excludeIds: string[]; language?: string },
): Promise<ContentRow | undefined> {
  const filter = { types: [options.type], language: options.language };
  let query = withAuthor(publicItems(db, options.now, filter));
  if (options.excludeIds.length > 0) {
    query = query.where('content_items.id', 'not in', options.excludeIds);
  }
  // executeTakeFirst adds no LIMIT: without one, every public item of the type was read.
  return query
    .orderBy('content_items.published_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
