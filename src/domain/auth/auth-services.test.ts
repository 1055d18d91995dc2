import assert from 'node:assert/strict';
import { it } from 'node:test';
import { deliverQueuedMail } from '../../../test/support/mail-queue-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { NotFoundError, TooManyRequestsError, UnauthorizedError } from '../../lib/errors.ts';
import { createLabel } from '../labels/label-service.ts';
import { createMailQueue } from '../mail/mail-queue.ts';
import type { Mailer, MailMessage } from '../../lib/mail/mailer.ts';
import { createUser, getActorByEmail } from '../users/user-service.ts';
import {
  actorForApiToken,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from './api-token-service.ts';
import { MAX_ATTEMPTS_PER_ACCOUNT, MAX_ATTEMPTS_PER_ADDRESS } from './login-throttle.ts';
import {
  checkLink,
  inviteUser,
  redeemLink,
  requestPasswordReset,
} from './one-time-link-service.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { actorForSession, signIn, signOut } from './session-service.ts';

const PASSWORD = 'correct horse battery';

function recordingMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (message) => void sent.push(message) };
}

function linkIn(message: MailMessage | undefined): string {
  const match = /token=([A-Za-z0-9_%-]+)/.exec(message?.text ?? '');
  assert.ok(match, 'the email carries a link with a token');
  return decodeURIComponent(match[1] ?? '');
}

it('hashes passwords with scrypt and a salt of its own each time', async () => {
  const first = await hashPassword(PASSWORD);
  const second = await hashPassword(PASSWORD);
  assert.match(first, /^scrypt\$32768\$8\$1\$/);
  assert.notEqual(first, second);
  assert.equal(await verifyPassword(PASSWORD, first), true);
  assert.equal(await verifyPassword('wrong password!', first), false);
  assert.equal(await verifyPassword(PASSWORD, 'not a hash'), false);
});

describeEachDatabase('accounts, sessions, tokens and one-time links', (database) => {
  it('signs in with the right password only, the same way for unknown accounts', async () => {
    const { db } = database();
    await createUser(db, {
      email: 'Rita@Example.org',
      name: 'Rita',
      role: 'contributor',
      password: PASSWORD,
    });
    const session = await signIn(db, { email: 'rita@example.org', password: PASSWORD }, '10.0.0.1');
    assert.equal(session.actor.email, 'rita@example.org');
    assert.equal((await actorForSession(db, session.sessionSecret))?.id, session.actor.id);
    await assert.rejects(
      signIn(db, { email: 'rita@example.org', password: 'not the password' }, '10.0.0.1'),
      UnauthorizedError,
    );
    await assert.rejects(
      signIn(db, { email: 'nobody@example.org', password: PASSWORD }, '10.0.0.1'),
      (error: UnauthorizedError) => /do not match an account/.test(error.message),
    );
    await signOut(db, session.sessionSecret);
    assert.equal(await actorForSession(db, session.sessionSecret), undefined);
    assert.equal(await actorForSession(db, 'made-up-secret'), undefined);
  });

  it('locks an account after repeated failures, even against the right password', async () => {
    const { db } = database();
    await createUser(db, {
      email: 'sam@example.org',
      name: 'Sam',
      role: 'contributor',
      password: PASSWORD,
    });
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ACCOUNT; attempt++) {
      await assert.rejects(
        signIn(db, { email: 'sam@example.org', password: 'guess guess' }, `10.1.0.${attempt}`),
        UnauthorizedError,
      );
    }
    await assert.rejects(
      signIn(db, { email: 'sam@example.org', password: PASSWORD }, '10.1.1.1'),
      (error: TooManyRequestsError) => error.statusCode === 429 && error.retryAfterSeconds > 0,
    );
  });

  it('locks an address trying many accounts', async () => {
    const { db } = database();
    await createUser(db, {
      email: 'tia@example.org',
      name: 'Tia',
      role: 'contributor',
      password: PASSWORD,
    });
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS; attempt++) {
      await assert.rejects(
        signIn(db, { email: `probe${attempt}@example.org`, password: 'guess guess' }, '10.2.0.1'),
        UnauthorizedError,
      );
    }
    await assert.rejects(
      signIn(db, { email: 'tia@example.org', password: PASSWORD }, '10.2.0.1'),
      TooManyRequestsError,
    );
    const elsewhere = await signIn(
      db,
      { email: 'tia@example.org', password: PASSWORD },
      '10.2.0.2',
    );
    assert.equal(elsewhere.actor.email, 'tia@example.org');
  });

  it('resolves API tokens to their owner until revoked', async () => {
    const { db } = database();
    await createLabel(db, { kind: 'country', slug: 'nepal', name: 'Nepal' });
    await createUser(db, {
      email: 'ed@example.org',
      name: 'Ed',
      role: 'editor',
      countries: ['nepal'],
      password: PASSWORD,
    });
    const editor = await getActorByEmail(db, 'ed@example.org');
    assert.ok(editor);
    assert.equal(editor.countryLabelIds.length, 1);
    const { id, token } = await createApiToken(db, editor, { name: 'Newsletter sync' });
    assert.deepEqual((await actorForApiToken(db, token))?.countryLabelIds, editor.countryLabelIds);
    assert.equal(await actorForApiToken(db, `${token}x`), undefined);
    assert.equal(await actorForApiToken(db, 'Bearer nonsense'), undefined);
    const listed = await listApiTokens(db, editor);
    assert.equal(listed[0]?.name, 'Newsletter sync');
    assert.ok(listed[0]?.lastUsedAt, 'use is recorded');
    await revokeApiToken(db, editor, id);
    assert.equal(await actorForApiToken(db, token), undefined);
  });

  it('invites a user by a link that sets the password once', async () => {
    const { db } = database();
    await createUser(db, {
      email: 'admin@example.org',
      name: 'Admin',
      role: 'administrator',
      password: PASSWORD,
    });
    const admin = await getActorByEmail(db, 'admin@example.org');
    assert.ok(admin);
    const mailer = recordingMailer();
    const deps = { db, mailer, siteUrl: 'http://site.test' };
    await inviteUser(deps, admin, { email: 'new@example.org', name: 'New', role: 'contributor' });
    assert.equal(mailer.sent[0]?.to, 'new@example.org');
    assert.equal(mailer.sent[0]?.subject, 'You are invited to the newsroom');
    assert.match(
      mailer.sent[0]?.text ?? '',
      /^Admin invited you to write for the network’s site\./,
    );
    assert.match(mailer.sent[0]?.text ?? '', /http:\/\/site\.test\/admin\/invitation\?token=/);
    const token = linkIn(mailer.sent[0]);
    await assert.rejects(
      signIn(db, { email: 'new@example.org', password: PASSWORD }, '10.3.0.1'),
      UnauthorizedError,
    );
    assert.equal((await checkLink(db, 'invite', token)).email, 'new@example.org');
    await assert.rejects(checkLink(db, 'reset', token), NotFoundError, 'a link serves one purpose');
    await redeemLink(db, 'invite', { token, password: 'my own new password' });
    const session = await signIn(
      db,
      { email: 'new@example.org', password: 'my own new password' },
      '10.3.0.1',
    );
    assert.equal(session.actor.role, 'contributor');
    await assert.rejects(
      redeemLink(db, 'invite', { token, password: 'another password' }),
      NotFoundError,
    );
  });

  it('resets a forgotten password and signs the old sessions out; unknown emails get no mail', async () => {
    const { db } = database();
    await createUser(db, {
      email: 'uma@example.org',
      name: 'Uma',
      role: 'contributor',
      password: PASSWORD,
    });
    const old = await signIn(db, { email: 'uma@example.org', password: PASSWORD }, '10.4.0.1');
    const mailer = recordingMailer();
    const deps = { db, mailQueue: createMailQueue(db) };
    await requestPasswordReset(deps, { email: 'nobody-here@example.org' }, '10.4.0.1');
    await deliverQueuedMail(db, mailer);
    assert.equal(mailer.sent.length, 0);
    await requestPasswordReset(deps, { email: 'UMA@example.org' }, '10.4.0.1');
    await deliverQueuedMail(db, mailer);
    assert.equal(mailer.sent.length, 1);
    assert.equal(mailer.sent[0]?.subject, 'Reset your password');
    assert.match(
      mailer.sent[0]?.text ?? '',
      /^Someone asked to reset the password of this account\./,
    );
    await redeemLink(db, 'reset', {
      token: linkIn(mailer.sent[0]),
      password: 'a brand new password',
    });
    assert.equal(await actorForSession(db, old.sessionSecret), undefined);
    await assert.rejects(
      signIn(db, { email: 'uma@example.org', password: PASSWORD }, '10.4.0.1'),
      UnauthorizedError,
    );
  });
});
