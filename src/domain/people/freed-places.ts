import type { Db } from '../../db/connection.ts';
import {
  type RegistrationWithEvent,
  lockEventRegistrations,
} from '../../db/repositories/registration-repository.ts';
import { findEventById } from '../registrations/registration-event.ts';
import { fillFreePlaces } from '../registrations/waiting-list.ts';

/**
 * Erasing someone who held a place at an event frees it: the first on the waiting list moves
 * up, as after a cancellation. The events' places are locked before anything changes (the
 * waiting list's rule, waiting-list.ts), in id order so two erasures never wait on each other.
 * Returns the events to refill once the registrations are gone.
 */
export async function lockEventsLosingPlaces(
  trx: Db,
  registrations: Pick<RegistrationWithEvent, 'event_id' | 'status'>[],
): Promise<string[]> {
  const eventIds = [
    ...new Set(
      registrations.filter((row) => row.status === 'confirmed').map((row) => row.event_id),
    ),
  ].sort();
  for (const eventId of eventIds) await lockEventRegistrations(trx, eventId);
  return eventIds;
}

/** Gives the freed places to those waiting; how many moved up. */
export async function giveFreedPlaces(trx: Db, eventIds: string[], now: Date): Promise<number> {
  let movedUp = 0;
  for (const eventId of eventIds) {
    const event = await findEventById(trx, eventId);
    if (event) movedUp += await fillFreePlaces(trx, event, now);
  }
  return movedUp;
}
