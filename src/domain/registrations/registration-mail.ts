import type { Db } from '../../db/connection.ts';
import {
  type RegistrationRecord,
  selectEventMessage,
  selectLatestEventMessage,
  selectRegistration,
  selectRegistrationsOfEmail,
  waitingPositionOf,
} from '../../db/repositories/registration-repository.ts';
import type { EventMessagesTable } from '../../db/schema.ts';
import { type RegistrationTarget, findEventById } from './registration-event.ts';
import {
  cancellationTokenFor,
  confirmationTokenFor,
  registrationLinkKey,
} from './registration-links.ts';
import { answersOf } from './organiser-registrations.ts';
import { type EventDetail, changedDetailsOf } from './event-change-notice.ts';

/**
 * What the email composers (src/http/mail/) read at send time: the registration as it is
 * now (a composer skips, returning null, one cancelled or not yet confirmed), its event with
 * every field (the private joining link too: only for a confirmed registrant's email), and
 * the tokens of its links, rebuilt from the row and the site's key (registration-links.ts).
 */
export interface RegistrationForMail {
  registration: RegistrationRecord & { answerList: { question: string; answer: string }[] };
  event: RegistrationTarget;
  /** For `/events/registrations/cancel/:token`; in every email. */
  cancellationToken: string;
  /** For `/events/registrations/confirm/:token`; null once confirmed or cancelled. */
  confirmationToken: string | null;
  /** The place on the waiting list (from 1) while waiting; null otherwise. */
  waitingPosition: number | null;
  /** What the event's latest change notice changed (for 'registration-change'). */
  latestChange: { changed: EventDetail[]; at: string } | null;
}

/** The registration with its event and links, or undefined when either is gone. */
export async function registrationForMail(
  db: Db,
  registrationId: string,
): Promise<RegistrationForMail | undefined> {
  const registration = await selectRegistration(db, registrationId);
  if (!registration) return undefined;
  const event = await findEventById(db, registration.event_id);
  if (!event) return undefined;
  const key = await registrationLinkKey(db);
  const seed = registration.confirm_token_hash;
  const change = await selectLatestEventMessage(db, event.id, 'change');
  return {
    registration: { ...registration, answerList: answersOf(registration) },
    event,
    cancellationToken: cancellationTokenFor(key, registration.id),
    confirmationToken:
      registration.status === 'unconfirmed' && seed
        ? confirmationTokenFor(key, { id: registration.id, seed })
        : null,
    waitingPosition:
      registration.status === 'waiting' ? await waitingPositionOf(db, registration) : null,
    latestChange: change ? { changed: changedDetailsOf(change), at: change.created_at } : null,
  };
}

/**
 * An organiser's message (a 'registration-message' email's `ref_id`) with the registration of
 * the address it goes to; undefined when either is gone (the registrant erased, the event
 * deleted).
 */
export async function eventMessageForMail(
  db: Db,
  options: { messageId: string; recipient: string },
): Promise<(RegistrationForMail & { message: EventMessagesTable }) | undefined> {
  const message = await selectEventMessage(db, options.messageId);
  if (!message) return undefined;
  const [registration] = await selectRegistrationsOfEmail(db, {
    email: options.recipient.toLowerCase(),
    eventId: message.event_id,
  });
  if (!registration) return undefined;
  const forMail = await registrationForMail(db, registration.id);
  return forMail && { ...forMail, message };
}
