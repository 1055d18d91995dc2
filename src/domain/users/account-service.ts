import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectLabelsByIds } from '../../db/repositories/label-repository.ts';
import { selectUserById, updateUser } from '../../db/repositories/user-repository.ts';
import { NotFoundError } from '../../lib/errors.ts';
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
