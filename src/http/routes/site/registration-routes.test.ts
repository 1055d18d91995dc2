import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { encodeForm } from '../../../../test/support/content-test-visitor.ts';
import { createEvent } from '../../../../test/support/event-fixtures.ts';
import {
  type ReceivedMail,
  type SmtpSink,
  startSmtpSink,
} from '../../../../test/support/smtp-sink.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { issueFormStamp } from '../../../domain/comments/form-stamp.ts';

/**
 * Registering for an event through the HTTP contract, form-encoded as a browser without
 * JavaScript posts it, with every email read from a real SMTP server: the confirmation link,
 * the place with the private joining link and its calendar file, and the cancellation link.
 */

const JOINING_URL = 'https://meet.example.org/j/secret-room-8841';
/** Next year's 12 May: New York keeps daylight time (EDT, UTC−4) then. */
const YEAR = new Date().getUTCFullYear() + 1;

let addressCount = 0;
/** A client address of its own, so one test's per-address limit touches no other. */
const freshAddress = () => `10.77.${Math.floor(++addressCount / 250)}.${addressCount % 250}`;
let emailCount = 0;
const freshEmail = () => `Registrant${++emailCount}@Example.org`;

/** A stamp from a form drawn ten seconds ago: a person's pace. */
const oldStamp = (db: Db) => issueFormStamp(db, new Date(Date.now() - 10_000));

/** The site path of the first link in a text that starts with `prefix`. */
function linkIn(text: string, prefix: string): string {
  const found = new RegExp(`http://site\\.test(${prefix}[A-Za-z0-9._~%-]+)`).exec(text);
  assert.ok(found?.[1], `no ${prefix} link in:\n${text}`);
  return found[1];
}

function mailTo(messages: ReceivedMail[], email: string, subject: RegExp): ReceivedMail {
  const found = messages.find(
    (mail) => mail.envelopeTo.includes(email.toLowerCase()) && subject.test(mail.subject),
  );
  assert.ok(
    found,
    `no email ${subject} to ${email}: ${messages.map((m) => m.subject).join(' | ')}`,
  );
  return found;
}

async function waitForMail(sink: SmtpSink, email: string, subject: RegExp): Promise<ReceivedMail> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = sink.messages.find(
      (mail) => mail.envelopeTo.includes(email.toLowerCase()) && subject.test(mail.subject),
    );
    if (found) return found;
    if (Date.now() > deadline) return mailTo(sink.messages, email, subject);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeEachDatabase('registering for an event on its page', (database) => {
  let app: FastifyInstance;
  let sink: SmtpSink;

  async function register(
    slug: string,
    fields: Record<string, string | string[]>,
    options: { ip?: string; stamp?: string } = {},
  ) {
    return app.inject({
      method: 'POST',
      url: `/events/${slug}/register`,
      remoteAddress: options.ip ?? freshAddress(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm({
        website: '',
        stamp: options.stamp ?? (await oldStamp(database().db)),
        ...fields,
      }),
    });
  }

  const statusOf = async (email: string) =>
    (
      await database()
        .db.selectFrom('event_registrations')
        .select('status')
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst()
    )?.status;

  before(async () => {
    const { db } = database();
    sink = await startSmtpSink();
    app = await buildTestApp(database(), { config: { smtpUrl: sink.url } });
    await createEvent(db, {
      title: 'Social protection floor webinar',
      slug: 'webinar',
      startsAt: `${YEAR}-05-12T08:30`,
      endsAt: `${YEAR}-05-12T09:45`,
      fields: {
        location: 'Online (Zoom)',
        registrationOpen: true,
        capacity: 1,
        registrationQuestions: ['Language of interpretation'],
        joiningUrl: JOINING_URL,
        registrationUrl: 'https://elsewhere.example.org/register',
      },
    });
    await createEvent(db, {
      title: 'Not taking registrations',
      slug: 'elsewhere',
      startsAt: `${YEAR}-06-01T10:00`,
      endsAt: `${YEAR}-06-01T11:00`,
      fields: {
        registrationUrl: 'https://elsewhere.example.org/register',
        joiningUrl: JOINING_URL,
      },
    });
  });
  after(async () => {
    await app.close();
    await sink.close();
  });

  it('shows the form on the event page, never the joining link', async () => {
    const page = await app.inject({ url: '/events/webinar' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<form[^>]*action="\/events\/webinar\/register"/);
    assert.match(page.body, /<label for="registration-answer_0">Language of interpretation/);
    assert.match(page.body, /name="stamp"/);
    assert.match(page.body, /<option value="Asia\/Kathmandu">Kathmandu \(UTC\+05:45\)/);
    assert.match(page.body, /1 place in all/);
    assert.match(page.body, /href="#register"/);
    assert.doesNotMatch(page.body, /elsewhere\.example\.org/, 'the page’s own form replaces it');
    assert.ok(!page.body.includes(JOINING_URL), 'no joining link on the page');

    const other = await app.inject({ url: '/events/elsewhere' });
    assert.equal(other.statusCode, 200);
    assert.doesNotMatch(other.body, /action="\/events\/elsewhere\/register"/, 'no form here');
    assert.match(other.body, /href="https:\/\/elsewhere\.example\.org\/register"/);
    assert.ok(!other.body.includes(JOINING_URL));
  });

  it('registers, confirms by the emailed link, sends the place with the link and an .ics, and cancels', async () => {
    const email = freshEmail();
    sink.clear();
    const response = await register('webinar', {
      name: 'Asha Rai',
      email,
      organization: 'GEFONT',
      country: 'Nepal',
      time_zone: 'Asia/Kathmandu',
      answer_0: 'Nepali',
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(response.body, /Check your email/);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['x-robots-tag'], 'noindex');
    assert.equal(await statusOf(email), 'unconfirmed');

    const confirmation = await waitForMail(sink, email, /Confirm your registration/);
    assert.ok(!confirmation.text.includes(JOINING_URL), 'no joining link before confirming');
    const cancelPath = linkIn(confirmation.text, '/events/registrations/cancel/');
    const confirmPath = linkIn(confirmation.text, '/events/registrations/confirm/');

    // Opening the link (a mail scanner) confirms nothing; the button does.
    const shown = await app.inject({ url: confirmPath });
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /<form method="post" action="\/events\/registrations\/confirm\//);
    assert.equal(await statusOf(email), 'unconfirmed');
    const confirmed = await app.inject({ method: 'POST', url: confirmPath });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.match(confirmed.body, /You have a place/);
    assert.equal(await statusOf(email), 'confirmed');

    const placed = await waitForMail(sink, email, /You have a place/);
    assert.ok(placed.text.includes(JOINING_URL), placed.text);
    // 08:30 EDT is 12:30 UTC, 18:15 in Kathmandu (UTC+05:45).
    assert.match(placed.text, /18:15 in Kathmandu \(08:30 in New York\)/);
    assert.ok(placed.text.includes(`http://site.test${cancelPath}`), 'the cancel link');
    const [invite] = placed.attachments;
    assert.equal(invite?.filename, 'invite.ics');
    assert.match(invite?.contentType ?? '', /^text\/calendar/);
    const ics = invite?.content.toString('utf8') ?? '';
    assert.match(ics, /^METHOD:PUBLISH\r?$/m);
    assert.match(ics, /^DTSTART;TZID=America\/New_York:\d{4}0512T083000\r?$/m);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    assert.equal(calendar.getAllSubcomponents('vtimezone').length, 1);
    const vevent = calendar.getFirstSubcomponent('vevent');
    assert.ok(vevent);
    const event = new ICAL.Event(vevent);
    assert.equal(event.startDate.toJSDate().toISOString(), `${YEAR}-05-12T12:30:00.000Z`);
    assert.equal(String(vevent.getFirstPropertyValue('url')), JOINING_URL);
    assert.ok(event.description.includes(`http://site.test${cancelPath}`));

    const cancelPage = await app.inject({ url: cancelPath });
    assert.equal(cancelPage.statusCode, 200);
    assert.match(cancelPage.body, /Cancel my registration/);
    assert.equal(await statusOf(email), 'confirmed');
    const cancelled = await app.inject({ method: 'POST', url: cancelPath });
    assert.equal(cancelled.statusCode, 200);
    assert.match(cancelled.body, /Your registration is cancelled/);
    assert.equal(await statusOf(email), 'cancelled');
    // Used links: the confirmation is dead, the cancellation says it is done.
    assert.equal((await app.inject({ url: confirmPath })).statusCode, 404);
    assert.match((await app.inject({ url: cancelPath })).body, /Your registration is cancelled/);
  });

  it('puts the second confirmation on the waiting list, and moves it up when a place is freed', async () => {
    const first = freshEmail();
    const second = freshEmail();
    sink.clear();
    for (const email of [first, second]) {
      assert.equal((await register('webinar', { name: 'Reader', email })).statusCode, 200);
    }
    const linksOf = async (email: string) => {
      const mail = await waitForMail(sink, email, /Confirm your registration/);
      return {
        confirm: linkIn(mail.text, '/events/registrations/confirm/'),
        cancel: linkIn(mail.text, '/events/registrations/cancel/'),
      };
    };
    const firstLinks = await linksOf(first);
    const secondLinks = await linksOf(second);
    assert.match(
      (await app.inject({ method: 'POST', url: firstLinks.confirm })).body,
      /You have a place/,
    );
    const waiting = await app.inject({ method: 'POST', url: secondLinks.confirm });
    assert.match(waiting.body, /You are number 1 on the waiting list/);
    const waitingMail = await waitForMail(sink, second, /Waiting list/);
    assert.ok(!waitingMail.text.includes(JOINING_URL), 'no link without a place');
    assert.equal(waitingMail.attachments.length, 0);

    assert.equal((await app.inject({ method: 'POST', url: firstLinks.cancel })).statusCode, 200);
    assert.equal(await statusOf(second), 'confirmed');
    const moved = await waitForMail(sink, second, /You have a place/);
    assert.ok(moved.text.includes(JOINING_URL));
    // Tidy: leave the place free for the other tests.
    await app.inject({ method: 'POST', url: secondLinks.cancel });
  });

  it('gives a refused form back with what was typed, escaped, and an error summary', async () => {
    const hostile = '<script>alert(1)</script>';
    const response = await register('webinar', {
      name: hostile,
      email: 'not an address',
      organization: 'Union "A" & B',
      country: 'Nepal',
      time_zone: 'Asia/Kathmandu',
      answer_0: 'Bangla, please',
    });
    assert.equal(response.statusCode, 422, response.body);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.match(response.body, /There is a problem/);
    assert.match(response.body, /href="#registration-email"/);
    assert.match(response.body, /aria-describedby="[^"]*registration-email-error/);
    assert.ok(!response.body.includes(hostile), 'no markup from a name');
    assert.ok(response.body.includes('value="&lt;script>alert(1)&lt;/script>"'));
    assert.ok(response.body.includes('value="not an address"'));
    assert.ok(response.body.includes('Union &quot;A&quot; &amp; B'));
    assert.match(response.body, />Bangla, please<\/textarea>/);
    assert.match(response.body, /<option value="Asia\/Kathmandu" selected/);
  });

  it('escapes a hostile name in emails', async () => {
    const email = freshEmail();
    sink.clear();
    const hostile = '<script>alert(1)</script>';
    assert.equal((await register('webinar', { name: hostile, email })).statusCode, 200);
    const mail = await waitForMail(sink, email, /Confirm your registration/);
    assert.ok(!mail.html?.includes(hostile), 'no markup from a name');
    assert.ok(mail.html?.includes('Hello &lt;script>alert(1)&lt;/script>,'));
    assert.ok(mail.text.includes(hostile), 'plain text says it as typed');
  });

  it('refuses a form sent too fast, with the form given back', async () => {
    const response = await register(
      'webinar',
      { name: 'Quick', email: freshEmail() },
      { stamp: await issueFormStamp(database().db, new Date()) },
    );
    assert.equal(response.statusCode, 400);
    assert.ok(response.body.includes('value="Quick"'));
  });

  it('refuses an event that takes no registrations here, and unknown events', async () => {
    const response = await register('elsewhere', { name: 'Asha', email: freshEmail() });
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /Registration is closed/);
    assert.doesNotMatch(response.body, /action="\/events\/elsewhere\/register"/);
    assert.equal(
      (await register('no-such-event', { name: 'A', email: freshEmail() })).statusCode,
      404,
    );
  });

  it('answers 429 with Retry-After when one address registers too often', async () => {
    const email = freshEmail();
    let last;
    for (let attempt = 0; attempt < 6; attempt++) {
      last = await register('webinar', { name: 'Again', email });
    }
    assert.equal(last?.statusCode, 429);
    assert.match(String(last?.headers['retry-after']), /^\d+$/);
    assert.ok(last?.body.includes('value="Again"'));
  });

  it('refuses a huge body with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/events/webinar/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm({ name: 'x', email: freshEmail(), answer_0: 'x'.repeat(400_000) }),
    });
    assert.equal(response.statusCode, 413);
  });

  it('answers unknown or forged links with a 404 page', async () => {
    const forged = `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.forged`;
    for (const path of ['confirm', 'cancel']) {
      for (const token of [forged, 'x'.repeat(500)]) {
        const url = `/events/registrations/${path}/${token}`;
        const shown = await app.inject({ url });
        // The router refuses a path parameter past its length (414) before any route runs.
        const expected = token === forged ? 404 : 414;
        assert.equal(shown.statusCode, expected, url);
        if (expected === 404) assert.match(shown.body, /This link does not work/);
        assert.equal((await app.inject({ method: 'POST', url })).statusCode, expected, url);
      }
    }
  });
});
