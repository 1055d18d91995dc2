import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, it } from 'node:test';
import { wallClockFromNow } from '../../../test/support/event-fixtures.ts';
import {
  type NewsroomFixtures,
  createNewsroomFixtures,
} from '../../../test/support/newsroom-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import type { RegistrationStatus } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { createContentItem } from '../content/content-service.ts';
import { createMailQueue } from '../mail/mail-queue.ts';
import { listRegistrations, registrationsCsv, sendEventMessage } from './registration-service.ts';

/** What organisers may see and do: the editors of the event's countries and administrators. */

const ZONE = 'Asia/Kathmandu';

describeEachDatabase('organising registrations', (database) => {
  const db = (): Db => database().db;
  let newsroom: NewsroomFixtures;
  let counter = 0;

  before(async () => {
    newsroom = await createNewsroomFixtures(db());
  });

  async function nepalEvent(hoursAhead = 24, questions: string[] = []) {
    counter += 1;
    return createContentItem(db(), {
      type: 'event',
      title: `Wage board ${counter}`,
      html: '<p>About it.</p>',
      status: 'published',
      publishedAt: '2021-01-01T00:00:00.000Z',
      labels: [{ kind: 'country', slug: 'nepal' }],
      fields: {
        startsAt: wallClockFromNow(hoursAhead, ZONE),
        endsAt: wallClockFromNow(hoursAhead + 1, ZONE),
        timeZone: ZONE,
        registrationOpen: true,
        registrationQuestions: questions,
      },
    });
  }

  let clock = Date.parse('2024-05-01T10:00:00.000Z');
  async function add(
    eventId: string,
    email: string,
    status: RegistrationStatus,
    extra: { name?: string; answers?: { question: string; answer: string }[] } = {},
  ): Promise<string> {
    const id = randomUUID();
    clock += 60_000;
    const at = new Date(clock).toISOString();
    await db()
      .insertInto('event_registrations')
      .values({
        id,
        event_id: eventId,
        name: extra.name ?? email,
        email,
        organization: '',
        country: 'Nepal',
        answers: JSON.stringify(extra.answers ?? []),
        language: 'en',
        time_zone: ZONE,
        status,
        confirm_token_hash: null,
        created_at: at,
        confirmed_at: status === 'unconfirmed' ? null : at,
        placed_at: status === 'unconfirmed' ? null : at,
        cancelled_at: status === 'cancelled' ? at : null,
      })
      .execute();
    return id;
  }

  async function refusal(work: Promise<unknown>): Promise<AppError> {
    try {
      await work;
    } catch (error) {
      assert.ok(error instanceof AppError, String(error));
      return error;
    }
    assert.fail('expected a refusal');
  }

  it('lists for the editors of its countries and administrators, not for others', async () => {
    const { administrator, nepalEditor, cambodiaEditor, contributor } = newsroom.people;
    const eventId = await nepalEvent();
    await add(eventId, 'a@example.org', 'confirmed');
    await add(eventId, 'b@example.org', 'waiting');
    await add(eventId, 'c@example.org', 'waiting');
    await add(eventId, 'd@example.org', 'unconfirmed');
    const list = await listRegistrations(db(), nepalEditor, eventId);
    assert.deepEqual(list.counts, { unconfirmed: 1, confirmed: 1, waiting: 2, cancelled: 0 });
    assert.deepEqual(
      list.registrations.map((row) => [row.email, row.waiting_position]),
      [
        ['a@example.org', null],
        ['b@example.org', 1],
        ['c@example.org', 2],
        ['d@example.org', null],
      ],
    );
    assert.equal((await listRegistrations(db(), administrator, eventId)).registrations.length, 4);
    assert.equal((await refusal(listRegistrations(db(), cambodiaEditor, eventId))).statusCode, 403);
    assert.equal((await refusal(listRegistrations(db(), contributor, eventId))).statusCode, 403);
    assert.equal(
      (await refusal(listRegistrations(db(), administrator, randomUUID()))).statusCode,
      404,
    );
  });

  it('pages with a cursor and filters by status', async () => {
    const { nepalEditor } = newsroom.people;
    const eventId = await nepalEvent();
    for (let index = 0; index < 5; index += 1)
      await add(eventId, `p${index}@example.org`, 'confirmed');
    await add(eventId, 'gone@example.org', 'cancelled');
    const first = await listRegistrations(db(), nepalEditor, eventId, { limit: 2 });
    assert.ok(first.nextCursor);
    const second = await listRegistrations(db(), nepalEditor, eventId, {
      limit: 2,
      cursor: first.nextCursor,
    });
    assert.deepEqual(
      [...first.registrations, ...second.registrations].map((row) => row.email),
      ['p0@example.org', 'p1@example.org', 'p2@example.org', 'p3@example.org'],
    );
    const cancelled = await listRegistrations(db(), nepalEditor, eventId, { status: 'cancelled' });
    assert.deepEqual(
      cancelled.registrations.map((row) => row.email),
      ['gone@example.org'],
    );
    assert.equal(cancelled.nextCursor, null);
    const bad = await refusal(
      listRegistrations(db(), nepalEditor, eventId, { cursor: 'nonsense' }),
    );
    assert.equal(bad.statusCode, 400);
  });

  it('exports CSV with a column per question, formula-safe', async () => {
    const { nepalEditor, cambodiaEditor } = newsroom.people;
    const eventId = await nepalEvent(24, ['Interpretation?', 'Access needs, e.g. ramps.']);
    await add(eventId, 'csv@example.org', 'confirmed', {
      name: '=HYPERLINK("http://evil.example")',
      answers: [
        { question: 'Interpretation?', answer: 'Nepali' },
        { question: 'Access needs, e.g. ramps.', answer: '+none' },
      ],
    });
    await add(eventId, 'wait@example.org', 'waiting');
    const csv = await registrationsCsv(db(), nepalEditor, eventId);
    const lines = csv.trim().split('\r\n');
    assert.equal(
      lines[0],
      'name,email,organization,country,status,waiting_position,registered_at,confirmed_at,Interpretation?,"Access needs, e.g. ramps."',
    );
    assert.match(lines[1] ?? '', /^"'=HYPERLINK\(""http:\/\/evil.example""\)",csv@example.org,/);
    assert.match(lines[1] ?? '', /,Nepali,'\+none$/);
    assert.match(lines[2] ?? '', /^wait@example.org,wait@example.org,,Nepal,waiting,1,/);
    assert.equal((await refusal(registrationsCsv(db(), cambodiaEditor, eventId))).statusCode, 403);
  });

  it('sends a message to those with a place and those waiting, once per click', async () => {
    const { nepalEditor, cambodiaEditor } = newsroom.people;
    const eventId = await nepalEvent();
    await add(eventId, 'm1@example.org', 'confirmed');
    await add(eventId, 'm2@example.org', 'waiting');
    await add(eventId, 'm3@example.org', 'unconfirmed');
    await add(eventId, 'm4@example.org', 'cancelled');
    const message = { kind: 'message', subject: 'Room change', body: 'We meet in hall B.' };
    const sent = await sendEventMessage(db(), createMailQueue(db()), nepalEditor, eventId, message);
    assert.equal(sent.recipients, 2);
    const queued = await db()
      .selectFrom('mail_queue')
      .select(['recipient', 'ref_id'])
      .where('kind', '=', 'registration-message')
      .orderBy('recipient')
      .execute();
    assert.deepEqual(
      queued.map((row) => [row.recipient, row.ref_id]),
      [
        ['m1@example.org', sent.messageId],
        ['m2@example.org', sent.messageId],
      ],
    );
    const again = await refusal(
      sendEventMessage(db(), createMailQueue(db()), nepalEditor, eventId, message),
    );
    assert.equal(again.code, 'duplicate_message');
    const audit = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', eventId)
      .execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['registrations.message'],
    );
    const foreign = await refusal(
      sendEventMessage(db(), createMailQueue(db()), cambodiaEditor, eventId, message),
    );
    assert.equal(foreign.statusCode, 403);
    const empty = await refusal(
      sendEventMessage(db(), createMailQueue(db()), nepalEditor, eventId, {
        kind: 'message',
        subject: ' ',
        body: 'x'.repeat(20_001),
      }),
    );
    assert.deepEqual(Object.keys(empty.fields ?? {}).sort(), ['body', 'subject']);
  });

  it('sends a recording only after the event, to those who had a place', async () => {
    const { nepalEditor } = newsroom.people;
    const coming = await nepalEvent(24);
    await add(coming, 'r0@example.org', 'confirmed');
    const early = await refusal(
      sendEventMessage(db(), createMailQueue(db()), nepalEditor, coming, {
        kind: 'recording',
        subject: 'Slides',
        body: 'https://example.org/slides',
      }),
    );
    assert.equal(early.statusCode, 422);
    const past = await nepalEvent(-3);
    await add(past, 'r1@example.org', 'confirmed');
    await add(past, 'r2@example.org', 'waiting');
    const sent = await sendEventMessage(db(), createMailQueue(db()), nepalEditor, past, {
      kind: 'recording',
      subject: 'Slides',
      body: 'https://example.org/slides',
    });
    assert.equal(sent.recipients, 1);
  });
});
