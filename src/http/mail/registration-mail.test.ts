import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { createEvent } from '../../../test/support/event-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { RegistrationStatus } from '../../db/schema.ts';
import { getTranslator } from '../../lib/i18n/translator.ts';
import { registrationMailComposers, startInBothZones } from './registration-mail.ts';

const SITE_URL = 'http://site.test';
const JOINING_URL = 'https://meet.example.org/j/private-4471';
const YEAR = new Date().getUTCFullYear() + 1;

describe('times in a registrant’s emails', () => {
  const english = getTranslator('en');
  const zones = { reader: 'Asia/Kathmandu', organiser: 'America/New_York' };

  it('gives 08:30 in New York as 19:15 in Kathmandu in winter (EST, UTC−5)', () => {
    // 08:30 EST is 13:30 UTC; Kathmandu is UTC+05:45.
    assert.equal(
      startInBothZones(english, '2021-01-13T13:30:00.000Z', zones),
      'Wed, Jan 13, 2021, 19:15 in Kathmandu (08:30 in New York)',
    );
  });

  it('gives 08:30 in New York as 18:15 in Kathmandu in May (EDT, UTC−4)', () => {
    assert.equal(
      startInBothZones(english, '2021-05-12T12:30:00.000Z', zones),
      'Wed, May 12, 2021, 18:15 in Kathmandu (08:30 in New York)',
    );
  });

  it('names the organiser’s date when the day differs there, and one zone when both agree', () => {
    // 20:00 in New York on 12 May is 05:45 on 13 May in Kathmandu.
    assert.equal(
      startInBothZones(english, '2021-05-13T00:00:00.000Z', zones),
      'Thu, May 13, 2021, 05:45 in Kathmandu (Wed, May 12, 2021, 20:00 in New York)',
    );
    assert.equal(
      startInBothZones(english, '2021-05-12T12:30:00.000Z', {
        reader: 'America/New_York',
        organiser: 'America/New_York',
      }),
      'Wed, May 12, 2021, 08:30 in New York',
    );
  });
});

describeEachDatabase('registration email composers', (database) => {
  const composers = registrationMailComposers(SITE_URL);
  let eventId: string;
  const now = new Date();

  async function registration(status: RegistrationStatus, email = `${randomUUID()}@example.org`) {
    const id = randomUUID();
    const at = now.toISOString();
    await database()
      .db.insertInto('event_registrations')
      .values({
        id,
        event_id: eventId,
        name: 'Mira Das',
        email,
        organization: '',
        country: 'Nepal',
        answers: '[]',
        language: 'en',
        time_zone: 'Asia/Kathmandu',
        status,
        confirm_token_hash: status === 'unconfirmed' ? 'a'.repeat(64) : null,
        created_at: at,
        confirmed_at: status === 'unconfirmed' ? null : at,
        placed_at: status === 'unconfirmed' ? null : at,
        cancelled_at: status === 'cancelled' ? at : null,
      })
      .execute();
    return { id, email };
  }

  before(async () => {
    eventId = await createEvent(database().db, {
      title: 'Organising platform workers',
      slug: 'platform-workers',
      startsAt: `${YEAR}-01-13T08:30`,
      endsAt: `${YEAR}-01-13T10:00`,
      fields: { registrationOpen: true, joiningUrl: JOINING_URL, location: 'Online' },
    });
  });

  it('reminds one with a place, in both zones, with the joining link and invite.ics', async () => {
    const { id, email } = await registration('confirmed');
    const mail = await composers['registration-reminder']?.(
      database().db,
      { recipient: email, refId: `${id}:24` },
      now,
    );
    assert.ok(mail);
    assert.match(mail.subject, /^In 24 hours: “Organising platform workers”$/);
    assert.match(mail.text, /19:15 in Kathmandu \(08:30 in New York\)/);
    assert.ok(mail.text.includes(JOINING_URL));
    assert.match(mail.text, /http:\/\/site\.test\/events\/registrations\/cancel\/\S+/);
    assert.equal(mail.attachments?.[0]?.filename, 'invite.ics');
    assert.equal(
      mail.attachments?.[0]?.contentType,
      'text/calendar; charset=utf-8; method=PUBLISH',
    );
    assert.match(
      mail.attachments?.[0]?.content ?? '',
      /DTSTART;TZID=America\/New_York:\d{4}0113T083000/,
    );
  });

  it('skips reminders and places to one without a place, and everything to one cancelled', async () => {
    const db = database().db;
    for (const status of ['unconfirmed', 'cancelled'] as const) {
      const { id, email } = await registration(status);
      const reminder = await composers['registration-reminder']?.(
        db,
        { recipient: email, refId: `${id}:1` },
        now,
      );
      assert.equal(reminder, null, status);
      const placed = await composers['registration-placed']?.(
        db,
        { recipient: email, refId: id },
        now,
      );
      assert.equal(placed, null, status);
    }
    const cancelled = await registration('cancelled');
    for (const kind of ['registration-confirmation', 'registration-change'] as const) {
      const mail = await composers[kind]?.(
        db,
        { recipient: cancelled.email, refId: cancelled.id },
        now,
      );
      assert.equal(mail, null, kind);
    }
    // Addressed to someone else than the registration's owner: nothing.
    const { id } = await registration('confirmed');
    const stray = await composers['registration-placed']?.(
      db,
      { recipient: 'someone@example.org', refId: id },
      now,
    );
    assert.equal(stray, null);
  });

  it('tells one waiting their number, without the joining link', async () => {
    const { id, email } = await registration('waiting');
    const mail = await composers['registration-placed']?.(
      database().db,
      { recipient: email, refId: id },
      now,
    );
    assert.ok(mail);
    assert.match(mail.text, /You are number 1 on the waiting list/);
    assert.ok(!mail.text.includes(JOINING_URL));
    assert.equal(mail.attachments, undefined);
  });

  it('writes an organiser’s message to the registration of its recipient', async () => {
    const db = database().db;
    const { email } = await registration('confirmed');
    const messageId = randomUUID();
    await db
      .insertInto('event_messages')
      .values({
        id: messageId,
        event_id: eventId,
        kind: 'message',
        subject: 'Interpretation <b>channels</b>',
        body_text: 'Choose Nepali in the meeting’s interpretation menu.',
        recipients: 1,
        sent_by: null,
        created_at: now.toISOString(),
      })
      .execute();
    const mail = await composers['registration-message']?.(
      db,
      { recipient: email, refId: messageId },
      now,
    );
    assert.ok(mail);
    assert.equal(mail.subject, 'Interpretation <b>channels</b>');
    assert.ok(!mail.html?.includes('<b>channels'), 'the subject is escaped in the body');
    assert.match(mail.text, /Choose Nepali/);
    assert.match(mail.text, /\/events\/registrations\/cancel\//);
    const stranger = await composers['registration-message']?.(
      db,
      { recipient: 'stranger@example.org', refId: messageId },
      now,
    );
    assert.equal(stranger, null);
  });
});
