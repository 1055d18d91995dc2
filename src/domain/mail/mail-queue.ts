import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.ts';
import { insertQueuedMail, selectQueuedMail } from '../../db/repositories/mail-queue-repository.ts';
import type { MailQueueTable } from '../../db/schema.ts';
import type { MailMessage, Mailer } from '../../lib/mail/mailer.ts';

/**
 * The one way the site sends email: a message is stored in the database first (`enqueueMail`)
 * and delivered afterwards by the background sender (`mail-sender.ts`). No request waits for
 * an SMTP server, and a message stored before a crash is sent after the restart.
 */

/** A written message, or one that the sender writes at send time from the recipient. */
export type QueuedMail =
  ({ kind: 'message' } & MailMessage) | { kind: 'password-reset'; to: string };

/** A mailer that queues: what domain services are given to send with. */
export interface MailQueue extends Mailer {
  /** Stores one email; resolves once it is stored (not once it is delivered). */
  enqueue(mail: QueuedMail): Promise<void>;
}

/** Stores one email for the sender, due now; returns its id. */
export async function enqueueMail(db: Db, mail: QueuedMail, now = new Date()): Promise<string> {
  const id = randomUUID();
  const timestamp = now.toISOString();
  await insertQueuedMail(db, {
    id,
    kind: mail.kind,
    recipient: mail.to,
    subject: mail.kind === 'message' ? mail.subject : null,
    body_text: mail.kind === 'message' ? mail.text : null,
    status: 'queued',
    attempts: 0,
    last_error: null,
    created_at: timestamp,
    next_attempt_at: timestamp,
    claim_id: null,
    claimed_until: null,
    finished_at: null,
  });
  return id;
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
  return { enqueue, send: (message) => enqueue({ kind: 'message', ...message }) };
}

/** Where a queued email stands: queued, sent, skipped or failed, with its last error. */
export async function queuedMailState(
  db: Db,
  id: string,
): Promise<Pick<MailQueueTable, 'status' | 'attempts' | 'last_error'> | undefined> {
  const row = await selectQueuedMail(db, id);
  return row && { status: row.status, attempts: row.attempts, last_error: row.last_error };
}
