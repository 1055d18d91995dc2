import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * Building blocks of the content types' field schemas, so every type words the same problem
 * the same way.
 */

/** A list of organisations, each named by its slug or acronym (`gefont`, `GEFONT`) or its id. */
export const organizationRefsSchema = z
  .array(z.string().trim().min(1, 'must name an organisation').max(120))
  .max(200, 'must name 200 organisations or fewer')
  .default([]);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be ${max} characters or fewer`)
    .nullable()
    .default(null)
    .transform((value) => value || null);

export const requiredText = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be ${max} characters or fewer`);

export const webAddressSchema = z
  .url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' })
  .max(2000)
  .nullable()
  .default(null);

/** `YYYY-MM-DD`, a real calendar day. */
export const calendarDaySchema = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });

/** A date and time on the wall clock, without an offset: `2021-05-12T08:30`. */
export const localDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/,
    'must be a date and time without an offset (YYYY-MM-DDTHH:MM)',
  )
  .refine((value) => DateTime.fromISO(value).isValid, 'is not a real date and time')
  .transform((value) => value.slice(0, 16));

/** An IANA time zone name, as the runtime's time zone database knows it. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .refine(
    (zone) => DateTime.local({ zone }).isValid,
    'must be an IANA time zone such as Asia/Kathmandu or America/New_York',
  );

/** A percentage from 0 to 100, or null when not known. */
export const shareSchema = z
  .number('must be a number from 0 to 100')
  .min(0, 'must be from 0 to 100')
  .max(100, 'must be from 0 to 100')
  .nullable()
  .default(null);

/** The UTC instant of a wall-clock time in a zone (both already validated). */
export function utcInstant(localDateTime: string, zone: string): string {
  const instant = DateTime.fromISO(localDateTime, { zone });
  return instant.toUTC().toISO({ suppressMilliseconds: false }) ?? '';
}
