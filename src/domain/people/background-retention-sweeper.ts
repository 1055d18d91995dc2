import type { Db } from '../../db/connection.ts';
import {
  type RepeatingTask,
  type TaskPlacement,
  startRepeatingTask,
} from '../jobs/repeating-task.ts';
import { type ParticipationSweep, sweepExpiredParticipation } from './retention.ts';

/** The part of a pino logger (Fastify's `app.log` fits) that the sweeper reports to. */
interface SweeperLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

function removedAnything(sweep: ParticipationSweep): boolean {
  return Object.values(sweep).some((count) => count > 0);
}

/**
 * The server's retention sweep of registrations and signatures, every `intervalMs`, on one
 * instance at a time (with `leases`); a second sweep at once would find nothing left to delete.
 */
export function startBackgroundRetentionSweeper(
  deps: { db: Db; log: SweeperLog; now?: () => Date },
  options: { intervalMs: number } & TaskPlacement,
): RepeatingTask {
  const now = deps.now ?? (() => new Date());
  return startRepeatingTask({
    ...options,
    name: 'retention-sweep',
    log: deps.log,
    failureMessage: 'Old registrations could not be swept; trying again later',
    async round() {
      const removed = await sweepExpiredParticipation(deps.db, now());
      if (removedAnything(removed)) {
        deps.log.info(removed, 'removed registrations and signatures past their retention');
      }
    },
  });
}
