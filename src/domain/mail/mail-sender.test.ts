import assert from 'node:assert/strict';
import { it } from 'node:test';
import { recordingSenderLog } from '../../../test/support/mail-queue-fixtures.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { startBackgroundMailSender } from './background-mail-sender.ts';
import { createMailQueue, enqueueMail, queuedMailState } from './mail-queue.ts';
import {
  MAIL_LEASE_MS,
  MAX_MAIL_ATTEMPTS,
  type MailSenderDeps,
  mailRetryDelayMs,
  sendDueMail,
} from './mail-sender.ts';
import type { MailMessage, Mailer } from '../../lib/mail/mailer.ts';

/** A transport that keeps what it accepts, after failing the first `failures` sends. */
function flakyTransport(failures = 0, delayMs = 0): Mailer & { accepted: MailMessage[] } {
  const accepted: MailMessage[] = [];
  let failuresLeft = failures;
  return {
    accepted,
    async send(message) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('451 4.3.0 Mail server temporarily rejected message');
      }
      accepted.push(message);
    },
  };
}

function senderOf(db: MailSenderDeps['db'], transport: Mailer): MailSenderDeps {
  return { db, transport, composers: {}, log: recordingSenderLog(), siteUrl: 'http://site.test' };
}

const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

describeEachDatabase('the mail queue', (database) => {
  it('hardening 3: a failed message is kept, retried with growing waits, and sent later', async () => {
    const { db } = database();
    const start = new Date('2030-01-01T10:00:00.000Z');
    const id = await enqueueMail(
      db,
      { kind: 'message', to: 'retry@example.org', subject: 'Hello', text: 'Body' },
      start,
    );
    const transport = flakyTransport(2);
    const log = recordingSenderLog();
    const deps = { ...senderOf(db, transport), log };

    assert.equal((await sendDueMail(deps, { now: start })).retried, 1);
    const afterFirst = await queuedMailState(db, id);
    assert.equal(afterFirst?.status, 'queued', 'not marked sent: the server refused it');
    assert.match(afterFirst?.last_error ?? '', /temporarily rejected/);
    assert.doesNotMatch(JSON.stringify(log.errors), /Body/, 'the log leaves the text out');

    const firstWait = mailRetryDelayMs(1);
    assert.equal((await sendDueMail(deps, { now: at(start, firstWait - 1000) })).claimed, 0);
    const secondTry = at(start, firstWait);
    assert.equal((await sendDueMail(deps, { now: secondTry })).retried, 1);
    const secondWait = mailRetryDelayMs(2);
    assert.ok(secondWait > firstWait, 'each wait is longer than the last');
    assert.equal((await sendDueMail(deps, { now: at(secondTry, secondWait - 1000) })).claimed, 0);
    assert.equal((await sendDueMail(deps, { now: at(secondTry, secondWait) })).sent, 1);

    assert.deepEqual(transport.accepted, [
      { to: 'retry@example.org', subject: 'Hello', text: 'Body', messageId: `<${id}@site.test>` },
    ]);
    assert.equal((await queuedMailState(db, id))?.status, 'sent');
  });

  it('hardening 3: gives a message up after the last attempt, keeping the error', async () => {
    const { db } = database();
    let now = new Date('2030-02-01T10:00:00.000Z');
    const id = await enqueueMail(
      db,
      { kind: 'message', to: 'bounce@example.org', subject: 'Hi', text: 'x' },
      now,
    );
    const deps = senderOf(db, flakyTransport(Number.POSITIVE_INFINITY));
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      assert.equal((await sendDueMail(deps, { now })).claimed, 1, `attempt ${attempt}`);
      now = at(now, mailRetryDelayMs(attempt));
    }
    const state = await queuedMailState(db, id);
    assert.equal(state?.status, 'failed');
    assert.match(state?.last_error ?? '', /temporarily rejected/);
    assert.equal((await sendDueMail(deps, { now: at(now, 24 * 3600 * 1000) })).claimed, 0);
  });

  it('hardening 3: a message held by a sender that crashed mid-send is sent after the lease', async () => {
    const { db } = database();
    const start = new Date('2030-03-01T10:00:00.000Z');
    const id = await enqueueMail(
      db,
      { kind: 'message', to: 'crash@example.org', subject: 'Lease', text: 'x' },
      start,
    );
    // The crashed sender: it claimed the message and never came back from sending it.
    const hanging: Mailer = { send: () => new Promise<void>(() => {}) };
    void sendDueMail(senderOf(db, hanging), { now: start });
    await new Promise((resolve) => setTimeout(resolve, 100));

    const transport = flakyTransport();
    const survivor = senderOf(db, transport);
    assert.equal((await sendDueMail(survivor, { now: at(start, 60_000) })).claimed, 0);
    assert.equal(
      (await sendDueMail(survivor, { now: at(start, MAIL_LEASE_MS + 1000) })).sent,
      1,
      'claimed again once the lease ran out',
    );
    assert.deepEqual(
      transport.accepted.map((message) => message.to),
      ['crash@example.org'],
    );
    assert.equal((await queuedMailState(db, id))?.status, 'sent');
  });

  it('hardening 3: several senders at once never send one message twice', async () => {
    const { db } = database();
    const now = new Date('2030-04-01T10:00:00.000Z');
    const recipients = Array.from({ length: 40 }, (_, index) => `many${index}@example.org`);
    for (const to of recipients) {
      await enqueueMail(db, { kind: 'message', to, subject: 'Once', text: 'x' }, now);
    }
    const transport = flakyTransport(0, 2);
    const sender = async () => {
      const deps = senderOf(db, transport);
      while ((await sendDueMail(deps, { now, limit: 3 })).claimed > 0);
    };
    await Promise.all([sender(), sender(), sender(), sender()]);
    const delivered = transport.accepted.map((message) => message.to).sort();
    assert.deepEqual(delivered, [...recipients].sort());
  });

  it('hardening 3: an email queued before a crash is sent when a sender starts again', async () => {
    const { db } = database();
    // Queued by a process that stopped before sending anything (no sender was running).
    await createMailQueue(db).send({ to: 'restart@example.org', subject: 'Kept', text: 'x' });
    const transport = flakyTransport();
    const sender = startBackgroundMailSender(senderOf(db, transport), { pollMs: 60_000 });
    try {
      await sender.idle();
      assert.deepEqual(
        transport.accepted.map((message) => message.to),
        ['restart@example.org'],
      );
    } finally {
      await sender.stop();
    }
  });
});
