import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  createNewsroomLabels,
  recordingMailer,
} from '../../../../test/support/newsroom-fixtures.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  TEST_PASSWORD,
  type Visitor,
  signedIn,
} from '../../../../test/support/content-test-visitor.ts';
import { insertMailSuppression } from '../../../db/repositories/mail-suppression-repository.ts';
import { enqueueMail, queuedMailState } from '../../../domain/mail/mail-queue.ts';
import { createUser } from '../../../domain/users/user-service.ts';

describeEachDatabase('admin mail queue page', (database) => {
  let app: FastifyInstance;
  let administrator: Visitor;
  let editor: Visitor;
  let failedId: string;
  const mailer = recordingMailer();

  before(async () => {
    const { db } = database();
    await createNewsroomLabels(db);
    for (const person of [
      { email: 'ada@example.org', name: 'Ada', role: 'administrator' as const, countries: [] },
      { email: 'nima@example.org', name: 'Nima', role: 'editor' as const, countries: ['nepal'] },
    ]) {
      await createUser(db, { ...person, password: TEST_PASSWORD });
    }
    // Long ago and far ahead: the app's own sender leaves these alone.
    failedId = await enqueueMail(
      db,
      {
        kind: 'message',
        to: 'bounced@example.org',
        subject: 'Your <sign-in> link',
        text: 'SECRET-LINK https://site.test/invite/abc',
        html: '<p>SECRET-HTML</p>',
      },
      new Date('2099-01-01T00:00:00.000Z'),
    );
    await db
      .updateTable('mail_queue')
      .set({
        status: 'failed',
        attempts: 10,
        last_error: '451 <try> later',
        finished_at: '2099-01-01T00:10:00.000Z',
      })
      .where('id', '=', failedId)
      .execute();
    await insertMailSuppression(db, {
      email: 'Gone@Example.org',
      reason: '550 5.1.1 no such user',
      created_at: '2030-01-01T00:00:00.000Z',
    });
    app = await buildTestApp(database(), { mailer });
    administrator = await signedIn(app, db, 'ada@example.org');
    editor = await signedIn(app, db, 'nima@example.org');
  });
  after(() => app.close());

  it('shows administrators the failed messages, escaped, and never a message’s text', async () => {
    const page = await administrator.get('/admin/mail?status=failed');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /1 failed/);
    assert.match(page.body, /bounced@example\.org/);
    assert.match(page.body, /Your &lt;sign-in> link/);
    assert.match(page.body, /451 &lt;try> later/);
    assert.match(page.body, /gone@example\.org/);
    assert.match(page.body, /href="\/admin\/mail"/, 'the navigation names the page');
    assert.doesNotMatch(page.body, /SECRET-LINK|SECRET-HTML/);
    const odd = await administrator.get('/admin/mail?status=%3Cscript%3E&page=1');
    assert.equal(odd.statusCode, 200, 'an unknown status shows the failed list');
  });

  it('refuses editors', async () => {
    assert.equal((await editor.get('/admin/mail')).statusCode, 403);
    const post = await editor.post(`/admin/mail/${failedId}/send-again`, {});
    assert.equal(post.statusCode, 403);
    assert.equal((await queuedMailState(database().db, failedId))?.status, 'failed');
  });

  it('"Send again" puts a failed message back, attempts reset, and writes the audit log', async () => {
    const { db } = database();
    const response = await administrator.post(`/admin/mail/${failedId}/send-again`, {});
    assert.equal(response.statusCode, 303);
    // Due at once: the app's own sender takes it straight away (marked sent just after).
    await mailer.waitForMessagesTo('bounced@example.org');
    let state = await queuedMailState(db, failedId);
    for (let wait = 0; state?.status !== 'sent' && wait < 100; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      state = await queuedMailState(db, failedId);
    }
    assert.deepEqual(
      { status: state?.status, attempts: state?.attempts },
      { status: 'sent', attempts: 1 },
      'attempts were reset before this one',
    );
    const again = await administrator.post(`/admin/mail/${failedId}/send-again`, {});
    assert.equal(again.statusCode, 404, 'no longer a failed message');
    const audit = await db
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'like', 'mail.%')
      .execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['mail.requeue'],
    );
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/admin/mail/send-failed-again',
      headers: { cookie: administrator.cookie },
    });
    assert.ok(noCsrf.statusCode >= 400 && noCsrf.statusCode < 500);
  });

  it('removes an address from the refused list, and 404s one that is not on it', async () => {
    const removed = await administrator.post('/admin/mail/suppressions/remove', {
      email: 'GONE@example.org',
    });
    assert.equal(removed.statusCode, 303);
    const page = await administrator.get(String(removed.headers.location));
    assert.match(page.body, /removed from the list/);
    assert.doesNotMatch(page.body, /gone@example\.org/);
    const missing = await administrator.post('/admin/mail/suppressions/remove', {
      email: 'x'.repeat(5000),
    });
    assert.equal(missing.statusCode, 404);
  });
});
