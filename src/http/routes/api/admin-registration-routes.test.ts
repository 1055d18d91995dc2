import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import {
  type ApiNewsroom,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { wallClockFromNow } from '../../../../test/support/event-fixtures.ts';
import { createItemInStatus, newsroomFor } from '../../../../test/support/newsroom-fixtures.ts';
import { insertRegistration } from '../../../../test/support/participation-rows.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import type { OpenApiDocument, Response } from './openapi-types.ts';

const JOINING_URL = 'https://meet.example.org/j/secret-room-4711';

interface RegistrationJson {
  id: string;
  email: string;
  status: string;
  waiting_position: number | null;
  answers: { question: string; answer: string }[];
}

describeEachDatabase('admin API: an event’s registrations', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let people: ApiNewsroom;
  let eventId: string;
  let eventSlug: string;
  const as = (person: keyof ApiNewsroom) => apiClient(app, people[person].token);
  const listUrl = () => `/api/v1/admin/events/${eventId}/registrations`;

  before(async () => {
    db = database().db;
    people = await createApiNewsroom(db);
    const admin = people.administrator.actor;
    eventId = await createItemInStatus(newsroomFor(db), {
      author: admin,
      decider: admin,
      status: 'published',
      input: {
        type: 'event',
        title: 'Online wage hearing',
        labels: [{ kind: 'country', slug: 'nepal' }],
        fields: {
          startsAt: wallClockFromNow(72, 'Asia/Kathmandu'),
          endsAt: wallClockFromNow(74, 'Asia/Kathmandu'),
          timeZone: 'Asia/Kathmandu',
          location: 'Online (Zoom)',
          registrationOpen: true,
          capacity: 2,
          registrationQuestions: ['Interpretation?'],
          joiningUrl: JOINING_URL,
        },
      },
    });
    const row = await db
      .selectFrom('content_items')
      .select('slug')
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    eventSlug = row.slug;
    const rows = [
      { email: 'one@example.net', status: 'confirmed' as const },
      { email: 'two@example.net', status: 'confirmed' as const },
      { email: 'three@example.net', status: 'waiting' as const },
      { email: 'four@example.net', status: 'waiting' as const },
      { email: 'five@example.net', status: 'unconfirmed' as const },
    ];
    // Recent, so the retention sweep (unconfirmed ones go after days) leaves them.
    const start = Date.now() - 60 * 60 * 1000;
    for (const [index, entry] of rows.entries()) {
      await insertRegistration(db, {
        eventId,
        ...entry,
        createdAt: new Date(start + index * 60 * 1000).toISOString(),
      });
    }
    ({ app } = await buildApiTestApp(database()));
  });
  after(() => app.close());

  it('lists registrations with the event, the counts and the waiting list, snake_case', async () => {
    const answer = await as('nepalEditor').get(listUrl());
    assert.equal(answer.statusCode, 200);
    assert.equal(answer.headers['cache-control'], 'no-store');
    const body = answer.json();
    assert.equal(body.event.id, eventId);
    assert.equal(body.event.title, 'Online wage hearing');
    assert.equal(body.event.time_zone, 'Asia/Kathmandu');
    assert.equal(body.event.capacity, 2);
    assert.match(body.event.starts_at, /Z$/);
    assert.deepEqual(body.counts, { unconfirmed: 1, confirmed: 2, waiting: 2, cancelled: 0 });
    assert.equal(body.next_cursor, null);
    const data = body.data as RegistrationJson[];
    assert.deepEqual(
      data.map((entry) => entry.email),
      [
        'one@example.net',
        'two@example.net',
        'three@example.net',
        'four@example.net',
        'five@example.net',
      ],
    );
    assert.deepEqual(
      data.map((entry) => entry.waiting_position),
      [null, null, 1, 2, null],
    );
    assert.deepEqual(data[0]?.answers, [{ question: 'Interpretation?', answer: 'Nepali' }]);
    assert.ok(!JSON.stringify(body).includes(JOINING_URL));

    const waiting = (await as('administrator').get(`${listUrl()}?status=waiting`)).json();
    assert.deepEqual(
      (waiting.data as RegistrationJson[]).map((entry) => entry.email),
      ['three@example.net', 'four@example.net'],
    );
  });

  it('answers as the OpenAPI document says', async () => {
    const document = (await app.inject('/api/v1/openapi.json')).json<OpenApiDocument>();
    const operation = document.paths['/api/v1/admin/events/{id}/registrations']?.get;
    assert.ok(operation, 'the operation is documented');
    const ok = operation.responses['200'] as Response;
    const schema = ok.content?.['application/json']?.schema;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema as object);
    const body = (await as('administrator').get(`${listUrl()}?limit=2`)).json();
    assert.ok(validate(body), JSON.stringify(validate.errors));
  });

  it('pages with a cursor, losing and repeating nobody', async () => {
    const seen: string[] = [];
    let url = `${listUrl()}?limit=2`;
    for (let page = 0; page < 5; page++) {
      const body = (await as('administrator').get(url)).json();
      assert.ok(body.data.length <= 2);
      seen.push(...(body.data as RegistrationJson[]).map((entry) => entry.email));
      if (!body.next_cursor) break;
      url = `${listUrl()}?limit=2&cursor=${encodeURIComponent(body.next_cursor)}`;
    }
    assert.equal(seen.length, 5);
    assert.equal(new Set(seen).size, 5);
  });

  it('refuses an unknown status, a limit past 100 or a forged cursor with a 400 naming it', async () => {
    const status = await as('administrator').get(`${listUrl()}?status=everyone`);
    assert.equal(status.statusCode, 400);
    assert.ok(status.json().error.fields.status);
    const limit = await as('administrator').get(`${listUrl()}?limit=101`);
    assert.equal(limit.statusCode, 400);
    assert.match(limit.json().error.fields.limit, /100 or less/);
    const zero = await as('administrator').get(`${listUrl()}?limit=0`);
    assert.equal(zero.statusCode, 400);
    const cursor = await as('administrator').get(`${listUrl()}?cursor=%00%27--`);
    assert.equal(cursor.statusCode, 400);
    assert.ok(cursor.json().error.fields.cursor);
  });

  it('is for the administrators and the editors of the event’s countries only', async () => {
    assert.equal((await apiClient(app, undefined).get(listUrl())).statusCode, 401);
    const otherEditor = await as('cambodiaEditor').get(listUrl());
    assert.equal(otherEditor.statusCode, 403);
    assert.equal(otherEditor.json().error.code, 'forbidden');
    assert.ok(!otherEditor.body.includes('one@example.net'));
    assert.equal((await as('contributor').get(listUrl())).statusCode, 403);
    const unknown = await as('administrator').get(
      '/api/v1/admin/events/00000000-0000-4000-8000-000000000000/registrations',
    );
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'not_found');
  });

  it('shows the joining link in the admin API’s event and nowhere in the public API', async () => {
    const adminItem = (await as('administrator').get(`/api/v1/admin/events/${eventId}`)).json();
    assert.equal(adminItem.registration_open, true);
    assert.equal(adminItem.capacity, 2);
    assert.equal(adminItem.joining_url, JOINING_URL);

    const publicItem = await app.inject(`/api/v1/events/${eventSlug}`);
    assert.equal(publicItem.statusCode, 200);
    assert.equal(publicItem.json().registration_open, true);
    assert.ok(!('joining_url' in publicItem.json()));
    assert.ok(!publicItem.body.includes('secret-room-4711'));
    const publicList = await app.inject('/api/v1/events');
    assert.equal(publicList.statusCode, 200);
    assert.match(publicList.body, /Online wage hearing/);
    assert.ok(!publicList.body.includes('secret-room-4711'));
  });
});
