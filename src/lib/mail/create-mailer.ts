import type { Mailer } from './mailer.ts';
import { createLogMailer, type MailLog } from './log-mailer.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

export type { MailLog };

/**
 * The configured transport: SMTP when `smtpUrl` is set, otherwise the log. The mail queue's
 * sender delivers through it; nothing else should.
 */
export function createMailer(options: {
  smtpUrl: string | null;
  mailFrom: string;
  log: MailLog;
}): Mailer {
  const { smtpUrl, mailFrom, log } = options;
  return smtpUrl ? createSmtpMailer({ smtpUrl, mailFrom }) : createLogMailer(log);
}
