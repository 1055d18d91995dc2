import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordingMailLog, startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { createMailer } from './create-mailer.ts';

const message = { to: 'ada@example.org', subject: 'Hello', text: 'http://site.test/admin\n' };

describe('createMailer', () => {
  it('sends through SMTP when a URL is configured', async () => {
    const sink = await startSmtpSink();
    try {
      const log = recordingMailLog();
      const mailer = createMailer({ smtpUrl: sink.url, mailFrom: 'no-reply@site.test', log });
      await mailer.send(message);
      const [mail] = await sink.waitFor(1);
      assert.deepEqual(mail?.envelopeTo, ['ada@example.org']);
      assert.equal(mail?.subject, 'Hello');
      assert.deepEqual(log.infos, []);
    } finally {
      await sink.close();
    }
  });

  it('writes to the log without one', async () => {
    const log = recordingMailLog();
    await createMailer({ smtpUrl: null, mailFrom: 'no-reply@site.test', log }).send(message);
    assert.deepEqual(log.infos[0]?.details.mail, { to: message.to, subject: message.subject });
  });
});
