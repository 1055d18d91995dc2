import type { Db } from '../../db/connection.ts';
import {
  type RepeatingTask,
  type TaskPlacement,
  startRepeatingTask,
} from '../jobs/repeating-task.ts';
import { queueDueReminders } from './registration-reminders.ts';

/** The part of a pino logger (Fastify's `app.log` fits) that the rounds report to. */
interface RegistrationMailerLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

/**
 * The server's reminder rounds: every `intervalMs` (a minute), the reminders that came due,
 * on one instance at a time (with `leases`). Two rounds at once would still send one email:
 * the once-only guard (registration_mailings) lets one through.
 */
export function startBackgroundRegistrationMailer(
  deps: { db: Db; log: RegistrationMailerLog; onQueued: () => void },
  options: { intervalMs: number } & TaskPlacement,
): RepeatingTask {
  return startRepeatingTask({
    ...options,
    name: 'registration-reminders',
    log: deps.log,
    failureMessage: 'Event reminders could not be queued; trying again later',
    async round() {
      const reminders = await queueDueReminders(deps.db, new Date());
      if (reminders > 0) {
        deps.log.info({ reminders }, 'queued reminders of events');
        deps.onQueued();
      }
    },
  });
}
