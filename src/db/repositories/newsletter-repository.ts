import type { Updateable } from 'kysely';
import type { Db } from '../connection.ts';
import type { MailStatus, NewsletterStatus, NewslettersTable } from '../schema.ts';

/**
 * Newsletters' rows, and what the mail queue says about their emails. Status changes are
 * conditional updates (`from` lists the statuses a row may leave): two instances or two
 * clicks race on the row itself, and only one of them changes it.
 */

/** What readers may see: a newsletter whose emails went into the queue. */
export const ARCHIVED_STATUSES = ['queued', 'sent'] as const satisfies NewsletterStatus[];
/** What may still be changed before it goes out. */
export const UNSENT_STATUSES = ['draft', 'scheduled'] as const satisfies NewsletterStatus[];

export async function insertNewsletter(db: Db, row: NewslettersTable): Promise<void> {
  await db.insertInto('newsletters').values(row).execute();
}

export async function selectNewsletter(db: Db, id: string): Promise<NewslettersTable | undefined> {
  return db.selectFrom('newsletters').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Changes a newsletter that is in one of `from`; returns whether it did (false: it is gone or
 * moved on meanwhile, e.g. another instance queued it).
 */
export async function updateNewsletterIn(
  db: Db,
  options: {
    id: string;
    from: readonly NewsletterStatus[];
    /** Only if it is scheduled no later than this instant. */
    scheduledBy?: string;
    changes: Updateable<NewslettersTable>;
  },
): Promise<boolean> {
  let query = db
    .updateTable('newsletters')
    .set(options.changes)
    .where('id', '=', options.id)
    .where('status', 'in', options.from);
  if (options.scheduledBy) query = query.where('scheduled_at', '<=', options.scheduledBy);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether another newsletter than `exceptId` has this slug. */
export async function isNewsletterSlugTaken(
  db: Db,
  slug: string,
  exceptId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('newsletters')
    .select('id')
    .where('slug', '=', slug)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Every newsletter for the desk: unsent first (soonest scheduled, then newest), then sent. */
export async function selectAllNewsletters(db: Db, limit: number): Promise<NewslettersTable[]> {
  return db
    .selectFrom('newsletters')
    .selectAll()
    .orderBy('queued_at', 'desc')
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
}

/** Scheduled newsletters whose time has come, oldest due first. */
export async function selectDueNewsletterIds(db: Db, now: string): Promise<string[]> {
  const rows = await db
    .selectFrom('newsletters')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', now)
    .orderBy('scheduled_at')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Queued newsletters none of whose emails is still waiting become sent; returns how many did.
 * One statement, so a newsletter queued meanwhile (its rows being written in another
 * transaction) is not seen as finished: its status is still draft or scheduled until commit.
 */
export async function markFinishedNewslettersSent(db: Db): Promise<number> {
  const result = await db
    .updateTable('newsletters')
    .set({ status: 'sent' })
    .where('status', '=', 'queued')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mail_queue')
            .select('mail_queue.id')
            .whereRef('mail_queue.ref_id', '=', 'newsletters.id')
            .where('mail_queue.kind', '=', 'newsletter')
            .where('mail_queue.status', '=', 'queued'),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface MailCountRow {
  ref_id?: string | null;
  status: MailStatus;
  count: number | string | bigint;
}

/** How many of each newsletter's emails are queued, sent, skipped or failed. */
export async function countNewsletterMailByStatus(
  db: Db,
  newsletterIds: string[],
): Promise<MailCountRow[]> {
  if (newsletterIds.length === 0) return [];
  return db
    .selectFrom('mail_queue')
    .select(['ref_id', 'status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('kind', '=', 'newsletter')
    .where('ref_id', 'in', newsletterIds)
    .groupBy(['ref_id', 'status'])
    .execute();
}

/** How many newsletters the archive lists in a language. */
export async function countArchivedNewsletters(db: Db, language: string): Promise<number> {
  const row = await db
    .selectFrom('newsletters')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', 'in', ARCHIVED_STATUSES)
    .where('language', '=', language)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export type ArchivedNewsletterRow = Pick<
  NewslettersTable,
  'id' | 'slug' | 'subject' | 'language' | 'queued_at' | 'body_html' | 'item_id'
>;

const archivedColumns = [
  'id',
  'slug',
  'subject',
  'language',
  'queued_at',
  'body_html',
  'item_id',
] as const;

/** One page of the archive in a language, newest first. */
export async function selectArchivedNewsletters(
  db: Db,
  options: { language: string; limit: number; offset: number },
): Promise<ArchivedNewsletterRow[]> {
  return db
    .selectFrom('newsletters')
    .select(archivedColumns)
    .where('status', 'in', ARCHIVED_STATUSES)
    .where('language', '=', options.language)
    .orderBy('queued_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

/** Every archived newsletter (the sitemap), newest first. */
export async function selectAllArchivedNewsletters(db: Db): Promise<ArchivedNewsletterRow[]> {
  return db
    .selectFrom('newsletters')
    .select(archivedColumns)
    .where('status', 'in', ARCHIVED_STATUSES)
    .orderBy('queued_at', 'desc')
    .execute();
}

export async function selectArchivedNewsletterBySlug(
  db: Db,
  slug: string,
): Promise<ArchivedNewsletterRow | undefined> {
  return db
    .selectFrom('newsletters')
    .select(archivedColumns)
    .where('status', 'in', ARCHIVED_STATUSES)
    .where('slug', '=', slug)
    .executeTakeFirst();
}
