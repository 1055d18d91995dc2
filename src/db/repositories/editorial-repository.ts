import { type SelectQueryBuilder, sql } from 'kysely';
import { type Db, dialectOf } from '../connection.ts';
import type { ContentItemsTable, ContentStatus, ContentType, DatabaseSchema } from '../schema.ts';
import { isOutsideTrash } from './content-visibility.ts';

export type DeskRow = ContentItemsTable & { author_name: string | null };

/** Who the desk is for: everything (administrators), or own items plus those of some countries. */
export type DeskScope = { all: true } | { all: false; userId: string; countryLabelIds: string[] };

/** What the desk is narrowed to; every filter given must hold. */
export interface DeskFilters {
  status?: ContentStatus;
  /** Only items of these types. */
  types?: readonly ContentType[];
  /** Items of every type but these (the desk keeps organisations, a directory, apart). */
  excludedTypes?: readonly ContentType[];
  countryLabelId?: string;
  authorId?: string;
  /**
   * Words that must each appear in the title, the excerpt or the body (as stored, in HTML),
   * ignoring case (on SQLite for ASCII letters only; PostgreSQL folds every script).
   */
  words?: readonly string[];
  /** Last changed at or after this instant, and before that one (ISO 8601, UTC). */
  changedFrom?: string;
  changedBefore?: string;
}

type DeskQuery = SelectQueryBuilder<DatabaseSchema, 'content_items', object>;

/** `%`, `_` and the escape character itself match only themselves in a LIKE pattern. */
function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The items a scope reaches; trashed items are nobody's desk. */
function deskItems(db: Db, scope: DeskScope): DeskQuery {
  let query = db.selectFrom('content_items').where(isOutsideTrash());
  if (scope.all) return query;
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
  return query;
}

function filtered(db: Db, query: DeskQuery, filters: DeskFilters): DeskQuery {
  const { status, types, excludedTypes, countryLabelId, authorId, words } = filters;
  if (status) query = query.where('content_items.status', '=', status);
  if (types) query = query.where('content_items.type', 'in', types);
  if (excludedTypes) query = query.where('content_items.type', 'not in', excludedTypes);
  if (authorId) query = query.where('content_items.author_id', '=', authorId);
  if (filters.changedFrom)
    query = query.where('content_items.updated_at', '>=', filters.changedFrom);
  if (filters.changedBefore) {
    query = query.where('content_items.updated_at', '<', filters.changedBefore);
  }
  if (countryLabelId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('content_labels')
          .select('content_labels.content_id')
          .whereRef('content_labels.content_id', '=', 'content_items.id')
          .where('content_labels.label_id', '=', countryLabelId),
      ),
    );
  }
  // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE ignores case in every script.
  const like = dialectOf(db) === 'postgres' ? sql`ILIKE` : sql`LIKE`;
  for (const word of words ?? []) {
    const pattern = containsPattern(word);
    query = query.where(
      sql<boolean>`(content_items.title ${like} ${pattern} ESCAPE '\\'
        OR content_items.excerpt ${like} ${pattern} ESCAPE '\\'
        OR content_items.body_html ${like} ${pattern} ESCAPE '\\')`,
    );
  }
  return query;
}

/**
 * A page of the items in the admin lists: all of them for administrators; for others their
 * own items, and (editors) the submitted items of their countries. Newest change first.
 */
export async function selectDeskItems(
  db: Db,
  options: { scope: DeskScope; filters?: DeskFilters; limit: number; offset: number },
): Promise<DeskRow[]> {
  // The page's ids first, from the desk index (no bodies read or sorted), then their rows.
  const page = await filtered(db, deskItems(db, options.scope), options.filters ?? {})
    .select('content_items.id')
    .orderBy('content_items.updated_at', 'desc')
    .orderBy('content_items.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  if (page.length === 0) return [];
  const rows = await db
    .selectFrom('content_items')
    .leftJoin('users', 'users.id', 'content_items.author_id')
    .selectAll('content_items')
    .select('users.name as author_name')
    .where(
      'content_items.id',
      'in',
      page.map((row) => row.id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap((row) => byId.get(row.id) ?? []);
}

/** How many items `selectDeskItems` would list over all its pages. */
export async function countDeskItems(
  db: Db,
  options: { scope: DeskScope; filters?: DeskFilters },
): Promise<number> {
  const row = await filtered(db, deskItems(db, options.scope), options.filters ?? {})
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** The people whose items a scope reaches, by name: the choices of the desk's author filter. */
export async function selectDeskAuthors(
  db: Db,
  scope: DeskScope,
): Promise<{ id: string; name: string }[]> {
  return deskItems(db, scope)
    .innerJoin('users', 'users.id', 'content_items.author_id')
    .select(['users.id', 'users.name'])
    .distinct()
    .orderBy('users.name')
    .orderBy('users.id')
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
