import { type ExpressionBuilder, sql } from 'kysely';
import { type Db, dialectOf } from '../connection.ts';
import type { DatabaseSchema, MailQueueTable, MailStatus } from '../schema.ts';

/** Stores one email for the sender. */
export async function insertQueuedMail(db: Db, row: MailQueueTable): Promise<void> {
  await db.insertInto('mail_queue').values(row).execute();
}

/**
 * Rows per INSERT: a row binds 16 parameters, so 1,000 rows bind 16,000, under SQLite's
 * 32,766 and PostgreSQL's 65,535. Larger chunks measured no faster (50,000 rows: the time
 * goes into index updates, not statements).
 */
const ROWS_PER_INSERT = 1000;

/**
 * Stores many emails, a chunk per statement. Atomic only inside a transaction: the caller
 * (`enqueueMailBatch`) opens one, or passes its own.
 */
export async function insertQueuedMailBatch(db: Db, rows: MailQueueTable[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('mail_queue')
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .execute();
  }
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
  const candidates = db
    .selectFrom('mail_queue')
    .select('id')
    .where(isClaimable(now))
    .orderBy('next_attempt_at')
    .orderBy('created_at')
    .limit(limit);
  const claim = {
    claim_id: claimId,
    claimed_until: claimedUntil,
    attempts: sql<number>`attempts + 1`,
  };
  const rows =
    dialectOf(db) === 'postgres'
      ? // A materialized CTE picks the rows once. As `WHERE id IN (subquery)` PostgreSQL may
        // run the LIMIT subquery again while updating, and claimed 30 rows for a limit of 12.
        await db
          .with(
            (cte) => cte('picked').materialized(),
            () => candidates.forUpdate().skipLocked(),
          )
          .updateTable('mail_queue')
          .from('picked')
          .set(claim)
          .whereRef('mail_queue.id', '=', 'picked.id')
          .where(isClaimable(now))
          .returningAll('mail_queue')
          .execute()
      : await db
          .updateTable('mail_queue')
          .set(claim)
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
      // A failed message keeps its parts so that "Send again" can send it.
      ...(options.status === 'failed' ? {} : { body_text: null, body_html: null, headers: null }),
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

/**
 * Gives back claimed messages the sender did not get to (its lease was running short),
 * uncounting the attempt it never made, so that any sender takes them at once.
 */
export async function returnUnsentClaims(
  db: Db,
  options: { ids: string[]; claimId: string },
): Promise<void> {
  if (options.ids.length === 0) return;
  await db
    .updateTable('mail_queue')
    .set({ claim_id: null, claimed_until: null, attempts: sql<number>`attempts - 1` })
    .where('id', 'in', options.ids)
    .where('claim_id', '=', options.claimId)
    .execute();
}

/** How many messages were marked sent since `since` (the hourly rate's count). */
export async function countSentSince(db: Db, since: string): Promise<number> {
  const row = await db
    .selectFrom('mail_queue')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'sent')
    .where('finished_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** One queued message, for the admin and for tests. */
export async function selectQueuedMail(db: Db, id: string): Promise<MailQueueTable | undefined> {
  const row = await db.selectFrom('mail_queue').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, attempts: Number(row.attempts) };
}

/** How many messages stand in each status; sent ones only since `sentSince`. */
export async function countMailByStatus(
  db: Db,
  sentSince: string,
): Promise<Record<MailStatus, number>> {
  const rows = await db
    .selectFrom('mail_queue')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where((eb) =>
      eb.or([
        eb('status', '!=', 'sent'),
        eb.and([eb('status', '=', 'sent'), eb('finished_at', '>', sentSince)]),
      ]),
    )
    .groupBy('status')
    .execute();
  const counts: Record<MailStatus, number> = { queued: 0, sent: 0, skipped: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/** What the admin lists of a message: never its parts, which may hold sign-in links. */
export type MailQueueListRow = Pick<
  MailQueueTable,
  | 'id'
  | 'kind'
  | 'recipient'
  | 'subject'
  | 'status'
  | 'attempts'
  | 'last_error'
  | 'created_at'
  | 'next_attempt_at'
  | 'finished_at'
>;

/** A page of messages in `status`, newest first. */
export async function selectMailPage(
  db: Db,
  options: { status: MailStatus; limit: number; offset: number },
): Promise<MailQueueListRow[]> {
  const rows = await db
    .selectFrom('mail_queue')
    .select([
      'id',
      'kind',
      'recipient',
      'subject',
      'status',
      'attempts',
      'last_error',
      'created_at',
      'next_attempt_at',
      'finished_at',
    ])
    .where('status', '=', options.status)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
}

/**
 * Puts failed messages back in the queue, due at `now` with their attempts reset: one
 * (`id`), or every failed one. Returns how many went back.
 */
export async function requeueFailedMail(
  db: Db,
  options: { id?: string; now: string },
): Promise<number> {
  let query = db
    .updateTable('mail_queue')
    .set({ status: 'queued', attempts: 0, next_attempt_at: options.now, finished_at: null })
    .where('status', '=', 'failed');
  if (options.id !== undefined) query = query.where('id', '=', options.id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
