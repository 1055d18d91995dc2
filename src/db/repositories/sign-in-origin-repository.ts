import type { Db } from '../connection.ts';

/** When the account last signed in from this origin (account and address), if ever. */
export async function selectSignInOrigin(
  db: Db,
  originHash: string,
): Promise<{ last_signed_in_at: string } | undefined> {
  return db
    .selectFrom('sign_in_origins')
    .select('last_signed_in_at')
    .where('origin_hash', '=', originHash)
    .executeTakeFirst();
}

export async function upsertSignInOrigin(
  db: Db,
  row: { origin_hash: string; user_id: string; last_signed_in_at: string },
): Promise<void> {
  await db
    .insertInto('sign_in_origins')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('origin_hash').doUpdateSet({ last_signed_in_at: row.last_signed_in_at }),
    )
    .execute();
}
