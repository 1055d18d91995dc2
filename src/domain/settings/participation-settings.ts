import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectSettings, upsertSettings } from '../../db/repositories/settings-repository.ts';
import { changePublicContent } from '../content/public-content-change.ts';
import { parseInput } from '../validation.ts';

/**
 * How long the site keeps what readers give it when they take part (registrations for events,
 * signatures under calls to action), and what erasing a signer leaves behind. Stored beside
 * the other settings, one key per setting under `participation.`.
 */
export interface ParticipationSettings {
  /** A registration is deleted this many days after its event ends. */
  registrationRetentionDays: number;
  /** A registration or signature whose address was never confirmed is deleted after this. */
  unconfirmedRetentionDays: number;
  /**
   * When a signer's data is erased: keep the signature without name or address (true), so
   * the count stays honest, or remove it (false).
   */
  anonymiseErasedSignatures: boolean;
  /** Where readers ask for their data or its erasure (an email address); empty: none given. */
  privacyContact: string;
}

export const PARTICIPATION_DEFAULTS: Readonly<ParticipationSettings> = {
  registrationRetentionDays: 90,
  unconfirmedRetentionDays: 7,
  anonymiseErasedSignatures: true,
  privacyContact: '',
};

const KEY_PREFIX = 'participation.';

function days(max: number) {
  return z.coerce
    .number('problem.wholeNumber')
    .int('problem.wholeNumber')
    .min(1, 'problem.minNumber')
    .max(max, 'problem.maxNumber');
}

const participationSettingsSchema = z.object({
  registrationRetentionDays: days(3650),
  unconfirmedRetentionDays: days(90),
  anonymiseErasedSignatures: z.boolean(),
  privacyContact: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, 'problem.emailAddress')
    .pipe(z.union([z.literal(''), z.email('problem.emailAddress')])),
});

export type ParticipationSettingsInput = Partial<z.input<typeof participationSettingsSchema>>;

/** The stored settings, each missing one at its default. */
export async function getParticipationSettings(db: Db): Promise<ParticipationSettings> {
  const stored = await selectSettings(db);
  const settings = { ...PARTICIPATION_DEFAULTS };
  for (const key of Object.keys(PARTICIPATION_DEFAULTS) as (keyof ParticipationSettings)[]) {
    const raw = stored.get(KEY_PREFIX + key);
    if (raw !== undefined) Object.assign(settings, { [key]: JSON.parse(raw) as unknown });
  }
  return settings;
}

/**
 * Changes some participation settings (a 422 names every field at fault; a field left out
 * stays as it is). The privacy page states them, so the change goes through the
 * public-content step.
 */
export async function updateParticipationSettings(
  db: Db,
  input: ParticipationSettingsInput,
): Promise<void> {
  const fields = parseInput(participationSettingsSchema.partial(), input);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) values[KEY_PREFIX + key] = JSON.stringify(value);
  }
  await changePublicContent(db, (trx) => upsertSettings(trx, values));
}
