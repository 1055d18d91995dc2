import { currentTimestamp } from '../../lib/time.ts';
import { type RemovalDependencies, sweepTrash } from './trash-removal.ts';

/** The server's sweep of the trash: removes what outstayed the retention, every `intervalMs`. */
export interface BackgroundTrashSweeper {
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/** The part of a pino logger (Fastify's `app.log` fits) that the sweeper reports to. */
interface SweeperLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

export function startBackgroundTrashSweeper(
  deps: RemovalDependencies & { log: SweeperLog },
  options: { intervalMs: number },
): BackgroundTrashSweeper {
  let sweep: Promise<void> | undefined;
  const run = () => {
    // One sweep at a time: a slow one (thousands of items) is not overlapped by the next.
    sweep ??= sweepTrash(deps, currentTimestamp())
      .then((removed) => {
        if (removed.items + removed.media > 0) {
          deps.log.info(removed, 'removed old items and uploads from the trash');
        }
      })
      .catch((error: unknown) => {
        deps.log.error({ err: error }, 'The trash could not be swept; trying again later');
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
