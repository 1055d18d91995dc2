import type { Db } from '../../db/connection.ts';
import { selectDueNewsletterIds } from '../../db/repositories/newsletter-repository.ts';
import { finishSentNewsletters, queueNewsletter } from './newsletter-sending.ts';

/**
 * The server's newsletter clock: every `intervalMs` (a minute), scheduled newsletters whose
 * time has come are queued, and queued ones whose emails have all gone are marked sent. Every
 * instance runs one; the conditional update in `queueNewsletter` lets only one of them queue
 * each newsletter.
 */

interface SchedulerLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface NewsletterSchedulerDeps {
  db: Db;
  log: SchedulerLog;
  /** Called after a newsletter was queued (the server wakes its mail sender). */
  onQueued?: () => void;
}

/** One round: returns how many newsletters it queued. `now` is the clock (tests move it). */
export async function runNewsletterSchedule(
  deps: NewsletterSchedulerDeps,
  now: Date = new Date(),
): Promise<number> {
  let queued = 0;
  for (const id of await selectDueNewsletterIds(deps.db, now.toISOString())) {
    try {
      const result = await queueNewsletter(deps.db, { id, actor: null, now });
      if (!result) continue;
      queued++;
      deps.log.info({ newsletter: id, ...result }, 'queued a scheduled newsletter');
      deps.onQueued?.();
    } catch (error) {
      // One newsletter that cannot be queued must not hold back the others.
      deps.log.error({ err: error, newsletter: id }, 'A scheduled newsletter could not be queued');
    }
  }
  await finishSentNewsletters(deps.db);
  return queued;
}

export interface BackgroundNewsletterScheduler {
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

export function startBackgroundNewsletterScheduler(
  deps: NewsletterSchedulerDeps,
  options: { intervalMs: number },
): BackgroundNewsletterScheduler {
  let round: Promise<void> | undefined;
  const run = () => {
    // One round at a time: queueing 50,000 emails may outlast the interval.
    round ??= runNewsletterSchedule(deps)
      .then(() => undefined)
      .catch((error: unknown) => {
        deps.log.error({ err: error }, 'Newsletters could not be scheduled; trying again later');
      })
      .finally(() => {
        round = undefined;
      });
  };
  const timer = setInterval(run, options.intervalMs);
  // A pending round must not keep a finished process (a CLI command, a test) alive.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
