import type { MailMessage, Mailer } from './mailer.ts';

/** The part of a pino logger (Fastify's `app.log` fits) that the mailers write to. */
export interface MailLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * A mailer for machines without SMTP: each message goes to the log instead, subject and
 * recipient only. Bodies stay out of the log: a newsletter to thousands would flood it, and
 * sign-in links must not sit in log files (an administrator reads an invitation's or reset's
 * link in the admin instead, or configures SMTP_URL).
 */
export function createLogMailer(log: MailLog): Mailer {
  return {
    async send({ to, subject }: MailMessage) {
      log.info({ mail: { to, subject } }, `Email to ${to} (not sent: no SMTP_URL is set)`);
    },
  };
}
