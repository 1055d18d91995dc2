import type { Db } from '../../db/connection.ts';
import { selectDueNewsletterIds } from '../../db/repositories/newsletter-repository.ts';
import {
  type RepeatingTask,
  type TaskPlacement,
  startRepeatingTask,
} from '../jobs/repeating-task.ts';
import { finishSentNewsletters, queueNewsletter } from './newsletter-sending.ts';

/**
 * The server's newsletter clock: every `intervalMs` (a minute), scheduled newsletters whose
 * time has come are queued, and queued ones whose emails have all gone are marked sent. One
 * instance runs each round (job leases); were two to run, the conditional update in
 * `queueNewsletter` would still let only one of them queue each newsletter.
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

/** Runs the schedule every `intervalMs`, on one instance at a time (with `leases`). */
export function startBackgroundNewsletterScheduler(
  deps: NewsletterSchedulerDeps,
  options: { intervalMs: number } & TaskPlacement,
): RepeatingTask {
  return startRepeatingTask({
    ...options,
    name: 'newsletter-schedule',
    log: deps.log,
    failureMessage: 'Newsletters could not be scheduled; trying again later',
    // The first round waits a minute: nothing scheduled is that urgent at start-up.
    isRunAtStart: false,
    round: () => runNewsletterSchedule(deps),
  });
}
