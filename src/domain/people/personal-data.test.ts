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
import {
  addressReference,
  erasePersonalData,
  exportPersonalData,
  previewErasure,
} from './personal-data.ts';

async function contentVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('site_state')
    .select('version')
    .where('key', '=', 'content')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

describeEachDatabase('personal data: registrations and signatures', (database) => {
  let db: Db;
  let eventId: string;
  let statementId: string;

  before(async () => {
    db = database().db;
    eventId = await insertEventRow(db, {
      title: 'Social protection floor webinar',
      startsAt: '2030-05-12T12:30:00.000Z',
      endsAt: '2030-05-12T13:45:00.000Z',
    });
    statementId = await insertStatementRow(db, { title: 'Living wage now' });
  });

  it('exports registrations with their answers and signatures with their statements', async () => {
    await insertRegistration(db, {
      eventId,
      email: 'asha@example.org',
      answers: [{ question: 'Interpretation?', answer: 'Nepali' }],
    });
    await insertSignature(db, {
      statementId,
      email: 'asha@example.org',
      kind: 'organization',
      status: 'held',
      listed: true,
    });
    await insertRegistration(db, { eventId, email: 'someone-else@example.org' });

    const data = await exportPersonalData(db, ' Asha@Example.org ');
    assert.equal(data.email, 'asha@example.org');
    assert.equal(data.registrations.length, 1);
    const [registration] = data.registrations;
    assert.deepEqual(registration?.event, {
      id: eventId,
      title: 'Social protection floor webinar',
      starts_at: '2030-05-12T12:30:00.000Z',
    });
    assert.deepEqual(registration?.answers, [{ question: 'Interpretation?', answer: 'Nepali' }]);
    assert.equal(registration?.status, 'confirmed');
    assert.equal(registration?.time_zone, 'Asia/Kathmandu');
    assert.equal(data.signatures.length, 1);
    assert.deepEqual(data.signatures[0]?.statement, { id: statementId, title: 'Living wage now' });
    assert.equal(data.signatures[0]?.kind, 'organization');
    assert.equal(data.signatures[0]?.listed, true);
    assert.equal(data.signatures[0]?.status, 'held');
    assert.ok(!JSON.stringify(data).includes('someone-else'), 'nobody else’s data');

    const preview = await previewErasure(db, 'asha@example.org');
    assert.equal(preview.registrations, 1);
    assert.equal(preview.signatures, 1);
    assert.equal(preview.anonymisesSignatures, true, 'the default keeps signatures anonymised');
  });

  it('erases registrations (with their mailing records) and anonymises signatures by default', async () => {
    const email = 'binod@example.org';
    const registrationId = await insertRegistration(db, { eventId, email });
    await db
      .insertInto('registration_mailings')
      .values({
        registration_id: registrationId,
        purpose: 'reminder:24:x',
        queued_at: '2024-05-01T00:00:00.000Z',
      })
      .execute();
    const individual = await insertSignature(db, {
      statementId,
      email,
      kind: 'individual',
      status: 'approved',
      organization: 'Garment workers’ union',
    });
    const otherStatement = await insertStatementRow(db, { title: 'Decent work' });
    const organisation = await insertSignature(db, {
      statementId: otherStatement,
      email,
      kind: 'organization',
      status: 'approved',
      organization: 'GEFONT',
    });
    const versionBefore = await contentVersion(db);

    const done = await erasePersonalData(db, email, { actor: null });
    assert.equal(done.registrations, 1);
    assert.equal(done.signatures, 2);
    assert.equal(done.anonymisesSignatures, true);

    assert.equal(
      (await db.selectFrom('event_registrations').select('id').where('email', '=', email).execute())
        .length,
      0,
    );
    const mailings = await db
      .selectFrom('registration_mailings')
      .select('purpose')
      .where('registration_id', '=', registrationId)
      .execute();
    assert.equal(mailings.length, 0);
    const kept = await db
      .selectFrom('signatures')
      .selectAll()
      .where('id', 'in', [individual, organisation])
      .orderBy('kind')
      .execute();
    assert.equal(kept.length, 2, 'anonymised signatures still count');
    for (const row of kept) {
      assert.equal(row.email, null);
      assert.equal(row.name, '');
      assert.equal(row.listed, 0);
      assert.equal(row.confirm_token_hash, null);
      assert.equal(row.status, 'approved');
    }
    assert.equal(kept.find((row) => row.kind === 'individual')?.organization, '');
    assert.equal(kept.find((row) => row.kind === 'organization')?.organization, 'GEFONT');
    assert.ok((await contentVersion(db)) > versionBefore, 'an approved signature changed a page');

    const audit = await db
      .selectFrom('audit_events')
      .select('summary')
      .where('action', '=', 'person.erased')
      .execute();
    const line = audit.map((row) => row.summary).join('\n');
    assert.ok(line.includes(addressReference(email)));
    assert.ok(!line.includes(email), 'the audit line holds only the address’s hash');
  });

  it('removes signatures instead when the setting says so, and leaves others’ rows', async () => {
    await updateParticipationSettings(db, { anonymiseErasedSignatures: false });
    try {
      const email = 'chanda@example.org';
      await insertSignature(db, { statementId, email, status: 'held', kind: 'organization' });
      await insertSignature(db, { statementId, email: 'dara@example.org' });
      const preview = await previewErasure(db, email);
      assert.equal(preview.anonymisesSignatures, false);
      const done = await erasePersonalData(db, email);
      assert.equal(done.signatures, 1);
      const left = await db
        .selectFrom('signatures')
        .select('email')
        .where('email', 'in', [email, 'dara@example.org'])
        .execute();
      assert.deepEqual(
        left.map((row) => row.email),
        ['dara@example.org'],
      );
    } finally {
      await updateParticipationSettings(db, { anonymiseErasedSignatures: true });
    }
  });

  it('gives an erased registrant’s place to the first on the waiting list', async () => {
    const fullEvent = await insertEventRow(db, {
      title: 'Small workshop',
      startsAt: '2030-06-01T10:00:00.000Z',
      endsAt: '2030-06-01T12:00:00.000Z',
      fields: { registrationOpen: true, capacity: 1 },
    });
    await insertRegistration(db, { eventId: fullEvent, email: 'first@example.org' });
    const waiting = await insertRegistration(db, {
      eventId: fullEvent,
      email: 'second@example.org',
      status: 'waiting',
    });
    await erasePersonalData(db, 'first@example.org', {
      now: new Date('2030-05-01T00:00:00.000Z'),
    });
    const moved = await db
      .selectFrom('event_registrations')
      .select('status')
      .where('id', '=', waiting)
      .executeTakeFirstOrThrow();
    assert.equal(moved.status, 'confirmed');
    const mail = await db
      .selectFrom('mail_queue')
      .select('kind')
      .where('recipient', '=', 'second@example.org')
      .execute();
    assert.deepEqual(
      mail.map((row) => row.kind),
      ['registration-placed'],
    );
  });

  it('says nothing is held for an unknown address, and refuses a malformed one', async () => {
    const preview = await previewErasure(db, 'nobody@example.org');
    assert.equal(preview.registrations + preview.signatures + preview.comments, 0);
    await assert.rejects(() => exportPersonalData(db, 'not an address'), { statusCode: 422 });
  });
});
