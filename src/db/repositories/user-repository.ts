import { type Db, inTransaction } from '../connection.ts';
import { bumpContentVersion } from './site-state-repository.ts';
import type { UsersTable } from '../schema.ts';

export async function selectUserByEmail(db: Db, email: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(db: Db, user: UsersTable): Promise<void> {
  // Author names appear on public pages.
  await inTransaction(db, async (trx) => {
    await trx.insertInto('users').values(user).execute();
    await bumpContentVersion(trx);
  });
}
