import type { Db } from '../connection.ts';
import type { OneTimeLinkPurpose, OneTimeLinksTable } from '../schema.ts';

export async function insertOneTimeLink(db: Db, link: OneTimeLinksTable): Promise<void> {
  await db.insertInto('one_time_links').values(link).execute();
}

/** An unused, unexpired link of the given purpose. */
export async function selectUsableLink(
  db: Db,
  options: { tokenHash: string; purpose: OneTimeLinkPurpose; now: string },
): Promise<OneTimeLinksTable | undefined> {
  return db
    .selectFrom('one_time_links')
    .selectAll()
    .where('token_hash', '=', options.tokenHash)
    .where('purpose', '=', options.purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', options.now)
    .executeTakeFirst();
}

/** Marks a link used; false if another request used it first. */
export async function markLinkUsed(db: Db, tokenHash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('one_time_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
