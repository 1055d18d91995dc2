import type * as IcalGenerator from 'ical-generator';
import type { ICalEventData } from 'ical-generator';
import type * as TimezonesIcal from 'timezones-ical-library';
import { DateTime } from 'luxon';
import type { ContentDetail } from '../../../domain/content/content-item.ts';
import { eventFieldsOf } from '../../../domain/events/event-timing.ts';
import { htmlToText } from '../../../lib/sanitize-body-html.ts';
import { personLine } from './event-page.tsx';

/**
 * iCalendar (RFC 5545) documents of events, written by ical-generator (folding, escaping,
 * CRLF) with VTIMEZONE blocks from timezones-ical-library.
 *
 * Times are written in the organiser's zone (`DTSTART;TZID=America/New_York:20210512T083000`)
 * with that zone's VTIMEZONE, not as UTC: calendar apps then show the organiser's zone in the
 * event's details and keep the meeting at 08:30 there, while converting it for each reader.
 */

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/**
 * The two libraries, loaded on the first calendar asked for: with the zone data they take
 * about 5 MB that a server answering only pages would carry for nothing.
 */
type CalendarLibraries = {
  generator: typeof IcalGenerator;
  zones: typeof TimezonesIcal;
};
let libraries: Promise<CalendarLibraries> | undefined;

function loadLibraries(): Promise<CalendarLibraries> {
  libraries ??= Promise.all([import('ical-generator'), import('timezones-ical-library')]).then(
    ([generator, zones]) => ({ generator, zones }),
  );
  return libraries;
}

/** How often a subscribed calendar should fetch the feed again (REFRESH-INTERVAL). */
const FEED_REFRESH_SECONDS = 6 * 60 * 60;

/** The zone's VTIMEZONE and the TZID it declares, or null for a zone the library lacks. */
function vtimezoneOf(
  libs: CalendarLibraries,
  zone: string,
): { tzid: string; block: string } | null {
  const found = libs.zones.tzlib_get_ical_block(zone);
  const block = Array.isArray(found) ? found[0] : undefined;
  const tzid = block?.match(/^TZID:(.+)$/m)?.[1]?.trim();
  return block && tzid ? { tzid, block } : null;
}

function emailIn(text: string | null): string | null {
  return text?.match(/[^\s<>@,;:"]+@[^\s<>@,;:"]+\.[^\s<>@,;:"]+/)?.[0] ?? null;
}

/** Plain text: the body, then the programme and how to take part. */
function descriptionOf(item: ContentDetail): string {
  const fields = eventFieldsOf(item);
  const lines: string[] = [];
  const body = htmlToText(item.bodyHtml);
  if (body) lines.push(body, '');
  if (fields.moderator) lines.push(`Moderator: ${personLine(fields.moderator)}`);
  for (const section of fields.programme) {
    lines.push(section.title, ...section.speakers.map((speaker) => `– ${personLine(speaker)}`));
  }
  if (fields.registrationUrl) lines.push(`Registration: ${fields.registrationUrl}`);
  if (fields.registrationInstructions) lines.push(fields.registrationInstructions);
  if (fields.contact) lines.push(`Contact: ${fields.contact}`);
  return lines.join('\n').trim();
}

function eventData(
  libs: CalendarLibraries,
  item: ContentDetail,
  siteUrl: string,
): ICalEventData | null {
  if (!item.startsAt || !item.endsAt) return null;
  const fields = eventFieldsOf(item);
  // A zone known by another name (US/Eastern) is written under the TZID its VTIMEZONE
  // declares (America/New_York); one the library lacks falls back to UTC times.
  const vtimezone = vtimezoneOf(libs, fields.timeZone);
  const zone = vtimezone?.tzid ?? 'UTC';
  const organisers = item.organizations.filter((mention) => mention.role === 'organisers');
  const email = emailIn(fields.contact);
  return {
    id: `${item.id}@${new URL(siteUrl).host}`,
    start: DateTime.fromISO(item.startsAt, { zone }),
    end: DateTime.fromISO(item.endsAt, { zone }),
    timezone: vtimezone?.tzid ?? null,
    // The last change, not the moment of the request: the file stays the same, byte for
    // byte, until the event changes (one cache entry, one ETag).
    stamp: new Date(item.updatedAt),
    lastModified: new Date(item.updatedAt),
    summary: item.title,
    description: descriptionOf(item),
    url: `${siteUrl}${item.path}`,
    location: fields.location,
    // ORGANIZER must be an address to write to, so only when the contact gives one.
    organizer: email
      ? { name: organisers.map((mention) => mention.acronym).join(', ') || email, email }
      : null,
  };
}

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 asks: backslash, semicolon, comma and every line
 * break. ical-generator escapes the event's properties but writes the calendar's `NAME` and
 * `X-WR-CALNAME` as given, so a title with CR/LF could end the calendar's header and add
 * VEVENTs of its own; folding long lines is still left to the library.
 */
function icalText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (character) => `\\${character}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // TEXT allows no other control character but tab (§3.3.11).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

function newCalendar(
  libs: CalendarLibraries,
  options: { name: string; url: string; isFeed: boolean },
) {
  const { default: ical, ICalCalendarMethod } = libs.generator;
  return ical({
    name: icalText(options.name),
    url: options.url,
    prodId: { company: 'inspir', product: 'events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: options.isFeed ? FEED_REFRESH_SECONDS : null,
    // No calendar-wide zone: each event has its own, and each zone used gets its VTIMEZONE.
    timezone: { name: null, generator: (zone) => vtimezoneOf(libs, zone)?.block ?? null },
  });
}

/** One event's `.ics` file: one VEVENT and the VTIMEZONE of its zone. */
export async function renderEventCalendar(
  item: ContentDetail,
  options: { siteUrl: string; siteTitle: string },
): Promise<string> {
  const libs = await loadLibraries();
  const calendar = newCalendar(libs, {
    name: `${item.title} · ${options.siteTitle}`,
    url: `${options.siteUrl}${item.path}`,
    isFeed: false,
  });
  const data = eventData(libs, item, options.siteUrl);
  if (data) calendar.createEvent(data);
  return calendar.toString();
}

/** The calendar feed of events: one VEVENT each, one VTIMEZONE per zone used. */
export async function renderEventsFeed(
  items: ContentDetail[],
  options: { siteUrl: string; siteTitle: string; name: string; path: string },
): Promise<string> {
  const libs = await loadLibraries();
  const calendar = newCalendar(libs, {
    name: `${options.name} · ${options.siteTitle}`,
    url: `${options.siteUrl}${options.path}`,
    isFeed: true,
  });
  for (const item of items) {
    const data = eventData(libs, item, options.siteUrl);
    if (data) calendar.createEvent(data);
  }
  return calendar.toString();
}

/** The content type of an invitation attached to an email (RFC 6047 wants the method too). */
export const INVITE_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

/**
 * A registrant's own `.ics`, attached to their emails: the public event (same UID, so it
 * replaces a copy added from the page, and a later one replaces it when the event moves), with
 * the private joining link as URL, in LOCATION and first in the description, and the link
 * that cancels their place. Written in the organiser's zone with its VTIMEZONE, METHOD:PUBLISH
 * (an announcement to file, not a meeting request that asks for a reply). `labels` are the
 * description's words in the registrant's language. Never served from a public address.
 */
export async function registrantCalendar(
  item: ContentDetail,
  siteUrl: string,
  options: {
    joiningUrl: string | null;
    cancelUrl: string;
    labels: { joining: string; cancel: string };
  },
): Promise<string> {
  const libs = await loadLibraries();
  const calendar = newCalendar(libs, {
    name: item.title,
    url: `${siteUrl}${item.path}`,
    isFeed: false,
  });
  const data = eventData(libs, item, siteUrl);
  if (!data) return calendar.toString();
  const { joiningUrl, cancelUrl, labels } = options;
  const place = eventFieldsOf(item).location;
  calendar.createEvent({
    ...data,
    ...(joiningUrl
      ? { url: joiningUrl, location: place ? `${place}: ${joiningUrl}` : joiningUrl }
      : {}),
    description: [
      ...(joiningUrl ? [`${labels.joining}: ${joiningUrl}`, ''] : []),
      descriptionOf(item),
      '',
      `${labels.cancel}: ${cancelUrl}`,
    ]
      .join('\n')
      .trim(),
  });
  return calendar.toString();
}
