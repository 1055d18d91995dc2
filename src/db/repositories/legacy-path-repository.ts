import type { Db } from '../connection.ts';
import type { ContentItemsTable } from '../schema.ts';
import { isPublicAt } from './content-repository.ts';

export async function selectTakenLegacyPaths(db: Db, paths: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let start = 0; start < paths.length; start += 500) {
    const rows = await db
      .selectFrom('legacy_paths')
      .select('path')
      .where('path', 'in', paths.slice(start, start + 500))
      .execute();
    for (const row of rows) taken.add(row.path);
  }
  return taken;
}

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
