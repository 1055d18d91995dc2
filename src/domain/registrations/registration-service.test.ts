import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { createEvent, wallClockFromNow } from '../../../test/support/event-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { selectRegistrationsOfEmail } from '../../db/repositories/registration-repository.ts';
import type { MailKind } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { issueFormStamp } from '../comments/form-stamp.ts';
import { createMailQueue } from '../mail/mail-queue.ts';
import {
  type RegistrationInput,
  cancelRegistration,
  cancellationToken,
  confirmRegistration,
  findRegistrationTarget,
  findRegistrationToConfirm,
  getRegistrationSection,
  registerForEvent,
  registrationForMail,
} from './registration-service.ts';

/**
 * Registering, confirming and cancelling on both engines: the neutral answer, one row per
 * address, the capacity under parallel confirmations, the waiting list moving up, and the
 * form's defences.
 */

const ZONE = 'Asia/Kathmandu';

describeEachDatabase('event registration', (database) => {
  const db = (): Db => database().db;
  const queue = () => createMailQueue(db());
  let counter = 0;
  let stamp: string;

  before(async () => {
    stamp = await issueFormStamp(db(), new Date(Date.now() - 10_000));
  });

  async function event(fields: Record<string, unknown> = {}, hoursAhead = 48) {
    counter += 1;
    const slug = `meeting-${counter}`;
    await createEvent(db(), {
      title: `Meeting ${counter}`,
      slug,
      startsAt: wallClockFromNow(hoursAhead, ZONE),
      endsAt: wallClockFromNow(hoursAhead + 2, ZONE),
      timeZone: ZONE,
      fields: { registrationOpen: true, location: 'Online', ...fields },
    });
    const target = await findRegistrationTarget(db(), slug, new Date());
    assert.ok(target);
    return target;
  }

  const input = (email: string, extra: Partial<RegistrationInput> = {}): RegistrationInput => ({
    name: 'Asha Rai',
    email,
    organization: 'GEFONT',
    country: 'Nepal',
    website: '',
    stamp,
    ...extra,
  });

  type Target = Awaited<ReturnType<typeof event>>;

  async function register(target: Target, email: string, extra: Partial<RegistrationInput> = {}) {
    counter += 1;
    await registerForEvent(db(), queue(), {
      target,
      input: input(email, extra),
      ip: `10.0.${Math.floor(counter / 250)}.${counter % 250}`,
      language: 'en',
      now: new Date(),
    });
  }

  async function registration(target: Target, email: string) {
    const [row] = await selectRegistrationsOfEmail(db(), { email, eventId: target.id });
    assert.ok(row, `${email} is registered`);
    return row;
  }

  async function confirmationOf(target: Target, email: string): Promise<string> {
    const forMail = await registrationForMail(db(), (await registration(target, email)).id);
    assert.ok(forMail?.confirmationToken);
    return forMail.confirmationToken;
  }

  async function registerAndConfirm(target: Target, email: string) {
    await register(target, email);
    return confirmRegistration(db(), queue(), await confirmationOf(target, email), new Date());
  }

  async function contentVersion(): Promise<number> {
    const row = await db()
      .selectFrom('site_state')
      .select('version')
      .where('key', '=', 'content')
      .executeTakeFirstOrThrow();
    return Number(row.version);
  }

  async function mailsTo(email: string): Promise<{ kind: MailKind; ref_id?: string | null }[]> {
    return db()
      .selectFrom('mail_queue')
      .select(['kind', 'ref_id'])
      .where('recipient', '=', email)
      .orderBy('created_at')
      .execute();
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

  it('keeps an unconfirmed registration and queues its confirmation, derived zone and answers', async () => {
    const target = await event({ registrationQuestions: ['Interpretation?', 'Access needs?'] });
    await register(target, 'Asha@Example.org', {
      answers: ['Nepali', 'None'],
      country: 'Cambodia',
      time_zone: 'Not/AZone',
    });
    const row = await registration(target, 'asha@example.org');
    assert.equal(row.status, 'unconfirmed');
    assert.equal(row.time_zone, 'Asia/Phnom_Penh');
    assert.deepEqual(JSON.parse(row.answers), [
      { question: 'Interpretation?', answer: 'Nepali' },
      { question: 'Access needs?', answer: 'None' },
    ]);
    // The row holds a seed, not the link: the link is an HMAC over it.
    const token = await confirmationOf(target, 'asha@example.org');
    assert.ok(!token.includes(row.confirm_token_hash ?? '-'));
    assert.deepEqual(await mailsTo('asha@example.org'), [
      { kind: 'registration-confirmation', ref_id: row.id },
    ]);
    const found = await findRegistrationToConfirm(db(), token);
    assert.equal(found?.registration.id, row.id);
  });

  it('takes a given zone and falls back to the event zone for an unknown country', async () => {
    const target = await event();
    await register(target, 'zone@example.org', { time_zone: 'Europe/Brussels' });
    await register(target, 'nozone@example.org', { country: 'Atlantis' });
    assert.equal((await registration(target, 'zone@example.org')).time_zone, 'Europe/Brussels');
    assert.equal((await registration(target, 'nozone@example.org')).time_zone, ZONE);
  });

  it('confirms into a place, sends the place, and answers the same to a second click', async () => {
    const target = await event({ capacity: 10 });
    await register(target, 'place@example.org');
    const token = await confirmationOf(target, 'place@example.org');
    assert.deepEqual(await confirmRegistration(db(), queue(), token, new Date()), {
      outcome: 'placed',
    });
    assert.deepEqual(await confirmRegistration(db(), queue(), token, new Date()), {
      outcome: 'placed',
    });
    const row = await registration(target, 'place@example.org');
    assert.equal(row.status, 'confirmed');
    assert.ok(row.confirmed_at && row.placed_at);
    const kinds = (await mailsTo('place@example.org')).map((mail) => mail.kind);
    assert.deepEqual(kinds, ['registration-confirmation', 'registration-placed']);
    const forged = `${row.id}.${'A'.repeat(43)}`;
    assert.equal(
      (await refusal(confirmRegistration(db(), queue(), forged, new Date()))).statusCode,
      404,
    );
  });

  it('answers alike whatever the address, and re-sends what fits its state', async () => {
    const target = await event();
    await register(target, 'again@example.org');
    await register(target, 'again@example.org', { name: 'Someone Else' });
    let mails = await mailsTo('again@example.org');
    assert.deepEqual(
      mails.map((mail) => mail.kind),
      ['registration-confirmation', 'registration-confirmation'],
    );
    await confirmRegistration(
      db(),
      queue(),
      await confirmationOf(target, 'again@example.org'),
      new Date(),
    );
    await register(target, 'again@example.org', { name: 'Mallory' });
    mails = await mailsTo('again@example.org');
    assert.equal(mails.at(-1)?.kind, 'registration-placed');
    // Whoever typed the address cannot change a confirmed registration.
    assert.equal((await registration(target, 'again@example.org')).name, 'Someone Else');
  });

  it('leaves one row when the same address registers in parallel', async () => {
    const target = await event();
    await Promise.all(Array.from({ length: 5 }, () => register(target, 'twice@example.org')));
    const rows = await db()
      .selectFrom('event_registrations')
      .select('id')
      .where('event_id', '=', target.id)
      .where('email', '=', 'twice@example.org')
      .execute();
    assert.equal(rows.length, 1);
  });

  it('gives exactly the capacity under parallel confirmations, the rest wait in order', async () => {
    const target = await event({ capacity: 2 });
    const emails = Array.from({ length: 5 }, (_, index) => `crowd${index}@example.org`);
    for (const email of emails) await register(target, email);
    const tokens = await Promise.all(emails.map((email) => confirmationOf(target, email)));
    const versionBefore = await contentVersion();
    const outcomes = await Promise.all(
      tokens.map((token) => confirmRegistration(db(), queue(), token, new Date())),
    );
    assert.equal(outcomes.filter((outcome) => outcome.outcome === 'placed').length, 2);
    const positions = outcomes.flatMap((outcome) =>
      outcome.outcome === 'waiting' ? [outcome.position] : [],
    );
    assert.deepEqual(
      positions.sort((a, b) => a - b),
      [1, 2, 3],
    );
    const section = await getRegistrationSection(db(), target, new Date());
    assert.deepEqual(section.state, { kind: 'open', placesLeft: 0, waitingList: true });
    // Full: the page changed once, when the count reached the capacity.
    assert.equal(await contentVersion(), versionBefore + 1);
  });

  it('moves the first waiting up when a place is cancelled, with an email', async () => {
    const target = await event({ capacity: 1 });
    await registerAndConfirm(target, 'first@example.org');
    const second = await registerAndConfirm(target, 'second@example.org');
    const third = await registerAndConfirm(target, 'third@example.org');
    assert.deepEqual(second, { outcome: 'waiting', position: 1 });
    assert.deepEqual(third, { outcome: 'waiting', position: 2 });
    const first = await registration(target, 'first@example.org');
    const token = await cancellationToken(db(), first.id);
    await cancelRegistration(db(), queue(), token, new Date());
    await cancelRegistration(db(), queue(), token, new Date());
    assert.equal((await registration(target, 'first@example.org')).status, 'cancelled');
    assert.equal((await registration(target, 'second@example.org')).status, 'confirmed');
    assert.equal((await registration(target, 'third@example.org')).status, 'waiting');
    const secondMails = (await mailsTo('second@example.org')).map((mail) => mail.kind);
    assert.deepEqual(secondMails, [
      'registration-confirmation',
      'registration-placed',
      'registration-placed',
    ]);
    const forMail = await registrationForMail(
      db(),
      (await registration(target, 'third@example.org')).id,
    );
    assert.equal(forMail?.waitingPosition, 1);
    // A forged cancellation link cancels nothing.
    const forged = `${(await registration(target, 'third@example.org')).id}.${'B'.repeat(43)}`;
    assert.equal(
      (await refusal(cancelRegistration(db(), queue(), forged, new Date()))).statusCode,
      404,
    );
  });

  it('lets a cancelled address register again with a fresh link', async () => {
    const target = await event();
    await registerAndConfirm(target, 'back@example.org');
    const row = await registration(target, 'back@example.org');
    const oldToken = await confirmationOf(target, 'back@example.org').catch(() => null);
    assert.equal(oldToken, null);
    await cancelRegistration(db(), queue(), await cancellationToken(db(), row.id), new Date());
    await register(target, 'back@example.org');
    const again = await registration(target, 'back@example.org');
    assert.equal(again.status, 'unconfirmed');
    assert.notEqual(again.confirm_token_hash, row.confirm_token_hash);
    assert.equal(again.cancelled_at, null);
  });

  it('refuses a filled honeypot, a missing, forged or young stamp', async () => {
    const target = await event();
    const young = await issueFormStamp(db(), new Date());
    for (const extra of [
      { website: 'http://spam.example' },
      { stamp: undefined },
      { stamp: '123.forged' },
      { stamp: young },
    ]) {
      const error = await refusal(register(target, 'robot@example.org', extra));
      assert.equal(error.statusCode, 400);
      assert.equal(error.code, 'too_fast');
    }
    assert.deepEqual(
      await selectRegistrationsOfEmail(db(), { email: 'robot@example.org', eventId: target.id }),
      [],
    );
  });

  it('names every field at fault and keeps nothing', async () => {
    const target = await event({ registrationQuestions: ['Why?'] });
    const error = await refusal(
      register(target, 'not-an-address', {
        name: ' ',
        organization: 'x'.repeat(301),
        answers: ['y'.repeat(2001)],
      }),
    );
    assert.equal(error.statusCode, 422);
    assert.deepEqual(Object.keys(error.fields ?? {}).sort(), [
      'answer_0',
      'email',
      'name',
      'organization',
    ]);
  });

  it('refuses more than five registrations of one address in ten minutes (429)', async () => {
    const target = await event();
    for (let attempt = 0; attempt < 5; attempt += 1) await register(target, 'often@example.org');
    const error = await refusal(register(target, 'often@example.org'));
    assert.equal(error.statusCode, 429);
  });

  it('refuses an event that takes no registrations (403) or has closed (410)', async () => {
    const notTaking = await event({ registrationOpen: false });
    assert.equal((await refusal(register(notTaking, 'a@example.org'))).statusCode, 403);
    const closed = await event({ registrationClosesAt: wallClockFromNow(-1, ZONE) });
    assert.equal((await refusal(register(closed, 'b@example.org'))).statusCode, 410);
    const started = await event({}, -1);
    assert.equal((await refusal(register(started, 'c@example.org'))).statusCode, 410);
    assert.deepEqual((await getRegistrationSection(db(), closed, new Date())).state, {
      kind: 'closed',
    });
  });
});
