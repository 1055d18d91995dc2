import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { ValidationError } from '../../lib/errors.ts';
import {
  PARTICIPATION_DEFAULTS,
  getParticipationSettings,
  updateParticipationSettings,
} from './participation-settings.ts';

describeEachDatabase('participation settings', (database) => {
  let db: Db;
  before(() => {
    db = database().db;
  });

  it('starts at the defaults: 90 days, 7 days, signatures kept anonymised', async () => {
    assert.deepEqual(await getParticipationSettings(db), {
      registrationRetentionDays: 90,
      unconfirmedRetentionDays: 7,
      anonymiseErasedSignatures: true,
      privacyContact: '',
    });
    assert.equal(PARTICIPATION_DEFAULTS.registrationRetentionDays, 90);
  });

  it('saves what is given and keeps the rest', async () => {
    await updateParticipationSettings(db, {
      registrationRetentionDays: '30',
      privacyContact: ' Privacy@Example.org ',
    });
    const settings = await getParticipationSettings(db);
    assert.equal(settings.registrationRetentionDays, 30);
    assert.equal(settings.unconfirmedRetentionDays, 7);
    assert.equal(settings.privacyContact, 'privacy@example.org');
  });

  it('refuses days out of range and a bad contact, naming each field, and saves nothing', async () => {
    const error = await updateParticipationSettings(db, {
      registrationRetentionDays: 0,
      unconfirmedRetentionDays: 91,
      privacyContact: 'not an address',
      anonymiseErasedSignatures: false,
    }).then(
      () => assert.fail('refused'),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(Object.keys(error.fieldProblems ?? {}).sort(), [
      'privacyContact',
      'registrationRetentionDays',
      'unconfirmedRetentionDays',
    ]);
    assert.equal((await getParticipationSettings(db)).anonymiseErasedSignatures, true);
    await assert.rejects(
      () => updateParticipationSettings(db, { registrationRetentionDays: 3651 }),
      ValidationError,
    );
    await assert.rejects(
      () => updateParticipationSettings(db, { unconfirmedRetentionDays: 2.5 }),
      ValidationError,
    );
  });
});
