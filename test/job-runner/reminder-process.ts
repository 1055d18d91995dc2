/**
 * One server's event reminders and mail sender, alone in a process, for the job-runner test:
 * the real background jobs (the reminder rounds under a job lease) over the real database and
 * SMTP, until the test stops it. Argument: one JSON object
 * `{ database: DatabaseConfig, smtpUrl, siteUrl, intervalMs, ttlMs }`.
 */
import type { DatabaseConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { startBackgroundMailSender } from '../../src/domain/mail/background-mail-sender.ts';
import { startBackgroundRegistrationMailer } from '../../src/domain/registrations/background-registration-mailer.ts';
import { siteMailComposers } from '../../src/http/mail/site-mail-composers.ts';
import { createSmtpMailer } from '../../src/lib/mail/smtp-mailer.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as {
  database: DatabaseConfig;
  smtpUrl: string;
  siteUrl: string;
  intervalMs: number;
  ttlMs: number;
};
const handle = openDatabase(options.database);
const log = {
  error: (details: object, message: string) => void process.stderr.write(`${message}\n`),
  info: (details: object, message: string) =>
    void process.stdout.write(`${message} ${JSON.stringify(details)}\n`),
};
const sender = startBackgroundMailSender(
  {
    db: handle.db,
    transport: createSmtpMailer({ smtpUrl: options.smtpUrl, mailFrom: 'no-reply@site.test' }),
    composers: siteMailComposers(options.siteUrl),
    log,
    siteUrl: options.siteUrl,
  },
  { pollMs: 100 },
);
const reminders = startBackgroundRegistrationMailer(
  { db: handle.db, log, onQueued: () => sender.wake() },
  {
    intervalMs: options.intervalMs,
    leases: { db: handle.db, holder: `reminders-${process.pid}`, ttlMs: options.ttlMs },
  },
);
// The jobs' timers do not hold a process open (a CLI's must not); this one lives until stopped.
const keepAlive = setInterval(() => {}, 60_000);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  clearInterval(keepAlive);
  void Promise.all([reminders.stop(), sender.stop()])
    .then(() => handle.close())
    .then(() => process.exit(0));
});
