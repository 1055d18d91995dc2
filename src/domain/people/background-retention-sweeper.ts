import type { Db } from '../../db/connection.ts';
import { type ParticipationSweep, sweepExpiredParticipation } from './retention.ts';

/** The server's retention sweep of registrations and signatures, every `intervalMs`. */
export interface BackgroundRetentionSweeper {
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/** The part of a pino logger (Fastify's `app.log` fits) that the sweeper reports to. */
interface SweeperLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

function removedAnything(sweep: ParticipationSweep): boolean {
  return Object.values(sweep).some((count) => count > 0);
}

export function startBackgroundRetentionSweeper(
  deps: { db: Db; log: SweeperLog; now?: () => Date },
  options: { intervalMs: number },
): BackgroundRetentionSweeper {
  const now = deps.now ?? (() => new Date());
  let sweep: Promise<void> | undefined;
  const run = () => {
    // One sweep at a time, as the trash's: a slow one is not overlapped by the next.
    sweep ??= sweepExpiredParticipation(deps.db, now())
      .then((removed) => {
        if (removedAnything(removed)) {
          deps.log.info(removed, 'removed registrations and signatures past their retention');
        }
      })
      .catch((error: unknown) => {
        deps.log.error({ err: error }, 'Old registrations could not be swept; trying again later');
      })
      .finally(() => {
        sweep = undefined;
      });
  };
  const timer = setInterval(run, options.intervalMs);
  // A pending sweep must not keep a finished process (a CLI command, a test) alive.
  timer.unref();
  run();
  return {
    async stop() {
      clearInterval(timer);
      await sweep;
    },
  };
}
