import type { Db } from '../connection.ts';
import type {
  ContentType,
  SegmentKind,
  SubscriberSegmentsTable,
  SubscribersTable,
  SubscriptionFrequency,
} from '../schema.ts';
import { insertRows } from './bulk-insert.ts';
import { isPublicAt } from './content-visibility.ts';

export async function selectSubscriber(db: Db, id: string): Promise<SubscribersTable | undefined> {
  return db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectSubscriberByEmail(
  db: Db,
  email: string,
): Promise<SubscribersTable | undefined> {
  return db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertSubscriber(db: Db, subscriber: SubscribersTable): Promise<void> {
  await db.insertInto('subscribers').values(subscriber).execute();
}

/** Inserts a subscriber unless the address is taken; whether it was inserted. */
export async function insertSubscriberIfAbsent(
  db: Db,
  subscriber: SubscribersTable,
): Promise<boolean> {
  const rows = await db
    .insertInto('subscribers')
    .values(subscriber)
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function updateSubscriber(
  db: Db,
  id: string,
  changes: Partial<Omit<SubscribersTable, 'id' | 'email'>>,
): Promise<void> {
  await db.updateTable('subscribers').set(changes).where('id', '=', id).execute();
}

/** Replaces everything a subscriber follows with `segments` (none: the whole site). */
export async function replaceSubscriberSegments(
  db: Db,
  subscriberId: string,
  segments: { kind: SegmentKind; value: string }[],
): Promise<void> {
  await db.deleteFrom('subscriber_segments').where('subscriber_id', '=', subscriberId).execute();
  await insertRows(
    db,
    'subscriber_segments',
    segments.map((segment) => ({ subscriber_id: subscriberId, ...segment })),
  );
}

export async function selectSegmentsOf(
  db: Db,
  subscriberIds: string[],
): Promise<SubscriberSegmentsTable[]> {
  if (subscriberIds.length === 0) return [];
  return db
    .selectFrom('subscriber_segments')
    .selectAll()
    .where('subscriber_id', 'in', subscriberIds)
    .execute();
}

/** Who may receive subscription mail, in one page of a keyset walk over ids. */
export interface ConfirmedSubscriberFilter {
  afterId: string | null;
  limit: number;
  frequency?: SubscriptionFrequency;
  /** Only those confirmed before this instant (an item is announced to who followed it then). */
  confirmedBefore?: string;
}

export type SubscriberAddress = Pick<
  SubscribersTable,
  'id' | 'email' | 'language' | 'confirmed_at' | 'last_digest_at'
>;

/**
 * One page of confirmed subscribers, ordered by id, leaving out addresses a mail server refused
 * for good: the sender would skip them anyway, and 50,000 rows are read a page at a time.
 */
export async function selectConfirmedSubscriberPage(
  db: Db,
  filter: ConfirmedSubscriberFilter,
): Promise<SubscriberAddress[]> {
  let query = db
    .selectFrom('subscribers')
    .leftJoin('mail_suppressions', 'mail_suppressions.email', 'subscribers.email')
    .select([
      'subscribers.id',
      'subscribers.email',
      'subscribers.language',
      'subscribers.confirmed_at',
      'subscribers.last_digest_at',
    ])
    .where('subscribers.status', '=', 'confirmed')
    .where('mail_suppressions.email', 'is', null);
  if (filter.afterId !== null) query = query.where('subscribers.id', '>', filter.afterId);
  if (filter.frequency) query = query.where('subscribers.frequency', '=', filter.frequency);
  if (filter.confirmedBefore) {
    query = query.where('subscribers.confirmed_at', '<=', filter.confirmedBefore);
  }
  return query.orderBy('subscribers.id').limit(filter.limit).execute();
}

/**
 * Moves a weekly subscriber's digest mark from what it was read as to `to`; false when another
 * instance moved it first (the once-only guard of the digest).
 */
export async function advanceDigestMark(
  db: Db,
  subscriberId: string,
  from: string | null,
  to: string,
): Promise<boolean> {
  const result = await db
    .updateTable('subscribers')
    .set({ last_digest_at: to })
    .where('id', '=', subscriberId)
    .where('status', '=', 'confirmed')
    .where((eb) =>
      from === null ? eb('last_digest_at', 'is', null) : eb('last_digest_at', '=', from),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes subscriptions never confirmed whose last request came before `before`; returns how many. */
export async function deletePendingSubscribersBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('subscribers')
    .where('status', '=', 'pending')
    .where('consent_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** An item as announcements and digests weigh it: its language, labels and group. */
export interface AnnounceableItem {
  id: string;
  translation_group: string;
  locale: string;
  published_at: string;
}

/**
 * Public items of some types published in `[since, now]` that no announcement round has
 * taken yet, oldest first (scheduled items appear once their time has come).
 */
export async function selectUnannouncedItems(
  db: Db,
  options: { now: string; since: string; types: ContentType[]; limit: number },
): Promise<AnnounceableItem[]> {
  return db
    .selectFrom('content_items')
    .leftJoin('item_announcements', 'item_announcements.item_id', 'content_items.id')
    .select([
      'content_items.id',
      'content_items.translation_group',
      'content_items.locale',
      'content_items.published_at',
    ])
    .where(isPublicAt(options.now))
    .where('content_items.type', 'in', options.types)
    .where('content_items.published_at', '>=', options.since)
    .where('item_announcements.item_id', 'is', null)
    .orderBy('content_items.published_at')
    .orderBy('content_items.id')
    .limit(options.limit)
    .execute() as Promise<AnnounceableItem[]>;
}

/** Members of a translation group that an earlier round announced. */
export async function selectAnnouncedMembers(
  db: Db,
  translationGroup: string,
  exceptIds: string[],
): Promise<AnnounceableItem[]> {
  let query = db
    .selectFrom('content_items')
    .innerJoin('item_announcements', 'item_announcements.item_id', 'content_items.id')
    .select([
      'content_items.id',
      'content_items.translation_group',
      'content_items.locale',
      'content_items.published_at',
    ])
    .where('content_items.translation_group', '=', translationGroup)
    .where('content_items.published_at', 'is not', null);
  if (exceptIds.length > 0) query = query.where('content_items.id', 'not in', exceptIds);
  return query.execute() as Promise<AnnounceableItem[]>;
}

/**
 * Takes items for one announcement round: the rows are the once-only guard (another
 * instance inserting the same item waits for this transaction, then inserts nothing).
 * Returns the ids this call took.
 */
export async function claimAnnouncements(
  db: Db,
  itemIds: string[],
  queuedAt: string,
): Promise<string[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .insertInto('item_announcements')
    .values(itemIds.map((item_id) => ({ item_id, queued_at: queuedAt, recipients: 0 })))
    .onConflict((conflict) => conflict.column('item_id').doNothing())
    .returning('item_id')
    .execute();
  return rows.map((row) => row.item_id);
}

export async function setAnnouncementRecipients(
  db: Db,
  itemId: string,
  recipients: number,
): Promise<void> {
  await db
    .updateTable('item_announcements')
    .set({ recipients })
    .where('item_id', '=', itemId)
    .execute();
}

/** Label ids of items, by item. */
export async function selectLabelIdsOf(db: Db, itemIds: string[]): Promise<Map<string, string[]>> {
  const byItem = new Map<string, string[]>(itemIds.map((id) => [id, []]));
  if (itemIds.length === 0) return byItem;
  const rows = await db
    .selectFrom('content_labels')
    .select(['content_id', 'label_id'])
    .where('content_id', 'in', itemIds)
    .execute();
  for (const row of rows) byItem.get(row.content_id)?.push(row.label_id);
  return byItem;
}

/** The languages of the site's public items, each once. */
export async function selectPublicItemLanguages(db: Db, now: string): Promise<string[]> {
  const rows = await db
    .selectFrom('content_items')
    .select('content_items.locale')
    .distinct()
    .where(isPublicAt(now))
    .execute();
  return rows.map((row) => row.locale);
}
