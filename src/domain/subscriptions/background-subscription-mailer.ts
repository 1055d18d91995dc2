import type { Db } from '../../db/connection.ts';
import { deletePendingSubscribersBefore } from '../../db/repositories/subscriber-repository.ts';
import { type TaskPlacement, startRepeatingTask } from '../jobs/repeating-task.ts';
import { announceNewItems } from './item-announcements.ts';
import { CONFIRMATION_DAYS } from './subscription-service.ts';
import { queueDueDigests } from './weekly-digest.ts';

/** The server's subscription jobs: announcements each minute, digests and tidying hourly. */
export interface BackgroundSubscriptionMailer {
  /** Stops the timers and waits for a round in progress. */
  stop(): Promise<void>;
}

/** The part of a pino logger (Fastify's `app.log` fits) that the rounds report to. */
interface SubscriptionLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface SubscriptionMailerDeps {
  db: Db;
  log: SubscriptionLog;
  /** Called after a round queued email, so the sender starts at once. */
  onQueued: () => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** One hourly round: digests that are due, and requests never confirmed removed. */
export async function runHourlySubscriptionRound(
  db: Db,
  now: Date,
): Promise<{ digests: number; removed: number }> {
  const digests = await queueDueDigests(db, now);
  const removed = await deletePendingSubscribersBefore(
    db,
    new Date(now.getTime() - CONFIRMATION_DAYS * DAY_MS).toISOString(),
  );
  return { digests, removed };
}

/**
 * Two jobs, each on one instance at a time (with `leases`): announcements every
 * `announceEveryMs`, digests and tidying every `digestEveryMs`. Two rounds at once would still
 * send each email once: an item's announcement row and a subscriber's digest mark are
 * claimed with conditional writes in the transaction that queues the emails.
 */
export function startBackgroundSubscriptionMailer(
  deps: SubscriptionMailerDeps,
  options: { announceEveryMs: number; digestEveryMs: number } & TaskPlacement,
): BackgroundSubscriptionMailer {
  const failureMessage = 'Subscription emails could not be queued; trying again later';
  const announcements = startRepeatingTask({
    ...options,
    name: 'subscription-announcements',
    intervalMs: options.announceEveryMs,
    log: deps.log,
    failureMessage,
    async round() {
      const announced = await announceNewItems(deps.db, new Date());
      if (announced.emails === 0) return;
      deps.log.info(announced, 'queued announcements of new items');
      deps.onQueued();
    },
  });
  const digests = startRepeatingTask({
    ...options,
    name: 'subscription-digests',
    intervalMs: options.digestEveryMs,
    log: deps.log,
    failureMessage,
    async round() {
      const hourly = await runHourlySubscriptionRound(deps.db, new Date());
      if (hourly.digests + hourly.removed > 0) {
        deps.log.info(hourly, 'queued weekly digests and removed unconfirmed subscriptions');
      }
      if (hourly.digests > 0) deps.onQueued();
    },
  });
  return {
    async stop() {
      await Promise.all([announcements.stop(), digests.stop()]);
    },
  };
}
