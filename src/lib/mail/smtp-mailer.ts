import type { Transporter } from 'nodemailer';
import type { MailMessage, Mailer } from '../../domain/mail/mailer.ts';
import type { MailLog } from './log-mailer.ts';

/**
 * Sends plain-text mail through the SMTP server of `smtpUrl` (smtp:// or smtps://, with any
 * credentials in the URL). A failed delivery is logged and swallowed, as `Mailer` promises.
 */
export function createSmtpMailer(options: {
  smtpUrl: string;
  mailFrom: string;
  log: MailLog;
}): Mailer {
  // nodemailer is loaded on the first email: a server that only serves readers should not
  // carry its memory.
  let transport: Promise<Transporter> | undefined;
  const openTransport = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport(options.smtpUrl);
  };
  return {
    async send({ to, subject, text }: MailMessage) {
      try {
        transport ??= openTransport();
        await (await transport).sendMail({ from: options.mailFrom, to, subject, text });
      } catch (error) {
        // The text is left out: it may hold a sign-in link meant only for the recipient.
        options.log.error(
          { err: error, mail: { to, subject } },
          `Email to ${to} could not be sent`,
        );
      }
    },
  };
}
