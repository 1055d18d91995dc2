import { sql } from 'kysely';
import type { Db } from '../connection.ts';

/** The most a window grows to: 2^6 times its base length. */
const MAX_STRIKES = 6;
/** A used-up window that ended longer ago than this no longer makes the next one longer. */
const STRIKES_FORGOTTEN_AFTER_MS = 24 * 60 * 60 * 1000;

export interface TakenAttempt {
  /** Attempts in the window, this one included: the caller compares it with its limit. */
  count: number;
  windowEndsAt: number;
}

/**
 * Counts one attempt for a key and returns the count, in one statement, so that parallel
 * requests (in one process or many) each see a different count and no more than `limit` of
 * them can ever see a count within the limit.
 *
 * A window that has ended starts a new one; if the ended window was used up (its count
 * reached `limit`) the new window is twice as long as the last, up to 64 times `baseMs`.
 * Every expression in the update reads the row as it was before it (SQL's rule on both
 * engines), so the strikes and the new window agree.
 */
export async function takeAttempt(
  db: Db,
  options: { key: string; nowMs: number; baseMs: number; limit: number },
): Promise<TakenAttempt> {
  const { key, limit } = options;
  // Typed for PostgreSQL, which cannot infer a bare parameter's type in arithmetic.
  const nowMs = sql<number>`cast(${options.nowMs} as bigint)`;
  const baseMs = sql<number>`cast(${options.baseMs} as bigint)`;
  const forgottenBefore = sql<number>`cast(${options.nowMs - STRIKES_FORGOTTEN_AFTER_MS} as bigint)`;
  const hasEnded = sql<boolean>`attempt_counters.window_ends_at <= ${nowMs}`;
  const nextStrikes = sql<number>`case
      when attempt_counters.count >= cast(${limit} as integer)
        and attempt_counters.window_ends_at > ${forgottenBefore}
      then case when attempt_counters.strikes < cast(${MAX_STRIKES} as integer)
        then attempt_counters.strikes + 1 else cast(${MAX_STRIKES} as integer) end
      else 0 end`;
  const row = await db
    .insertInto('attempt_counters')
    .values({ key, window_ends_at: options.nowMs + options.baseMs, count: 1, strikes: 0 })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        count: sql`case when ${hasEnded} then 1 else attempt_counters.count + 1 end`,
        strikes: sql`case when ${hasEnded} then ${nextStrikes} else attempt_counters.strikes end`,
        window_ends_at: sql`case when ${hasEnded}
          then ${nowMs} + ${baseMs} * (1 << (${nextStrikes}))
          else attempt_counters.window_ends_at end`,
      }),
    )
    .returning(['count', 'window_ends_at'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowEndsAt: Number(row.window_ends_at) };
}

/**
 * Gives back one attempt for each key (a sign-in that succeeded), and forgets their strikes:
 * the owner's own success should not leave the next window long.
 */
export async function giveBackAttempts(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .updateTable('attempt_counters')
    .set({
      count: sql`case when count > 0 then count - 1 else 0 end`,
      strikes: 0,
    })
    .where('key', 'in', keys)
    .execute();
}

/** Forgets counters whose window ended more than a day ago (they can no longer grow one). */
export async function deleteStaleAttemptCounters(db: Db, nowMs: number): Promise<void> {
  await db
    .deleteFrom('attempt_counters')
    .where('window_ends_at', '<', nowMs - STRIKES_FORGOTTEN_AFTER_MS)
    .execute();
}
