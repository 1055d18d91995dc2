import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import {
  insertEventRow,
  insertRegistration,
  insertSignature,
  insertStatementRow,
} from '../../../test/support/participation-rows.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { updateParticipationSettings } from '../settings/participation-settings.ts';
import { startBackgroundRetentionSweeper } from './background-retention-sweeper.ts';
import { sweepExpiredParticipation } from './retention.ts';

const DAY = 24 * 60 * 60 * 1000;

describeEachDatabase('retention of registrations and signatures', (database) => {
  let db: Db;

  async function emailsOf(table: 'event_registrations' | 'signatures'): Promise<string[]> {
    const rows = await db.selectFrom(table).select('email').orderBy('email').execute();
    return rows.map((row) => row.email ?? '');
  }

  before(() => {
    db = database().db;
  });

  it('deletes registrations a set time after their event, and unconfirmed entries after a few days', async () => {
    const ended = '2030-01-10T12:00:00.000Z';
    const pastEvent = await insertEventRow(db, {
      title: 'Past meeting',
      startsAt: '2030-01-10T10:00:00.000Z',
      endsAt: ended,
    });
    const noEnd = await insertEventRow(db, {
      title: 'Imported, no end',
      startsAt: ended,
      endsAt: null,
    });
    const comingEvent = await insertEventRow(db, {
      title: 'Coming meeting',
      startsAt: '2030-06-01T10:00:00.000Z',
      endsAt: '2030-06-01T12:00:00.000Z',
    });
    const statementId = await insertStatementRow(db, { title: 'Living wage' });
    const past = await insertRegistration(db, { eventId: pastEvent, email: 'past@example.org' });
    await db
      .insertInto('registration_mailings')
      .values({ registration_id: past, purpose: 'reminder:1:x', queued_at: ended })
      .execute();
    await insertRegistration(db, { eventId: noEnd, email: 'no-end@example.org' });
    await insertRegistration(db, { eventId: comingEvent, email: 'coming@example.org' });
    await insertRegistration(db, {
      eventId: comingEvent,
      email: 'unconfirmed@example.org',
      status: 'unconfirmed',
      createdAt: ended,
    });
    await insertSignature(db, {
      statementId,
      email: 'unconfirmed-signer@example.org',
      status: 'unconfirmed',
      createdAt: ended,
    });
    await insertSignature(db, {
      statementId,
      email: 'signer@example.org',
      status: 'approved',
      createdAt: '2030-01-01T00:00:00.000Z',
    });

    // Six days after the unconfirmed ones, 89 days after the event: nothing is due.
    const early = await sweepExpiredParticipation(db, new Date(Date.parse(ended) + 6 * DAY));
    assert.deepEqual(early, {
      pastRegistrations: 0,
      unconfirmedRegistrations: 0,
      unconfirmedSignatures: 0,
    });

    // Eight days on, the unconfirmed go (the default keeps them 7 days).
    const week = await sweepExpiredParticipation(db, new Date(Date.parse(ended) + 8 * DAY));
    assert.equal(week.unconfirmedRegistrations, 1);
    assert.equal(week.unconfirmedSignatures, 1);
    assert.equal(week.pastRegistrations, 0);
    assert.deepEqual(await emailsOf('signatures'), ['signer@example.org']);

    // 91 days after the event (the default keeps them 90): its registrations go.
    const later = await sweepExpiredParticipation(db, new Date(Date.parse(ended) + 91 * DAY));
    assert.equal(later.pastRegistrations, 2, 'the ended event’s and the one without an end');
    assert.deepEqual(await emailsOf('event_registrations'), ['coming@example.org']);
    const mailings = await db.selectFrom('registration_mailings').select('purpose').execute();
    assert.equal(mailings.length, 0);
    assert.deepEqual(await emailsOf('signatures'), ['signer@example.org'], 'signatures stay');
  });

  it('follows the settings: a shorter retention deletes sooner', async () => {
    await db.deleteFrom('event_registrations').execute();
    const ended = '2031-03-01T12:00:00.000Z';
    const eventId = await insertEventRow(db, {
      title: 'Short retention',
      startsAt: '2031-03-01T10:00:00.000Z',
      endsAt: ended,
    });
    await insertRegistration(db, { eventId, email: 'short@example.org' });
    const at = new Date(Date.parse(ended) + 31 * DAY);
    assert.equal((await sweepExpiredParticipation(db, at)).pastRegistrations, 0);
    await updateParticipationSettings(db, { registrationRetentionDays: 30 });
    assert.equal((await sweepExpiredParticipation(db, at)).pastRegistrations, 1);
  });

  it('sweeps in the background as soon as the server starts, and stops cleanly', async () => {
    const statementId = await insertStatementRow(db, { title: 'Background' });
    await insertSignature(db, {
      statementId,
      email: 'stale@example.org',
      status: 'unconfirmed',
      createdAt: '2032-01-01T00:00:00.000Z',
    });
    const logged: object[] = [];
    const sweeper = startBackgroundRetentionSweeper(
      {
        db,
        log: { info: (details) => logged.push(details), error: () => assert.fail('no error') },
        now: () => new Date('2032-02-01T00:00:00.000Z'),
      },
      { intervalMs: 60 * 60 * 1000 },
    );
    await sweeper.stop();
    const left = await db
      .selectFrom('signatures')
      .select('id')
      .where('email', '=', 'stale@example.org')
      .execute();
    assert.equal(left.length, 0);
    assert.equal(logged.length, 1);
  });
});
