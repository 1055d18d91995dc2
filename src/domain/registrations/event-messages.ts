import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  insertEventMessage,
  lockEventRegistrations,
  selectRegistrationsWithStatus,
  selectSameMessageSince,
} from '../../db/repositories/registration-repository.ts';
import type { RegistrationStatus } from '../../db/schema.ts';
import { ConflictError, ValidationError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { auditSummary, recordAudit } from '../audit/audit-service.ts';
import type { Actor } from '../auth/actor.ts';
import { enqueueMailBatch } from '../mail/mail-queue.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import { parseInput } from '../validation.ts';
import { requireOrganisedEvent } from './organiser-registrations.ts';

export const MAX_SUBJECT_LENGTH = 300;
export const MAX_BODY_LENGTH = 20_000;
/** The same message to the same event within this long is a second click, refused. */
export const REPEAT_WINDOW_MS = 10 * 60 * 1000;

export interface EventMessageInput {
  kind?: unknown;
  subject?: unknown;
  body?: unknown;
}

const single = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value), schema);

const messageSchema = z.object({
  kind: single(z.enum(['message', 'recording'], 'registrations.problem.messageKind')),
  subject: single(
    z
      .string('registrations.problem.subjectNeeded')
      .trim()
      .min(1, 'registrations.problem.subjectNeeded')
      .max(MAX_SUBJECT_LENGTH, 'problem.maxCharacters'),
  ),
  body: single(
    z
      .string('registrations.problem.bodyNeeded')
      .transform((text) => text.replace(/\r\n?/g, '\n').trim())
      .pipe(
        z
          .string()
          .min(1, 'registrations.problem.bodyNeeded')
          .max(MAX_BODY_LENGTH, 'problem.maxCharacters'),
      ),
  ),
});

/**
 * An organiser's message to the event's registrants: a 'message' to those with a place and
 * those waiting; a 'recording' (the recording or slides, only once the event has ended: 422
 * before) to those who had a place. The message row, one 'registration-message' email per
 * recipient and the audit line commit together, or none of them. The same message again
 * within ten minutes is refused (409 `duplicate_message`): a double click sends once. 422
 * when nobody would receive it.
 */
export async function sendEventMessage(
  db: Db,
  mailQueue: MailQueue,
  actor: Actor,
  eventId: string,
  input: EventMessageInput,
  now = new Date(),
): Promise<{ recipients: number; messageId: string }> {
  const event = await requireOrganisedEvent(db, actor, eventId);
  const fields = parseInput(messageSchema, input);
  if (fields.kind === 'recording' && event.endsAt > now.toISOString()) {
    throw new ValidationError(problem('problem.fieldsNeedAttention'), {
      kind: problem('registrations.problem.recordingTooEarly'),
    });
  }
  const statuses: RegistrationStatus[] =
    fields.kind === 'message' ? ['confirmed', 'waiting'] : ['confirmed'];
  const timestamp = now.toISOString();
  const sent = await inTransaction(db, async (trx) => {
    await lockEventRegistrations(trx, eventId);
    const repeated = await selectSameMessageSince(trx, {
      event_id: eventId,
      kind: fields.kind,
      subject: fields.subject,
      body_text: fields.body,
      since: new Date(now.getTime() - REPEAT_WINDOW_MS).toISOString(),
    });
    if (repeated) {
      throw new ConflictError(
        problem('registrations.problem.messageRepeated'),
        undefined,
        'duplicate_message',
      );
    }
    const recipients = await selectRegistrationsWithStatus(trx, eventId, statuses);
    if (recipients.length === 0) {
      throw new ValidationError(problem('registrations.problem.noRecipients'), {
        kind: problem('registrations.problem.noRecipients'),
      });
    }
    const messageId = randomUUID();
    await insertEventMessage(trx, {
      id: messageId,
      event_id: eventId,
      kind: fields.kind,
      subject: fields.subject,
      body_text: fields.body,
      recipients: recipients.length,
      sent_by: actor.id,
      created_at: timestamp,
    });
    await enqueueMailBatch(
      trx,
      recipients.map((recipient) => ({
        kind: 'registration-message' as const,
        to: recipient.email,
        refId: messageId,
      })),
    );
    await recordAudit(trx, actor, {
      action: fields.kind === 'recording' ? 'registrations.recording' : 'registrations.message',
      subjectType: 'content',
      subjectId: eventId,
      summary: auditSummary('audit.registrationMessageSent', {
        title: event.title,
        count: recipients.length,
      }),
    });
    return { recipients: recipients.length, messageId };
  });
  mailQueue.wake();
  return sent;
}
