import type { Db } from '../../db/connection.ts';
import {
  UNSENT_STATUSES,
  markFinishedNewslettersSent,
  selectNewsletter,
  updateNewsletterIn,
} from '../../db/repositories/newsletter-repository.ts';
import type { NewsletterStatus } from '../../db/schema.ts';
import { problem } from '../../lib/problems.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import type { Actor } from '../auth/actor.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { enqueueMailBatch } from '../mail/mail-queue.ts';
import { selectRecipients } from '../subscriptions/subscription-recipients.ts';
import { refuseForeignSegments } from './newsletter-input.ts';
import { toNewsletter } from './newsletter-service.ts';

/**
 * Sending a newsletter is queueing it: one 'newsletter' row per recipient in the mail queue
 * (each written at send time, see src/http/mail/newsletter-mail.ts), all in the transaction
 * that moves the newsletter to `queued`. That move is a conditional update, so of two
 * instances, two clicks or a click and the scheduler, one queues and the others find nothing
 * to do; and a crash half way leaves the newsletter unsent and no email queued.
 */

export interface QueuedNewsletter {
  recipients: number;
}

/**
 * Queues the newsletter `id` for every recipient of its segments, now. With an `actor`, they
 * must be allowed to address those readers; without one (the scheduler) it must be scheduled
 * and due by `now`. Returns null when it was not (or no longer) there to queue.
 */
export async function queueNewsletter(
  db: Db,
  options: { id: string; actor: Actor | null; now?: Date },
): Promise<QueuedNewsletter | null> {
  const now = options.now ?? new Date();
  const timestamp = now.toISOString();
  const { actor, id } = options;
  // The archive lists it from now on: the public pages' version moves on with it.
  return changePublicContent(db, async (trx) => {
    const row = await selectNewsletter(trx, id);
    if (!row) throw new NotFoundError(problem('newsletters.problem.noSuchNewsletter'));
    const newsletter = toNewsletter(row);
    if (actor) refuseForeignSegments(actor, newsletter.segments);
    const from: readonly NewsletterStatus[] = actor ? UNSENT_STATUSES : ['scheduled'];
    const isClaimed = await updateNewsletterIn(trx, {
      id,
      from,
      ...(actor ? {} : { scheduledBy: timestamp }),
      changes: { status: 'queued', queued_at: timestamp, updated_at: timestamp },
    });
    if (!isClaimed) return null;
    let recipients = 0;
    for await (const batch of selectRecipients(trx, newsletter.segments)) {
      await enqueueMailBatch(
        trx,
        batch.map((recipient) => ({ kind: 'newsletter', to: recipient.email, refId: id })),
        now,
      );
      recipients += batch.length;
    }
    await updateNewsletterIn(trx, { id, from: ['queued'], changes: { recipients } });
    await recordAudit(trx, actor, {
      action: 'newsletter.send',
      subjectType: 'newsletter',
      subjectId: id,
      summary: auditSummary('audit.newsletterQueued', { subject: newsletter.subject, recipients }),
    });
    return { recipients };
  });
}

/** Newsletters whose emails have all left the queue (sent, skipped or failed) become sent. */
export async function finishSentNewsletters(db: Db): Promise<number> {
  return markFinishedNewslettersSent(db);
}
