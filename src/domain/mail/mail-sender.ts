import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import {
  claimDueMail,
  finishClaimedMail,
  releaseClaimedMail,
} from '../../db/repositories/mail-queue-repository.ts';
import type { MailKind, MailQueueTable } from '../../db/schema.ts';
import type { MailMessage, Mailer } from '../../lib/mail/mailer.ts';

/**
 * Delivers the mail queue: claims due messages, sends each through the transport, and marks
 * it sent only once the server accepted it. A failure keeps the message for a later attempt,
 * each wait twice the last; a sender that dies mid-send holds its messages only until its
 * lease runs out, then any sender claims them again. Delivery is at least once: a sender that
 * dies after the server accepted a message, before marking it, sends it again.
 */

/** How long a claim holds: well past the longest send (the SMTP transport's timeouts). */
export const MAIL_LEASE_MS = 5 * 60 * 1000;
/** Attempts before a message is given up as failed (about a day of retries). */
export const MAX_MAIL_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60 * 1000;
const LONGEST_RETRY_MS = 6 * 60 * 60 * 1000;

/** The wait before the next attempt, after `attempts` failed ones: 1, 2, 4 … minutes, up to 6 hours. */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Writes a message of a kind that is written at send time; null when there is nothing to send. */
export type MailComposer = (db: Db, recipient: string, now: Date) => Promise<MailMessage | null>;

/** The part of a pino logger (Fastify's `app.log` fits) that the sender reports to. */
export interface MailSenderLog {
  error(details: object, message: string): void;
}

export interface MailSenderDeps {
  db: Db;
  /** The transport (SMTP or the log), which rejects what the server did not accept. */
  transport: Mailer;
  composers: Partial<Record<Exclude<MailKind, 'message'>, MailComposer>>;
  log: MailSenderLog;
}

export interface MailSendReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

async function compose(deps: MailSenderDeps, row: MailQueueTable, now: Date) {
  if (row.kind === 'message') {
    return { to: row.recipient, subject: row.subject ?? '', text: row.body_text ?? '' };
  }
  const composer = deps.composers[row.kind];
  if (!composer) throw new Error(`No composer for queued mail of kind ${row.kind}`);
  return composer(deps.db, row.recipient, now);
}

/**
 * Claims up to `limit` due messages (one by default, so that each lease covers a single send)
 * and delivers them, one after another. `now` fixes the clock the claim, lease and back-off
 * are reckoned from (tests move it); by default it is the time of the claim.
 */
export async function sendDueMail(
  deps: MailSenderDeps,
  options: { now?: Date; limit?: number } = {},
): Promise<MailSendReport> {
  const now = options.now ?? new Date();
  const claimId = randomUUID();
  const rows = await claimDueMail(deps.db, {
    claimId,
    now: now.toISOString(),
    claimedUntil: new Date(now.getTime() + MAIL_LEASE_MS).toISOString(),
    limit: options.limit ?? 1,
  });
  const report: MailSendReport = {
    claimed: rows.length,
    sent: 0,
    retried: 0,
    failed: 0,
    skipped: 0,
  };
  for (const row of rows) {
    const finish = { id: row.id, claimId, now: now.toISOString() };
    try {
      const message = await compose(deps, row, now);
      if (!message) {
        await finishClaimedMail(deps.db, { ...finish, status: 'skipped' });
        report.skipped += 1;
        continue;
      }
      await deps.transport.send(message);
    } catch (error) {
      const lastError = error instanceof Error ? error.message : String(error);
      // The text is left out of the log: it may hold a sign-in link meant only for the recipient.
      deps.log.error(
        { err: error, mail: { id: row.id, to: row.recipient, attempts: row.attempts } },
        `Email to ${row.recipient} could not be sent`,
      );
      if (row.attempts >= MAX_MAIL_ATTEMPTS) {
        await finishClaimedMail(deps.db, { ...finish, status: 'failed', lastError });
        report.failed += 1;
      } else {
        const nextAttemptAt = new Date(now.getTime() + mailRetryDelayMs(row.attempts));
        await releaseClaimedMail(deps.db, {
          id: row.id,
          claimId,
          nextAttemptAt: nextAttemptAt.toISOString(),
          lastError,
        });
        report.retried += 1;
      }
      continue;
    }
    await finishClaimedMail(deps.db, { ...finish, status: 'sent' });
    report.sent += 1;
  }
  return report;
}
