import { randomUUID } from 'node:crypto';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  UNSENT_STATUSES,
  countNewsletterMailByStatus,
  insertNewsletter,
  isNewsletterSlugTaken,
  selectAllNewsletters,
  selectNewsletter,
  updateNewsletterIn,
} from '../../db/repositories/newsletter-repository.ts';
import { selectSubscriberByEmail } from '../../db/repositories/subscriber-repository.ts';
import type { NewsletterStatus, NewslettersTable } from '../../db/schema.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { type SanitizedHtml, storedBodyHtml } from '../../lib/sanitize-body-html.ts';
import { slugify } from '../../lib/slug.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import type { Actor } from '../auth/actor.ts';
import { listLabels } from '../labels/label-service.ts';
import {
  type RecipientSegments,
  selectRecipients,
} from '../subscriptions/subscription-recipients.ts';
import { newsletterBodyHtml } from './newsletter-body.ts';
import {
  type NewsletterInput,
  checkSegmentLabels,
  mayAddress,
  readNewsletterInput,
  refuseForeignSegments,
  refuseNonWriters,
  segmentsOf,
} from './newsletter-input.ts';
import { type NewsletterItem, loadNewsletterItem } from './newsletter-item.ts';

/**
 * Newsletters on the desk: written and changed while they are drafts or scheduled, by
 * administrators (any readers) and editors (their countries' readers only). Sending is
 * newsletter-sending.ts.
 */

export interface Newsletter {
  id: string;
  slug: string;
  subject: string;
  bodyHtml: SanitizedHtml;
  itemId: string | null;
  language: string;
  segments: RecipientSegments;
  status: NewsletterStatus;
  scheduledAt: string | null;
  queuedAt: string | null;
  recipients: number;
  createdAt: string;
  updatedAt: string;
}

const NO_SEGMENTS: RecipientSegments = { countries: [], themes: [], languages: [] };

/** Stored segments; a row written by hand with bad JSON addresses nobody rather than everyone. */
export function parseSegments(stored: string): RecipientSegments {
  try {
    const value = JSON.parse(stored) as Partial<RecipientSegments>;
    const list = (entry: unknown) =>
      Array.isArray(entry) ? entry.filter((each): each is string => typeof each === 'string') : [];
    return {
      countries: list(value.countries),
      themes: list(value.themes),
      languages: list(value.languages),
    };
  } catch {
    return { ...NO_SEGMENTS, countries: ['(unreadable)'] };
  }
}

export function toNewsletter(row: NewslettersTable): Newsletter {
  return {
    id: row.id,
    slug: row.slug,
    subject: row.subject,
    bodyHtml: storedBodyHtml(row.body_html),
    itemId: row.item_id,
    language: row.language,
    segments: parseSegments(row.segments),
    status: row.status,
    scheduledAt: row.scheduled_at,
    queuedAt: row.queued_at,
    recipients: Number(row.recipients),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function notFound(): NotFoundError {
  return new NotFoundError(problem('newsletters.problem.noSuchNewsletter'));
}

/**
 * A newsletter the actor may see: an editor sees those addressed to their countries only
 * (others are "not found", so ids are not confirmed).
 */
export async function getNewsletter(db: Db, actor: Actor, id: string): Promise<Newsletter> {
  refuseNonWriters(actor);
  const row = await selectNewsletter(db, id);
  const newsletter = row && toNewsletter(row);
  if (!newsletter || !mayAddress(actor, newsletter.segments)) throw notFound();
  return newsletter;
}

async function freeSlug(db: Db, subject: string, id: string): Promise<string> {
  const base = slugify(subject) || 'newsletter';
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await isNewsletterSlugTaken(db, candidate, id))) return candidate;
  }
}

/**
 * Creates (no `id`) or changes a draft or scheduled newsletter; returns its id. A scheduled
 * one stays scheduled. Refused: bad input (422), segments the actor may not address (403),
 * an item readers cannot see (422), a newsletter already queued (409).
 */
export async function saveNewsletter(
  db: Db,
  actor: Actor,
  options: { id?: string; input: NewsletterInput },
): Promise<string> {
  refuseNonWriters(actor);
  const input = readNewsletterInput(options.input);
  const segments = segmentsOf(input);
  checkSegmentLabels(segments, await listLabels(db));
  refuseForeignSegments(actor, segments);
  if (input.itemId && !(await loadNewsletterItem(db, input.itemId))) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      itemId: problem('newsletters.problem.itemNotPublic'),
    });
  }
  const bodyHtml = input.body.trim() === '' ? '' : newsletterBodyHtml(input.body);
  const now = new Date().toISOString();
  const fields = {
    subject: input.subject,
    body_html: bodyHtml,
    item_id: input.itemId || null,
    language: input.language,
    segments: JSON.stringify(segments),
    updated_at: now,
  };
  return inTransaction(db, async (trx) => {
    const id = options.id ?? randomUUID();
    const slug = await freeSlug(trx, input.subject, id);
    if (options.id) {
      await getNewsletter(trx, actor, options.id);
      const isChanged = await updateNewsletterIn(trx, {
        id,
        from: UNSENT_STATUSES,
        changes: { ...fields, slug },
      });
      if (!isChanged) throw new ConflictError(problem('newsletters.problem.alreadySent'));
    } else {
      await insertNewsletter(trx, {
        id,
        slug,
        ...fields,
        status: 'draft',
        scheduled_at: null,
        queued_at: null,
        recipients: 0,
        created_by: actor.id,
        created_at: now,
      });
    }
    await recordAudit(trx, actor, {
      action: options.id ? 'newsletter.update' : 'newsletter.create',
      subjectType: 'newsletter',
      subjectId: id,
      summary: auditSummary('audit.newsletterSaved', { subject: input.subject }),
    });
    return id;
  });
}

/**
 * Schedules a draft (or moves a scheduled one) to go out at `scheduledAt`, an instant that
 * must be in the future; null when the form's date and time were not a real instant.
 */
export async function scheduleNewsletter(
  db: Db,
  actor: Actor,
  options: { id: string; scheduledAt: string | null; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  const { scheduledAt } = options;
  if (!scheduledAt || scheduledAt <= now.toISOString()) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      scheduledAt: problem('newsletters.problem.scheduleInFuture'),
    });
  }
  await inTransaction(db, async (trx) => {
    const newsletter = await getNewsletter(trx, actor, options.id);
    const isChanged = await updateNewsletterIn(trx, {
      id: options.id,
      from: UNSENT_STATUSES,
      changes: { status: 'scheduled', scheduled_at: scheduledAt, updated_at: now.toISOString() },
    });
    if (!isChanged) throw new ConflictError(problem('newsletters.problem.alreadySent'));
    await recordAudit(trx, actor, {
      action: 'newsletter.schedule',
      subjectType: 'newsletter',
      subjectId: options.id,
      summary: auditSummary('audit.newsletterScheduled', {
        subject: newsletter.subject,
        scheduledAt,
      }),
    });
  });
}

/** Takes a scheduled newsletter back to a draft (nothing happens to a draft). */
export async function unscheduleNewsletter(db: Db, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const newsletter = await getNewsletter(trx, actor, id);
    const isChanged = await updateNewsletterIn(trx, {
      id,
      from: ['scheduled'],
      changes: { status: 'draft', scheduled_at: null, updated_at: new Date().toISOString() },
    });
    if (!isChanged && newsletter.status !== 'draft') {
      throw new ConflictError(problem('newsletters.problem.alreadySent'));
    }
    if (!isChanged) return;
    await recordAudit(trx, actor, {
      action: 'newsletter.unschedule',
      subjectType: 'newsletter',
      subjectId: id,
      summary: auditSummary('audit.newsletterUnscheduled', { subject: newsletter.subject }),
    });
  });
}

/** How many of a newsletter's emails stand where in the queue. */
export interface NewsletterProgress {
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
}

export interface NewsletterListing extends Newsletter {
  progress: NewsletterProgress;
}

const LISTED_NEWSLETTERS = 500;

/** The desk's list: unsent first (most recently changed first), then sent, newest first. */
export async function listNewsletters(db: Db, actor: Actor): Promise<NewsletterListing[]> {
  refuseNonWriters(actor);
  const newsletters = (await selectAllNewsletters(db, LISTED_NEWSLETTERS))
    .map(toNewsletter)
    .filter((newsletter) => mayAddress(actor, newsletter.segments));
  const counts = await countNewsletterMailByStatus(
    db,
    newsletters.filter((each) => each.queuedAt).map((each) => each.id),
  );
  const progress = new Map<string, NewsletterProgress>();
  for (const row of counts) {
    if (!row.ref_id) continue;
    const entry = progress.get(row.ref_id) ?? { queued: 0, sent: 0, failed: 0, skipped: 0 };
    entry[row.status] += Number(row.count);
    progress.set(row.ref_id, entry);
  }
  const isUnsent = (newsletter: Newsletter) => newsletter.queuedAt === null;
  return newsletters
    .sort(
      (a, b) =>
        Number(isUnsent(b)) - Number(isUnsent(a)) ||
        (b.queuedAt ?? '').localeCompare(a.queuedAt ?? '') ||
        b.updatedAt.localeCompare(a.updatedAt),
    )
    .map((newsletter) => ({
      ...newsletter,
      progress: progress.get(newsletter.id) ?? { queued: 0, sent: 0, failed: 0, skipped: 0 },
    }));
}

/** How many confirmed subscribers the segments reach today. */
export async function countRecipients(db: Db, segments: RecipientSegments): Promise<number> {
  let count = 0;
  for await (const batch of selectRecipients(db, segments)) count += batch.length;
  return count;
}

/** What an email, a preview or the archive shows of a newsletter. */
export interface NewsletterContent {
  id: string;
  slug: string;
  subject: string;
  bodyHtml: SanitizedHtml;
  language: string;
  /** The item sent as the newsletter, while readers can still see it. */
  item: NewsletterItem | null;
  queuedAt: string | null;
}

export async function newsletterContent(
  db: Db,
  newsletter: Pick<
    Newsletter,
    'id' | 'slug' | 'subject' | 'bodyHtml' | 'language' | 'itemId' | 'queuedAt'
  >,
): Promise<NewsletterContent> {
  return {
    id: newsletter.id,
    slug: newsletter.slug,
    subject: newsletter.subject,
    bodyHtml: newsletter.bodyHtml,
    language: newsletter.language,
    item: newsletter.itemId ? await loadNewsletterItem(db, newsletter.itemId) : null,
    queuedAt: newsletter.queuedAt,
  };
}

/** A newsletter's content by id for its emails, whatever its status; null once it is gone. */
export async function newsletterContentById(db: Db, id: string): Promise<NewsletterContent | null> {
  const row = await selectNewsletter(db, id);
  return row ? newsletterContent(db, toNewsletter(row)) : null;
}

/**
 * The subscriber a newsletter email is written for, while they still want it: confirmed, not
 * unsubscribed since it was queued. Null otherwise, and the email is skipped.
 */
export async function newsletterReader(
  db: Db,
  email: string,
): Promise<{ id: string; language: string } | null> {
  const subscriber = await selectSubscriberByEmail(db, email.toLowerCase());
  if (!subscriber || subscriber.status !== 'confirmed') return null;
  return { id: subscriber.id, language: subscriber.language };
}

/** The test email's record in the log (the email itself is written by the HTTP layer). */
export async function recordTestSend(db: Db, actor: Actor, newsletter: Newsletter): Promise<void> {
  await recordAudit(db, actor, {
    action: 'newsletter.test',
    subjectType: 'newsletter',
    subjectId: newsletter.id,
    summary: auditSummary('audit.newsletterTestSent', {
      subject: newsletter.subject,
      email: actor.email,
    }),
  });
}
