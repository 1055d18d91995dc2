import type { Db } from '../../db/connection.ts';
import { selectTrashedPublishedItem } from '../../db/repositories/trash-repository.ts';
import type { ContentType } from '../../db/schema.ts';
import { GoneError } from '../../lib/errors.ts';

/**
 * Throws 410 Gone when the address that found nothing belongs to an item readers saw and
 * that is now in the trash: links and search engines learn it was removed on purpose. For a
 * post, `datePrefix` (`2021-02-`) must match its date too, as its address carries it.
 */
export async function refuseTrashedAddress(
  db: Db,
  options: { type: ContentType; slug: string; now: string; datePrefix?: string },
): Promise<void> {
  const trashed = await selectTrashedPublishedItem(db, options);
  if (!trashed) return;
  if (options.datePrefix && !trashed.published_at?.startsWith(options.datePrefix)) return;
  throw new GoneError();
}
