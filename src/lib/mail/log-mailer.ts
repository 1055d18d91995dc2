import type { MailMessage, Mailer } from './mailer.ts';

/** The part of a pino logger (Fastify's `app.log` fits) that the mailers write to. */
export interface MailLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * A mailer for machines without SMTP: each message goes to the log instead, whole, so that
 * invitation and password-reset links can still be read and followed there.
 */
export function createLogMailer(log: MailLog): Mailer {
  return {
    async send({ to, subject, text }: MailMessage) {
      log.info({ mail: { to, subject, text } }, `Email to ${to} (not sent: no SMTP_URL is set)`);
    },
  };
}
