import { sql } from 'kysely';
import type { Db } from '../connection.ts';
import { isPublicAt } from './content-visibility.ts';
import { deleteRegistrations } from './registration-repository.ts';

/**
 * What people gave the site when they took part (registrations for events, signatures under
 * calls to action), swept when it outstays the retention settings, and whether the site holds
 * or asks for any. Reading and erasing one person's records by address belongs to each
 * feature's repository (registration-repository.ts, signature-repository.ts).
 */

// Retention: what outstayed the settings. Timestamps are fixed-width ISO text on both
// engines, so they compare as text.

/** Removes registrations of events that ended (or, with no end, started) before `cutoff`. */
export async function deleteRegistrationsOfEventsEndedBefore(
  db: Db,
  cutoff: string,
): Promise<number> {
  const doomed = db
    .selectFrom('content_items')
    .select('id')
    .where('type', '=', 'event')
    .where(sql<boolean>`coalesce(ends_at, starts_at) < ${cutoff}`);
  return deleteRegistrations(db, (eb) => eb('event_id', 'in', doomed));
}

/** Removes registrations never confirmed and made before `cutoff`. */
export async function deleteUnconfirmedRegistrationsBefore(
  db: Db,
  cutoff: string,
): Promise<number> {
  return deleteRegistrations(db, (eb) =>
    eb.and([eb('status', '=', 'unconfirmed'), eb('created_at', '<', cutoff)]),
  );
}

/** Removes signatures never confirmed and made before `cutoff`. */
export async function deleteUnconfirmedSignaturesBefore(db: Db, cutoff: string): Promise<number> {
  const result = await db
    .deleteFrom('signatures')
    .where('status', '=', 'unconfirmed')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** What the privacy page says the site collects: which forms readers can find, and what is held. */
export interface ParticipationPresence {
  /** A public event takes registrations, or registrations are held. */
  hasRegistrations: boolean;
  /** A public call to action takes signatures, or signatures are held. */
  hasSignatures: boolean;
  /** A public item overrides the site's setting to take comments. */
  hasItemOpenForComments: boolean;
}

/**
 * Whether the site offers each form. An item's fields are stored as `JSON.stringify` writes
 * them (content-fields.ts), so a switched-on field is the text `"name":true` on both engines.
 */
export async function selectParticipationPresence(
  db: Db,
  now: string,
): Promise<ParticipationPresence> {
  const publicWith = (type: 'event' | 'statement', field: string) =>
    db
      .selectFrom('content_items')
      .select('id')
      .where('type', '=', type)
      .where(isPublicAt(now))
      .where('fields', 'like', `%"${field}":true%`)
      .limit(1)
      .executeTakeFirst();
  const [openEvent, openStatement, registration, signature, openItem] = await Promise.all([
    publicWith('event', 'registrationOpen'),
    publicWith('statement', 'signingOpen'),
    db.selectFrom('event_registrations').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('signatures').select('id').limit(1).executeTakeFirst(),
    db
      .selectFrom('content_items')
      .select('id')
      .where('comments_mode', '=', 'open')
      .where(isPublicAt(now))
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    hasRegistrations: openEvent !== undefined || registration !== undefined,
    hasSignatures: openStatement !== undefined || signature !== undefined,
    hasItemOpenForComments: openItem !== undefined,
  };
}
