import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { sql } from 'kysely';
import { describeEachDatabaseAt } from '../../../test/support/test-databases.ts';
import type { DatabaseHandle } from '../connection.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

const EVENT_ID = '88888888-8888-4888-8888-888888888888';
const REGISTRATION_ID = '99999999-9999-4999-8999-999999999999';
const STAMP = '2026-05-01T08:00:00.000Z';

async function insertEvent(handle: DatabaseHandle) {
  await sql`insert into content_items (id, type, title, slug, excerpt, body_html, status,
      published_at, locale, translation_group, created_at, updated_at, fields)
    values (${EVENT_ID}, 'event', 'Assembly', 'assembly', '', '<p>Come</p>', 'published',
      ${STAMP}, 'en', ${EVENT_ID}, ${STAMP}, ${STAMP}, '{}')`.execute(handle.db);
}

function registration(email: string, id = REGISTRATION_ID) {
  return {
    id,
    event_id: EVENT_ID,
    name: 'Mina',
    email,
    organization: '',
    country: '',
    answers: '[]',
    language: 'en',
    time_zone: 'Asia/Kathmandu',
    status: 'unconfirmed' as const,
    created_at: STAMP,
  };
}

describeEachDatabaseAt('migration 0021: taking part', '0020-dialogue', (database, engine) => {
  before(async () => {
    const handle = database();
    await insertEvent(handle);
    assert.deepEqual((await migrateToLatest(handle.db))[0], '0021-taking-part');
  });

  it('takes one registration per address per event', async () => {
    const handle = database();
    await handle.db
      .insertInto('event_registrations')
      .values(registration('mina@example.org'))
      .execute();
    await assert.rejects(
      handle.db
        .insertInto('event_registrations')
        .values(registration('mina@example.org', crypto.randomUUID()))
        .execute(),
    );
  });

  it('holds a reminder reference longer than an id in the mail queue', async () => {
    const handle = database();
    const reference = `${REGISTRATION_ID}:24`;
    await handle.db
      .insertInto('mail_queue')
      .values({
        id: crypto.randomUUID(),
        kind: 'registration-reminder',
        recipient: 'mina@example.org',
        subject: null,
        body_text: null,
        ref_id: reference,
        status: 'queued',
        attempts: 0,
        last_error: null,
        created_at: STAMP,
        next_attempt_at: STAMP,
        claim_id: null,
        claimed_until: null,
        finished_at: null,
      })
      .execute();
    const row = await handle.db
      .selectFrom('mail_queue')
      .select('ref_id')
      .where('ref_id', '=', reference)
      .executeTakeFirst();
    assert.equal(row?.ref_id, reference);
  });

  it('can be undone and done again, the event kept', async () => {
    const handle = database();
    await migrateTo(handle.db, '0020-dialogue');
    const reminders = await handle.db
      .selectFrom('mail_queue')
      .select('id')
      .where('kind', '=', 'registration-reminder')
      .execute();
    // On PostgreSQL the references that no longer fit go with the registrations.
    assert.equal(reminders.length, engine === 'postgres' ? 0 : 1);
    assert.deepEqual((await migrateToLatest(handle.db))[0], '0021-taking-part');
    const event = await handle.db
      .selectFrom('content_items')
      .select('title')
      .where('id', '=', EVENT_ID)
      .executeTakeFirstOrThrow();
    assert.equal(event.title, 'Assembly');
    const registrations = await handle.db.selectFrom('event_registrations').select('id').execute();
    assert.equal(registrations.length, 0);
  });
});
