import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { type SmtpSink, startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

describe('SMTP mailer', () => {
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
  });
  after(() => sink.close());
  beforeEach(() => sink.clear());

  it('delivers a plain-text message from the configured sender', async () => {
    const mailer = createSmtpMailer({
      smtpUrl: sink.url,
      mailFrom: 'inspir <no-reply@site.test>',
    });
    await mailer.send({
      to: 'nima@example.org',
      subject: 'For review: Wages in Kathmandu',
      text: 'Review it: http://site.test/admin/items/42\n',
    });
    const [mail] = await sink.waitFor(1);
    assert.deepEqual(mail?.envelopeTo, ['nima@example.org']);
    assert.deepEqual(mail?.to, ['nima@example.org']);
    assert.equal(mail?.from, 'inspir <no-reply@site.test>');
    assert.equal(mail?.subject, 'For review: Wages in Kathmandu');
    assert.match(mail?.headers['content-type'] ?? '', /^text\/plain/);
    assert.equal(mail?.text, 'Review it: http://site.test/admin/items/42\n');
  });

  it('keeps non-ASCII text and subjects intact', async () => {
    const mailer = createSmtpMailer({ smtpUrl: sink.url, mailFrom: 'no-reply@site.test' });
    const text = `Nima sent “Pokhara’s workers” back: add the union’s reply — ${'long line '.repeat(12)}\nसमीक्षा\n`;
    await mailer.send({
      to: 'cora@example.org',
      subject: 'Sent back: “Pokhara’s workers” समीक्षा',
      text,
    });
    const [mail] = await sink.waitFor(1);
    assert.equal(mail?.subject, 'Sent back: “Pokhara’s workers” समीक्षा');
    assert.equal(mail?.text, text);
    assert.equal(mail?.headers['content-transfer-encoding'], 'quoted-printable');
  });

  it('rejects a delivery the server did not accept, so the queue keeps the message', async () => {
    const closed = await startSmtpSink();
    await closed.close();
    const mailer = createSmtpMailer({ smtpUrl: closed.url, mailFrom: 'no-reply@site.test' });
    await assert.rejects(
      mailer.send({
        to: 'cora@example.org',
        subject: 'Reset your password',
        text: 'http://site.test/reset/secret-token',
      }),
    );
  });
});
