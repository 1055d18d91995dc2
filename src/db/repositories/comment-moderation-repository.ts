import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { type Db, dialectOf } from '../connection.ts';
import type {
  CommentStatus,
  CommentsTable,
  ContentStatus,
  ContentType,
  DatabaseSchema,
} from '../schema.ts';
import { isOutsideTrash } from './content-visibility.ts';

/**
 * Reading and writing comments for their moderators. Who moderates what is the domain's rule
 * (comment-moderation.ts); here a scope only narrows the rows to the items of some countries.
 */

/** Every comment (administrators), or those on items carrying one of these countries. */
export type ModerationScope = { all: true } | { all: false; countryLabelIds: readonly string[] };

/** What a moderation list is narrowed to; every filter given must hold. */
export interface ModerationFilters {
  status?: CommentStatus;
  itemId?: string;
  /** Words that must each appear in the text, the name or the address, ignoring case. */
  words?: readonly string[];
}

/** A comment with what a moderator needs of its item. */
export interface ModerationRow {
  id: string;
  content_id: string;
  parent_id: string | null;
  author_name: string;
  author_email: string | null;
  body_html: string;
  body_text: string | null;
  status: CommentStatus;
  created_at: string;
  item_title: string;
  item_type: ContentType;
  item_slug: string;
  item_status: ContentStatus;
  item_published_at: string | null;
  item_deleted_at: string | null;
}

/** Where a page of comments ends, to start the next one after it (newest first). */
export interface ModerationCursor {
  createdAt: string;
  id: string;
}

type CommentQuery = SelectQueryBuilder<DatabaseSchema, 'comments' | 'content_items', object>;

/** `%`, `_` and the escape character itself match only themselves in a LIKE pattern. */
function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function carriesCountry(countryLabelIds: readonly string[]) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'comments' | 'content_items'>) =>
    countryLabelIds.length === 0
      ? sql<boolean>`1 = 0`
      : eb.exists(
          eb
            .selectFrom('content_labels')
            .select('content_labels.content_id')
            .whereRef('content_labels.content_id', '=', 'comments.content_id')
            .where('content_labels.label_id', 'in', [...countryLabelIds]),
        );
}

/** The comments a scope reaches; those on trashed items wait with their item. */
function commentsInScope(db: Db, scope: ModerationScope): CommentQuery {
  const query = db
    .selectFrom('comments')
    .innerJoin('content_items', 'content_items.id', 'comments.content_id')
    .where(isOutsideTrash());
  return scope.all ? query : query.where(carriesCountry(scope.countryLabelIds));
}

function filtered(db: Db, query: CommentQuery, filters: ModerationFilters): CommentQuery {
  if (filters.status) query = query.where('comments.status', '=', filters.status);
  if (filters.itemId) query = query.where('comments.content_id', '=', filters.itemId);
  // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE ignores case in every script.
  const like = dialectOf(db) === 'postgres' ? sql`ILIKE` : sql`LIKE`;
  for (const word of filters.words ?? []) {
    const pattern = containsPattern(word);
    query = query.where(
      sql<boolean>`(comments.body_html ${like} ${pattern} ESCAPE '\\'
        OR comments.author_name ${like} ${pattern} ESCAPE '\\'
        OR comments.author_email ${like} ${pattern} ESCAPE '\\')`,
    );
  }
  return query;
}

function withItem(query: CommentQuery) {
  return query.select([
    'comments.id',
    'comments.content_id',
    'comments.parent_id',
    'comments.author_name',
    'comments.author_email',
    'comments.body_html',
    'comments.body_text',
    'comments.status',
    'comments.created_at',
    'content_items.title as item_title',
    'content_items.type as item_type',
    'content_items.slug as item_slug',
    'content_items.status as item_status',
    'content_items.published_at as item_published_at',
    'content_items.deleted_at as item_deleted_at',
  ]);
}

/**
 * A page of the comments a scope reaches, newest first: from `offset`, or after `cursor`
 * (which stays right while comments arrive or leave the list between pages).
 */
export async function selectModerationComments(
  db: Db,
  options: {
    scope: ModerationScope;
    filters: ModerationFilters;
    limit: number;
    offset?: number;
    after?: ModerationCursor;
  },
): Promise<ModerationRow[]> {
  let query = filtered(db, commentsInScope(db, options.scope), options.filters);
  const { after } = options;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('comments.created_at', '<', after.createdAt),
        eb.and([eb('comments.created_at', '=', after.createdAt), eb('comments.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await withItem(query)
    .orderBy('comments.created_at', 'desc')
    .orderBy('comments.id', 'desc')
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
  return rows as ModerationRow[];
}

/** How many comments of each status a scope reaches, with the filters but the status. */
export async function countModerationComments(
  db: Db,
  options: { scope: ModerationScope; filters: Omit<ModerationFilters, 'status'> },
): Promise<Map<CommentStatus, number>> {
  const rows = await filtered(db, commentsInScope(db, options.scope), options.filters)
    .select((eb) => ['comments.status', eb.fn.countAll<number | string>().as('count')])
    .groupBy('comments.status')
    .execute();
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

/** One comment with its item, wherever it is (the domain decides who may see it). */
export async function selectModerationComment(
  db: Db,
  id: string,
): Promise<(ModerationRow & { item_country_ids: string[] }) | undefined> {
  const row = await withItem(
    db.selectFrom('comments').innerJoin('content_items', 'content_items.id', 'comments.content_id'),
  )
    .where('comments.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const countries = await db
    .selectFrom('content_labels')
    .innerJoin('labels', 'labels.id', 'content_labels.label_id')
    .select('labels.id')
    .where('content_labels.content_id', '=', row.content_id)
    .where('labels.kind', '=', 'country')
    .execute();
  return { ...(row as ModerationRow), item_country_ids: countries.map((label) => label.id) };
}

/**
 * Moves a comment from the status it was read with to another, recording who decided it and
 * when. Resolves to whether it moved: if someone else decided in between, it does not, so
 * the caller never acts on a status that is no longer there.
 */
export async function updateCommentModeration(
  db: Db,
  id: string,
  fromStatus: CommentStatus,
  changes: Pick<CommentsTable, 'status' | 'moderated_at' | 'moderated_by'>,
): Promise<boolean> {
  if (fromStatus === changes.status) return false;
  const result = await db
    .updateTable('comments')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Removes a comment; its replies stay, without a parent (the foreign key sets it null). */
export async function deleteCommentRow(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('comments').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
