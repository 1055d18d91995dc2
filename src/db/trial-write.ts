import { sql } from 'kysely';
import type { Db } from './connection.ts';

/**
 * Runs `work` inside the caller's transaction and then undoes every write it made (a
 * savepoint, rolled back), keeping only what it returned or threw. Used to see what a write
 * would produce without making it: a refused edit is kept as a revision of what it would have
 * saved. Both engines support savepoints; `db` must be a transaction.
 */
export async function withWritesUndone<Result>(
  db: Db,
  work: (db: Db) => Promise<Result>,
): Promise<{ ok: true; result: Result } | { ok: false; error: unknown }> {
  if (!db.isTransaction) throw new Error('withWritesUndone needs a transaction.');
  await sql`savepoint trial_write`.execute(db);
  let outcome: { ok: true; result: Result } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, result: await work(db) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  // PostgreSQL refuses every statement after a failed one until this rollback.
  await sql`rollback to savepoint trial_write`.execute(db);
  await sql`release savepoint trial_write`.execute(db);
  return outcome;
}
