/** One plain-text email. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends email. Two kinds do: the durable queue (`src/domain/mail/mail-queue.ts`), which is
 * what domain services are given, resolves once the message is stored; the transports (SMTP,
 * the log, here in `src/lib/mail`) that the queue's sender delivers through resolve once the
 * server accepted the message and reject otherwise, so that the sender keeps it and tries
 * again later.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
