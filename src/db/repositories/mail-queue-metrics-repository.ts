import type { Db } from '../connection.ts';

/** How many messages wait in the queue, and when the oldest of them was stored (null: none). */
export async function selectQueuedMailBacklog(
  db: Db,
): Promise<{ count: number; oldestCreatedAt: string | null }> {
  // One aggregate over the (status, next_attempt_at) index; cheap enough for every scrape.
  const row = await db
    .selectFrom('mail_queue')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('count'),
      eb.fn.min<string | null>('created_at').as('oldest'),
    ])
    .where('status', '=', 'queued')
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldestCreatedAt: row.oldest ?? null };
}
