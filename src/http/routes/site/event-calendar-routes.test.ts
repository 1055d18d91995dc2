import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { updateSiteSettings } from '../../../domain/settings/settings-service.ts';
import { createEvent, createWebinar } from '../../../../test/support/event-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

/**
 * The iCalendar files, read back with Mozilla's ical.js. Nothing registers time zones with
 * it beforehand, so a start converts to the right instant only through the file's own
 * VTIMEZONE (without it, ical.js would read the time as floating).
 */
function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function eventsOf(calendar: ICAL.Component): ICAL.Event[] {
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** NAME as text: ical.js has no type for it (RFC 7986), so it is decoded as the TEXT it is. */
function calendarName(calendar: ICAL.Component): string {
  const raw = String(calendar.getFirstPropertyValue('name'));
  return ICAL.design.icalendar.value.text.fromICAL(raw);
}

function zonesOf(calendar: ICAL.Component): string[] {
  return calendar
    .getAllSubcomponents('vtimezone')
    .map((zone) => String(zone.getFirstPropertyValue('tzid')))
    .sort();
}

function instant(time: ICAL.Time): string {
  return time.toJSDate().toISOString();
}

/** Long, with three-byte characters and commas: folding must count octets, not characters. */
const NEPALI_LINE = 'मजदुर दिवस, सामाजिक सुरक्षा; सबैका लागि \\ '.repeat(6).trim();

describeEachDatabase('event calendar files', (database) => {
  let app: FastifyInstance;
  let webinarId: string;

  before(async () => {
    const { db } = database();
    webinarId = await createWebinar(db);
    await createEvent(db, {
      title: 'May Day online rally',
      slug: 'may-day-online-rally',
      startsAt: '2021-05-01T10:00',
      endsAt: '2021-05-01T12:00',
      timeZone: 'Asia/Kathmandu',
      html: `<p>${NEPALI_LINE}</p>`,
      fields: { contact: 'Call the GEFONT office' },
    });
    // US daylight saving time ended at 02:00 on 7 November 2021.
    await createEvent(db, {
      title: 'Across the clock change',
      slug: 'across-the-clock-change',
      startsAt: '2021-11-06T20:00',
      endsAt: '2021-11-07T10:00',
    });
    // Known to the time zone database by an old name.
    await createEvent(db, {
      title: 'Old zone name',
      slug: 'old-zone-name',
      startsAt: '2021-06-01T09:00',
      endsAt: '2021-06-01T10:00',
      timeZone: 'US/Eastern',
    });
    await createEvent(db, {
      title: 'Draft',
      startsAt: '2021-06-02T09:00',
      endsAt: '2021-06-02T10:00',
      status: 'draft',
    });
    app = await buildTestApp(database());
  });
  after(async () => {
    await app.close();
  });

  it('writes one event’s file in its organiser’s zone, with that zone’s VTIMEZONE', async () => {
    const response = await app.inject('/events/social-protection-floor-webinar.ics');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8');
    assert.match(response.body, /^BEGIN:VCALENDAR\r\n/);
    assert.match(response.body, /\r\nDTSTART;TZID=America\/New_York:20210512T083000\r\n/);
    const calendar = parseCalendar(response.body);
    assert.deepEqual(zonesOf(calendar), ['America/New_York']);
    const [event, ...others] = eventsOf(calendar);
    assert.ok(event);
    assert.equal(others.length, 0);
    assert.equal(event.uid, `${webinarId}@site.test`);
    assert.equal(event.summary, 'Social protection floor webinar');
    assert.equal(event.location, 'Online (Zoom)');
    assert.equal(instant(event.startDate), '2021-05-12T12:30:00.000Z');
    assert.equal(instant(event.endDate), '2021-05-12T13:45:00.000Z');
    assert.equal(event.startDate.zone?.tzid, 'America/New_York');
    const vevent = event.component;
    assert.equal(
      vevent.getFirstPropertyValue('url'),
      'http://site.test/events/social-protection-floor-webinar',
    );
    assert.ok(vevent.getFirstPropertyValue('dtstamp'));
    assert.equal(vevent.getFirstPropertyValue('organizer'), 'mailto:events@example.org');
    assert.equal(vevent.getFirstProperty('organizer')?.getParameter('cn'), 'GEFONT');
    // Plain text: no markup, the body's words, the programme, how to register.
    assert.equal(
      event.description,
      [
        'A webinar on floors of social protection.',
        '',
        'Moderator: Asha Rai, Coordinator, GEFONT',
        'Opening',
        '– Binod Shrestha, President, GEFONT',
        'Country reports; discussion',
        '– Mira Das',
        'Registration: https://example.org/register',
        'Registered participants receive the link.',
        'Contact: events@example.org',
      ].join('\n'),
    );
  });

  it('escapes text and folds long lines by octets, as RFC 5545 asks', async () => {
    for (const path of [
      '/events/social-protection-floor-webinar.ics',
      '/events/may-day-online-rally.ics',
    ]) {
      const body = (await app.inject(path)).body;
      for (const line of body.split('\r\n')) {
        assert.ok(Buffer.byteLength(line) <= 75, `line over 75 octets: ${line}`);
      }
      assert.doesNotMatch(body.replace(/\r\n/g, ''), /\n/, 'every line ends in CRLF');
    }
    const webinar = (await app.inject('/events/social-protection-floor-webinar.ics')).body;
    assert.match(webinar, /Country reports\\; discussion/);
    const rally = parseCalendar((await app.inject('/events/may-day-online-rally.ics')).body);
    assert.equal(
      eventsOf(rally)[0]?.description,
      `${NEPALI_LINE}\n\nContact: Call the GEFONT office`,
      'read back whole',
    );
  });

  it('converts a quarter-hour offset (Asia/Kathmandu, +05:45) to the right instant', async () => {
    const calendar = parseCalendar((await app.inject('/events/may-day-online-rally.ics')).body);
    const [event] = eventsOf(calendar);
    assert.ok(event);
    assert.equal(instant(event.startDate), '2021-05-01T04:15:00.000Z');
    assert.equal(instant(event.endDate), '2021-05-01T06:15:00.000Z');
    // No address to write to: no ORGANIZER rather than a made-up one.
    assert.equal(event.component.getFirstProperty('organizer'), null);
  });

  it('keeps each end’s own offset when an event crosses the end of daylight time', async () => {
    const calendar = parseCalendar((await app.inject('/events/across-the-clock-change.ics')).body);
    const [event] = eventsOf(calendar);
    assert.ok(event);
    assert.equal(instant(event.startDate), '2021-11-07T00:00:00.000Z');
    assert.equal(instant(event.endDate), '2021-11-07T15:00:00.000Z');
  });

  it('writes an old zone name under the TZID its VTIMEZONE declares', async () => {
    const body = (await app.inject('/events/old-zone-name.ics')).body;
    assert.match(body, /DTSTART;TZID=America\/New_York:20210601T090000/);
    const [event] = eventsOf(parseCalendar(body));
    assert.ok(event);
    assert.equal(instant(event.startDate), '2021-06-01T13:00:00.000Z');
  });

  it('gives the same file twice, so caches and ETags hold', async () => {
    const first = await app.inject('/events/social-protection-floor-webinar.ics');
    const second = await app.inject('/events/social-protection-floor-webinar.ics');
    assert.equal(first.body, second.body);
    assert.ok(second.headers.etag);
  });

  it('feeds every public event, with one VTIMEZONE for each zone used', async () => {
    const response = await app.inject('/events.ics');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8');
    const calendar = parseCalendar(response.body);
    assert.deepEqual(zonesOf(calendar), ['America/New_York', 'Asia/Kathmandu']);
    const starts = Object.fromEntries(
      eventsOf(calendar).map((event) => [event.summary, instant(event.startDate)]),
    );
    assert.deepEqual(starts, {
      'Across the clock change': '2021-11-07T00:00:00.000Z',
      'Old zone name': '2021-06-01T13:00:00.000Z',
      'Social protection floor webinar': '2021-05-12T12:30:00.000Z',
      'May Day online rally': '2021-05-01T04:15:00.000Z',
    });
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    assert.match(response.body, /\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n/);
  });
});

describeEachDatabase('event calendar files with hostile text', (database) => {
  const evilTitle = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil';
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    await createEvent(db, {
      title: evilTitle,
      slug: 'evil',
      startsAt: '2021-06-03T09:00',
      endsAt: '2021-06-03T10:00',
    });
    // The site title reaches the feed's calendar name the same way.
    await updateSiteSettings(db, { title: `Site\r\nBEGIN:VEVENT\r\nSUMMARY:evil; a, b \\ c` });
    app = await buildTestApp(database());
  });
  after(async () => {
    await app.close();
  });

  it('hardening 10: a title with CR/LF stays one VEVENT’s text, in NAME and SUMMARY', async () => {
    for (const path of ['/events/evil.ics', '/events.ics']) {
      const response = await app.inject(path);
      assert.equal(response.statusCode, 200, path);
      assert.equal(response.body.match(/^BEGIN:VEVENT\r$/gm)?.length, 1, path);
      const calendar = parseCalendar(response.body);
      const events = eventsOf(calendar);
      assert.equal(events.length, 1, path);
      assert.equal(events[0]?.summary, evilTitle.replace(/\r\n/g, '\n'), path);
      assert.equal(
        calendar.getFirstPropertyValue('x-wr-calname'),
        calendar.getFirstPropertyValue('name'),
        path,
      );
    }
    const file = parseCalendar((await app.inject('/events/evil.ics')).body);
    assert.equal(
      calendarName(file),
      'x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:evil · Site\nBEGIN:VEVENT\nSUMMARY:evil; a, b \\ c',
    );
    const feed = parseCalendar((await app.inject('/events.ics')).body);
    assert.equal(calendarName(feed), 'Events · Site\nBEGIN:VEVENT\nSUMMARY:evil; a, b \\ c');
  });
});
