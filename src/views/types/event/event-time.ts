import { DateTime } from 'luxon';

/**
 * Wall-clock words for an event's instants in the organiser's time zone. The formats are
 * the locale's own, with a 24-hour clock: readers in three continents compare these times,
 * and "08:30" cannot be misread the way "8:30" without AM or PM can.
 */

type Style = 'longDate' | 'shortDateTime' | 'time' | 'zoneName';

const styles: Record<Style, Intl.DateTimeFormatOptions> = {
  longDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  shortDateTime: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  zoneName: { timeZoneName: 'short' },
};

// Building a formatter costs far more than using one; zones and locales are few.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, zone: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale} ${zone} ${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...styles[style], timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

/** `UTC−04:00`, `UTC+05:45`: the offset in force at an instant, with a true minus sign. */
export function utcOffsetLabel(instant: string, zone: string): string {
  const minutes = DateTime.fromISO(instant, { zone }).offset;
  const sign = minutes < 0 ? '\u2212' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `UTC${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * The zone's short name at an instant ("EDT"), or null where the locale has none and would
 * only repeat the offset ("GMT+5:45").
 */
export function zoneAbbreviation(instant: string, zone: string, locale: string): string | null {
  const parts = formatter(locale, zone, 'zoneName').formatToParts(new Date(instant));
  const name = parts.find((part) => part.type === 'timeZoneName')?.value;
  if (!name || /^(GMT|UTC)([+−-]|$)/.test(name)) return null;
  return name;
}

/** "EDT (UTC−04:00)", or "(UTC+05:45)" for a zone without a short name. */
export function zoneAtInstant(instant: string, zone: string, locale: string): string {
  const abbreviation = zoneAbbreviation(instant, zone, locale);
  const offset = `(${utcOffsetLabel(instant, zone)})`;
  return abbreviation ? `${abbreviation} ${offset}` : offset;
}

/** The IANA name worth showing beside the offset; a bare UTC says nothing more. */
export function zoneLabel(zone: string): string | null {
  return zone === 'UTC' || zone.startsWith('Etc/') ? null : zone;
}

export function formatLongDate(instant: string, zone: string, locale: string): string {
  return formatter(locale, zone, 'longDate').format(new Date(instant));
}

export function formatTime(instant: string, zone: string, locale: string): string {
  return formatter(locale, zone, 'time').format(new Date(instant));
}

/** "Wed, May 12, 2021, 08:30 EDT (UTC−04:00)": a start in a teaser. */
export function formatShortStart(instant: string, zone: string, locale: string): string {
  const dateTime = formatter(locale, zone, 'shortDateTime').format(new Date(instant));
  return `${dateTime} ${zoneAtInstant(instant, zone, locale)}`;
}

/** "Wed, May 12, 2021, 08:30": a date and time in the zone, without naming the zone. */
export function formatShortDateTime(instant: string, zone: string, locale: string): string {
  return formatter(locale, zone, 'shortDateTime').format(new Date(instant));
}

/** Whether two instants fall on the same calendar day in the zone. */
export function isSameLocalDay(first: string, second: string, zone: string): boolean {
  const day = (instant: string) => DateTime.fromISO(instant, { zone }).toISODate();
  return day(first) === day(second);
}
