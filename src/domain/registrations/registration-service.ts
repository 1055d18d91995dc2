import { randomUUID } from 'node:crypto';
import { type Db, inTransaction } from '../../db/connection.ts';
import {
  countRegistrationsByStatus,
  insertRegistrationIfNew,
  selectRegistrationsOfEmail,
  updateRegistration,
} from '../../db/repositories/registration-repository.ts';
import { ForbiddenError, GoneError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { enqueueMail } from '../mail/mail-queue.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import { refuseRobots, takeRegistrationAttempts } from './registration-abuse.ts';
import {
  type RegistrationState,
  type RegistrationTarget,
  registrationStateOf,
} from './registration-event.ts';
import { type RegistrationInput, readRegistration } from './registration-input.ts';
import { newConfirmationSeed } from './registration-links.ts';

/**
 * Readers registering for an event, with double opt-in: a registration counts once its
 * email's link is followed (registration-confirmation.ts). This module is also the one door
 * to the area: what other areas use is exported here.
 */

export type { RegistrationStatus } from '../../db/schema.ts';
export type { RegistrationInput } from './registration-input.ts';
export {
  type RegistrationState,
  type RegistrationTarget,
  findRegistrationTarget,
  registrationClosingInstant,
} from './registration-event.ts';
export { cancellationToken } from './registration-links.ts';
export { confirmRegistration, findRegistrationToConfirm } from './registration-confirmation.ts';
export { cancelRegistration, findRegistrationToCancel } from './waiting-list.ts';
export {
  REGISTRATION_STATUSES,
  type RegistrationRow,
  listRegistrations,
  parseRegistrationStatus,
} from './organiser-registrations.ts';
export { registrationsCsv } from './registration-csv.ts';
export { sendEventMessage } from './event-messages.ts';
export {
  type RegistrationForMail,
  eventMessageForMail,
  registrationForMail,
} from './registration-mail.ts';

/** The longest language tag kept (the column's width). */
const MAX_LANGUAGE_LENGTH = 35;

/** What the event's page shows of registration: its state and the organiser's questions. */
export async function getRegistrationSection(
  db: Db,
  target: RegistrationTarget,
  now: Date,
): Promise<{ state: RegistrationState; questions: string[] }> {
  const state = target.fields.registrationOpen
    ? registrationStateOf(target, await countRegistrationsByStatus(db, target.id), now)
    : registrationStateOf(target, { confirmed: 0 }, now);
  return { state, questions: [...target.fields.registrationQuestions] };
}

/** Refuses a registration the event does not take now: 403 never open, 410 closed. */
function refuseUnlessOpen(target: RegistrationTarget, now: Date): void {
  const state = registrationStateOf(target, { confirmed: 0 }, now);
  if (state.kind === 'not-taking') {
    throw new ForbiddenError(problem('registrations.problem.notTaking'));
  }
  if (state.kind === 'closed') throw new GoneError(problem('registrations.problem.closed'));
}

/**
 * A reader's registration. Its answer is the same whatever the address's past (new, waiting
 * for its link, registered, cancelled), so the form reveals nobody's registration; what
 * differs is the email that address receives:
 * - new, or cancelled before: a registration waiting for its link, and the link;
 * - waiting for its link: the link again (the details as now typed);
 * - confirmed or on the waiting list: its place again ('registration-placed'), details kept
 *   (whoever typed the address cannot change the owner's registration).
 *
 * Refusals, before anything is kept: 403 `forbidden` the event takes no registrations, 410
 * `gone` registration closed, 400 `too_fast` (honeypot, time trap), 422 fields, 429 too many.
 * Parallel posts of one address leave one row (the unique (event, email) and ON CONFLICT).
 */
export async function registerForEvent(
  db: Db,
  mailQueue: MailQueue,
  options: {
    target: RegistrationTarget;
    input: RegistrationInput;
    ip: string;
    language: string;
    now: Date;
  },
): Promise<void> {
  const { target, now } = options;
  refuseUnlessOpen(target, now);
  await refuseRobots(db, options.input, now);
  const details = readRegistration(options.input, {
    questions: target.fields.registrationQuestions,
    timeZone: target.fields.timeZone,
  });
  await takeRegistrationAttempts(db, { ip: options.ip, email: details.email, now });
  const timestamp = now.toISOString();
  const kept = {
    name: details.name,
    organization: details.organization,
    country: details.country,
    answers: JSON.stringify(details.answers),
    language: options.language.slice(0, MAX_LANGUAGE_LENGTH),
    time_zone: details.timeZone,
  };
  await inTransaction(db, async (trx) => {
    const id = randomUUID();
    const isNew = await insertRegistrationIfNew(trx, {
      id,
      event_id: target.id,
      email: details.email,
      ...kept,
      status: 'unconfirmed',
      confirm_token_hash: newConfirmationSeed(),
      created_at: timestamp,
      confirmed_at: null,
      placed_at: null,
      cancelled_at: null,
    });
    const confirmation = (refId: string) =>
      enqueueMail(trx, { kind: 'registration-confirmation', to: details.email, refId });
    if (isNew) return confirmation(id);
    const [existing] = await selectRegistrationsOfEmail(trx, {
      email: details.email,
      eventId: target.id,
    });
    if (!existing) return;
    switch (existing.status) {
      case 'unconfirmed':
        await updateRegistration(trx, existing.id, {
          fromStatuses: ['unconfirmed'],
          changes: kept,
        });
        return confirmation(existing.id);
      case 'cancelled':
        // A fresh seed: the links of the cancelled registration's emails confirm nothing.
        await updateRegistration(trx, existing.id, {
          fromStatuses: ['cancelled'],
          changes: {
            ...kept,
            status: 'unconfirmed',
            confirm_token_hash: newConfirmationSeed(),
            confirmed_at: null,
            placed_at: null,
            cancelled_at: null,
          },
        });
        return confirmation(existing.id);
      case 'confirmed':
      case 'waiting':
        await enqueueMail(trx, {
          kind: 'registration-placed',
          to: existing.email,
          refId: existing.id,
        });
        return;
    }
  });
  mailQueue.wake();
}
