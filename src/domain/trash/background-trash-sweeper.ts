import { currentTimestamp } from '../../lib/time.ts';
import {
  type RepeatingTask,
  type TaskPlacement,
  startRepeatingTask,
} from '../jobs/repeating-task.ts';
import { type RemovalDependencies, sweepTrash } from './trash-removal.ts';

/** The part of a pino logger (Fastify's `app.log` fits) that the sweeper reports to. */
interface SweeperLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

/**
 * The server's sweep of the trash: removes what outstayed the retention, every `intervalMs`,
 * on one instance at a time (with `leases`). Two sweeps at once would still be safe: each
 * removal deletes rows that are gone for the other, and a missing file is not an error.
 */
export function startBackgroundTrashSweeper(
  deps: RemovalDependencies & { log: SweeperLog },
  options: { intervalMs: number } & TaskPlacement,
): RepeatingTask {
  return startRepeatingTask({
    ...options,
    name: 'trash-sweep',
    log: deps.log,
    failureMessage: 'The trash could not be swept; trying again later',
    async round() {
      const removed = await sweepTrash(deps, currentTimestamp());
      if (removed.items + removed.media > 0) {
        deps.log.info(removed, 'removed old items and uploads from the trash');
      }
    },
  });
}
