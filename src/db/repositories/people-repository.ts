import { sql } from 'kysely';
import type { Db } from '../connection.ts';
import type { RegistrationStatus, SignatureKind, SignatureStatus } from '../schema.ts';
import { isPublicAt } from './content-visibility.ts';

/**
 * What people gave the site when they took part (registrations for events, signatures under
 * calls to action), found and removed by their address, and swept when it outstays the
 * retention settings. Addresses are stored lower-cased; callers pass them lower-cased.
 */

export interface RegistrationOfPerson {
  id: string;
  event_id: string;
  event_title: string;
  event_starts_at: string | null;
  name: string;
  organization: string;
  country: string;
  answers: string;
  language: string;
  time_zone: string;
  status: RegistrationStatus;
  created_at: string;
  confirmed_at: string | null;
  cancelled_at: string | null;
}

/** The address's registrations, oldest first, with their events' titles and starts. */
export async function selectRegistrationsOfEmail(
  db: Db,
  email: string,
): Promise<RegistrationOfPerson[]> {
  return db
    .selectFrom('event_registrations')
    .innerJoin('content_items', 'content_items.id', 'event_registrations.event_id')
    .select([
      'event_registrations.id',
      'event_registrations.event_id',
      'content_items.title as event_title',
      'content_items.starts_at as event_starts_at',
      'event_registrations.name',
      'event_registrations.organization',
      'event_registrations.country',
      'event_registrations.answers',
      'event_registrations.language',
      'event_registrations.time_zone',
      'event_registrations.status',
      'event_registrations.created_at',
      'event_registrations.confirmed_at',
      'event_registrations.cancelled_at',
    ])
    .where('event_registrations.email', '=', email)
    .orderBy('event_registrations.created_at')
    .orderBy('event_registrations.id')
    .execute();
}

export interface SignatureOfPerson {
  id: string;
  statement_id: string;
  statement_title: string;
  kind: SignatureKind;
  name: string;
  organization: string;
  country: string;
  listed: number;
  status: SignatureStatus;
  created_at: string;
  confirmed_at: string | null;
  moderated_at: string | null;
}

/** The address's signatures, oldest first, with their statements' titles. */
export async function selectSignaturesOfEmail(db: Db, email: string): Promise<SignatureOfPerson[]> {
  return db
    .selectFrom('signatures')
    .innerJoin('content_items', 'content_items.id', 'signatures.statement_id')
    .select([
      'signatures.id',
      'signatures.statement_id',
      'content_items.title as statement_title',
      'signatures.kind',
      'signatures.name',
      'signatures.organization',
      'signatures.country',
      'signatures.listed',
      'signatures.status',
      'signatures.created_at',
      'signatures.confirmed_at',
      'signatures.moderated_at',
    ])
    .where('signatures.email', '=', email)
    .orderBy('signatures.created_at')
    .orderBy('signatures.id')
    .execute();
}

/**
 * Removes the address's registrations. Their once-only mailing records go first: the foreign
 * key cascades, but saying so here does not depend on SQLite's `foreign_keys` pragma.
 */
export async function deleteRegistrationsOfEmail(db: Db, email: string): Promise<number> {
  await db
    .deleteFrom('registration_mailings')
    .where('registration_id', 'in', (eb) =>
      eb.selectFrom('event_registrations').select('id').where('email', '=', email),
    )
    .execute();
  const result = await db
    .deleteFrom('event_registrations')
    .where('email', '=', email)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Keeps the address's signatures as counted support but no longer says whose they are: no
 * address, no person's name, never listed. An organisation's signature keeps the
 * organisation's name (it signed, not the person); an individual's loses theirs too, since
 * "Ana, of the garment workers' union" names Ana.
 */
export async function anonymiseSignaturesOfEmail(db: Db, email: string): Promise<number> {
  const result = await db
    .updateTable('signatures')
    .set((eb) => ({
      email: null,
      name: '',
      listed: 0,
      confirm_token_hash: null,
      organization: eb
        .case()
        .when('kind', '=', 'organization')
        .then(eb.ref('organization'))
        .else('')
        .end(),
    }))
    .where('email', '=', email)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteSignaturesOfEmail(db: Db, email: string): Promise<number> {
  const result = await db.deleteFrom('signatures').where('email', '=', email).executeTakeFirst();
  return Number(result.numDeletedRows);
}

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
  await db
    .deleteFrom('registration_mailings')
    .where('registration_id', 'in', (eb) =>
      eb.selectFrom('event_registrations').select('id').where('event_id', 'in', doomed),
    )
    .execute();
  const result = await db
    .deleteFrom('event_registrations')
    .where('event_id', 'in', doomed)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes registrations never confirmed and made before `cutoff`. */
export async function deleteUnconfirmedRegistrationsBefore(
  db: Db,
  cutoff: string,
): Promise<number> {
  const stale = db
    .selectFrom('event_registrations')
    .select('id')
    .where('status', '=', 'unconfirmed')
    .where('created_at', '<', cutoff);
  await db.deleteFrom('registration_mailings').where('registration_id', 'in', stale).execute();
  const result = await db
    .deleteFrom('event_registrations')
    .where('status', '=', 'unconfirmed')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
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
