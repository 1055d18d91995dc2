import { type Db, inTransaction } from '../../db/connection.ts';
import {
  type RegistrationRecord,
  countRegistrationsByStatus,
  lockEventRegistrations,
  selectLastWaitingPlacedAt,
  selectRegistration,
  updateRegistration,
  waitingPositionOf,
} from '../../db/repositories/registration-repository.ts';
import { GoneError, NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { enqueueMail } from '../mail/mail-queue.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import {
  type RegistrationTarget,
  findEventById,
  isPageChangedByCount,
} from './registration-event.ts';
import {
  isConfirmationToken,
  registrationLinkKey,
  tokenRegistrationId,
} from './registration-links.ts';
import { fillFreePlaces, markEventPageChanged } from './waiting-list.ts';

export type ConfirmationOutcome = { outcome: 'placed' } | { outcome: 'waiting'; position: number };

/**
 * The registration a confirmation link names, with its event, while the link is good (see
 * registration-links.ts); undefined for a forged, unknown or cancelled one. A confirmed or
 * waiting registration is still found: following the link again shows its place.
 */
export async function findRegistrationToConfirm(
  db: Db,
  token: string,
): Promise<{ registration: RegistrationRecord; event: RegistrationTarget } | undefined> {
  const id = tokenRegistrationId(token);
  if (!id) return undefined;
  const key = await registrationLinkKey(db);
  const registration = await selectRegistration(db, id);
  if (!registration || registration.status === 'cancelled') return undefined;
  if (!isConfirmationToken(key, token, { id, seed: registration.confirm_token_hash })) {
    return undefined;
  }
  const event = await findEventById(db, registration.event_id);
  return event ? { registration, event } : undefined;
}

/**
 * When a new wait begins: now, or just after the last one when that is not earlier (two
 * confirmations in one millisecond), so the list's order is the order of arrival under the
 * event's lock, not of the registrations' ids.
 */
async function waitBeginning(trx: Db, eventId: string, now: Date): Promise<string> {
  const last = await selectLastWaitingPlacedAt(trx, eventId);
  if (last === null || last < now.toISOString()) return now.toISOString();
  return new Date(Date.parse(last) + 1).toISOString();
}

/**
 * Confirms a registration from its email's link (a POST: mail scanners that follow links
 * confirm nothing). It takes a place when one is free (capacity null: always), after anyone
 * already waiting; else it joins the waiting list. Either way a 'registration-placed' email
 * follows. Places are counted under the event's lock, so parallel confirmations never
 * overfill it. Confirming again answers with the place it has. Confirming after registration
 * closed is allowed (the reader registered before), after the event ended is not (410).
 * 404 `not_found` for a link that is forged, unknown or of a cancelled registration.
 */
export async function confirmRegistration(
  db: Db,
  mailQueue: MailQueue,
  token: string,
  now: Date,
): Promise<ConfirmationOutcome> {
  const found = await findRegistrationToConfirm(db, token);
  if (!found) throw new NotFoundError(problem('registrations.problem.noSuchLink'));
  const { registration, event } = found;
  if (registration.status === 'unconfirmed' && event.endsAt <= now.toISOString()) {
    throw new GoneError(problem('registrations.problem.eventOver'));
  }
  const key = await registrationLinkKey(db);
  let hasQueued = false;
  const outcome = await inTransaction(db, async (trx): Promise<ConfirmationOutcome> => {
    await lockEventRegistrations(trx, event.id);
    const current = await selectRegistration(trx, registration.id);
    const seed = current?.confirm_token_hash ?? null;
    if (!current || !isConfirmationToken(key, token, { id: current.id, seed })) {
      throw new NotFoundError(problem('registrations.problem.noSuchLink'));
    }
    if (current.status === 'confirmed') return { outcome: 'placed' };
    if (current.status === 'waiting') {
      return { outcome: 'waiting', position: await waitingPositionOf(trx, current) };
    }
    if (current.status !== 'unconfirmed') {
      throw new NotFoundError(problem('registrations.problem.noSuchLink'));
    }
    // Read under the lock: the capacity may have changed since the page was drawn.
    const latest = (await findEventById(trx, event.id)) ?? event;
    // Those already waiting come first when places have opened (a capacity raised).
    const promoted = await fillFreePlaces(trx, latest, now);
    const counts = await countRegistrationsByStatus(trx, event.id);
    const { capacity } = latest.fields;
    const hasPlace = capacity === null || counts.confirmed < capacity;
    const timestamp = now.toISOString();
    const placedAt = hasPlace ? timestamp : await waitBeginning(trx, event.id, now);
    await updateRegistration(trx, current.id, {
      fromStatuses: ['unconfirmed'],
      changes: {
        status: hasPlace ? 'confirmed' : 'waiting',
        confirmed_at: timestamp,
        placed_at: placedAt,
      },
    });
    await enqueueMail(trx, { kind: 'registration-placed', to: current.email, refId: current.id });
    hasQueued = true;
    const before = counts.confirmed - promoted;
    const after = counts.confirmed + (hasPlace ? 1 : 0);
    if (isPageChangedByCount(latest, { before, after }, now)) await markEventPageChanged(trx);
    if (hasPlace) return { outcome: 'placed' };
    return {
      outcome: 'waiting',
      position: await waitingPositionOf(trx, { ...current, placed_at: placedAt }),
    };
  });
  if (hasQueued) mailQueue.wake();
  return outcome;
}
