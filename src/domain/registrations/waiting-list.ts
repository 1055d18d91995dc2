import { type Db, inTransaction } from '../../db/connection.ts';
import {
  type RegistrationRecord,
  countRegistrationsByStatus,
  lockEventRegistrations,
  selectRegistration,
  selectWaitingList,
  updateRegistration,
} from '../../db/repositories/registration-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { enqueueMail } from '../mail/mail-queue.ts';
import type { MailQueue } from '../mail/mail-queue.ts';
import {
  type RegistrationTarget,
  findEventById,
  isPageChangedByCount,
} from './registration-event.ts';
import {
  isCancellationToken,
  registrationLinkKey,
  tokenRegistrationId,
} from './registration-links.ts';

/**
 * The waiting list: confirmed registrations beyond the capacity wait, in the order their wait
 * began (`placed_at`, then id), and move up as places free. Every change of places runs
 * inside a transaction that began with `lockEventRegistrations`, so places are counted by
 * one writer at a time.
 */

/**
 * Gives free places to those waiting, first come first: after a cancellation, or when the
 * organiser raised the capacity (or removed it). Each gets a 'registration-placed' email.
 * Call inside the event's locked transaction. Returns how many moved up.
 */
export async function fillFreePlaces(
  trx: Db,
  event: RegistrationTarget,
  now: Date,
): Promise<number> {
  if (event.endsAt <= now.toISOString()) return 0;
  const { capacity } = event.fields;
  const counts = await countRegistrationsByStatus(trx, event.id);
  if (counts.waiting === 0) return 0;
  const free = capacity === null ? counts.waiting : capacity - counts.confirmed;
  if (free <= 0) return 0;
  const movingUp = await selectWaitingList(trx, event.id, free);
  for (const registration of movingUp) {
    await updateRegistration(trx, registration.id, {
      fromStatuses: ['waiting'],
      changes: { status: 'confirmed', placed_at: now.toISOString() },
    });
    await enqueueMail(trx, {
      kind: 'registration-placed',
      to: registration.email,
      refId: registration.id,
    });
  }
  return movingUp.length;
}

/** Moves the content version on, in `trx`: the event's page changes with the commit. */
export async function markEventPageChanged(trx: Db): Promise<void> {
  await changePublicContent(trx, async () => undefined);
}

/** The registration a cancellation link names (any status) and its event; else undefined. */
export async function findRegistrationToCancel(
  db: Db,
  token: string,
): Promise<{ registration: RegistrationRecord; event: RegistrationTarget } | undefined> {
  const id = tokenRegistrationId(token);
  if (!id) return undefined;
  const key = await registrationLinkKey(db);
  if (!isCancellationToken(key, token, id)) return undefined;
  const registration = await selectRegistration(db, id);
  if (!registration) return undefined;
  const event = await findEventById(db, registration.event_id);
  return event ? { registration, event } : undefined;
}

/**
 * Cancels a registration from its signed link. A place it held goes to the first waiting, in
 * the same transaction, with their email. Cancelling twice is not an error (a second click);
 * an unknown or forged link is a 404.
 */
export async function cancelRegistration(
  db: Db,
  mailQueue: MailQueue,
  token: string,
  now: Date,
): Promise<void> {
  const found = await findRegistrationToCancel(db, token);
  if (!found) throw new NotFoundError(problem('registrations.problem.noSuchLink'));
  const { event } = found;
  const hasQueued = await inTransaction(db, async (trx) => {
    await lockEventRegistrations(trx, event.id);
    const current = await selectRegistration(trx, found.registration.id);
    if (!current || current.status === 'cancelled') return false;
    const before = await countRegistrationsByStatus(trx, event.id);
    await updateRegistration(trx, current.id, {
      fromStatuses: [current.status],
      changes: { status: 'cancelled', cancelled_at: now.toISOString(), confirm_token_hash: null },
    });
    if (current.status !== 'confirmed') return false;
    // Fields as they are now (the organiser may have changed the capacity since the lookup).
    const latest = (await findEventById(trx, event.id)) ?? event;
    const promoted = await fillFreePlaces(trx, latest, now);
    const after = before.confirmed - 1 + promoted;
    if (isPageChangedByCount(latest, { before: before.confirmed, after }, now)) {
      await markEventPageChanged(trx);
    }
    return promoted > 0;
  });
  if (hasQueued) mailQueue.wake();
}
