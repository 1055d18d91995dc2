import type { Db } from '../connection.ts';
import { isPublicAt } from './content-visibility.ts';

/** The names of the people who wrote at least one public item, each once. */
export async function selectPublicAuthorNames(db: Db, options: { now: string }): Promise<string[]> {
  const rows = await db
    .selectFrom('content_items')
    .innerJoin('users', 'users.id', 'content_items.author_id')
    .select('users.name')
    .distinct()
    .where(isPublicAt(options.now))
    .execute();
  return rows.map((row) => row.name);
}
