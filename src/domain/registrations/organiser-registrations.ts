import type { Db } from '../../db/connection.ts';
import { selectLabelIdsOfItem } from '../../db/repositories/editorial-repository.ts';
import {
  type RegistrationCursor,
  type RegistrationRecord,
  countRegistrationsByStatus,
  selectRegistrationPage,
  selectWaitingList,
} from '../../db/repositories/registration-repository.ts';
import type { RegistrationStatus } from '../../db/schema.ts';
import { BadRequestError, ForbiddenError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { coversCountries } from '../auth/permissions.ts';
import { type RegistrationTarget, findEventById } from './registration-event.ts';

/**
 * What organisers see of an event's registrations. Organisers are the editors of the event's
 * countries and the administrators (`coversCountries`): registrants' addresses are personal
 * data, so contributors, and editors of other countries, are refused (403).
 */

export const REGISTRATION_STATUSES = ['unconfirmed', 'confirmed', 'waiting', 'cancelled'] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export function canOrganiseEvent(actor: Actor, event: { countryLabelIds: readonly string[] }) {
  return coversCountries(actor, event.countryLabelIds);
}

export function isRegistrationStatus(value: unknown): value is RegistrationStatus {
  return typeof value === 'string' && (REGISTRATION_STATUSES as readonly string[]).includes(value);
}

/** A status as a query names it; undefined for none; 400 for a word that is not one. */
export function parseRegistrationStatus(raw: unknown): RegistrationStatus | undefined {
  const value: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === '') return undefined;
  if (isRegistrationStatus(value)) return value;
  throw new BadRequestError(problem('registrations.problem.status'), {
    status: problem('registrations.problem.status'),
  });
}

/** The event, if the actor organises it: 404 unknown (or not an event), 403 not theirs. */
export async function requireOrganisedEvent(
  db: Db,
  actor: Actor,
  eventId: string,
): Promise<RegistrationTarget & { countryLabelIds: string[] }> {
  const event = await findEventById(db, eventId);
  if (!event) throw new NotFoundError(problem('registrations.problem.noSuchEvent'));
  const { countries } = await selectLabelIdsOfItem(db, eventId);
  if (!canOrganiseEvent(actor, { countryLabelIds: countries })) {
    throw new ForbiddenError(problem('registrations.problem.notOrganiser'));
  }
  return { ...event, countryLabelIds: countries };
}

export interface RegistrationRow {
  id: string;
  name: string;
  email: string;
  organization: string;
  country: string;
  answers: { question: string; answer: string }[];
  language: string;
  time_zone: string;
  status: RegistrationStatus;
  created_at: string;
  confirmed_at: string | null;
  placed_at: string | null;
  cancelled_at: string | null;
  /** The place on the waiting list (from 1) of a waiting registration; null otherwise. */
  waiting_position: number | null;
}

export interface RegistrationList {
  event: {
    id: string;
    title: string;
    slug: string;
    path: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    capacity: number | null;
    questions: string[];
    countryLabelIds: string[];
  };
  counts: Record<RegistrationStatus, number>;
  registrations: RegistrationRow[];
  /** Passed back as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

/** Stored answers, read defensively: a row written by hand may hold anything. */
export function answersOf(row: Pick<RegistrationRecord, 'answers'>) {
  try {
    const parsed = JSON.parse(row.answers) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry: unknown) => {
      const { question, answer } = (entry ?? {}) as { question?: unknown; answer?: unknown };
      return typeof question === 'string' && typeof answer === 'string'
        ? [{ question, answer }]
        : [];
    });
  } catch {
    return [];
  }
}

export function toRegistrationRow(
  row: RegistrationRecord,
  waitingPosition: number | null,
): RegistrationRow {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    organization: row.organization,
    country: row.country,
    answers: answersOf(row),
    language: row.language,
    time_zone: row.time_zone,
    status: row.status,
    created_at: row.created_at,
    confirmed_at: row.confirmed_at,
    placed_at: row.placed_at,
    cancelled_at: row.cancelled_at,
    waiting_position: row.status === 'waiting' ? waitingPosition : null,
  };
}

/** Positions on the waiting list by registration id. */
export async function waitingPositions(db: Db, eventId: string): Promise<Map<string, number>> {
  const waiting = await selectWaitingList(db, eventId);
  return new Map(waiting.map((row, index) => [row.id, index + 1]));
}

function encodeCursor(row: RegistrationRecord): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}

function decodeCursor(raw: unknown): RegistrationCursor | undefined {
  const value: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === null || value === '') return undefined;
  const refuse = () =>
    new BadRequestError(problem('registrations.problem.cursor'), {
      cursor: problem('registrations.problem.cursor'),
    });
  if (typeof value !== 'string' || value.length > 200) throw refuse();
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the refusal.
  }
  throw refuse();
}

/**
 * One page of an event's registrations in the order they came (keyset on created_at, id),
 * optionally of one status, with the counts of every status and each waiting one's place.
 */
export async function listRegistrations(
  db: Db,
  actor: Actor,
  eventId: string,
  options: { status?: RegistrationStatus; limit?: number; cursor?: unknown } = {},
): Promise<RegistrationList> {
  const event = await requireOrganisedEvent(db, actor, eventId);
  const limit = Math.min(
    Math.max(1, Math.floor(options.limit ?? DEFAULT_PAGE_SIZE)),
    MAX_PAGE_SIZE,
  );
  const after = decodeCursor(options.cursor);
  const [counts, rows, positions] = await Promise.all([
    countRegistrationsByStatus(db, eventId),
    selectRegistrationPage(db, { eventId, status: options.status, limit: limit + 1, after }),
    waitingPositions(db, eventId),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    event: {
      id: event.id,
      title: event.title,
      slug: event.slug,
      path: event.path,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timeZone: event.fields.timeZone,
      capacity: event.fields.capacity,
      questions: [...event.fields.registrationQuestions],
      countryLabelIds: event.countryLabelIds,
    },
    counts,
    registrations: page.map((row) => toRegistrationRow(row, positions.get(row.id) ?? null)),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
