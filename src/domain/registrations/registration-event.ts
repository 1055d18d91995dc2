import type { Db } from '../../db/connection.ts';
import {
  selectItemById,
  selectPublicItemBySlug,
} from '../../db/repositories/content-repository.ts';
import type { ContentItemsTable } from '../../db/schema.ts';
import type { EventFields } from '../content-types/event-fields.ts';
import { utcInstant } from '../content-types/field-schemas.ts';
import { itemPath } from '../content-types/content-type-registry.ts';

/** An event as registration sees it: its row's facts and its own fields, the private ones too. */
export interface RegistrationTarget {
  id: string;
  title: string;
  slug: string;
  /** The event page's address on the site. */
  path: string;
  locale: string;
  /** UTC ISO instants. */
  startsAt: string;
  endsAt: string;
  /** Every field, the private joining link included: never hand this to a public view. */
  fields: EventFields;
}

/** What registration reads when an event saved before issue 20 lacks its fields. */
const REGISTRATION_DEFAULTS = {
  registrationOpen: false,
  capacity: null,
  registrationClosesAt: null,
  reminderHours: [24, 1],
  registrationQuestions: [],
  joiningUrl: null,
} satisfies Partial<EventFields>;

/** An event row's stored fields, with registration's defaults for those it was saved without. */
export function storedEventFields(row: Pick<ContentItemsTable, 'fields'>): EventFields {
  const stored = JSON.parse(row.fields || '{}') as Partial<EventFields>;
  return { ...REGISTRATION_DEFAULTS, ...stored } as EventFields;
}

/** The target of an event row, or undefined for another type or an event with no time. */
export function registrationTargetOf(row: ContentItemsTable): RegistrationTarget | undefined {
  if (row.type !== 'event' || !row.starts_at) return undefined;
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    path: itemPath(row.type, row.slug, row.published_at),
    locale: row.locale,
    startsAt: row.starts_at,
    endsAt: row.ends_at ?? row.starts_at,
    fields: storedEventFields(row),
  };
}

/** A public event by its slug, as readers reach it; undefined for anything else. */
export async function findRegistrationTarget(
  db: Db,
  slug: string,
  now: Date,
): Promise<RegistrationTarget | undefined> {
  const row = await selectPublicItemBySlug(db, { now: now.toISOString(), type: 'event', slug });
  return row ? registrationTargetOf(row) : undefined;
}

/**
 * An event by id whatever its state (a link in an old email may outlive its publication),
 * outside the trash; undefined when it is gone or not an event.
 */
export async function findEventById(
  db: Db,
  eventId: string,
): Promise<RegistrationTarget | undefined> {
  const row = await selectItemById(db, eventId);
  if (!row || row.deleted_at) return undefined;
  return registrationTargetOf(row);
}

/** When registration closes, UTC: the organiser's closing time in the event's zone, else the start. */
export function registrationClosingInstant(target: RegistrationTarget): string {
  const { registrationClosesAt, timeZone } = target.fields;
  return registrationClosesAt ? utcInstant(registrationClosesAt, timeZone) : target.startsAt;
}

/**
 * What the event's page offers: a form (with the places left, null for no limit, and whether
 * a new confirmation joins the waiting list), a notice that registration closed, or nothing.
 */
export type RegistrationState =
  | { kind: 'open'; placesLeft: number | null; waitingList: boolean }
  | { kind: 'closed' }
  | { kind: 'not-taking' };

export function registrationStateOf(
  target: RegistrationTarget,
  counts: { confirmed: number },
  now: Date,
): RegistrationState {
  if (!target.fields.registrationOpen) return { kind: 'not-taking' };
  if (now.toISOString() >= registrationClosingInstant(target)) return { kind: 'closed' };
  const { capacity } = target.fields;
  if (capacity === null) return { kind: 'open', placesLeft: null, waitingList: false };
  const placesLeft = Math.max(0, capacity - counts.confirmed);
  return { kind: 'open', placesLeft, waitingList: placesLeft === 0 };
}

/**
 * Whether the cached event page must be drawn again after the confirmed count moved from
 * `before` to `after`. Pages are cached by one site-wide content version, so moving it on
 * for every registration would throw away every cached page of a busy site; the page shows
 * only whether the event is full (the form then says "waiting list"), which changes when the
 * count crosses the capacity. So `placesLeft` on a cached page may lag: views should not
 * print it as an exact number.
 */
export function isPageChangedByCount(
  target: RegistrationTarget,
  counts: { before: number; after: number },
  now: Date,
): boolean {
  const stateBefore = registrationStateOf(target, { confirmed: counts.before }, now);
  const stateAfter = registrationStateOf(target, { confirmed: counts.after }, now);
  if (stateBefore.kind !== 'open' || stateAfter.kind !== 'open') {
    return stateBefore.kind !== stateAfter.kind;
  }
  return stateBefore.waitingList !== stateAfter.waitingList;
}
