import type { Db } from '../connection.ts';
import type { PreviewLinksTable } from '../schema.ts';

/** Private preview links (see src/domain/preview/preview-link-service.ts). */

export async function insertPreviewLink(db: Db, link: PreviewLinksTable): Promise<void> {
  await db.insertInto('preview_links').values(link).execute();
}

/** The item a live link (not revoked, not expired at `now`) shows; undefined otherwise. */
export async function selectLivePreviewItemId(
  db: Db,
  options: { tokenHash: string; now: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('preview_links')
    .select('item_id')
    .where('token_hash', '=', options.tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', options.now)
    .executeTakeFirst();
  return row?.item_id;
}

/** Revokes every live link of an item; the number revoked. */
export async function revokePreviewLinksOfItem(
  db: Db,
  options: { itemId: string; now: string },
): Promise<number> {
  const result = await db
    .updateTable('preview_links')
    .set({ revoked_at: options.now })
    .where('item_id', '=', options.itemId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', options.now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
