import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  type ApiNewsroom,
  apiClient,
  buildApiTestApp,
  createApiNewsroom,
} from '../../../../test/support/api-client.ts';
import { createItemInStatus, newsroomFor } from '../../../../test/support/newsroom-fixtures.ts';
import { insertSignature } from '../../../../test/support/participation-rows.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { closingInstant } from '../../../domain/content-types/statement-fields.ts';
import {
  deadlineOf,
  signatureJsonSchema,
  signatureListJsonSchema,
} from './admin-signature-routes.ts';

const DEADLINE = '2099-05-31';

describeEachDatabase('admin API: signatures', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let people: ApiNewsroom;
  let nepalCall: string;
  let cambodiaCall: string;
  let email = 0;
  const nextEmail = () => `signer${++email}@example.net`;
  const as = (person: keyof ApiNewsroom) => apiClient(app, people[person].token);

  before(async () => {
    db = database().db;
    people = await createApiNewsroom(db);
    const admin = people.administrator.actor;
    const call = (title: string, slug: string) =>
      createItemInStatus(newsroomFor(db), {
        author: admin,
        decider: admin,
        status: 'published',
        input: {
          type: 'statement',
          title,
          labels: [{ kind: 'country', slug }],
          fields: { kind: 'call-to-action', deadline: DEADLINE, signingOpen: true },
        },
      });
    nepalCall = await call('Pay the allowance on time', 'nepal');
    cambodiaCall = await call('Safe factories', 'cambodia');
    ({ app } = await buildApiTestApp(database()));
  });
  after(() => app.close());

  it('lists a statement’s signatures with its deadline, counts and the signers’ addresses', async () => {
    const held = await insertSignature(db, {
      statementId: nepalCall,
      email: 'office@union.example',
      kind: 'organization',
      status: 'held',
      organization: 'Home Workers Trade Union',
      createdAt: '2024-05-02T00:00:00.000Z',
    });
    await insertSignature(db, {
      statementId: nepalCall,
      email: nextEmail(),
      listed: false,
      createdAt: '2024-05-01T00:00:00.000Z',
    });
    const answer = await as('nepalEditor').get(`/api/v1/admin/statements/${nepalCall}/signatures`);
    assert.equal(answer.statusCode, 200);
    assert.equal(answer.headers['cache-control'], 'no-store');
    const body = answer.json();
    // The answer is what the OpenAPI document says it is.
    signatureListJsonSchema.parse(body);
    assert.deepEqual(body.statement, {
      id: nepalCall,
      title: 'Pay the allowance on time',
      deadline: DEADLINE,
    });
    assert.deepEqual(body.counts, {
      unconfirmed: 0,
      held: 1,
      approved_organizations: 0,
      approved_individuals: 1,
      rejected: 0,
    });
    assert.equal(body.next_cursor, null);
    assert.equal(body.data.length, 2);
    assert.deepEqual(
      { ...body.data[0], created_at: undefined },
      {
        id: held,
        statement_id: nepalCall,
        kind: 'organization',
        name: 'Asha Rai',
        organization: 'Home Workers Trade Union',
        country: 'Nepal',
        email: 'office@union.example',
        listed: true,
        language: 'en',
        status: 'held',
        created_at: undefined,
        confirmed_at: '2024-05-02T00:00:00.000Z',
        moderated_at: null,
      },
    );
    assert.equal(body.data[1].listed, false);

    const heldOnly = await as('administrator').get(
      `/api/v1/admin/statements/${nepalCall}/signatures?status=held&kind=organization`,
    );
    assert.deepEqual(
      heldOnly.json().data.map((row: { id: string }) => row.id),
      [held],
    );
  });

  it('approves a held signature once: a second approval is a conflict', async () => {
    const held = await insertSignature(db, {
      statementId: nepalCall,
      email: nextEmail(),
      kind: 'organization',
      status: 'held',
    });
    const approved = await as('nepalEditor').post(`/api/v1/admin/signatures/${held}/approve`);
    assert.equal(approved.statusCode, 200);
    signatureJsonSchema.parse(approved.json());
    assert.equal(approved.json().id, held);
    assert.equal(approved.json().status, 'approved');
    assert.match(approved.json().moderated_at, /^\d{4}-\d{2}-\d{2}T/);
    const again = await as('nepalEditor').post(`/api/v1/admin/signatures/${held}/approve`);
    assert.equal(again.statusCode, 409);
    const rejected = await as('nepalEditor').post(`/api/v1/admin/signatures/${held}/reject`);
    assert.equal(rejected.statusCode, 200);
    assert.equal(rejected.json().status, 'rejected');
    const rejectedAgain = await as('nepalEditor').post(`/api/v1/admin/signatures/${held}/reject`);
    assert.equal(rejectedAgain.statusCode, 409);
  });

  it('refuses anyone but the statement’s organisers, and answers 404 for what does not exist', async () => {
    const theirs = await insertSignature(db, {
      statementId: cambodiaCall,
      email: nextEmail(),
      kind: 'organization',
      status: 'held',
    });
    const list = `/api/v1/admin/statements/${cambodiaCall}/signatures`;
    assert.equal((await as('nepalEditor').get(list)).statusCode, 403);
    assert.equal((await as('contributor').get(list)).statusCode, 403);
    assert.equal((await as('cambodiaEditor').get(list)).statusCode, 200);
    const refused = await as('nepalEditor').post(`/api/v1/admin/signatures/${theirs}/approve`);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'forbidden');
    assert.equal(
      (await as('contributor').post(`/api/v1/admin/signatures/${theirs}/reject`)).statusCode,
      403,
    );
    assert.equal((await apiClient(app, undefined).get(list)).statusCode, 401);
    assert.equal(
      (await apiClient(app, undefined).post(`/api/v1/admin/signatures/${theirs}/approve`))
        .statusCode,
      401,
    );
    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await as('administrator').post(`/api/v1/admin/signatures/${unknown}/approve`);
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'not_found');
    assert.equal(
      (await as('administrator').get(`/api/v1/admin/statements/${unknown}/signatures`)).statusCode,
      404,
    );
    assert.equal(
      (await as('administrator').get('/api/v1/admin/statements/not-an-id/signatures')).statusCode,
      404,
    );
  });

  it('pages with a cursor, losing and repeating nothing', async () => {
    const ids: string[] = [];
    for (let minute = 0; minute < 5; minute++) {
      ids.push(
        await insertSignature(db, {
          statementId: cambodiaCall,
          email: nextEmail(),
          status: 'rejected',
          createdAt: `2024-01-01T10:0${minute}:00.000Z`,
        }),
      );
    }
    const seen: string[] = [];
    const base = `/api/v1/admin/statements/${cambodiaCall}/signatures?status=rejected&limit=2`;
    let url = base;
    for (let page = 0; page < 5; page++) {
      const body = (await as('administrator').get(url)).json();
      assert.ok(body.data.length <= 2);
      seen.push(...body.data.map((row: { id: string }) => row.id));
      if (!body.next_cursor) break;
      url = `${base}&cursor=${body.next_cursor}`;
    }
    assert.deepEqual(seen, [...ids].reverse());
  });

  it('refuses an unknown status, kind, limit or cursor, naming it', async () => {
    const path = `/api/v1/admin/statements/${nepalCall}/signatures`;
    const status = await as('administrator').get(`${path}?status=deleted`);
    assert.equal(status.statusCode, 400);
    assert.equal(status.json().error.code, 'bad_request');
    assert.match(status.json().error.fields.status, /unconfirmed, held, approved or rejected/);
    const kind = await as('administrator').get(`${path}?kind=robot`);
    assert.equal(kind.statusCode, 400);
    assert.ok(kind.json().error.fields.kind);
    for (const limit of ['0', '101', 'ten']) {
      const answer = await as('administrator').get(`${path}?limit=${limit}`);
      assert.equal(answer.statusCode, 400, `limit=${limit}`);
      assert.ok(answer.json().error.fields.limit);
    }
    const cursor = await as('administrator').get(`${path}?cursor=bm90LWEtY3Vyc29y`);
    assert.equal(cursor.statusCode, 422);
    assert.ok(cursor.json().error.fields.cursor);
  });

  it('gives the deadline day back from the instant signing closes', () => {
    for (const day of ['2024-02-29', '2024-12-31', DEADLINE]) {
      assert.equal(deadlineOf(closingInstant(day)), day);
    }
    assert.equal(deadlineOf(null), null);
  });
});
