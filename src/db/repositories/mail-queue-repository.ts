import { type ExpressionBuilder, sql } from 'kysely';
import { type Db, dialectOf } from '../connection.ts';
import type { DatabaseSchema, MailQueueTable } from '../schema.ts';

/** Stores one email for the sender. */
export async function insertQueuedMail(db: Db, row: MailQueueTable): Promise<void> {
  await db.insertInto('mail_queue').values(row).execute();
}

/** Due, and held by no sender (never claimed, or its claim's lease ran out). */
function isClaimable(now: string) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'mail_queue'>) =>
    eb.and([
      eb('status', '=', 'queued'),
      eb('next_attempt_at', '<=', now),
      eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]),
    ]);
}

/**
 * Claims up to `limit` due messages for one sender (`claimId`) until `claimedUntil`, counting
 * an attempt on each, and returns them oldest first.
 *
 * Safe with several senders: the claim is one UPDATE whose WHERE repeats the claimable test,
 * so a row another sender claimed meanwhile is not taken again. On PostgreSQL the candidates
 * are picked `FOR UPDATE SKIP LOCKED`, so parallel senders take different rows instead of
 * queueing behind each other; SQLite runs one writer at a time anyway.
 */
export async function claimDueMail(
  db: Db,
  options: { claimId: string; now: string; claimedUntil: string; limit: number },
): Promise<MailQueueTable[]> {
  const { claimId, now, claimedUntil, limit } = options;
  let candidates = db
    .selectFrom('mail_queue')
    .select('id')
    .where(isClaimable(now))
    .orderBy('next_attempt_at')
    .orderBy('created_at')
    .limit(limit);
  if (dialectOf(db) === 'postgres') candidates = candidates.forUpdate().skipLocked();
  const rows = await db
    .updateTable('mail_queue')
    .set({
      claim_id: claimId,
      claimed_until: claimedUntil,
      attempts: sql<number>`attempts + 1`,
    })
    .where('id', 'in', candidates)
    .where(isClaimable(now))
    .returningAll()
    .execute();
  return rows
    .map((row) => ({ ...row, attempts: Number(row.attempts) }))
    .sort(
      (a, b) =>
        a.next_attempt_at.localeCompare(b.next_attempt_at) ||
        a.created_at.localeCompare(b.created_at),
    );
}

/**
 * Ends a claimed message: `sent` (its text is cleared: it may hold a sign-in link), `skipped`
 * or `failed`. False when the claim is no longer this sender's (its lease ran out and another
 * sender took the message).
 */
export async function finishClaimedMail(
  db: Db,
  options: {
    id: string;
    claimId: string;
    now: string;
    status: 'sent' | 'skipped' | 'failed';
    lastError?: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('mail_queue')
    .set({
      status: options.status,
      finished_at: options.now,
      claim_id: null,
      claimed_until: null,
      ...(options.status === 'failed' ? {} : { body_text: null }),
      ...(options.lastError === undefined ? {} : { last_error: options.lastError }),
    })
    .where('id', '=', options.id)
    .where('claim_id', '=', options.claimId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Releases a claimed message for another attempt at `nextAttemptAt`, noting why it failed. */
export async function releaseClaimedMail(
  db: Db,
  options: { id: string; claimId: string; nextAttemptAt: string; lastError: string },
): Promise<boolean> {
  const result = await db
    .updateTable('mail_queue')
    .set({
      next_attempt_at: options.nextAttemptAt,
      last_error: options.lastError,
      claim_id: null,
      claimed_until: null,
    })
    .where('id', '=', options.id)
    .where('claim_id', '=', options.claimId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One queued message, for the admin and for tests. */
export async function selectQueuedMail(db: Db, id: string): Promise<MailQueueTable | undefined> {
  const row = await db.selectFrom('mail_queue').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, attempts: Number(row.attempts) };
}
