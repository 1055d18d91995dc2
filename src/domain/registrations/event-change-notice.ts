import { randomUUID } from 'node:crypto';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  insertEventMessage,
  selectRegistrationsWithStatus,
} from '../../db/repositories/registration-repository.ts';
import type { ContentItemsTable, EventMessagesTable } from '../../db/schema.ts';
import { enqueueMailBatch } from '../mail/mail-queue.ts';
import { storedEventFields } from './registration-event.ts';

/** What of an event its registrants must hear about when it changes. */
export const EVENT_DETAILS = ['start', 'end', 'timeZone', 'location', 'joiningUrl'] as const;
export type EventDetail = (typeof EVENT_DETAILS)[number];

/** An event's row as saved, before or after an edit. */
export type EventVersion = Pick<
  ContentItemsTable,
  'id' | 'type' | 'status' | 'published_at' | 'fields' | 'starts_at' | 'ends_at' | 'title'
> & { deleted_at?: string | null };

function detailsOf(version: EventVersion): Record<EventDetail, string | null> {
  const fields = storedEventFields(version);
  return {
    start: version.starts_at,
    end: version.ends_at,
    timeZone: fields.timeZone ?? null,
    location: fields.location ?? null,
    joiningUrl: fields.joiningUrl ?? null,
  };
}

/** The details that differ between two versions of an event. */
export function changedEventDetails(before: EventVersion, after: EventVersion): EventDetail[] {
  const was = detailsOf(before);
  const is = detailsOf(after);
  return EVENT_DETAILS.filter((detail) => (was[detail] ?? '') !== (is[detail] ?? ''));
}

/**
 * What a change notice's row says changed. The row keeps only the details' names, never
 * their values: the joining link is private, and the email tells the event as it is now.
 */
export function changedDetailsOf(message: Pick<EventMessagesTable, 'body_text'>): EventDetail[] {
  try {
    const parsed = JSON.parse(message.body_text) as { changed?: unknown };
    return Array.isArray(parsed.changed)
      ? parsed.changed.filter((detail): detail is EventDetail =>
          (EVENT_DETAILS as readonly unknown[]).includes(detail),
        )
      : [];
  } catch {
    return [];
  }
}

function isPublic(version: EventVersion, now: string): boolean {
  return (
    (version.status === 'published' || version.status === 'scheduled') &&
    version.published_at !== null &&
    version.published_at <= now &&
    !version.deleted_at
  );
}

/**
 * Tells an event's registrants (with a place or waiting) that its time, zone, place or
 * joining link changed: one 'registration-change' email each (`ref_id`: the registration),
 * and an event_messages row of kind 'change' naming what changed. Nothing for an edit that
 * changed none of those, for an event that is not public, or one already over. Called by the
 * content service inside the edit's transaction, so a refused or undone edit notifies nobody.
 * Returns how many emails were queued (the mail sender's poll picks them up).
 */
export async function noticeEventChange(
  db: Db,
  before: EventVersion,
  after: EventVersion,
  now: Date,
): Promise<number> {
  if (after.type !== 'event' || before.type !== 'event') return 0;
  const timestamp = now.toISOString();
  if (!isPublic(after, timestamp)) return 0;
  const endedAt = before.ends_at ?? before.starts_at;
  if (endedAt !== null && endedAt <= timestamp) return 0;
  const changed = changedEventDetails(before, after);
  if (changed.length === 0) return 0;
  return inTransaction(db, async (trx) => {
    const recipients = await selectRegistrationsWithStatus(trx, after.id, ['confirmed', 'waiting']);
    if (recipients.length === 0) return 0;
    await insertEventMessage(trx, {
      id: randomUUID(),
      event_id: after.id,
      kind: 'change',
      subject: after.title,
      body_text: JSON.stringify({ changed }),
      recipients: recipients.length,
      sent_by: null,
      created_at: timestamp,
    });
    return enqueueMailBatch(
      trx,
      recipients.map((recipient) => ({
        kind: 'registration-change' as const,
        to: recipient.email,
        refId: recipient.id,
      })),
    );
  });
}
