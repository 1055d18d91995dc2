import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { type Db, dialectOf } from '../connection.ts';
import type {
  DatabaseSchema,
  EventMessagesTable,
  EventRegistrationsTable,
  RegistrationMailingsTable,
  RegistrationStatus,
} from '../schema.ts';
import { isPublicAt } from './content-visibility.ts';

/** Registrations for events, their once-only mailings and the organisers' messages. */

export type RegistrationRecord = EventRegistrationsTable;

/**
 * Serialises the registration changes of one event until the transaction ends, so that two
 * parallel confirmations cannot both take its last place. PostgreSQL locks the event's row;
 * SQLite needs nothing, as a write transaction begins IMMEDIATE and holds the one write lock.
 */
export async function lockEventRegistrations(db: Db, eventId: string): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await db.selectFrom('content_items').select('id').where('id', '=', eventId).forUpdate().execute();
}

/**
 * Inserts a registration unless the address is registered for the event already (a parallel
 * post may have won): true when this row was inserted. ON CONFLICT, not a caught error: a
 * failed statement would abort the whole PostgreSQL transaction.
 */
export async function insertRegistrationIfNew(
  db: Db,
  row: EventRegistrationsTable,
): Promise<boolean> {
  const inserted = await db
    .insertInto('event_registrations')
    .values(row)
    .onConflict((conflict) => conflict.columns(['event_id', 'email']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

export async function selectRegistration(
  db: Db,
  id: string,
): Promise<RegistrationRecord | undefined> {
  return db.selectFrom('event_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A registration with its event's title and start, to name the event to its registrant. */
export type RegistrationWithEvent = RegistrationRecord & {
  event_title: string;
  event_starts_at: string | null;
};

/**
 * The address's registrations (stored lower-cased: pass it so), oldest first, with their
 * events' titles and starts; with `eventId`, the one for that event if any. One read for
 * registering again, the organisers' mail and the person's own export and erasure.
 */
export async function selectRegistrationsOfEmail(
  db: Db,
  options: { email: string; eventId?: string },
): Promise<RegistrationWithEvent[]> {
  let query = db
    .selectFrom('event_registrations')
    .innerJoin('content_items', 'content_items.id', 'event_registrations.event_id')
    .selectAll('event_registrations')
    .select(['content_items.title as event_title', 'content_items.starts_at as event_starts_at'])
    .where('event_registrations.email', '=', options.email);
  if (options.eventId !== undefined) {
    query = query.where('event_registrations.event_id', '=', options.eventId);
  }
  return query
    .orderBy('event_registrations.created_at')
    .orderBy('event_registrations.id')
    .execute();
}

/** Which registrations a removal takes. */
export type RegistrationFilter = (
  eb: ExpressionBuilder<DatabaseSchema, 'event_registrations'>,
) => Expression<SqlBool>;

/**
 * Removes the registrations `which` matches; how many. Their once-only mailing records go
 * first: the foreign key cascades, but saying so here does not depend on SQLite's
 * `foreign_keys` pragma.
 */
export async function deleteRegistrations(db: Db, which: RegistrationFilter): Promise<number> {
  await db
    .deleteFrom('registration_mailings')
    .where('registration_id', 'in', (eb) =>
      eb.selectFrom('event_registrations').select('id').where(which),
    )
    .execute();
  const result = await db.deleteFrom('event_registrations').where(which).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes the address's registrations (erasure). */
export function deleteRegistrationsOfEmail(db: Db, email: string): Promise<number> {
  return deleteRegistrations(db, (eb) => eb('email', '=', email));
}

/**
 * Changes a registration if it still has one of `statuses` (what the caller read): returns
 * whether it did, so a change raced by another is not applied twice.
 */
export async function updateRegistration(
  db: Db,
  id: string,
  options: { fromStatuses: RegistrationStatus[]; changes: Partial<EventRegistrationsTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('event_registrations')
    .set(options.changes)
    .where('id', '=', id)
    .where('status', 'in', options.fromStatuses)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many registrations of the event have each status. */
export async function countRegistrationsByStatus(
  db: Db,
  eventId: string,
): Promise<Record<RegistrationStatus, number>> {
  const rows = await db
    .selectFrom('event_registrations')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('count')])
    .where('event_id', '=', eventId)
    .groupBy('status')
    .execute();
  const counts: Record<RegistrationStatus, number> = {
    unconfirmed: 0,
    confirmed: 0,
    waiting: 0,
    cancelled: 0,
  };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/** The event's waiting list in its order: who waited first, ties by id. */
export async function selectWaitingList(
  db: Db,
  eventId: string,
  limit?: number,
): Promise<RegistrationRecord[]> {
  let query = db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('status', '=', 'waiting')
    .orderBy('placed_at', 'asc')
    .orderBy('id', 'asc');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** When the last wait on the event's list began; null when nobody waits. */
export async function selectLastWaitingPlacedAt(db: Db, eventId: string): Promise<string | null> {
  const row = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.max('placed_at').as('last'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'waiting')
    .executeTakeFirst();
  return row?.last ?? null;
}

/** A waiting registration's place in the list, from 1. */
export async function waitingPositionOf(
  db: Db,
  registration: Pick<RegistrationRecord, 'id' | 'event_id' | 'placed_at'>,
): Promise<number> {
  const placedAt = registration.placed_at ?? '';
  const row = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('event_id', '=', registration.event_id)
    .where('status', '=', 'waiting')
    .where((eb) =>
      eb.or([
        eb('placed_at', '<', placedAt),
        eb.and([eb('placed_at', '=', placedAt), eb('id', '<', registration.id)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.count) + 1;
}

/** Where a page of registrations continues: after this row in (created_at, id) order. */
export interface RegistrationCursor {
  createdAt: string;
  id: string;
}

/** One page of an event's registrations in the order they came, optionally of one status. */
export async function selectRegistrationPage(
  db: Db,
  options: {
    eventId: string;
    status?: RegistrationStatus;
    limit: number;
    after?: RegistrationCursor;
  },
): Promise<RegistrationRecord[]> {
  let query = db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', options.eventId);
  if (options.status) query = query.where('status', '=', options.status);
  const { after } = options;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '>', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query.orderBy('created_at', 'asc').orderBy('id', 'asc').limit(options.limit).execute();
}

/** Every registration of an event in the order they came (the CSV export). */
export async function selectRegistrationsOfEvent(
  db: Db,
  eventId: string,
): Promise<RegistrationRecord[]> {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** The registrations of an event with one of `statuses`: whom a message goes to. */
export async function selectRegistrationsWithStatus(
  db: Db,
  eventId: string,
  statuses: RegistrationStatus[],
): Promise<Pick<RegistrationRecord, 'id' | 'email'>[]> {
  return db
    .selectFrom('event_registrations')
    .select(['id', 'email'])
    .where('event_id', '=', eventId)
    .where('status', 'in', statuses)
    .orderBy('id')
    .execute();
}

/**
 * Public events starting in `(now, until]` that have confirmed registrations: those a
 * reminder may be due for.
 */
export async function selectEventsAwaitingReminders(
  db: Db,
  options: { now: string; until: string },
): Promise<{ id: string; fields: string; starts_at: string }[]> {
  const rows = await db
    .selectFrom('content_items')
    .select(['content_items.id', 'content_items.fields', 'content_items.starts_at'])
    .where(isPublicAt(options.now))
    .where('content_items.type', '=', 'event')
    .where('content_items.starts_at', '>', options.now)
    .where('content_items.starts_at', '<=', options.until)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_registrations')
          .select('event_registrations.id')
          .whereRef('event_registrations.event_id', '=', 'content_items.id')
          .where('event_registrations.status', '=', 'confirmed'),
      ),
    )
    .execute();
  return rows.flatMap((row) => (row.starts_at ? [{ ...row, starts_at: row.starts_at }] : []));
}

/** Confirmed registrations of an event that had their place by `moment`. */
export async function selectPlacedBefore(
  db: Db,
  eventId: string,
  moment: string,
): Promise<Pick<RegistrationRecord, 'id' | 'email'>[]> {
  return db
    .selectFrom('event_registrations')
    .select(['id', 'email'])
    .where('event_id', '=', eventId)
    .where('status', '=', 'confirmed')
    .where('placed_at', '<=', moment)
    .orderBy('id')
    .execute();
}

/** Rows per statement for the mailings guard: well under both engines' parameter limits. */
const MAILINGS_PER_STATEMENT = 1000;

/**
 * Records mailings as done; returns the registrations whose row this call inserted (those
 * already recorded, by another instance or an earlier round, are left out).
 */
export async function insertMailingsIfNew(
  db: Db,
  rows: RegistrationMailingsTable[],
): Promise<string[]> {
  const inserted: string[] = [];
  for (let start = 0; start < rows.length; start += MAILINGS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + MAILINGS_PER_STATEMENT);
    const returned = await db
      .insertInto('registration_mailings')
      .values(chunk)
      .onConflict((conflict) => conflict.columns(['registration_id', 'purpose']).doNothing())
      .returning('registration_id')
      .execute();
    inserted.push(...returned.map((row) => row.registration_id));
  }
  return inserted;
}

export async function insertEventMessage(db: Db, row: EventMessagesTable): Promise<void> {
  await db.insertInto('event_messages').values(row).execute();
}

export async function selectEventMessage(
  db: Db,
  id: string,
): Promise<EventMessagesTable | undefined> {
  return db.selectFrom('event_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The same message sent to the event since `since`, if any (a second click of one button). */
export async function selectSameMessageSince(
  db: Db,
  options: Pick<EventMessagesTable, 'event_id' | 'kind' | 'subject' | 'body_text'> & {
    since: string;
  },
): Promise<EventMessagesTable | undefined> {
  return db
    .selectFrom('event_messages')
    .selectAll()
    .where('event_id', '=', options.event_id)
    .where('kind', '=', options.kind)
    .where('subject', '=', options.subject)
    .where('body_text', '=', options.body_text)
    .where('created_at', '>=', options.since)
    .executeTakeFirst();
}

/** The event's latest message of a kind (the last change notice). */
export async function selectLatestEventMessage(
  db: Db,
  eventId: string,
  kind: EventMessagesTable['kind'],
): Promise<EventMessagesTable | undefined> {
  return db
    .selectFrom('event_messages')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
