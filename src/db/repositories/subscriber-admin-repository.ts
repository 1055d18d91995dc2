import { type Insertable, sql } from 'kysely';
import type { Db } from '../connection.ts';
import type {
  CommentStatus,
  MailKind,
  MailStatus,
  SegmentKind,
  SubscriberSegmentsTable,
  SubscriberStatus,
  SubscribersTable,
} from '../schema.ts';
import { insertRows } from './bulk-insert.ts';

/**
 * The administrators' side of subscribers and personal data: counts, the paged list, what an
 * import reads and writes, and everything the site holds about one address (to hand over or
 * erase). The subscribe form's own queries live in subscriber-repository.ts.
 */

/** Rows per `in (…)` list: far below both engines' bound-value limits. */
const IDS_PER_STATEMENT = 1_000;

function containsPattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export interface SubscriberFilter {
  /** A fragment of the address, matched without case. */
  emailContains?: string;
  status?: SubscriberStatus;
}

function filteredSubscribers(db: Db, filter: SubscriberFilter) {
  let query = db.selectFrom('subscribers');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.emailContains) {
    // Addresses are stored lower-cased; PostgreSQL's LIKE minds case, so the fragment is too.
    const pattern = containsPattern(filter.emailContains.toLowerCase());
    query = query.where(sql<boolean>`email like ${pattern} escape '\\'`);
  }
  return query;
}

export async function countSubscribersByStatus(
  db: Db,
): Promise<{ status: SubscriberStatus; count: number }[]> {
  const rows = await db
    .selectFrom('subscribers')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy('status')
    .execute();
  return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
}

/** Confirmed subscribers per segment they follow. */
export async function countConfirmedBySegment(
  db: Db,
): Promise<{ kind: SegmentKind; value: string; count: number }[]> {
  const rows = await db
    .selectFrom('subscriber_segments')
    .innerJoin('subscribers', 'subscribers.id', 'subscriber_segments.subscriber_id')
    .where('subscribers.status', '=', 'confirmed')
    .select([
      'subscriber_segments.kind',
      'subscriber_segments.value',
      (eb) => eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy(['subscriber_segments.kind', 'subscriber_segments.value'])
    .execute();
  return rows.map((row) => ({ kind: row.kind, value: row.value, count: Number(row.count) }));
}

/** Confirmed subscribers who follow nothing in particular, so get everything. */
export async function countConfirmedFollowingEverything(db: Db): Promise<number> {
  const row = await db
    .selectFrom('subscribers')
    .where('status', '=', 'confirmed')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('subscriber_segments')
            .select('subscriber_segments.subscriber_id')
            .whereRef('subscriber_segments.subscriber_id', '=', 'subscribers.id'),
        ),
      ),
    )
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function countFilteredSubscribers(db: Db, filter: SubscriberFilter): Promise<number> {
  const row = await filteredSubscribers(db, filter)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A page of subscribers, newest first (the id breaks ties, so pages never overlap). */
export async function selectSubscriberPage(
  db: Db,
  filter: SubscriberFilter & { limit: number; offset: number },
): Promise<SubscribersTable[]> {
  return filteredSubscribers(db, filter)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

/** Every subscriber the filter keeps, newest first: the CSV export. */
export async function selectFilteredSubscribers(
  db: Db,
  filter: SubscriberFilter,
): Promise<SubscribersTable[]> {
  return filteredSubscribers(db, filter)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function selectSegmentsOfMany(
  db: Db,
  subscriberIds: readonly string[],
): Promise<SubscriberSegmentsTable[]> {
  const segments: SubscriberSegmentsTable[] = [];
  for (let start = 0; start < subscriberIds.length; start += IDS_PER_STATEMENT) {
    const ids = subscriberIds.slice(start, start + IDS_PER_STATEMENT);
    segments.push(
      ...(await db
        .selectFrom('subscriber_segments')
        .selectAll()
        .where('subscriber_id', 'in', ids)
        .execute()),
    );
  }
  return segments;
}

/** The subscribers among these (lower-cased) addresses: an import's existing rows. */
export async function selectSubscribersByEmails(
  db: Db,
  emails: readonly string[],
): Promise<Pick<SubscribersTable, 'id' | 'email' | 'status'>[]> {
  const found: Pick<SubscribersTable, 'id' | 'email' | 'status'>[] = [];
  for (let start = 0; start < emails.length; start += IDS_PER_STATEMENT) {
    const batch = emails.slice(start, start + IDS_PER_STATEMENT);
    found.push(
      ...(await db
        .selectFrom('subscribers')
        .select(['id', 'email', 'status'])
        .where('email', 'in', batch)
        .execute()),
    );
  }
  return found;
}

/**
 * Inserts new subscribers; an address someone added in the meantime (the form, another
 * import) is left as that left it. Returns the ids inserted.
 */
export async function insertNewSubscribers(
  db: Db,
  subscribers: Insertable<SubscribersTable>[],
): Promise<Set<string>> {
  const inserted = new Set<string>();
  const first = subscribers[0];
  if (!first) return inserted;
  const perStatement = Math.floor(10_000 / Object.keys(first).length);
  for (let start = 0; start < subscribers.length; start += perStatement) {
    const rows = await db
      .insertInto('subscribers')
      .values(subscribers.slice(start, start + perStatement))
      .onConflict((conflict) => conflict.column('email').doNothing())
      .returning('id')
      .execute();
    for (const row of rows) inserted.add(row.id);
  }
  return inserted;
}

export async function insertSegments(db: Db, segments: SubscriberSegmentsTable[]): Promise<void> {
  await insertRows(db, 'subscriber_segments', segments);
}

/** Removes what these subscribers follow, before an import writes it anew. */
export async function deleteSegmentsOfMany(
  db: Db,
  subscriberIds: readonly string[],
): Promise<void> {
  for (let start = 0; start < subscriberIds.length; start += IDS_PER_STATEMENT) {
    const ids = subscriberIds.slice(start, start + IDS_PER_STATEMENT);
    await db.deleteFrom('subscriber_segments').where('subscriber_id', 'in', ids).execute();
  }
}

// Everything about one address. Comment addresses are lower-cased when posted, but imported
// ones keep the case the old site had.

function sameAddress(column: string, email: string) {
  return sql<boolean>`lower(${sql.ref(column)}) = ${email.toLowerCase()}`;
}

export async function selectSubscriberWithEmail(
  db: Db,
  email: string,
): Promise<SubscribersTable | undefined> {
  return db
    .selectFrom('subscribers')
    .selectAll()
    .where(sameAddress('email', email))
    .executeTakeFirst();
}

export interface CommentOfPerson {
  id: string;
  content_id: string;
  item_title: string;
  author_name: string;
  author_url: string | null;
  body_text?: string | null;
  body_html: string;
  status: CommentStatus;
  created_at: string;
}

export async function selectCommentsByAuthorEmail(
  db: Db,
  email: string,
): Promise<CommentOfPerson[]> {
  return db
    .selectFrom('comments')
    .innerJoin('content_items', 'content_items.id', 'comments.content_id')
    .select([
      'comments.id',
      'comments.content_id',
      'content_items.title as item_title',
      'comments.author_name',
      'comments.author_url',
      'comments.body_text',
      'comments.body_html',
      'comments.status',
      'comments.created_at',
    ])
    .where(sameAddress('comments.author_email', email))
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .execute();
}

export async function selectMailToAddress(
  db: Db,
  email: string,
): Promise<
  { kind: MailKind; status: MailStatus; created_at: string; finished_at: string | null }[]
> {
  return db
    .selectFrom('mail_queue')
    .select(['kind', 'status', 'created_at', 'finished_at'])
    .where(sameAddress('recipient', email))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function selectSuppressionOf(
  db: Db,
  email: string,
): Promise<{ reason: string; created_at: string } | undefined> {
  return db
    .selectFrom('mail_suppressions')
    .select(['reason', 'created_at'])
    .where(sameAddress('email', email))
    .executeTakeFirst();
}

/** Removes a subscriber by id (what they follow goes with them: the foreign key cascades). */
export async function deleteSubscriberById(db: Db, id: string): Promise<void> {
  await db.deleteFrom('subscriber_segments').where('subscriber_id', '=', id).execute();
  await db.deleteFrom('subscribers').where('id', '=', id).execute();
}

/**
 * Keeps a person's comments but no longer says whose they are. Replies that quote them keep
 * their place in the thread; the site shows an empty name as "Anonymous".
 */
export async function anonymiseCommentsByEmail(db: Db, email: string): Promise<number> {
  const result = await db
    .updateTable('comments')
    .set({
      author_name: '',
      author_email: null,
      author_url: null,
      fingerprint: null,
      confirm_token_hash: null,
    })
    .where(sameAddress('author_email', email))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Removes a person's comments. Replies by others stay, moved up to where the removed comment
 * hung (its own parent, or the top of the thread), so nobody else's words are lost.
 */
export async function deleteCommentsByEmail(db: Db, email: string): Promise<number> {
  const doomed = await db
    .selectFrom('comments')
    .select(['id', 'parent_id'])
    .where(sameAddress('author_email', email))
    .execute();
  if (doomed.length === 0) return 0;
  const doomedIds = new Set(doomed.map((comment) => comment.id));
  const parentOf = new Map(doomed.map((comment) => [comment.id, comment.parent_id]));
  // The nearest ancestor that stays, through chains of the person's own replies.
  const survivingAncestor = (id: string | null): string | null => {
    let current = id;
    for (let steps = 0; current !== null && doomedIds.has(current); steps += 1) {
      if (steps > doomedIds.size) return null;
      current = parentOf.get(current) ?? null;
    }
    return current;
  };
  const ids = [...doomedIds];
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    const batch = ids.slice(start, start + IDS_PER_STATEMENT);
    const orphans = await db
      .selectFrom('comments')
      .select(['id', 'parent_id'])
      .where('parent_id', 'in', batch)
      .execute();
    for (const orphan of orphans) {
      if (doomedIds.has(orphan.id)) continue;
      await db
        .updateTable('comments')
        .set({ parent_id: survivingAncestor(orphan.parent_id) })
        .where('id', '=', orphan.id)
        .execute();
    }
  }
  // The person's own replies point at each other: cut those links before removing them.
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    const batch = ids.slice(start, start + IDS_PER_STATEMENT);
    await db.updateTable('comments').set({ parent_id: null }).where('id', 'in', batch).execute();
  }
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    const batch = ids.slice(start, start + IDS_PER_STATEMENT);
    await db.deleteFrom('comments').where('id', 'in', batch).execute();
  }
  return doomed.length;
}

/** What an erased address becomes in the history of mail already sent (RFC 2606 `.invalid`). */
export const ERASED_RECIPIENT = 'erased@erased.invalid';

/**
 * Mail not yet sent to the address is removed: it would reach someone who asked to be
 * forgotten. Mail already sent stays as history (a newsletter's sent count reads it) but no
 * longer names them.
 */
export async function deleteQueuedMailTo(
  db: Db,
  email: string,
): Promise<{ removed: number; forgotten: number }> {
  const removed = await db
    .deleteFrom('mail_queue')
    .where(sameAddress('recipient', email))
    .where('status', '=', 'queued')
    .executeTakeFirst();
  const forgotten = await db
    .updateTable('mail_queue')
    .set({ recipient: ERASED_RECIPIENT })
    .where(sameAddress('recipient', email))
    .executeTakeFirst();
  return { removed: Number(removed.numDeletedRows), forgotten: Number(forgotten.numUpdatedRows) };
}

export async function deleteSuppressionOf(db: Db, email: string): Promise<number> {
  const result = await db
    .deleteFrom('mail_suppressions')
    .where(sameAddress('email', email))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The account, if the address is also someone's sign-in (reported, never erased here). */
export async function selectAccountWithEmail(
  db: Db,
  email: string,
): Promise<{ name: string; role: string; created_at: string } | undefined> {
  return db
    .selectFrom('users')
    .select(['name', 'role', 'created_at'])
    .where(sameAddress('email', email))
    .executeTakeFirst();
}

/** The subscribe form's hourly count for the address, which names it. */
export async function deleteSubscribeCounterOf(db: Db, email: string): Promise<void> {
  await db
    .deleteFrom('attempt_counters')
    .where('key', '=', `subscribe-email:${email.toLowerCase()}`)
    .execute();
}
