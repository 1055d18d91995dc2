import type { ExpressionBuilder } from 'kysely';
import type { ContentItemsTable, DatabaseSchema } from '../schema.ts';

/** An item's row with its author's name, as the public reads return it. */
export type ContentRow = ContentItemsTable & { author_name: string | null };

/**
 * The one definition of "visible to the public": published, or scheduled with its time come,
 * and dated no later than `now`. Drafts, items in review and future items never match.
 */
export function isPublicAt(now: string) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'content_items'>) =>
    eb.and([
      eb('content_items.status', 'in', ['published', 'scheduled']),
      eb('content_items.published_at', 'is not', null),
      eb('content_items.published_at', '<=', now),
    ]);
}
