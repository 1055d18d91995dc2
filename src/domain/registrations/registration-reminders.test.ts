import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { DateTime } from 'luxon';
import { createEvent } from '../../../test/support/event-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import type { RegistrationStatus } from '../../db/schema.ts';
import { updateContentItem } from '../content/content-service.ts';
import { queueDueReminders } from './registration-reminders.ts';
import { noticeEventChange } from './event-change-notice.ts';
import { selectItemById } from '../../db/repositories/content-repository.ts';

/**
 * Reminders go once per registrant and reminder, whoever runs the round and however the clock
 * moves; a moved start reminds again. Change notices go for real changes only.
 */

const ZONE = 'America/New_York';
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The wall-clock time in ZONE of an instant. */
const wallClock = (instant: Date) =>
  DateTime.fromJSDate(instant).setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm");

describeEachDatabase('event reminders and change notices', (database) => {
  const db = (): Db => database().db;
  let counter = 0;

  /** An event starting at `start` (whole minutes), registration open. */
  async function eventAt(start: Date, fields: Record<string, unknown> = {}) {
    counter += 1;
    return createEvent(db(), {
      title: `Hearing ${counter}`,
      slug: `hearing-${counter}`,
      startsAt: wallClock(start),
      endsAt: wallClock(new Date(start.getTime() + 2 * HOUR)),
      timeZone: ZONE,
      fields: { registrationOpen: true, location: 'Online', ...fields },
    });
  }

  async function addRegistration(
    eventId: string,
    email: string,
    status: RegistrationStatus = 'confirmed',
    placedAt = new Date().toISOString(),
  ): Promise<string> {
    const id = randomUUID();
    await db()
      .insertInto('event_registrations')
      .values({
        id,
        event_id: eventId,
        name: email,
        email,
        organization: '',
        country: '',
        answers: '[]',
        language: 'en',
        time_zone: 'Asia/Kathmandu',
        status,
        confirm_token_hash: null,
        created_at: placedAt,
        confirmed_at: status === 'unconfirmed' ? null : placedAt,
        placed_at: status === 'unconfirmed' ? null : placedAt,
        cancelled_at: null,
      })
      .execute();
    return id;
  }

  async function mails(kind: 'registration-reminder' | 'registration-change', recipient: string) {
    const rows = await db()
      .selectFrom('mail_queue')
      .select('ref_id')
      .where('kind', '=', kind)
      .where('recipient', '=', recipient)
      .orderBy('created_at')
      .execute();
    return rows.map((row) => row.ref_id);
  }

  /** A start in about `hours`, on a whole minute. */
  const startIn = (hours: number) =>
    new Date(Math.floor((Date.now() + hours * HOUR) / MINUTE) * MINUTE);

  it('reminds once at 24 h and once at 1 h, with two runners in parallel', async () => {
    const start = startIn(30);
    const eventId = await eventAt(start);
    const id = await addRegistration(eventId, 'ravi@example.org');
    await addRegistration(eventId, 'waits@example.org', 'waiting');
    await addRegistration(eventId, 'never@example.org', 'unconfirmed');
    assert.equal(await queueDueReminders(db(), new Date()), 0);

    const at24 = new Date(start.getTime() - 24 * HOUR + MINUTE);
    const both = await Promise.all([queueDueReminders(db(), at24), queueDueReminders(db(), at24)]);
    assert.equal(both[0] + both[1], 1);
    assert.equal(await queueDueReminders(db(), new Date(at24.getTime() + 5 * MINUTE)), 0);
    const at1 = new Date(start.getTime() - HOUR + MINUTE);
    const again = await Promise.all([queueDueReminders(db(), at1), queueDueReminders(db(), at1)]);
    assert.equal(again[0] + again[1], 1);
    assert.equal(await queueDueReminders(db(), new Date(start.getTime() + MINUTE)), 0);
    assert.deepEqual(await mails('registration-reminder', 'ravi@example.org'), [
      `${id}:24`,
      `${id}:1`,
    ]);
    assert.deepEqual(await mails('registration-reminder', 'waits@example.org'), []);
    assert.deepEqual(await mails('registration-reminder', 'never@example.org'), []);
  });

  it('sends only the nearest reminder when several came due while the server was down', async () => {
    const start = startIn(30);
    const eventId = await eventAt(start, { reminderHours: [48, 24, 1] });
    const id = await addRegistration(eventId, 'late@example.org');
    const late = new Date(start.getTime() - 30 * MINUTE);
    assert.equal(await queueDueReminders(db(), late), 1);
    assert.equal(await queueDueReminders(db(), late), 0);
    assert.deepEqual(await mails('registration-reminder', 'late@example.org'), [`${id}:1`]);
  });

  it('does not remind one placed after the moment (they just had their place)', async () => {
    const start = startIn(30);
    const eventId = await eventAt(start);
    const at24 = new Date(start.getTime() - 24 * HOUR + MINUTE);
    await addRegistration(eventId, 'fresh@example.org', 'confirmed', at24.toISOString());
    assert.equal(await queueDueReminders(db(), new Date(at24.getTime() + MINUTE)), 0);
  });

  it('reminds again when the event moves, and tells its registrants of the move', async () => {
    const start = startIn(30);
    const eventId = await eventAt(start);
    const id = await addRegistration(eventId, 'moved@example.org');
    await addRegistration(eventId, 'waiting@example.org', 'waiting');
    await addRegistration(eventId, 'unsure@example.org', 'unconfirmed');
    await addRegistration(eventId, 'gone@example.org', 'cancelled');
    assert.equal(await queueDueReminders(db(), new Date(start.getTime() - 23 * HOUR)), 1);

    const later = new Date(start.getTime() + 48 * HOUR);
    await updateContentItem(db(), eventId, {
      fields: {
        startsAt: wallClock(later),
        endsAt: wallClock(new Date(later.getTime() + 2 * HOUR)),
      },
    });
    assert.deepEqual(await mails('registration-change', 'moved@example.org'), [id]);
    assert.equal((await mails('registration-change', 'waiting@example.org')).length, 1);
    assert.deepEqual(await mails('registration-change', 'unsure@example.org'), []);
    assert.deepEqual(await mails('registration-change', 'gone@example.org'), []);
    const notice = await db()
      .selectFrom('event_messages')
      .selectAll()
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    assert.equal(notice.kind, 'change');
    assert.equal(notice.recipients, 2);
    assert.deepEqual(JSON.parse(notice.body_text), { changed: ['start', 'end'] });

    assert.equal(await queueDueReminders(db(), new Date(later.getTime() - 23 * HOUR)), 1);
    assert.deepEqual(await mails('registration-reminder', 'moved@example.org'), [
      `${id}:24`,
      `${id}:24`,
    ]);
  });

  it('sends change notices for real changes only: not a new title, not past or draft events', async () => {
    const start = startIn(10);
    const eventId = await eventAt(start);
    await addRegistration(eventId, 'watch@example.org');
    await updateContentItem(db(), eventId, { title: 'A better title' });
    await updateContentItem(db(), eventId, { fields: { location: 'Online' } });
    assert.deepEqual(await mails('registration-change', 'watch@example.org'), []);
    await updateContentItem(db(), eventId, {
      fields: { joiningUrl: 'https://meet.example.org/new-room' },
    });
    assert.equal((await mails('registration-change', 'watch@example.org')).length, 1);
    const stored = await db()
      .selectFrom('event_messages')
      .select('body_text')
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    // The private link is never copied into the notice's row.
    assert.ok(!stored.body_text.includes('meet.example.org'));

    const pastStart = startIn(-5);
    const pastId = await eventAt(pastStart);
    await addRegistration(pastId, 'past@example.org');
    await updateContentItem(db(), pastId, { fields: { location: 'Kathmandu' } });
    assert.deepEqual(await mails('registration-change', 'past@example.org'), []);

    const draft = await selectItemById(db(), eventId);
    assert.ok(draft);
    const asDraft = { ...draft, status: 'draft' as const };
    const moved = { ...asDraft, starts_at: new Date(start.getTime() + HOUR).toISOString() };
    assert.equal(await noticeEventChange(db(), asDraft, moved, new Date()), 0);
  });
});
