import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectLabelsByIds } from '../../db/repositories/label-repository.ts';
import { selectUserById, updateUser } from '../../db/repositories/user-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { type InterfaceLanguage, isInterfaceLanguage } from '../../lib/i18n/languages.ts';
import { problem } from '../../lib/problems.ts';
import type { Actor } from '../auth/actor.ts';
import { parseInput } from '../validation.ts';
import { defaultTimeZone, timeZoneSettingSchema } from './time-zones.ts';

/**
 * What people change about their own account. Every function acts on the actor's own row
 * only: nothing here takes another person's id.
 */

export interface TimeZoneSetting {
  /** The zone they chose; null while it follows their country. */
  chosen: string | null;
  /** The zone they have when they choose none. */
  byDefault: string;
}

/** The actor's time zone setting, for their account page. */
export async function getOwnTimeZoneSetting(db: Db, actor: Actor): Promise<TimeZoneSetting> {
  const [row, countries] = await Promise.all([
    selectUserById(db, actor.id),
    selectLabelsByIds(db, [...actor.countryLabelIds]),
  ]);
  if (!row) throw new NotFoundError(problem('problem.noSuchUser'));
  return { chosen: row.time_zone, byDefault: defaultTimeZone(countries) };
}

const timeZoneInputSchema = z.object({ timeZone: timeZoneSettingSchema });

/**
 * Sets the actor's own time zone; an empty one follows their country again. Takes effect on
 * their next page: the actor is read afresh with each request.
 */
export async function changeOwnTimeZone(
  db: Db,
  actor: Actor,
  input: z.input<typeof timeZoneInputSchema>,
): Promise<void> {
  const { timeZone } = parseInput(timeZoneInputSchema, input);
  await updateUser(db, actor.id, { time_zone: timeZone });
}

/**
 * A stored admin language, if the interface speaks it; null (the site's language) otherwise,
 * as for a value an archive from elsewhere brought in.
 */
export function chosenLanguage(stored: string | null): InterfaceLanguage | null {
  return stored !== null && isInterfaceLanguage(stored) ? stored : null;
}

/** A person's choice of admin language: one of the seven, or empty for the site's (null). */
const languageInputSchema = z.object({
  language: z
    .string()
    .trim()
    .refine((language) => language === '' || isInterfaceLanguage(language), 'problem.adminLanguage')
    .transform((language) => (language === '' ? null : (language as InterfaceLanguage))),
});

/**
 * Sets the language the admin speaks to the actor; an empty one speaks the site's again.
 * Takes effect on their next page, and stays after they sign out and in: it is their row's.
 */
export async function changeOwnLanguage(
  db: Db,
  actor: Actor,
  input: z.input<typeof languageInputSchema>,
): Promise<void> {
  const { language } = parseInput(languageInputSchema, input);
  await updateUser(db, actor.id, { language });
}
