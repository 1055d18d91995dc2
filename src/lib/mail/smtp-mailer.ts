import type { Transporter } from 'nodemailer';
import type { MailMessage, Mailer } from './mailer.ts';

/**
 * Sends plain-text mail through the SMTP server of `smtpUrl` (smtp:// or smtps://, with any
 * credentials in the URL). `send` resolves once the server accepted the message and rejects
 * when it did not: the mail queue's sender then keeps the message for another attempt.
 */
export function createSmtpMailer(options: { smtpUrl: string; mailFrom: string }): Mailer {
  // nodemailer is loaded on the first email: a server that only serves readers should not
  // carry its memory.
  let transport: Promise<Transporter> | undefined;
  const openTransport = async () => {
    const { default: nodemailer } = await import('nodemailer');
    // Bounded waits (nodemailer's own allow a send to hang for 10 minutes): a send must end
    // well within the mail queue's lease, or another sender could take the message meanwhile.
    return nodemailer.createTransport({
      url: options.smtpUrl,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
  };
  return {
    async send({ to, subject, text }: MailMessage) {
      transport ??= openTransport();
      await (await transport).sendMail({ from: options.mailFrom, to, subject, text });
    },
  };
}
