import { type MailSenderDeps, sendDueMail } from './mail-sender.ts';

/**
 * The server's mail sender: delivers the queue in the background, right after a message is
 * queued (`wake`) and every `pollMs` (messages due for a retry, messages queued by another
 * instance or before a restart, claims left by a sender that died).
 */
export interface BackgroundMailSender {
  /** Starts a round now, or right after the one in progress. */
  wake(): void;
  /**
   * Stops polling, waits for the round in progress (no message is left half-sent), then
   * closes the transport's pooled connections.
   */
  stop(): Promise<void>;
  /** Resolves once no round is running or asked for (tests wait on it). */
  idle(): Promise<void>;
}

/** A round claims and sends until nothing is due; a failed claim waits for the next poll. */
export function startBackgroundMailSender(
  deps: MailSenderDeps,
  options: { pollMs: number },
): BackgroundMailSender {
  let isStopped = false;
  let isWanted = false;
  let round: Promise<void> | undefined;

  async function runRounds() {
    while (isWanted && !isStopped) {
      isWanted = false;
      try {
        while (!isStopped && (await sendDueMail(deps)).claimed > 0);
      } catch (error) {
        deps.log.error({ err: error }, 'The mail queue could not be read; trying again later');
      }
    }
    round = undefined;
  }

  function wake() {
    if (isStopped) return;
    isWanted = true;
    round ??= runRounds();
  }

  const poll = setInterval(wake, options.pollMs);
  // A pending poll must not keep a finished process (a CLI command, a test) alive.
  poll.unref();
  wake();

  return {
    wake,
    async stop() {
      isStopped = true;
      clearInterval(poll);
      await round;
      await deps.transport.close?.();
    },
    async idle() {
      while (round) await round;
    },
  };
}
