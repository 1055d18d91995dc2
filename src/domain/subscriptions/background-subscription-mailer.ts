import type { Db } from '../../db/connection.ts';
import { deletePendingSubscribersBefore } from '../../db/repositories/subscriber-repository.ts';
import { announceNewItems } from './item-announcements.ts';
import { CONFIRMATION_DAYS } from './subscription-service.ts';
import { queueDueDigests } from './weekly-digest.ts';

/** The server's subscription rounds: announcements each minute, digests and tidying hourly. */
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

export function startBackgroundSubscriptionMailer(
  deps: SubscriptionMailerDeps,
  options: { announceEveryMs: number; digestEveryMs: number },
): BackgroundSubscriptionMailer {
  let round: Promise<void> | undefined;
  let lastHourly = 0;
  const run = () => {
    // One round at a time: a slow one (50,000 subscribers) is not overlapped by the next.
    round ??= (async () => {
      const now = new Date();
      const announced = await announceNewItems(deps.db, now);
      let queued = announced.emails;
      if (now.getTime() - lastHourly >= options.digestEveryMs) {
        lastHourly = now.getTime();
        const hourly = await runHourlySubscriptionRound(deps.db, now);
        queued += hourly.digests;
        if (hourly.digests + hourly.removed > 0) {
          deps.log.info(hourly, 'queued weekly digests and removed unconfirmed subscriptions');
        }
      }
      if (announced.emails > 0) deps.log.info(announced, 'queued announcements of new items');
      if (queued > 0) deps.onQueued();
    })()
      .catch((error: unknown) => {
        deps.log.error(
          { err: error },
          'Subscription emails could not be queued; trying again later',
        );
      })
      .finally(() => {
        round = undefined;
      });
  };
  const timer = setInterval(run, options.announceEveryMs);
  // A pending round must not keep a finished process (a CLI command, a test) alive.
  timer.unref();
  run();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
