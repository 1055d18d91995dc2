import assert from 'node:assert/strict';
import { after, before, it, mock } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createContentStateReader } from '../../../db/repositories/site-state-repository.ts';
import { utcInstant } from '../../../domain/content-types/field-schemas.ts';
import { PAST_EVENTS_PER_PAGE } from '../../../domain/events/event-service.ts';
import {
  createEvent,
  createWebinar,
  wallClockFromNow,
} from '../../../../test/support/event-fixtures.ts';
import { listedTitles, mainOf } from '../../../../test/support/page-html.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';

const NEW_YORK = 'America/New_York';

/** The titles listed under one of the `/events` sections (`upcoming` or `past`). */
function sectionTitles(html: string, id: 'upcoming' | 'past'): string[] {
  const section = html.match(new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`));
  return listedTitles(section?.[1] ?? '');
}

describeEachDatabase('event pages', (database) => {
  let app: FastifyInstance;
  let underWayEnd: string;

  before(async () => {
    const { db } = database();
    await createWebinar(db);
    const at = (hours: number) => wallClockFromNow(hours, NEW_YORK);
    underWayEnd = utcInstant(at(1), NEW_YORK);
    await createEvent(db, {
      title: 'In ten days',
      slug: 'in-ten-days',
      startsAt: at(240),
      endsAt: at(242),
      fields: {
        registrationUrl: 'https://example.org/register-rally',
        registrationInstructions: 'Seats are limited.',
      },
    });
    await createEvent(db, { title: 'In two days', startsAt: at(48), endsAt: at(49) });
    await createEvent(db, { title: 'Under way', startsAt: at(-1), endsAt: at(1) });
    await createEvent(db, { title: 'Last week', startsAt: at(-170), endsAt: at(-168) });
    await createEvent(db, {
      title: 'Draft rally',
      startsAt: at(24),
      endsAt: at(25),
      status: 'draft',
    });
    await createEvent(db, {
      title: 'May Day online rally',
      slug: 'may-day-online-rally',
      startsAt: '2021-05-01T10:00',
      endsAt: '2021-05-01T12:00',
      timeZone: 'Asia/Kathmandu',
      fields: { location: 'Kathmandu and online' },
    });
    await createEvent(db, {
      title: 'Across the clock change',
      slug: 'across-the-clock-change',
      startsAt: '2021-11-06T20:00',
      endsAt: '2021-11-07T10:00',
    });
    app = await buildTestApp(database());
  });
  after(async () => {
    await app.close();
  });

  it('lists upcoming events soonest first, then past ones most recent first, marked', async () => {
    const response = await app.inject('/events');
    assert.equal(response.statusCode, 200);
    const html = mainOf(response.body);
    assert.deepEqual(sectionTitles(html, 'upcoming'), ['Under way', 'In two days', 'In ten days']);
    assert.deepEqual(sectionTitles(html, 'past'), [
      'Last week',
      'Across the clock change',
      'Social protection floor webinar',
      'May Day online rally',
    ]);
    const past = html.slice(html.indexOf('aria-labelledby="past"'));
    const upcoming = html.slice(0, html.indexOf('aria-labelledby="past"'));
    assert.equal(past.match(/class="event-past">Past event · /g)?.length, 4);
    assert.doesNotMatch(upcoming, /event-past/);
    assert.doesNotMatch(html, /Draft rally/);
    assert.match(html, /<a href="\/events\.ics" type="text\/calendar">/);
  });

  it('shows each entry’s start in the organiser’s zone with its offset, and its place', async () => {
    const html = (await app.inject('/events')).body;
    assert.match(
      html,
      /<time datetime="2021-05-12T12:30:00.000Z">Wed, May 12, 2021, 08:30 EDT \(UTC−04:00\)<\/time> · Online \(Zoom\)/,
    );
    assert.match(
      html,
      /<time datetime="2021-05-01T04:15:00.000Z">Sat, May 1, 2021, 10:00 \(UTC\+05:45\)<\/time> · Kathmandu and online/,
    );
  });

  it('marks past events in the other listings’ teasers too', async () => {
    const html = (await app.inject('/archive/2021/01')).body;
    assert.match(
      html,
      /<strong class="event-past">Past event · <\/strong><time datetime="2021-05-12T12:30/,
    );
  });

  it('shows an event’s times, organisers, moderator, programme and contact', async () => {
    const response = await app.inject('/events/social-protection-floor-webinar');
    assert.equal(response.statusCode, 200);
    const html = mainOf(response.body);
    assert.match(
      html,
      /<time datetime="2021-05-12T12:30:00.000Z">Wednesday, May 12, 2021, 08:30<\/time>–<time datetime="2021-05-12T13:45:00.000Z">09:45<\/time> EDT \(UTC−04:00\), America\/New_York/,
    );
    assert.match(html, /<p class="kicker">Past event<\/p>/);
    assert.match(html, /This event has ended\./);
    assert.match(html, /<dt>Where<\/dt><dd>Online \(Zoom\)<\/dd>/);
    assert.match(
      html,
      /<dt>Organisers<\/dt><dd><a href="\/organizations\/[a-z-]+"><abbr title="General Federation of Nepalese Trade Unions">GEFONT<\/abbr><\/a><\/dd>/,
    );
    assert.match(html, /<dt>Moderator<\/dt><dd>Asha Rai, Coordinator, GEFONT<\/dd>/);
    assert.match(html, /<h3>Opening<\/h3><ul><li>Binod Shrestha, President, GEFONT<\/li><\/ul>/);
    assert.match(html, /<h3>Country reports; discussion<\/h3><ul><li>Mira Das<\/li><\/ul>/);
    assert.match(html, /<a href="mailto:events@example.org">events@example.org<\/a>/);
    assert.match(
      html,
      /<a href="\/events\/social-protection-floor-webinar\.ics" type="text\/calendar">/,
    );
  });

  it('offers registration until an event is over, and not after', async () => {
    const coming = mainOf((await app.inject('/events/in-ten-days')).body);
    assert.match(
      coming,
      /<dt>Registration<\/dt><dd><a href="https:\/\/example.org\/register-rally">Register<\/a> · Seats are limited\.<\/dd>/,
    );
    // The webinar has a registration link and instructions, but it took place in 2021.
    const past = mainOf((await app.inject('/events/social-protection-floor-webinar')).body);
    assert.match(past, /This event has ended\./);
    assert.doesNotMatch(past, /Registration|Register|example\.org\/register|receive the link/);
  });

  it('gives a zone with a quarter-hour offset and no short name its offset alone', async () => {
    const html = (await app.inject('/events/may-day-online-rally')).body;
    assert.match(
      html,
      /<time datetime="2021-05-01T04:15:00.000Z">Saturday, May 1, 2021, 10:00<\/time>–<time datetime="2021-05-01T06:15:00.000Z">12:00<\/time> \(UTC\+05:45\), Asia\/Kathmandu/,
    );
  });

  it('names both ends in full when an event crosses a change of offset', async () => {
    const html = (await app.inject('/events/across-the-clock-change')).body;
    assert.match(
      html,
      /<time datetime="2021-11-07T00:00:00.000Z">Saturday, November 6, 2021, 20:00<\/time> EDT \(UTC−04:00\) – <time datetime="2021-11-07T15:00:00.000Z">Sunday, November 7, 2021, 10:00<\/time> EST \(UTC−05:00\), America\/New_York/,
    );
  });

  it('loads the local-time script, from this site, on event pages only', async () => {
    const page = await app.inject('/events/social-protection-floor-webinar');
    const src = page.body.match(
      /<script src="(\/assets\/local-time\.[0-9a-f]+\.js)" defer><\/script>/,
    )?.[1];
    assert.ok(src, 'the event page loads the fingerprinted script');
    assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
    assert.doesNotMatch(page.body, /<script>|<script [^>]*>[^<]/, 'no inline script');
    assert.match(page.body, /data-zone="America\/New_York" data-your-time="Your time: \{time\}"/);
    const script = await app.inject(src);
    assert.equal(script.statusCode, 200);
    assert.match(String(script.headers['content-type']), /^text\/javascript/);
    assert.match(script.body, /Intl\.DateTimeFormat/);
    assert.doesNotMatch((await app.inject('/events')).body, /<script/);
  });

  it('tells the event page from its calendar file, and refuses unknown events', async () => {
    const page = await app.inject('/events/may-day-online-rally');
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const ics = await app.inject('/events/may-day-online-rally.ics');
    assert.equal(ics.headers['content-type'], 'text/calendar; charset=utf-8');
    assert.equal((await app.inject('/events/no-such-event')).statusCode, 404);
    assert.equal((await app.inject('/events/no-such-event.ics')).statusCode, 404);
    assert.equal((await app.inject('/events/.ics')).statusCode, 404);
  });

  it('hides drafts', async () => {
    const listing = (await app.inject('/events')).body;
    const draftPath = '/events/draft-rally';
    assert.doesNotMatch(listing, /draft-rally/);
    assert.equal((await app.inject(draftPath)).statusCode, 404);
    assert.equal((await app.inject(`${draftPath}.ics`)).statusCode, 404);
  });

  it('names the next event’s end as the moment cached pages change', async () => {
    const state = await createContentStateReader(database())(new Date().toISOString());
    assert.equal(state.nextChangeAt, underWayEnd);
  });

  it('serves a cached /events until an event ends, then moves it to the past', async () => {
    await app.inject('/events');
    const cached = await app.inject('/events');
    assert.equal(cached.headers['x-cache'], 'hit');
    mock.timers.enable({ apis: ['Date'], now: Date.now() + 2 * 60 * 60 * 1000 });
    try {
      const later = await app.inject('/events');
      assert.equal(later.headers['x-cache'], 'miss');
      assert.deepEqual(sectionTitles(later.body, 'upcoming'), ['In two days', 'In ten days']);
      assert.equal(sectionTitles(later.body, 'past')[0], 'Under way');
    } finally {
      mock.timers.reset();
    }
  });
});

describeEachDatabase('past events, page by page', (database) => {
  let app: FastifyInstance;

  before(async () => {
    const { db } = database();
    for (let index = 1; index <= PAST_EVENTS_PER_PAGE + 2; index += 1) {
      const day = String(index).padStart(2, '0');
      await createEvent(db, {
        title: `Meeting ${day}`,
        startsAt: `2020-03-${day}T10:00`,
        endsAt: `2020-03-${day}T11:00`,
      });
    }
    app = await buildTestApp(database());
  });
  after(async () => {
    await app.close();
  });

  it('shows the most recent past events first and the rest on page 2', async () => {
    const first = await app.inject('/events');
    assert.match(first.body, /No events are planned at the moment\./);
    const firstPast = sectionTitles(first.body, 'past');
    assert.equal(firstPast.length, PAST_EVENTS_PER_PAGE);
    assert.equal(firstPast[0], 'Meeting 12');
    assert.match(first.body, /<a href="\/events\?page=2" rel="next">Earlier events →<\/a>/);
    const second = await app.inject('/events?page=2');
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /<h1>Past events, page 2<\/h1>/);
    assert.doesNotMatch(second.body, /aria-labelledby="upcoming"/);
    assert.deepEqual(sectionTitles(second.body, 'past'), ['Meeting 02', 'Meeting 01']);
    assert.match(second.body, /<a href="\/events" rel="prev">← More recent events<\/a>/);
  });

  it('refuses pages that do not exist or are not numbers', async () => {
    assert.equal((await app.inject('/events?page=3')).statusCode, 404);
    assert.equal((await app.inject('/events?page=zero')).statusCode, 400);
  });
});
