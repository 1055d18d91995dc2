import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import {
  insertQueuedMail,
  insertQueuedMailBatch,
  selectQueuedMail,
} from '../../db/repositories/mail-queue-repository.ts';
import type { MailKind, MailQueueTable } from '../../db/schema.ts';
import type { MailMessage, Mailer } from '../../lib/mail/mailer.ts';

/**
 * The one way the site sends email: a message is stored in the database first (`enqueueMail`)
 * and delivered afterwards by the background sender (`mail-sender.ts`). No request waits for
 * an SMTP server, and a message stored before a crash is sent after the restart.
 */

/**
 * A written message, or one that the sender writes at send time from the recipient and what
 * it is about (`refId`: a newsletter, an item, a comment …), so that it is written in the
 * recipient's language, with links fresh when it leaves, and the queue holds no secrets.
 */
export type QueuedMail =
  | ({ kind: 'message' } & MailMessage)
  | { kind: Exclude<MailKind, 'message'>; to: string; refId?: string | null };

/** A mailer that queues: what domain services are given to send with. */
export interface MailQueue extends Mailer {
  /** Stores one email; resolves once it is stored (not once it is delivered). */
  enqueue(mail: QueuedMail): Promise<void>;
  /** Stores many at once (`enqueueMailBatch`, its own transaction); returns how many. */
  enqueueBatch(mails: QueuedMail[]): Promise<number>;
  /**
   * Starts the sender now, for mail a caller stored itself (`enqueueMailBatch` inside its own
   * transaction: call this after the commit, or the sender may look before the rows exist).
   */
  wake(): void;
}

function queueRow(mail: QueuedMail, timestamp: string): MailQueueTable {
  const isWritten = mail.kind === 'message';
  return {
    id: randomUUID(),
    kind: mail.kind,
    recipient: mail.to,
    subject: isWritten ? mail.subject : null,
    body_text: isWritten ? mail.text : null,
    body_html: isWritten ? (mail.html ?? null) : null,
    headers: isWritten ? writtenHeaders(mail) : null,
    ref_id: isWritten ? null : (mail.refId ?? null),
    status: 'queued',
    attempts: 0,
    last_error: null,
    created_at: timestamp,
    next_attempt_at: timestamp,
    claim_id: null,
    claimed_until: null,
    finished_at: null,
  };
}

/** A written message's own Message-ID travels with its headers: the table has no column for it. */
function writtenHeaders(message: MailMessage): string | null {
  const headers = {
    ...message.headers,
    ...(message.messageId === undefined ? {} : { 'Message-ID': message.messageId }),
  };
  return Object.keys(headers).length > 0 ? JSON.stringify(headers) : null;
}

/** Stores one email for the sender, due now; returns its id. */
export async function enqueueMail(db: Db, mail: QueuedMail, now = new Date()): Promise<string> {
  const row = queueRow(mail, now.toISOString());
  await insertQueuedMail(db, row);
  return row.id;
}

/**
 * Stores many emails at once (a newsletter's thousands), in chunked multi-row INSERTs, all or
 * none: inside the caller's transaction when `db` is one (so the newsletter's own state
 * changes with them), else in a transaction of its own. Returns how many were stored.
 */
export async function enqueueMailBatch(
  db: Db,
  mails: QueuedMail[],
  now = new Date(),
): Promise<number> {
  const timestamp = now.toISOString();
  const rows = mails.map((mail) => queueRow(mail, timestamp));
  if (db.isTransaction) await insertQueuedMailBatch(db, rows);
  else await db.transaction().execute((trx) => insertQueuedMailBatch(trx, rows));
  return rows.length;
}

/**
 * The queue as a `Mailer` over `db`; `onEnqueued` runs after each message is stored (the
 * server wakes its sender there, so the message leaves at once rather than at the next poll).
 */
export function createMailQueue(db: Db, onEnqueued: () => void = () => {}): MailQueue {
  const enqueue = async (mail: QueuedMail) => {
    await enqueueMail(db, mail);
    onEnqueued();
  };
  return {
    enqueue,
    async enqueueBatch(mails) {
      const count = await enqueueMailBatch(db, mails);
      onEnqueued();
      return count;
    },
    wake: onEnqueued,
    send: (message) => enqueue({ kind: 'message', ...message }),
  };
}

/** Where a queued email stands: queued, sent, skipped or failed, with its last error. */
export async function queuedMailState(
  db: Db,
  id: string,
): Promise<Pick<MailQueueTable, 'status' | 'attempts' | 'last_error'> | undefined> {
  const row = await selectQueuedMail(db, id);
  return row && { status: row.status, attempts: row.attempts, last_error: row.last_error };
}
