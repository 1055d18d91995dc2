import type { Db } from '../connection.ts';
import type { CommentStatus, CommentsTable, ContentType } from '../schema.ts';
import { isPublicAt } from './content-visibility.ts';

/**
 * Readers' comments as the public side reads and writes them. Reads meant for pages and feeds
 * never select `author_email`: what is not selected cannot leak into a page, a feed or JSON.
 */

/** An item a reader may comment on: public now, with what decides whether comments are open. */
export interface CommentTargetRow {
  id: string;
  type: ContentType;
  slug: string;
  title: string;
  published_at: string;
  locale: string;
  author_id: string | null;
  comments_mode: 'open' | 'closed' | null;
}

/** A comment as pages and feeds show it: no email address. */
export type PublicCommentRow = Pick<
  CommentsTable,
  'id' | 'parent_id' | 'author_name' | 'author_url' | 'body_html' | 'created_at'
> & { body_text: string | null };

const targetColumns = [
  'id',
  'type',
  'slug',
  'title',
  'published_at',
  'locale',
  'author_id',
  'comments_mode',
] as const;

/** The public item of a type with this slug, or undefined. */
export async function selectCommentTarget(
  db: Db,
  options: { type: ContentType; slug: string; now: string },
): Promise<CommentTargetRow | undefined> {
  const row = await db
    .selectFrom('content_items')
    .select(targetColumns)
    .where('type', '=', options.type)
    .where('slug', '=', options.slug)
    .where(isPublicAt(options.now))
    .executeTakeFirst();
  return row as CommentTargetRow | undefined;
}

/** The public item with this id, or undefined. */
export async function selectCommentTargetById(
  db: Db,
  id: string,
  now: string,
): Promise<CommentTargetRow | undefined> {
  const row = await db
    .selectFrom('content_items')
    .select(targetColumns)
    .where('id', '=', id)
    .where(isPublicAt(now))
    .executeTakeFirst();
  return row as CommentTargetRow | undefined;
}

/** Whether comments are open on an item, as stored: its own mode (null follows the site). */
export async function selectCommentsMode(
  db: Db,
  contentId: string,
): Promise<'open' | 'closed' | null> {
  const row = await db
    .selectFrom('content_items')
    .select('comments_mode')
    .where('id', '=', contentId)
    .executeTakeFirst();
  return row?.comments_mode ?? null;
}

/** An item's approved comments, oldest first (ties in insertion order by id). */
export async function selectApprovedComments(
  db: Db,
  contentId: string,
): Promise<PublicCommentRow[]> {
  const rows = await db
    .selectFrom('comments')
    .select([
      'id',
      'parent_id',
      'author_name',
      'author_url',
      'body_html',
      'created_at',
      'body_text',
    ])
    .where('content_id', '=', contentId)
    .where('status', '=', 'approved')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, body_text: row.body_text ?? null }));
}

/** Approved comments per item, in one grouped query; items without any are absent. */
export async function countApprovedComments(
  db: Db,
  contentIds: readonly string[],
): Promise<Map<string, number>> {
  if (contentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('comments')
    .select(['content_id', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('content_id', 'in', [...new Set(contentIds)])
    .where('status', '=', 'approved')
    .groupBy('content_id')
    .execute();
  return new Map(rows.map((row) => [row.content_id, Number(row.count)]));
}

/** One approved comment of an item (a reply's parent), without its email. */
export async function selectApprovedComment(
  db: Db,
  options: { contentId: string; commentId: string },
): Promise<PublicCommentRow | undefined> {
  const row = await db
    .selectFrom('comments')
    .select([
      'id',
      'parent_id',
      'author_name',
      'author_url',
      'body_html',
      'created_at',
      'body_text',
    ])
    .where('id', '=', options.commentId)
    .where('content_id', '=', options.contentId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return row && { ...row, body_text: row.body_text ?? null };
}

/** Whether an editor (or an import) approved a comment from this address before. */
export async function hasApprovedCommentFrom(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where('author_email', '=', email)
    .where('status', '=', 'approved')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a comment with this fingerprint was stored at or after `since`. */
export async function hasFingerprintSince(
  db: Db,
  fingerprint: string,
  since: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where('fingerprint', '=', fingerprint)
    .where('created_at', '>=', since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertComment(db: Db, row: CommentsTable): Promise<void> {
  await db.insertInto('comments').values(row).execute();
}

/** A comment by id, email included: for mail and moderation, never for a page. */
export async function selectCommentForMail(
  db: Db,
  id: string,
): Promise<
  | (Pick<
      CommentsTable,
      'id' | 'content_id' | 'author_name' | 'author_email' | 'status' | 'created_at' | 'body_html'
    > & { body_text: string | null; confirm_token_hash: string | null })
  | undefined
> {
  const row = await db
    .selectFrom('comments')
    .select([
      'id',
      'content_id',
      'author_name',
      'author_email',
      'status',
      'created_at',
      'body_html',
      'body_text',
      'confirm_token_hash',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      ...row,
      body_text: row.body_text ?? null,
      confirm_token_hash: row.confirm_token_hash ?? null,
    }
  );
}

/** The comment waiting for confirmation under this secret's hash. */
export async function selectUnconfirmedComment(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; content_id: string; author_email: string | null } | undefined> {
  return db
    .selectFrom('comments')
    .select(['id', 'content_id', 'author_email'])
    .where('confirm_token_hash', '=', tokenHash)
    .where('status', '=', 'unconfirmed')
    .executeTakeFirst();
}

/**
 * Moves a comment out of `unconfirmed` and forgets its secret. Returns whether this call did
 * it, so two clicks on the link (or two instances) confirm and notify once.
 */
export async function markCommentConfirmed(
  db: Db,
  options: { id: string; status: CommentStatus; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('comments')
    .set({ status: options.status, confirmed_at: options.now, confirm_token_hash: null })
    .where('id', '=', options.id)
    .where('status', '=', 'unconfirmed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The item's author, when they asked to hear of comments (and can still sign in). */
export async function selectCommentNoticeRecipients(
  db: Db,
  contentId: string,
): Promise<{ email: string; language: string | null }[]> {
  return db
    .selectFrom('content_items')
    .innerJoin('users', 'users.id', 'content_items.author_id')
    .select(['users.email', 'users.language'])
    .where('content_items.id', '=', contentId)
    .where('users.notify_comments', '=', 1)
    .where('users.deactivated_at', 'is', null)
    .execute();
}
