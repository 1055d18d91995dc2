/**
 * Stopping a server on SIGTERM (systemd, an orchestrator, a deploy) or SIGINT (Ctrl-C)
 * without cutting anyone off: `stop` finishes what is in flight, and the process exits 0 once
 * it has. A stop that outlasts `timeoutMs` is abandoned: the process exits 1 after logging
 * what was still running, so a stuck request or job cannot hold a deploy for ever.
 */

interface ShutdownLog {
  info(message: string): void;
  error(details: object, message: string): void;
}

interface GracefulShutdownOptions {
  /** Stops accepting, lets requests and jobs in flight end, and closes the database. */
  stop(): Promise<void>;
  /** What is still running, named for the log when the time is up. */
  stillRunning(): string[];
  timeoutMs: number;
  log: ShutdownLog;
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

/** Installs the signal handlers; returns the function they call (tests call it directly). */
export function handleShutdownSignals(
  options: GracefulShutdownOptions,
): (signal: string) => Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let isStopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (isStopping) {
      // A second Ctrl-C: the operator does not want to wait.
      options.log.error({ signal }, `${signal} again: exiting without waiting`);
      exit(1);
      return;
    }
    isStopping = true;
    options.log.info(`${signal}: shutting down, waiting up to ${options.timeoutMs} ms`);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), options.timeoutMs);
    });
    const stopped = options.stop().then(
      () => 'stopped' as const,
      (error: unknown) => ({ error }),
    );
    const outcome = await Promise.race([stopped, deadline]);
    clearTimeout(timer);
    if (outcome === 'stopped') {
      options.log.info('shut down');
      exit(0);
    } else if (outcome === 'late') {
      options.log.error(
        { stillRunning: options.stillRunning() },
        `shutdown took longer than ${options.timeoutMs} ms (SHUTDOWN_TIMEOUT_MS); exiting with what was still running cut short`,
      );
      exit(1);
    } else {
      options.log.error({ err: outcome.error }, 'shutdown failed');
      exit(1);
    }
  };
  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => void shutdown(signal));
  }
  return shutdown;
}
