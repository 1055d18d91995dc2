import type { Db } from '../connection.ts';
import type { LoginFailuresTable } from '../schema.ts';

export async function selectLoginFailures(db: Db, keys: string[]): Promise<LoginFailuresTable[]> {
  return db.selectFrom('login_failures').selectAll().where('key', 'in', keys).execute();
}

/** Counts one failure for a key, starting a new window when the old one has ended. */
export async function recordLoginFailure(
  db: Db,
  options: { key: string; now: string; windowStartsAfter: string },
): Promise<void> {
  const { key, now, windowStartsAfter } = options;
  await db
    .insertInto('login_failures')
    .values({ key, window_started_at: now, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        count: eb
          .case()
          .when('login_failures.window_started_at', '<=', windowStartsAfter)
          .then(1)
          .else(eb('login_failures.count', '+', 1))
          .end(),
        window_started_at: eb
          .case()
          .when('login_failures.window_started_at', '<=', windowStartsAfter)
          .then(now)
          .else(eb.ref('login_failures.window_started_at'))
          .end(),
      })),
    )
    .execute();
}

export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}
