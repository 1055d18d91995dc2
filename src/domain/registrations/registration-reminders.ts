import type { Db } from '../../db/connection.ts';
import { inTransaction } from '../../db/connection.ts';
import {
  insertMailingsIfNew,
  selectEventsAwaitingReminders,
  selectPlacedBefore,
} from '../../db/repositories/registration-repository.ts';
import { enqueueMailBatch } from '../mail/mail-queue.ts';
import { storedEventFields } from './registration-event.ts';

const HOUR_MS = 3_600_000;
/** The furthest ahead a reminder may be set (the event form allows 30 days). */
const MAX_REMINDER_MS = 24 * 30 * HOUR_MS;

/** The once-only guard's purpose: the hours and the start, so a moved event reminds again. */
export function reminderPurpose(hours: number, startsAt: string): string {
  return `reminder:${hours}:${startsAt}`;
}

/**
 * Queues the reminders that are due at `now`: for each public event yet to start, for its
 * nearest reminder whose moment (start − hours) has passed, one 'registration-reminder'
 * (`ref_id` `<registration id>:<hours>`) to each registrant who had a place by that moment
 * (someone placed later has just had the placed email). Reminders further out that are also
 * due (the server was down) are marked done without an email: one reminder, not three.
 *
 * Each is guarded by its registration_mailings row, inserted first and the email queued in
 * the same transaction; a row already there (another instance's round, an earlier one) means
 * no email, so nothing goes twice, whoever runs the round. Returns how many were queued.
 */
export async function queueDueReminders(db: Db, now: Date): Promise<number> {
  const timestamp = now.toISOString();
  const events = await selectEventsAwaitingReminders(db, {
    now: timestamp,
    until: new Date(now.getTime() + MAX_REMINDER_MS).toISOString(),
  });
  let queued = 0;
  for (const event of events) {
    const startMs = Date.parse(event.starts_at);
    const due = storedEventFields(event)
      .reminderHours.filter((hours) => startMs - hours * HOUR_MS <= now.getTime())
      .sort((a, b) => a - b);
    const [nearest, ...passed] = due;
    if (nearest === undefined) continue;
    const moment = new Date(startMs - nearest * HOUR_MS).toISOString();
    queued += await inTransaction(db, async (trx) => {
      const registrations = await selectPlacedBefore(trx, event.id, moment);
      if (registrations.length === 0) return 0;
      const row = (registrationId: string, hours: number) => ({
        registration_id: registrationId,
        purpose: reminderPurpose(hours, event.starts_at),
        queued_at: timestamp,
      });
      const fresh = new Set(
        await insertMailingsIfNew(
          trx,
          registrations.map((registration) => row(registration.id, nearest)),
        ),
      );
      await insertMailingsIfNew(
        trx,
        passed.flatMap((hours) => registrations.map((registration) => row(registration.id, hours))),
      );
      return enqueueMailBatch(
        trx,
        registrations
          .filter((registration) => fresh.has(registration.id))
          .map((registration) => ({
            kind: 'registration-reminder' as const,
            to: registration.email,
            refId: `${registration.id}:${nearest}`,
          })),
      );
    });
  }
  return queued;
}
