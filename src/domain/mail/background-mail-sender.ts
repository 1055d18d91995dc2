import { type RepeatingTask, startRepeatingTask } from '../jobs/repeating-task.ts';
import { type MailSenderDeps, sendDueMail } from './mail-sender.ts';

/**
 * The server's mail sender: delivers the queue in the background, right after a message is
 * queued (`wake`) and every `pollMs` (messages due for a retry, messages queued by another
 * instance or before a restart, claims left by a sender that died). Every instance runs it,
 * without a job lease: each message is claimed by one sender (mail-queue-repository.ts).
 * `stop` waits for the batch in progress (no message is left half-sent), then closes the
 * transport's pooled connections.
 */
export function startBackgroundMailSender(
  deps: MailSenderDeps,
  options: { pollMs: number; board?: { add(task: RepeatingTask): void } },
): RepeatingTask {
  const task = startRepeatingTask({
    name: 'mail-sender',
    intervalMs: options.pollMs,
    board: options.board,
    log: deps.log,
    failureMessage: 'The mail queue could not be read; trying again later',
    // A round claims and sends until nothing is due; a failed claim waits for the next poll.
    async round(signal) {
      while (!signal.aborted && (await sendDueMail(deps)).claimed > 0);
    },
  });
  return {
    ...task,
    async stop() {
      await task.stop();
      await deps.transport.close?.();
    },
  };
}
