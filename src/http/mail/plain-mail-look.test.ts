import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { deliverQueuedMail } from '../../../test/support/mail-queue-fixtures.ts';
import { createTestPerson } from '../../../test/support/newsroom-fixtures.ts';
import { type SmtpSink, startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { inviteUser, requestPasswordReset } from '../../domain/auth/one-time-link-service.ts';
import { createMailQueue } from '../../domain/mail/mail-queue.ts';
import { createMailer } from '../../lib/mail/create-mailer.ts';
import type { Mailer } from '../../lib/mail/mailer.ts';
import { withEmailLook } from './plain-mail-look.ts';

const SITE = 'http://site.test';
const quiet = { info: () => {} } as unknown as Parameters<typeof createMailer>[0]['log'];

describeEachDatabase('emails written as text get the HTML look', (database) => {
  let sink: SmtpSink;
  let transport: Mailer;
  before(async () => {
    sink = await startSmtpSink();
    transport = createMailer({ smtpUrl: sink.url, mailFrom: 'site@site.test', log: quiet });
  });
  after(async () => {
    await transport.close?.();
    await sink.close();
  });

  it('an invitation and a password reset arrive over SMTP with both parts', async () => {
    const { db } = database();
    sink.clear();
    const admin = await createTestPerson(db, {
      email: `look-admin-${Date.now()}@example.org`,
      name: 'Asha <b>Admin</b>',
      role: 'administrator',
    });
    const queue = createMailQueue(db);
    const invited = `look-new-${Date.now()}@example.org`;
    await inviteUser({ db, mailer: queue, siteUrl: SITE }, admin, {
      email: invited,
      name: 'New',
      role: 'contributor',
    });
    await requestPasswordReset({ db, mailQueue: queue }, { email: admin.email }, '10.91.0.1');
    const looking = withEmailLook(transport, { db, siteUrl: SITE });
    assert.equal((await deliverQueuedMail(db, looking, { siteUrl: SITE })).sent, 2);

    const received = await sink.waitFor(2, 10_000);
    const invitation = received.find((mail) => mail.envelopeTo.includes(invited));
    const reset = received.find((mail) => mail.envelopeTo.includes(admin.email));
    assert.ok(invitation && reset);
    // The text part is the text as the domain wrote it.
    assert.match(invitation.text, /^Asha <b>Admin<\/b> invited you to write/);
    const inviteLink = /http:\/\/site\.test\/admin\/invitation\?token=[\w%-]+/.exec(
      invitation.text,
    )?.[0];
    assert.ok(inviteLink);
    // The HTML part: the site's look, the subject as heading, the link as a button, escaped.
    const html = invitation.html ?? '';
    assert.match(html, /<html [^>]*lang="en" dir="ltr">/);
    assert.match(html, /<h1 [^>]*>You are invited to the newsroom<\/h1>/);
    assert.ok(html.includes(`href="${inviteLink}"`), 'the invitation link is a button');
    assert.ok(html.includes('Asha &lt;b>Admin&lt;/b>'), 'the inviter’s name stays text');
    assert.equal(invitation.headers['content-language'], 'en');

    const resetLink = /http:\/\/site\.test\/admin\/reset-password\?token=[\w%-]+/.exec(
      reset.text,
    )?.[0];
    assert.ok(resetLink);
    assert.ok((reset.html ?? '').includes(`href="${resetLink}"`));
    assert.match(reset.html ?? '', /<h1 [^>]*>Reset your password<\/h1>/);
  });

  it('writes the HTML in the language the text was written in, and leaves HTML emails alone', async () => {
    const { db } = database();
    const sent: Parameters<Mailer['send']>[0][] = [];
    const looking = withEmailLook(
      { send: async (message) => void sent.push(message) },
      { db, siteUrl: SITE },
    );
    await looking.send({
      to: 'a@example.org',
      subject: 'ពិនិត្យ',
      text: 'Someone submitted it.\n\nReview it: http://site.test/admin/items/1\n',
      headers: { 'Content-Language': 'km' },
    });
    await looking.send({ to: 'b@example.org', subject: 'S', text: 'T', html: '<p>Own</p>' });
    assert.match(sent[0]?.html ?? '', /<html [^>]*lang="km"/);
    assert.match(
      sent[0]?.html ?? '',
      /<a href="http:\/\/site\.test\/admin\/items\/1"[^>]*>Review it<\/a>/,
    );
    assert.equal(
      sent[0]?.text,
      'Someone submitted it.\n\nReview it: http://site.test/admin/items/1\n',
    );
    assert.equal(sent[1]?.html, '<p>Own</p>');
  });
});
