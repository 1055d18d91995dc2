import { type Db, inTransaction } from '../../db/connection.ts';
import {
  deleteRegistrationsOfEventsEndedBefore,
  deleteUnconfirmedRegistrationsBefore,
  deleteUnconfirmedSignaturesBefore,
} from '../../db/repositories/people-repository.ts';
import { getParticipationSettings } from '../settings/participation-settings.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one sweep removed. */
export interface ParticipationSweep {
  /** Registrations for events that ended longer ago than the retention. */
  pastRegistrations: number;
  /** Registrations whose address was never confirmed in time. */
  unconfirmedRegistrations: number;
  /** Signatures whose address was never confirmed in time. */
  unconfirmedSignatures: number;
}

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/**
 * Deletes what readers gave when taking part once it outstays the participation settings:
 * registrations `registrationRetentionDays` after their event ended (or, with no end, began),
 * and registrations and signatures never confirmed within `unconfirmedRetentionDays`. A
 * confirmed signature is the signer's public act and stays with its statement. None of this
 * is on a public page (an unconfirmed entry counts nowhere; a past event takes no more
 * registrations), so the cached pages stay as they are.
 */
export async function sweepExpiredParticipation(db: Db, now: Date): Promise<ParticipationSweep> {
  const settings = await getParticipationSettings(db);
  const unconfirmedCutoff = daysBefore(now, settings.unconfirmedRetentionDays);
  return inTransaction(db, async (trx) => ({
    pastRegistrations: await deleteRegistrationsOfEventsEndedBefore(
      trx,
      daysBefore(now, settings.registrationRetentionDays),
    ),
    unconfirmedRegistrations: await deleteUnconfirmedRegistrationsBefore(trx, unconfirmedCutoff),
    unconfirmedSignatures: await deleteUnconfirmedSignaturesBefore(trx, unconfirmedCutoff),
  }));
}
