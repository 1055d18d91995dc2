import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordingMailLog } from '../../../test/support/smtp-sink.ts';
import { createLogMailer } from './log-mailer.ts';

describe('log mailer', () => {
  it('writes the recipient and subject to the log, never the text (it may hold a link)', async () => {
    const log = recordingMailLog();
    const message = {
      to: 'cora@example.org',
      subject: 'You are invited to inspir',
      text: 'Choose your password: http://site.test/invite/abc123\n',
    };
    await createLogMailer(log).send(message);
    assert.equal(log.infos.length, 1);
    assert.deepEqual(log.infos[0]?.details.mail, { to: message.to, subject: message.subject });
    assert.doesNotMatch(JSON.stringify(log.infos), /abc123/);
    assert.match(log.infos[0]?.message ?? '', /cora@example\.org/);
    assert.deepEqual(log.errors, []);
  });
});
