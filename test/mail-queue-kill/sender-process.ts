/**
 * A server's mail sender, alone in a process, for the kill test: the real background sender
 * over the real SMTP transport and database, until the test kills it. Arguments: one JSON
 * object `{ database: DatabaseConfig, smtpUrl, siteUrl }`.
 */
import { openDatabase } from '../../src/db/connection.ts';
import type { DatabaseConfig } from '../../src/config.ts';
import { startBackgroundMailSender } from '../../src/domain/mail/background-mail-sender.ts';
import { createSmtpMailer } from '../../src/lib/mail/smtp-mailer.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as {
  database: DatabaseConfig;
  smtpUrl: string;
  siteUrl: string;
};
const handle = openDatabase(options.database);
const log = {
  error: (details: object, message: string) =>
    void process.stderr.write(`${message} ${JSON.stringify(details)}\n`),
};
const sender = startBackgroundMailSender(
  {
    db: handle.db,
    transport: createSmtpMailer({ smtpUrl: options.smtpUrl, mailFrom: 'no-reply@site.test' }),
    composers: {},
    log,
    siteUrl: options.siteUrl,
  },
  { pollMs: 100 },
);
// The sender's poll does not hold a process open (a CLI's must not); this one lives until killed.
const keepAlive = setInterval(() => {}, 60_000);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  clearInterval(keepAlive);
  void sender
    .stop()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
