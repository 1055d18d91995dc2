import { type SelectQueryBuilder, sql } from 'kysely';
import type { Db } from '../connection.ts';
import {
  type OrganizationLink,
  replaceOrganizationLinks,
} from './content-organization-repository.ts';
import { type ContentRow, isPublicAt } from './content-visibility.ts';
import { isLanguageRepresentative } from './language-representative.ts';
import type { ContentItemsTable, ContentType, DatabaseSchema, LabelKind } from '../schema.ts';

export interface ItemLabelRow {
  content_id: string;
  id: string;
  kind: LabelKind;
  slug: string;
  name: string;
}

type ItemsQuery = SelectQueryBuilder<DatabaseSchema, 'content_items', object>;

/**
 * Which public items a query wants: those of some types, those carrying a label, and with
 * `language` each translation group once, by the member that represents it in that language
 * (see isLanguageRepresentative); without it, every item.
 */
export interface PublicItemFilter {
  types?: ContentType[];
  labelId?: string;
  language?: string;
}

/** Public items matching `filter`, to be narrowed, ordered and selected by the caller. */
export function publicItems(db: Db, now: string, filter: PublicItemFilter = {}): ItemsQuery {
  const { labelId, types, language } = filter;
  let query = db.selectFrom('content_items').where(isPublicAt(now));
  if (types) query = query.where('content_items.type', 'in', types);
  if (labelId) {
    // `in`, not a correlated `exists`: SQLite then reads the label's items through the label
    // index instead of testing every public item (a country's page of 10,000 items, its count
    // and its page: 35 ms and 41 ms of CPU before, 3 ms and 4 ms after; PostgreSQL plans both
    // as the same semi-join).
    query = query.where('content_items.id', 'in', (eb) =>
      eb
        .selectFrom('content_labels')
        .select('content_labels.content_id')
        .where('content_labels.label_id', '=', labelId),
    );
  }
  if (language) query = query.where(isLanguageRepresentative(language, now));
  return query;
}

/** Every column of the items, and their author's name: the rows the content mapping takes. */
export function withAuthor(query: ItemsQuery) {
  return query
    .leftJoin('users', 'users.id', 'content_items.author_id')
    .selectAll('content_items')
    .select('users.name as author_name');
}

/** Public items newest first, optionally those carrying one label; a page of them, or all. */
export async function selectPublicItems(
  db: Db,
  options: { now: string; page?: { limit: number; offset: number } } & PublicItemFilter,
): Promise<ContentRow[]> {
  let query = withAuthor(publicItems(db, options.now, options))
    .orderBy('content_items.published_at', 'desc')
    .orderBy('content_items.id', 'desc');
  if (options.page) query = query.limit(options.page.limit).offset(options.page.offset);
  return query.execute();
}

export async function countPublicItems(
  db: Db,
  options: { now: string } & PublicItemFilter,
): Promise<number> {
  const row = await publicItems(db, options.now, options)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Public items published in `[from, to)` (ISO timestamps), newest first. */
export async function selectPublicItemsBetween(
  db: Db,
  options: { now: string; from: string; to: string } & PublicItemFilter,
): Promise<ContentRow[]> {
  return withAuthor(publicItems(db, options.now, options))
    .where('content_items.published_at', '>=', options.from)
    .where('content_items.published_at', '<', options.to)
    .orderBy('content_items.published_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .execute();
}

export async function selectPublicItemBySlug(
  db: Db,
  options: { now: string; type: ContentItemsTable['type']; slug: string },
): Promise<ContentRow | undefined> {
  return withAuthor(publicItems(db, options.now))
    .where('content_items.type', '=', options.type)
    .where('content_items.slug', '=', options.slug)
    .executeTakeFirst();
}

/** The public neighbours of an item in the newest-first stream, ties broken by id. */
export async function selectPublicNeighbours(
  db: Db,
  options: { now: string; publishedAt: string; id: string } & PublicItemFilter,
): Promise<{ older?: ContentRow; newer?: ContentRow }> {
  const { now, publishedAt, id } = options;
  const neighbour = (direction: 'older' | 'newer') => {
    const [beyond, order] =
      direction === 'older' ? (['<', 'desc'] as const) : (['>', 'asc'] as const);
    // executeTakeFirst adds no LIMIT: without one, every public item was read (40 MB at 10,000).
    return withAuthor(publicItems(db, now, options))
      .where((eb) =>
        eb.or([
          eb('content_items.published_at', beyond, publishedAt),
          eb.and([
            eb('content_items.published_at', '=', publishedAt),
            eb('content_items.id', beyond, id),
          ]),
        ]),
      )
      .orderBy('content_items.published_at', order)
      .orderBy('content_items.id', order)
      .limit(1)
      .executeTakeFirst();
  };
  const [older, newer] = await Promise.all([neighbour('older'), neighbour('newer')]);
  return { older, newer };
}

/** Count of public items per month (`YYYY-MM`) and type, newest month first. */
export async function countPublicItemsByMonthAndType(
  db: Db,
  now: string,
  filter: PublicItemFilter = {},
): Promise<{ month: string; type: ContentType; count: number }[]> {
  const rows = await publicItems(db, now, filter)
    .select((eb) => [
      eb.fn<string>('substr', ['content_items.published_at', eb.val(1), eb.val(7)]).as('month'),
      'content_items.type',
      eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy(['month', 'content_items.type'])
    .orderBy('month', 'desc')
    .execute();
  return rows.map((row) => ({ month: row.month, type: row.type, count: Number(row.count) }));
}

/** Labels of the given items, ordered by kind then position. */
export async function selectLabelsOfItems(db: Db, itemIds: string[]): Promise<ItemLabelRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('content_labels')
    .innerJoin('labels', 'labels.id', 'content_labels.label_id')
    .select(['content_labels.content_id', 'labels.id', 'labels.kind', 'labels.slug', 'labels.name'])
    .where('content_labels.content_id', 'in', itemIds)
    .orderBy('labels.kind')
    .orderBy('labels.position')
    .execute();
}

export async function selectItemById(db: Db, id: string): Promise<ContentItemsTable | undefined> {
  return db.selectFrom('content_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function isSlugTaken(
  db: Db,
  options: { type: ContentItemsTable['type']; slug: string; exceptId?: string },
): Promise<boolean> {
  let query = db
    .selectFrom('content_items')
    .select('id')
    .where('type', '=', options.type)
    .where('slug', '=', options.slug);
  if (options.exceptId) query = query.where('id', '!=', options.exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Writes a new item with its labels and organisations. Call inside the save's transaction. */
export async function insertItem(
  db: Db,
  item: ContentItemsTable,
  labelIds: string[],
  organizationLinks: OrganizationLink[] = [],
): Promise<void> {
  await db.insertInto('content_items').values(item).execute();
  await replaceOrganizationLinks(db, item.id, organizationLinks);
  if (labelIds.length > 0) {
    await db
      .insertInto('content_labels')
      .values(labelIds.map((labelId) => ({ content_id: item.id, label_id: labelId })))
      .execute();
  }
}

/**
 * Changes an item, and replaces its labels or organisations when given. Call inside the
 * save's transaction. Every change moves the item's version on (edits check it, see
 * editorial-service.ts). Resolves to the row as written (undefined if there is no such item):
 * the caller need not read it again.
 */
export async function updateItem(
  db: Db,
  id: string,
  changes: Partial<Omit<ContentItemsTable, 'id'>>,
  labelIds?: string[],
  organizationLinks?: OrganizationLink[],
): Promise<ContentItemsTable | undefined> {
  const saved = await db
    .updateTable('content_items')
    .set({ ...changes, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (organizationLinks) await replaceOrganizationLinks(db, id, organizationLinks);
  if (labelIds) {
    await db.deleteFrom('content_labels').where('content_id', '=', id).execute();
    if (labelIds.length > 0) {
      await db
        .insertInto('content_labels')
        .values(labelIds.map((labelId) => ({ content_id: id, label_id: labelId })))
        .execute();
    }
  }
  return saved;
}

/** The statuses whose items are in the search index: public now, or once their time comes. */
export const INDEXED_STATUSES = ['published', 'scheduled'] as const;

/**
 * Items the search index should hold, oldest first, a batch at a time: pass the last row's
 * `published_at` and `id` as `after` for the next batch.
 */
export async function selectIndexableItems(
  db: Db,
  options: { limit: number; after?: { publishedAt: string; id: string } },
): Promise<ContentItemsTable[]> {
  let query = db
    .selectFrom('content_items')
    .selectAll()
    .where('status', 'in', INDEXED_STATUSES)
    .where('published_at', 'is not', null)
    .where('deleted_at', 'is', null);
  const { after } = options;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('published_at', '>', after.publishedAt),
        eb.and([eb('published_at', '=', after.publishedAt), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query.orderBy('published_at').orderBy('id').limit(options.limit).execute();
}

/**
 * The public items among `ids`, in the order of `ids`; with `language`, only those that
 * represent their group in it (see PublicItemFilter); with `exceptGroupOf`, none of that
 * item's translation group (an item's translations are not "related" to it).
 */
export async function selectPublicItemsByIds(
  db: Db,
  options: { ids: string[]; now: string; language?: string; exceptGroupOf?: string },
): Promise<ContentRow[]> {
  const { exceptGroupOf } = options;
  if (options.ids.length === 0) return [];
  let query = withAuthor(publicItems(db, options.now, { language: options.language })).where(
    'content_items.id',
    'in',
    options.ids,
  );
  if (exceptGroupOf) {
    // `not in`, not `!=`: an unknown item (no group) must exclude nothing, not everything.
    query = query.where('content_items.translation_group', 'not in', (eb) =>
      eb
        .selectFrom('content_items as excepted')
        .select('excepted.translation_group')
        .where('excepted.id', '=', exceptGroupOf),
    );
  }
  const rows = await query.execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return options.ids.flatMap((id) => byId.get(id) ?? []);
}
