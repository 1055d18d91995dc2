import type { Transporter } from 'nodemailer';
import type { MailMessage, Mailer } from './mailer.ts';

/**
 * Sends mail through the SMTP server of `smtpUrl` (smtp:// or smtps://, with any credentials
 * in the URL): text alone, or multipart/alternative when the message has an HTML part. `send`
 * resolves once the server accepted the message and rejects when it did not (a 5xx refusal
 * carries nodemailer's `responseCode`): the mail queue's sender then decides what follows.
 */
export function createSmtpMailer(options: { smtpUrl: string; mailFrom: string }): Mailer {
  // nodemailer is loaded on the first email: a server that only serves readers should not
  // carry its memory.
  let transport: Promise<Transporter> | undefined;
  const openTransport = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      url: options.smtpUrl,
      // One connection carries many messages: a newsletter's thousands would otherwise each
      // pay a TCP (and TLS) handshake and a login. A few connections, as small providers
      // refuse more.
      pool: true,
      maxConnections: 3,
      maxMessages: 500,
      // Bounded waits (nodemailer's own allow a send to hang for 10 minutes): a send must end
      // well within the mail queue's lease, or another sender could take the message meanwhile.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
  };
  return {
    async send({ to, subject, text, html, headers, messageId, attachments }: MailMessage) {
      transport ??= openTransport();
      await (
        await transport
      ).sendMail({
        from: options.mailFrom,
        to,
        subject,
        text,
        ...(html === undefined ? {} : { html }),
        ...(headers === undefined ? {} : { headers }),
        ...(attachments === undefined ? {} : { attachments }),
        ...(messageId === undefined ? {} : { messageId }),
        // The composer's own Date (a header) wins; otherwise the moment it leaves.
        ...(Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'date')
          ? {}
          : { date: new Date() }),
      });
    },
    async close() {
      if (transport) (await transport).close();
    },
  };
}
