import type { Db } from '../connection.ts';
import type { ContentItemsTable, ContentStatus } from '../schema.ts';

export type DeskRow = ContentItemsTable & { author_name: string | null };

/** Who the desk is for: everything (administrators), or own items plus those of some countries. */
export type DeskScope = { all: true } | { all: false; userId: string; countryLabelIds: string[] };

/**
 * Items in the admin lists: all of them for administrators; for others their own items, and
 * (editors) the submitted items of their countries. Newest change first.
 */
export async function selectDeskItems(
  db: Db,
  options: { scope: DeskScope; status?: ContentStatus; limit: number; offset: number },
): Promise<DeskRow[]> {
  const { scope } = options;
  let query = db
    .selectFrom('content_items')
    .leftJoin('users', 'users.id', 'content_items.author_id')
    .selectAll('content_items')
    .select('users.name as author_name');
  if (!scope.all) {
    query = query.where((eb) => {
      const own = eb('content_items.author_id', '=', scope.userId);
      if (scope.countryLabelIds.length === 0) return own;
      return eb.or([
        own,
        eb.and([
          eb('content_items.status', '!=', 'draft'),
          eb.exists(
            eb
              .selectFrom('content_labels')
              .select('content_labels.content_id')
              .whereRef('content_labels.content_id', '=', 'content_items.id')
              .where('content_labels.label_id', 'in', scope.countryLabelIds),
          ),
        ]),
      ]);
    });
  }
  if (options.status) query = query.where('content_items.status', '=', options.status);
  return query
    .orderBy('content_items.updated_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

/** Ids of all labels of an item, and which of them are countries. */
export async function selectLabelIdsOfItem(
  db: Db,
  contentId: string,
): Promise<{ all: string[]; countries: string[] }> {
  const rows = await db
    .selectFrom('content_labels')
    .innerJoin('labels', 'labels.id', 'content_labels.label_id')
    .select(['labels.id', 'labels.kind'])
    .where('content_labels.content_id', '=', contentId)
    .execute();
  return {
    all: rows.map((row) => row.id),
    countries: rows.filter((row) => row.kind === 'country').map((row) => row.id),
  };
}
