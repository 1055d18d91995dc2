import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { wallClockFromNow } from '../../../../test/support/event-fixtures.ts';
import {
  type NewsroomLabels,
  createItemInStatus,
  createNewsroomLabels,
  labelRefs,
  newsroomFor,
} from '../../../../test/support/newsroom-fixtures.ts';
import { insertRegistration } from '../../../../test/support/participation-rows.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import { createUser, getActorByEmail } from '../../../domain/users/user-service.ts';

const ZONE = 'America/New_York';

/** A recent instant: the retention sweep removes unconfirmed registrations after days. */
function recently(): string {
  return new Date(Date.now() - 60_000).toISOString();
}

async function messagesQueued(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_queue')
    .select('recipient')
    .where('kind', '=', 'registration-message')
    .execute();
  return rows.map((row) => row.recipient).sort();
}

describeEachDatabase('admin: an event’s registrations', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let labels: NewsroomLabels;
  let admin: Actor;
  let administrator: Visitor;
  let nepalEditor: Visitor;
  let cambodiaEditor: Visitor;
  let contributor: Visitor;

  /** A Nepal event by the real workflow; upcoming unless `hasEnded`. */
  async function createNepalEvent(title: string, options: { hasEnded?: boolean } = {}) {
    const [startsAt, endsAt] = options.hasEnded
      ? // Ended hours ago: long ago, the retention sweep would delete its registrations.
        [wallClockFromNow(-3, ZONE), wallClockFromNow(-2, ZONE)]
      : [wallClockFromNow(48, ZONE), wallClockFromNow(50, ZONE)];
    return createItemInStatus(newsroomFor(db), {
      author: admin,
      decider: admin,
      status: 'published',
      input: {
        type: 'event',
        title,
        labels: labelRefs(labels.nepal),
        fields: {
          startsAt,
          endsAt,
          timeZone: ZONE,
          registrationOpen: true,
          capacity: 2,
          registrationQuestions: ['Interpretation?'],
        },
      },
    });
  }

  before(async () => {
    db = database().db;
    labels = await createNewsroomLabels(db);
    const people = [
      { email: 'ada@example.org', name: 'Ada', role: 'administrator' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
      { email: 'chan@example.org', name: 'Chan', role: 'editor' as const, countries: ['cambodia'] },
      { email: 'cora@example.org', name: 'Cora', role: 'contributor' as const, countries: [] },
    ];
    for (const person of people) await createUser(db, { ...person, password: TEST_PASSWORD });
    const found = await getActorByEmail(db, 'ada@example.org');
    assert.ok(found);
    admin = found;
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
    nepalEditor = await signedIn(app, db, 'nima@example.org');
    cambodiaEditor = await signedIn(app, db, 'chan@example.org');
    contributor = await signedIn(app, db, 'cora@example.org');
  });
  after(() => app.close());

  it('shows the counts, the waiting list and the answers to the editors of its countries', async () => {
    const eventId = await createNepalEvent('Wage board hearing');
    await insertRegistration(db, {
      eventId,
      email: 'asha@example.net',
      name: '<b>Asha</b> Rai',
      createdAt: '2024-05-01T10:00:00.000Z',
      // participation-rows.ts types `answers` as the column and the list at once.
      answers: [{ question: 'Interpretation?', answer: 'Nepali, please' }] as never,
    });
    await insertRegistration(db, {
      eventId,
      email: 'binod@example.net',
      name: 'Binod',
      createdAt: '2024-05-01T11:00:00.000Z',
    });
    await insertRegistration(db, {
      eventId,
      email: 'mira@example.net',
      name: 'Mira Waiting',
      status: 'waiting',
      createdAt: '2024-05-02T10:00:00.000Z',
    });
    await insertRegistration(db, {
      eventId,
      email: 'u@example.net',
      status: 'unconfirmed',
      createdAt: recently(),
    });

    const page = await nepalEditor.get(`/admin/events/${eventId}/registrations`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Registrations: Wage board hearing/);
    assert.match(page.body, /2 of 2 places taken/);
    assert.match(page.body, /1 on the waiting list/);
    assert.match(page.body, /1 awaiting confirmation/);
    assert.match(page.body, /Waiting list, number 1/);
    assert.match(page.body, /Nepali, please/);
    assert.match(page.body, /asha@example\.net/);
    // The organiser's zone and the viewer's are both named.
    assert.match(page.body, /New York time/);
    // A name is text, never markup.
    assert.match(page.body, /&lt;b>Asha&lt;\/b> Rai/);
    assert.doesNotMatch(page.body, /<b>Asha<\/b>/);
    assert.match(page.body, new RegExp(`href="/admin/events/${eventId}/registrations.csv"`));

    const waiting = await administrator.get(
      `/admin/events/${eventId}/registrations?status=waiting`,
    );
    assert.equal(waiting.statusCode, 200);
    assert.match(waiting.body, /Mira Waiting/);
    assert.doesNotMatch(waiting.body, /Binod/);
    assert.match(waiting.body, /aria-current="page"[^>]*>Waiting list \(1\)/);

    assert.equal(
      (await cambodiaEditor.get(`/admin/events/${eventId}/registrations`)).statusCode,
      403,
    );
    assert.equal((await contributor.get(`/admin/events/${eventId}/registrations`)).statusCode, 403);
    const unknown = await administrator.get(
      '/admin/events/00000000-0000-4000-8000-000000000000/registrations',
    );
    assert.equal(unknown.statusCode, 404);
    const badStatus = await administrator.get(`/admin/events/${eventId}/registrations?status=all`);
    assert.equal(badStatus.statusCode, 400);

    // The event's edit page leads here.
    const edit = await nepalEditor.get(`/admin/items/${eventId}`);
    assert.match(edit.body, new RegExp(`href="/admin/events/${eventId}/registrations"`));
  });

  it('pages through a long list by its cursor, losing and repeating nobody', async () => {
    const eventId = await createNepalEvent('Big assembly');
    for (let index = 0; index < 53; index++) {
      const minute = String(index).padStart(2, '0');
      await insertRegistration(db, {
        eventId,
        email: `person${index}@example.net`,
        name: `Person ${index}`,
        createdAt: `2024-05-01T10:${minute}:00.000Z`,
      });
    }
    const first = await administrator.get(`/admin/events/${eventId}/registrations`);
    const names = (body: string) => [...body.matchAll(/>Person (\d+)</g)].map((m) => Number(m[1]));
    assert.equal(names(first.body).length, 50);
    const next = /href="([^"]*cursor=[^"]+)" rel="next"/.exec(first.body)?.[1];
    assert.ok(next, 'a link to the next page');
    const second = await administrator.get(next.replaceAll('&amp;', '&'));
    assert.equal(second.statusCode, 200);
    assert.deepEqual(
      [...names(first.body), ...names(second.body)],
      Array.from({ length: 53 }, (_, index) => index),
    );
    assert.doesNotMatch(second.body, /rel="next"/);
    assert.match(second.body, /First page/);
    const forged = await administrator.get(`/admin/events/${eventId}/registrations?cursor=%27--`);
    assert.equal(forged.statusCode, 400);
  });

  it('exports the list as CSV with formulas neutralised, for organisers only', async () => {
    const eventId = await createNepalEvent('CSV hearing');
    await insertRegistration(db, {
      eventId,
      email: 'evil@example.net',
      name: '=HYPERLINK("http://evil.example","click")',
      answers: [{ question: 'Interpretation?', answer: '+1 for Khmer' }] as never,
    });
    const csv = await nepalEditor.get(`/admin/events/${eventId}/registrations.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(
      String(csv.headers['content-disposition']),
      /^attachment; filename="registrations-/,
    );
    assert.equal(csv.headers['cache-control'], 'no-store');
    const [header, row] = csv.body.split('\r\n');
    assert.match(header ?? '', /^name,email,organization,country,status/);
    assert.match(header ?? '', /Interpretation\?/);
    assert.ok(
      row?.startsWith(`"'=HYPERLINK(""http://evil.example"",""click"")",evil@example.net,`),
      row,
    );
    assert.match(row ?? '', /,'\+1 for Khmer/);
    const refused = await cambodiaEditor.get(`/admin/events/${eventId}/registrations.csv`);
    assert.equal(refused.statusCode, 403);
    assert.doesNotMatch(refused.body, /evil@example\.net/);
  });

  it('writes to those with a place and those waiting, once for a double click', async () => {
    const eventId = await createNepalEvent('Message hearing');
    await insertRegistration(db, { eventId, email: 'one@example.net' });
    await insertRegistration(db, { eventId, email: 'two@example.net' });
    await insertRegistration(db, { eventId, email: 'three@example.net', status: 'waiting' });
    await insertRegistration(db, { eventId, email: 'gone@example.net', status: 'cancelled' });
    await insertRegistration(db, {
      eventId,
      email: 'new@example.net',
      status: 'unconfirmed',
      createdAt: recently(),
    });
    const page = await nepalEditor.get(`/admin/events/${eventId}/registrations`);
    assert.match(page.body, /Send to 3 people/);
    // Before the end there is no recording to send.
    assert.doesNotMatch(page.body, /The recording or slides<\/option>/);

    const form = { kind: 'message', subject: 'Room changed', body: 'We meet in hall B.' };
    const sent = await nepalEditor.post(`/admin/events/${eventId}/messages`, form);
    assert.equal(sent.statusCode, 303);
    const location = String(sent.headers.location);
    assert.equal(location, `/admin/events/${eventId}/registrations?notice=sent&count=3`);
    assert.match((await nepalEditor.get(location)).body, /Sent to 3 people\./);
    assert.deepEqual(await messagesQueued(db), [
      'one@example.net',
      'three@example.net',
      'two@example.net',
    ]);

    // The same message again is refused, the form given back as typed; nothing more queued.
    const again = await nepalEditor.post(`/admin/events/${eventId}/messages`, form);
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /role="alert"/);
    assert.match(again.body, /value="Room changed"/);
    assert.match(again.body, /We meet in hall B\./);
    assert.equal((await messagesQueued(db)).length, 3);

    const refused = await cambodiaEditor.post(`/admin/events/${eventId}/messages`, {
      ...form,
      subject: 'Another',
    });
    assert.equal(refused.statusCode, 403);
    assert.equal((await messagesQueued(db)).length, 3);
  });

  it('gives the form back with its errors, and offers the recording once the event has ended', async () => {
    const eventId = await createNepalEvent('Ended hearing', { hasEnded: true });
    await insertRegistration(db, { eventId, email: 'came@example.net' });
    await insertRegistration(db, { eventId, email: 'waited@example.net', status: 'waiting' });
    const blank = await administrator.post(`/admin/events/${eventId}/messages`, {
      kind: 'recording',
      subject: '   ',
      body: 'The recording: https://example.org/rec <script>',
    });
    assert.equal(blank.statusCode, 422);
    assert.match(blank.body, /href="#message-subject"/);
    assert.match(blank.body, /aria-describedby="message-subject-error"/);
    assert.match(blank.body, /The recording: https:\/\/example\.org\/rec &lt;script>/);
    assert.match(blank.body, /<option value="recording" selected/);
    assert.equal((await messagesQueued(db)).filter((to) => to.endsWith('d@example.net')).length, 0);

    const sent = await administrator.post(`/admin/events/${eventId}/messages`, {
      kind: 'recording',
      subject: 'The recording',
      body: 'https://example.org/rec',
    });
    assert.equal(sent.statusCode, 303);
    assert.match(String(sent.headers.location), /count=1$/);
    const queued = await messagesQueued(db);
    assert.ok(queued.includes('came@example.net'));
    assert.ok(!queued.includes('waited@example.net'));
  });
});
