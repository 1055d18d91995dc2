import { interfaceLanguageOf } from './i18n/languages.ts';
import { DateTime } from 'luxon';

/**
 * Instants shown and entered in a person's own IANA time zone. Storage stays UTC; only the
 * words and the `datetime-local` values people see are in their zone.
 */

/** Names of the zone without an offset, which people read as "UTC" rather than a city. */
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

/** "Asia/Kathmandu" → "Kathmandu", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  if (UTC_NAMES.has(zone)) return 'UTC';
  const city = zone.split('/').at(-1) ?? zone;
  return city.replaceAll('_', ' ');
}

/** How a time's zone is named after it: "Kathmandu time", or plain "UTC". */
export function zoneWording(zone: string): string {
  const city = zoneCity(zone);
  return city === 'UTC' ? city : `${city} time`;
}

/** One formatter per zone: building one costs far more than using it. */
/** One formatter per locale and zone: building one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Date and time on a zone's wall clock in a locale. English reads en-GB's "12 Feb 2021, 08:30"
 * (day before month, a 24-hour clock) whatever English is named; other languages get their own
 * order, month names and digits.
 */
export function zonedTimeFormatter(locale: string, zone: string): Intl.DateTimeFormat {
  const cacheKey = `${locale} ${zone}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    const dateLocale = interfaceLanguageOf(locale) === 'en' ? 'en-GB' : locale;
    formatter = new Intl.DateTimeFormat(dateLocale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    });
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/** An instant in a zone, the zone named: "12 Feb 2021, 08:30 Kathmandu time". */
export function formatInZone(instant: string, zone: string): string {
  return `${zonedTimeFormatter('en', zone).format(new Date(instant))} ${zoneWording(zone)}`;
}

/** An instant as a `datetime-local` value on the zone's wall clock: `2021-02-12T08:30`. */
export function wallClockInZone(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/**
 * The UTC instant (`2021-02-12T02:45:00.000Z`) of a wall-clock `YYYY-MM-DDTHH:MM[:SS]` in a
 * zone, or null when it is not a real date and time there. A time skipped by a clock change
 * moves forward by the change, as the clocks did.
 */
export function instantOfWallClock(localDateTime: string, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(localDateTime)) return null;
  const instant = DateTime.fromISO(localDateTime, { zone });
  return instant.isValid ? instant.toUTC().toISO() : null;
}
