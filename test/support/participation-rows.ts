import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connection.ts';
import type {
  EventRegistrationsTable,
  RegistrationStatus,
  SignatureKind,
  SignatureStatus,
  SignaturesTable,
} from '../../src/db/schema.ts';
import { publishedContentRow } from './content-rows.ts';

/**
 * Rows of taking part written straight into the tables, for the tests of what the site does
 * with people's data (export, erasure, retention, the privacy page), which need the rows and
 * not the forms that make them.
 */

/** A published event's row from `startsAt` to `endsAt` (UTC ISO), with its fields. */
export async function insertEventRow(
  db: Db,
  options: { title: string; startsAt: string; endsAt: string | null; fields?: object },
): Promise<string> {
  const row = publishedContentRow({
    type: 'event',
    title: options.title,
    slug: `${options.title.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}`,
    body_html: '<p>An event.</p>',
    published_at: '2024-01-01T00:00:00.000Z',
    starts_at: options.startsAt,
    ends_at: options.endsAt,
    fields: JSON.stringify(options.fields ?? {}),
  });
  await db.insertInto('content_items').values(row).execute();
  return row.id;
}

/** A published statement's row, with its fields. */
export async function insertStatementRow(
  db: Db,
  options: { title: string; fields?: object },
): Promise<string> {
  const row = publishedContentRow({
    type: 'statement',
    title: options.title,
    slug: `${options.title.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}`,
    body_html: '<p>A statement.</p>',
    published_at: '2024-01-01T00:00:00.000Z',
    fields: JSON.stringify(options.fields ?? {}),
  });
  await db.insertInto('content_items').values(row).execute();
  return row.id;
}

export async function insertRegistration(
  db: Db,
  options: {
    eventId: string;
    email: string;
    status?: RegistrationStatus;
    createdAt?: string;
    name?: string;
    answers?: { question: string; answer: string }[];
  } & Partial<Omit<EventRegistrationsTable, 'answers' | 'status'>>,
): Promise<string> {
  const id = randomUUID();
  const createdAt = options.createdAt ?? '2024-05-01T00:00:00.000Z';
  const status = options.status ?? 'confirmed';
  await db
    .insertInto('event_registrations')
    .values({
      id,
      event_id: options.eventId,
      name: options.name ?? 'Asha Rai',
      email: options.email,
      organization: options.organization ?? 'GEFONT',
      country: options.country ?? 'Nepal',
      answers: JSON.stringify(
        options.answers ?? [{ question: 'Interpretation?', answer: 'Nepali' }],
      ),
      language: 'en',
      time_zone: 'Asia/Kathmandu',
      status,
      confirm_token_hash: status === 'unconfirmed' ? 'f'.repeat(64) : null,
      created_at: createdAt,
      confirmed_at: status === 'unconfirmed' ? null : createdAt,
      placed_at: status === 'confirmed' || status === 'waiting' ? createdAt : null,
      cancelled_at: status === 'cancelled' ? createdAt : null,
    })
    .execute();
  return id;
}

export async function insertSignature(
  db: Db,
  options: {
    statementId: string;
    email: string;
    kind?: SignatureKind;
    status?: SignatureStatus;
    listed?: boolean;
    createdAt?: string;
    name?: string;
  } & Partial<Omit<SignaturesTable, 'listed' | 'status' | 'kind'>>,
): Promise<string> {
  const id = randomUUID();
  const createdAt = options.createdAt ?? '2024-05-01T00:00:00.000Z';
  const status = options.status ?? 'approved';
  await db
    .insertInto('signatures')
    .values({
      id,
      statement_id: options.statementId,
      kind: options.kind ?? 'individual',
      name: options.name ?? 'Asha Rai',
      organization: options.organization ?? 'GEFONT',
      country: options.country ?? 'Nepal',
      email: options.email,
      listed: options.listed === false ? 0 : 1,
      language: 'en',
      status,
      confirm_token_hash: status === 'unconfirmed' ? 'e'.repeat(64) : null,
      created_at: createdAt,
      confirmed_at: status === 'unconfirmed' ? null : createdAt,
      moderated_at: null,
      moderated_by: null,
    })
    .execute();
  return id;
}
