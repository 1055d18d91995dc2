import type { Db } from '../../db/connection.ts';
import { selectQueuedMailBacklog } from '../../db/repositories/mail-queue-metrics-repository.ts';

/** What monitoring reads of the mail queue: how deep it is and how long its oldest has waited. */
export interface MailQueueBacklog {
  depth: number;
  /** Seconds since the oldest queued message was stored; 0 when the queue is empty. */
  oldestAgeSeconds: number;
}

export async function readMailQueueBacklog(db: Db, now = new Date()): Promise<MailQueueBacklog> {
  const { count, oldestCreatedAt } = await selectQueuedMailBacklog(db);
  const oldest = oldestCreatedAt === null ? Number.NaN : Date.parse(oldestCreatedAt);
  const ageSeconds = Number.isFinite(oldest) ? Math.max(0, (now.getTime() - oldest) / 1000) : 0;
  return { depth: count, oldestAgeSeconds: ageSeconds };
}
