import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * Building blocks of the content types' field schemas, so every type words the same problem
 * the same way. Messages are catalogue keys; a limit's value reaches the words through the
 * issue (`requiredText(200)` says "must be 200 characters or fewer", see parseInput).
 */

/** A list of organisations, each named by its slug or acronym (`gefont`, `GEFONT`) or its id. */
export const organizationRefsSchema = z
  .array(z.string().trim().min(1, 'problem.namesOrganization').max(120))
  .max(200, 'problem.maxOrganizations')
  .default([]);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'problem.maxCharacters')
    .nullable()
    .default(null)
    .transform((value) => value || null);

export const requiredText = (max: number) =>
  z.string().trim().min(1, 'problem.required').max(max, 'problem.maxCharacters');

export const webAddressSchema = z
  .url({ protocol: /^https?$/, error: 'problem.webAddress' })
  .max(2000)
  .nullable()
  .default(null);

/** `YYYY-MM-DD`, a real calendar day. */
export const calendarDaySchema = z.iso.date({ error: 'problem.calendarDay' });

/** A date and time on the wall clock, without an offset: `2021-05-12T08:30`. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'problem.localDateTime')
  .refine((value) => DateTime.fromISO(value).isValid, 'problem.realDateTime')
  .transform((value) => value.slice(0, 16));

/** An IANA time zone name, as the runtime's time zone database knows it. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, 'problem.required')
  .refine((zone) => DateTime.local({ zone }).isValid, 'problem.timeZone');

/** A percentage from 0 to 100, or null when not known. */
export const shareSchema = z
  .number('problem.percentageNumber')
  .min(0, 'problem.percentage')
  .max(100, 'problem.percentage')
  .nullable()
  .default(null);

/** The UTC instant of a wall-clock time in a zone (both already validated). */
export function utcInstant(localDateTime: string, zone: string): string {
  const instant = DateTime.fromISO(localDateTime, { zone });
  return instant.toUTC().toISO({ suppressMilliseconds: false }) ?? '';
}
