import type { Db } from '../connection.ts';
import type { ContentItemsTable } from '../schema.ts';
import { isPublicAt } from './content-visibility.ts';

/** The public item an old path belonged to, if it is public now. */
export async function selectPublicItemOfLegacyPath(
  db: Db,
  options: { path: string; now: string },
): Promise<Pick<ContentItemsTable, 'type' | 'slug' | 'published_at'> | undefined> {
  return db
    .selectFrom('legacy_paths')
    .innerJoin('content_items', 'content_items.id', 'legacy_paths.content_id')
    .select(['content_items.type', 'content_items.slug', 'content_items.published_at'])
    .where('legacy_paths.path', '=', options.path)
    .where(isPublicAt(options.now))
    .executeTakeFirst();
}
