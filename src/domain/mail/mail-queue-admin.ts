import type { Db } from '../../db/connection.ts';
import {
  type MailQueueListRow,
  countMailByStatus,
  requeueFailedMail,
  selectMailPage,
} from '../../db/repositories/mail-queue-repository.ts';
import {
  countMailSuppressions,
  deleteMailSuppression,
  selectMailSuppressions,
} from '../../db/repositories/mail-suppression-repository.ts';
import type { MailStatus, MailSuppressionsTable } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { canOnSite } from '../auth/permissions.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';

/**
 * The mail queue as administrators see it: how much stands where, the messages (never their
 * parts: they may hold sign-in links), sending failed ones again, and the refused addresses.
 */

export const MAIL_ROWS_PER_PAGE = 50;
const SUPPRESSIONS_SHOWN = 200;
const SENT_COUNTED_DAYS = 7;

export interface MailQueueOverview {
  /** Sent: in the last seven days. */
  counts: Record<MailStatus, number>;
  status: MailStatus;
  rows: MailQueueListRow[];
  page: number;
  hasNextPage: boolean;
  suppressions: MailSuppressionsTable[];
  suppressionCount: number;
}

function requireMailAdmin(actor: Actor): void {
  if (!canOnSite(actor, 'manage-mail')) {
    throw new ForbiddenError(problem('problem.onlyAdministrators'));
  }
}

/** One page of one status's messages, newest first, with the counts and refused addresses. */
export async function mailQueueOverview(
  db: Db,
  actor: Actor,
  options: { status: MailStatus; page: number; now?: Date },
): Promise<MailQueueOverview> {
  requireMailAdmin(actor);
  const now = options.now ?? new Date();
  const sentSince = new Date(now.getTime() - SENT_COUNTED_DAYS * 86_400_000).toISOString();
  const [counts, rows, suppressions, suppressionCount] = await Promise.all([
    countMailByStatus(db, sentSince),
    selectMailPage(db, {
      status: options.status,
      limit: MAIL_ROWS_PER_PAGE + 1,
      offset: (options.page - 1) * MAIL_ROWS_PER_PAGE,
    }),
    selectMailSuppressions(db, { limit: SUPPRESSIONS_SHOWN, offset: 0 }),
    countMailSuppressions(db),
  ]);
  return {
    counts,
    status: options.status,
    rows: rows.slice(0, MAIL_ROWS_PER_PAGE),
    page: options.page,
    hasNextPage: rows.length > MAIL_ROWS_PER_PAGE,
    suppressions,
    suppressionCount,
  };
}

/**
 * Puts a failed message (`id`), or every failed one, back in the queue: attempts reset, due
 * now. Returns how many; 404 for an id that is not a failed message.
 */
export async function sendFailedMailAgain(
  db: Db,
  actor: Actor,
  options: { id?: string; now?: Date },
): Promise<number> {
  requireMailAdmin(actor);
  const now = (options.now ?? new Date()).toISOString();
  return db.transaction().execute(async (trx) => {
    const count = await requeueFailedMail(trx, { ...(options.id ? { id: options.id } : {}), now });
    if (options.id && count === 0) throw new NotFoundError(problem('adminMail.problem.notFailed'));
    await recordAudit(trx, actor, {
      action: options.id ? 'mail.requeue' : 'mail.requeue-all',
      subjectType: 'mail',
      subjectId: options.id ?? null,
      summary: options.id
        ? auditSummary('audit.mailRequeued')
        : auditSummary('audit.mailAllRequeued', { count }),
    });
    return count;
  });
}

/** Lets mail go to a refused address again (it was fixed, or refused by mistake). */
export async function removeMailSuppression(db: Db, actor: Actor, email: string): Promise<void> {
  requireMailAdmin(actor);
  await db.transaction().execute(async (trx) => {
    if (!(await deleteMailSuppression(trx, email))) {
      throw new NotFoundError(problem('adminMail.problem.notSuppressed'));
    }
    await recordAudit(trx, actor, {
      action: 'mail.unsuppress',
      subjectType: 'mail',
      summary: auditSummary('audit.mailSuppressionRemoved', { email: email.toLowerCase() }),
    });
  });
}
