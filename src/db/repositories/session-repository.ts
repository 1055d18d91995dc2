import type { Db } from '../connection.ts';
import type { SessionsTable, UsersTable } from '../schema.ts';

/** A new session carries no flash yet. */
export async function insertSession(db: Db, session: Omit<SessionsTable, 'flash'>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** The user of a live session, by the hash of its secret. */
export async function selectSessionUser(
  db: Db,
  idHash: string,
  now: string,
): Promise<UsersTable | undefined> {
  return (
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .where('sessions.id_hash', '=', idHash)
      .where('sessions.expires_at', '>', now)
      // Deactivating deletes the sessions too; this holds even if a row slipped through.
      .where('users.deactivated_at', 'is', null)
      .executeTakeFirst()
  );
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Signs a user out everywhere (after a password change or a role change). */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** Stores the session's flash (one sealed message for its next page), replacing any. */
export async function updateSessionFlash(db: Db, idHash: string, flash: string): Promise<void> {
  await db.updateTable('sessions').set({ flash }).where('id_hash', '=', idHash).execute();
}

/**
 * Takes the session's flash: reads it and clears it, in one conditional update, so that of two
 * requests racing for it only one gets it.
 */
export async function takeSessionFlash(db: Db, idHash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select('flash')
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row?.flash) return undefined;
  const result = await db
    .updateTable('sessions')
    .set({ flash: null })
    .where('id_hash', '=', idHash)
    .where('flash', '=', row.flash)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0 ? row.flash : undefined;
}
