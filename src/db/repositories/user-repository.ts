import type { Db } from '../connection.ts';
import type { UserRole, UsersTable } from '../schema.ts';

export async function selectUserByEmail(db: Db, email: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function selectUserById(db: Db, id: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectUsers(db: Db): Promise<UsersTable[]> {
  return db.selectFrom('users').selectAll().orderBy('name').orderBy('email').execute();
}

/** The country label ids of each given user. */
export async function selectCountryIdsOfUsers(
  db: Db,
  userIds: string[],
): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('user_countries')
    .select(['user_id', 'label_id'])
    .where('user_id', 'in', userIds)
    .execute();
  for (const row of rows) byUser.get(row.user_id)?.push(row.label_id);
  return byUser;
}

/** Users of a role who answer for any of the given countries. */
export async function selectUsersCoveringCountries(
  db: Db,
  role: UserRole,
  countryLabelIds: string[],
): Promise<UsersTable[]> {
  if (countryLabelIds.length === 0) return [];
  return db
    .selectFrom('users')
    .selectAll('users')
    .where('role', '=', role)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_countries')
          .select('user_countries.user_id')
          .whereRef('user_countries.user_id', '=', 'users.id')
          .where('user_countries.label_id', 'in', countryLabelIds),
      ),
    )
    .execute();
}

/**
 * A new account is never deactivated, its time zone follows its country and its admin speaks
 * the site's language until its owner chooses. Call inside the save's transaction.
 */
export async function insertUser(
  db: Db,
  user: Omit<UsersTable, 'deactivated_at' | 'time_zone' | 'language'>,
  countryLabelIds: string[] = [],
): Promise<void> {
  await db.insertInto('users').values(user).execute();
  await replaceCountries(db, user.id, countryLabelIds);
}

/** Changes a user, and replaces their countries when given. Call inside the save's transaction. */
export async function updateUser(
  db: Db,
  id: string,
  changes: Partial<Omit<UsersTable, 'id' | 'created_at'>>,
  countryLabelIds?: string[],
): Promise<void> {
  if (Object.keys(changes).length > 0) {
    await db.updateTable('users').set(changes).where('id', '=', id).execute();
  }
  if (countryLabelIds) await replaceCountries(db, id, countryLabelIds);
}

async function replaceCountries(db: Db, userId: string, countryLabelIds: string[]): Promise<void> {
  await db.deleteFrom('user_countries').where('user_id', '=', userId).execute();
  if (countryLabelIds.length === 0) return;
  await db
    .insertInto('user_countries')
    .values(countryLabelIds.map((labelId) => ({ user_id: userId, label_id: labelId })))
    .execute();
}
