import type { ExpressionBuilder } from 'kysely';
import type { ContentItemsTable, DatabaseSchema } from '../schema.ts';

/** An item's row with its author's name, as the public reads return it. */
export type ContentRow = ContentItemsTable & { author_name: string | null };

/** Items not in the trash: what the desk's lists and every reader's view start from. */
export function isOutsideTrash() {
  return (eb: ExpressionBuilder<DatabaseSchema, 'content_items'>) =>
    eb('content_items.deleted_at', 'is', null);
}

/**
 * What readers would see were it not for the trash: published, or scheduled with its time
 * come, and dated no later than `now` (a trashed item's address answers 410 when it matches).
 */
export function isPublishedAt(now: string) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'content_items'>) =>
    eb.and([
      eb('content_items.status', 'in', ['published', 'scheduled']),
      eb('content_items.published_at', 'is not', null),
      eb('content_items.published_at', '<=', now),
    ]);
}

/**
 * The one definition of "visible to the public": published, or scheduled with its time come,
 * dated no later than `now`, and not in the trash. Drafts, items in review, future items and
 * trashed items never match.
 */
export function isPublicAt(now: string) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'content_items'>) =>
    eb.and([isPublishedAt(now)(eb), isOutsideTrash()(eb)]);
}
