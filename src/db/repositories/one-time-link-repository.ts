import { type Db, dialectOf } from '../connection.ts';
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

/**
 * Marks a link used; false if another request used it first, or it expired or was ended
 * since it was read.
 */
export async function markLinkUsed(db: Db, tokenHash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('one_time_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Ends every unused, unexpired link of a person (of any purpose) by making it expire `now`.
 * Call it inside a transaction that began with `lockLinksOfUser`.
 */
export async function endUnusedLinksOfUser(db: Db, userId: string, now: string): Promise<void> {
  await db
    .updateTable('one_time_links')
    .set({ expires_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
}

/**
 * Serializes the link changes of one person until the transaction ends, so that two parallel
 * requests cannot each end the other's link, or both keep their own. PostgreSQL locks the
 * person's row; SQLite needs nothing, as a transaction's first write holds the one write lock
 * until it ends.
 */
export async function lockLinksOfUser(db: Db, userId: string): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await db.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
}
