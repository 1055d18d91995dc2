import type { Db } from '../connection.ts';
import type { ApiTokensTable, UsersTable } from '../schema.ts';

export async function insertApiToken(db: Db, token: ApiTokensTable): Promise<void> {
  await db.insertInto('api_tokens').values(token).execute();
}

/** The token's owner (unless deactivated), with the token's id and times. */
export async function selectApiTokenUser(
  db: Db,
  tokenHash: string,
): Promise<
  | (UsersTable & {
      token_id: string;
      token_last_used_at: string | null;
      token_expires_at: string | null;
    })
  | undefined
> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.last_used_at as token_last_used_at',
      'api_tokens.expires_at as token_expires_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst();
}

export async function touchApiToken(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function selectApiTokensOfUser(db: Db, userId: string): Promise<ApiTokensTable[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function deleteApiToken(db: Db, id: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('api_tokens')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Revokes every token of a user; returns how many there were. */
export async function deleteApiTokensOfUser(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
