import type { Db } from '../../src/db/connection.ts';
import { type MailSendReport, sendDueMail } from '../../src/domain/mail/mail-sender.ts';
import type { Mailer } from '../../src/lib/mail/mailer.ts';
import { siteMailComposers } from '../../src/http/mail/site-mail-composers.ts';

/** A sender's log that keeps what it is told. */
export function recordingSenderLog(): {
  errors: { details: object; message: string }[];
  error(details: object, message: string): void;
} {
  const errors: { details: object; message: string }[] = [];
  return { errors, error: (details, message) => void errors.push({ details, message }) };
}

/**
 * Delivers every due email of the queue through `transport`, as the server's background
 * sender would, and sums up what happened. Links point at `siteUrl`.
 */
export async function deliverQueuedMail(
  db: Db,
  transport: Mailer,
  options: { now?: Date; siteUrl?: string } = {},
): Promise<MailSendReport> {
  const siteUrl = options.siteUrl ?? 'http://site.test';
  const deps = {
    db,
    transport,
    composers: siteMailComposers(siteUrl),
    log: recordingSenderLog(),
    siteUrl,
  };
  const total: MailSendReport = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 };
  for (;;) {
    const report = await sendDueMail(deps, { now: options.now });
    if (report.claimed === 0) return total;
    for (const key of Object.keys(total) as (keyof MailSendReport)[]) total[key] += report[key];
  }
}
