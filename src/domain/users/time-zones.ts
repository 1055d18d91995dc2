import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import { selectLabelsByIds } from '../../db/repositories/label-repository.ts';
import type { LabelsTable } from '../../db/schema.ts';
import { SITE_TIME_ZONE } from '../../lib/time.ts';
import { timeZoneSchema } from '../content-types/field-schemas.ts';
import { COUNTRY_TIME_ZONES, countryTimeZone } from '../labels/country-time-zones.ts';

/**
 * Each person's time zone: the admin shows and reads times in it. Chosen on their account
 * page, or else their first country's (an editor's), or else the site's.
 */

/**
 * The zone of someone who has not chosen one: that of their first country (in the site's
 * order of countries) with a known zone, else the site's.
 */
export function defaultTimeZone(
  countries: readonly Pick<LabelsTable, 'slug' | 'name' | 'position'>[],
): string {
  const ordered = [...countries].sort(
    (a, b) => a.position - b.position || a.name.localeCompare(b.name),
  );
  for (const country of ordered) {
    const zone = countryTimeZone(country.slug);
    if (zone) return zone;
  }
  return SITE_TIME_ZONE;
}

/** The zones offered on the account page: the countries' zones first, then every other. */
export interface TimeZoneChoices {
  nearby: readonly string[];
  elsewhere: readonly string[];
}

let choices: TimeZoneChoices | undefined;

/** The runtime's own name for a zone (ICU still says `Asia/Calcutta` for `Asia/Kolkata`). */
function runtimeName(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/** The zones people may choose, built once per process from the runtime's zone database. */
export function timeZoneChoices(): TimeZoneChoices {
  if (!choices) {
    const nearby = [...COUNTRY_TIME_ZONES, SITE_TIME_ZONE];
    const covered = new Set(nearby.map(runtimeName));
    const elsewhere = Intl.supportedValuesOf('timeZone').filter(
      (zone) => !covered.has(runtimeName(zone)),
    );
    choices = { nearby, elsewhere };
  }
  return choices;
}

function isOffered(zone: string): boolean {
  const { nearby, elsewhere } = timeZoneChoices();
  return nearby.includes(zone) || elsewhere.includes(zone);
}

/**
 * A person's choice: one of the zones offered, spelled as offered (so every zone shown is a
 * known one); empty to follow their country again (null).
 */
export const timeZoneSettingSchema = z
  .string()
  .trim()
  .refine((zone) => zone === '' || isOffered(zone), 'problem.timeZone')
  .transform((zone) => zone || null);

/** A stored choice the runtime no longer knows (its zone database changed) is not used. */
function isUsable(zone: string | null): zone is string {
  return zone !== null && timeZoneSchema.safeParse(zone).success;
}

/** Each user's zone (see the module comment), given their stored choice and country ids. */
export async function timeZonesOfUsers(
  db: Db,
  users: readonly { id: string; time_zone: string | null }[],
  countryIdsByUser: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, string>> {
  const undecided = users.filter((user) => !isUsable(user.time_zone));
  const countryIds = undecided.flatMap((user) => countryIdsByUser.get(user.id) ?? []);
  const labels = await selectLabelsByIds(db, [...new Set(countryIds)]);
  return new Map(
    users.map((user) => {
      if (isUsable(user.time_zone)) return [user.id, user.time_zone];
      const ids = countryIdsByUser.get(user.id) ?? [];
      return [user.id, defaultTimeZone(labels.filter((label) => ids.includes(label.id)))];
    }),
  );
}
