import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import {
  insertEventRow,
  insertRegistration,
  insertSignature,
  insertStatementRow,
} from '../../../../test/support/participation-rows.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import type { Db } from '../../../db/connection.ts';
import { createUser } from '../../../domain/users/user-service.ts';

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describeEachDatabase('/admin/people with registrations and signatures', (database) => {
  let app: FastifyInstance;
  let db: Db;
  let administrator: Visitor;

  before(async () => {
    db = database().db;
    await createUser(db, {
      email: 'ada@example.org',
      name: 'Ada',
      role: 'administrator',
      countries: [],
      password: TEST_PASSWORD,
    });
    const eventId = await insertEventRow(db, {
      title: 'Webinar',
      startsAt: '2030-05-12T12:30:00.000Z',
      endsAt: '2030-05-12T13:45:00.000Z',
    });
    const statementId = await insertStatementRow(db, { title: 'Living wage' });
    await insertRegistration(db, { eventId, email: 'asha@example.org' });
    await insertSignature(db, { statementId, email: 'asha@example.org', kind: 'organization' });
    app = await buildTestApp(database());
    administrator = await signedIn(app, db, 'ada@example.org');
  });
  after(() => app.close());

  it('hands over registrations and signatures in the JSON download', async () => {
    const answer = await administrator.post('/admin/people/export', { email: 'asha@example.org' });
    assert.equal(answer.statusCode, 200);
    const data = JSON.parse(answer.body) as {
      registrations: { event: { title: string } }[];
      signatures: { statement: { title: string }; kind: string }[];
    };
    assert.equal(data.registrations[0]?.event.title, 'Webinar');
    assert.equal(data.signatures[0]?.statement.title, 'Living wage');
    assert.equal(data.signatures[0]?.kind, 'organization');
  });

  it('lists them in the erase confirmation, then erases', async () => {
    const confirm = await administrator.post('/admin/people/erase', { email: 'asha@example.org' });
    assert.equal(confirm.statusCode, 200);
    const text = textOf(confirm.body);
    assert.match(text, /their registration for an event is removed/);
    assert.match(text, /their signature still counts, without their name or address/);
    const done = await administrator.post('/admin/people/erase', {
      email: 'asha@example.org',
      confirm: 'yes',
    });
    assert.equal(done.statusCode, 303);
    const left = await db
      .selectFrom('event_registrations')
      .select('id')
      .where('email', '=', 'asha@example.org')
      .execute();
    assert.equal(left.length, 0);
    const again = await administrator.post('/admin/people/erase', { email: 'asha@example.org' });
    assert.match(textOf(again.body), /holds nothing about this address/);
  });
});
