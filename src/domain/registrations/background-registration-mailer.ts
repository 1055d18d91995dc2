import type { Db } from '../../db/connection.ts';
import { queueDueReminders } from './registration-reminders.ts';

/** The part of a pino logger (Fastify's `app.log` fits) that the rounds report to. */
interface RegistrationMailerLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface BackgroundRegistrationMailer {
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

/**
 * The server's reminder rounds: every `intervalMs` (a minute), the reminders that came due.
 * Every instance may run it: the once-only guard (registration_mailings) lets one email
 * through. A failing round is logged and tried again at the next tick, never thrown.
 */
export function startBackgroundRegistrationMailer(
  deps: { db: Db; log: RegistrationMailerLog; onQueued: () => void },
  options: { intervalMs: number },
): BackgroundRegistrationMailer {
  let round: Promise<void> | undefined;
  const run = () => {
    // One round at a time: a slow one is not overlapped by the next.
    round ??= (async () => {
      const reminders = await queueDueReminders(deps.db, new Date());
      if (reminders > 0) {
        deps.log.info({ reminders }, 'queued reminders of events');
        deps.onQueued();
      }
    })()
      .catch((error: unknown) => {
        deps.log.error({ err: error }, 'Event reminders could not be queued; trying again later');
      })
      .finally(() => {
        round = undefined;
      });
  };
  const timer = setInterval(run, options.intervalMs);
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
