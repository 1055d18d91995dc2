import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { selectSuppressedAmong } from '../../db/repositories/mail-suppression-repository.ts';
import { createSmtpMailer } from '../../lib/mail/smtp-mailer.ts';
import type { Mailer } from '../../lib/mail/mailer.ts';
import { recordingSenderLog } from '../../../test/support/mail-queue-fixtures.ts';
import { type SmtpSink, startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { enqueueMail, enqueueMailBatch, queuedMailState, type QueuedMail } from './mail-queue.ts';
import { type MailSenderDeps, SUPPRESSED_PREFIX, sendDueMail } from './mail-sender.ts';

const SITE_URL = 'https://news.example.net';

/** Sends until nothing is due at `now`; returns how many were sent. */
async function drain(deps: MailSenderDeps, now?: Date): Promise<number> {
  let sent = 0;
  for (;;) {
    const report = await sendDueMail(deps, { now });
    sent += report.sent;
    if (report.claimed === 0) return sent;
  }
}

describeEachDatabase('mail through a real SMTP server', (database) => {
  let sink: SmtpSink;
  let transport: Mailer;
  const deps = (extra: Partial<MailSenderDeps> = {}): MailSenderDeps => ({
    db: database().db,
    transport,
    composers: {},
    log: recordingSenderLog(),
    siteUrl: SITE_URL,
    ...extra,
  });

  before(async () => {
    sink = await startSmtpSink({
      refuse: (address) =>
        address.startsWith('gone')
          ? { code: 550, message: '5.1.1 No such mailbox here' }
          : address.startsWith('busy')
            ? { code: 451, message: '4.3.0 Try again later' }
            : undefined,
    });
    transport = createSmtpMailer({
      smtpUrl: sink.url,
      mailFrom: 'inspir <no-reply@news.example.net>',
    });
  });
  after(async () => {
    await transport.close?.();
    await sink.close();
  });
  beforeEach(() => sink.clear());

  it('sends both parts with the given headers, a Message-ID of the row and a Date', async () => {
    const { db } = database();
    const unsubscribe = 'https://news.example.net/subscriptions/unsubscribe?s=abc&sig=xyz';
    const id = await enqueueMail(db, {
      kind: 'message',
      to: 'reader@example.org',
      subject: 'Weekly: garment workers in Dhaka — সাপ্তাহিক',
      text: 'Read it: https://news.example.net/2030/01/wages\n',
      html: '<p>Read <a href="https://news.example.net/2030/01/wages">it</a> — সাপ্তাহিক</p>',
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    const before = Date.now();
    assert.equal(await drain(deps()), 1);
    const [mail] = await sink.waitFor(1);
    assert.deepEqual(mail?.envelopeTo, ['reader@example.org']);
    assert.equal(mail?.subject, 'Weekly: garment workers in Dhaka — সাপ্তাহিক');
    assert.match(mail?.headers['content-type'] ?? '', /^multipart\/alternative/);
    assert.equal(mail?.text, 'Read it: https://news.example.net/2030/01/wages\n');
    assert.match(
      mail?.html ?? '',
      /<a href="https:\/\/news\.example\.net\/2030\/01\/wages">it<\/a> — সাপ্তাহিক/,
    );
    assert.equal(mail?.messageId, `<${id}@news.example.net>`);
    assert.equal(mail?.headers['list-unsubscribe'], `<${unsubscribe}>`);
    assert.equal(mail?.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    const date = Date.parse(mail?.headers.date ?? '');
    assert.ok(date >= before - 1000 && date <= Date.now() + 1000, `Date ${mail?.headers.date}`);
    assert.equal((await queuedMailState(db, id))?.status, 'sent');
  });

  it('keeps a Message-ID the message was given, and writes send-time kinds from their reference', async () => {
    const { db } = database();
    await enqueueMail(db, {
      kind: 'message',
      to: 'own@example.org',
      subject: 'Own id',
      text: 'x',
      messageId: '<newsletter-7.own@news.example.net>',
    });
    await enqueueMail(db, { kind: 'newsletter', to: 'composed@example.org', refId: 'nl-42' });
    const composers: MailSenderDeps['composers'] = {
      newsletter: async (_db, { recipient, refId }) => ({
        to: recipient,
        subject: `Newsletter ${refId}`,
        text: 'Plain',
        html: '<p>Rich</p>',
      }),
    };
    assert.equal(await drain(deps({ composers })), 2);
    const mails = await sink.waitFor(2);
    const own = mails.find((mail) => mail.subject === 'Own id');
    const composed = mails.find((mail) => mail.subject === 'Newsletter nl-42');
    assert.equal(own?.messageId, '<newsletter-7.own@news.example.net>');
    assert.match(composed?.messageId ?? '', /^<[0-9a-f-]{36}@news\.example\.net>$/);
    assert.equal(composed?.html?.trim(), '<p>Rich</p>');
  });

  it('a 550 refusal fails the message at once, suppresses the address, and later mail to it is skipped', async () => {
    const { db } = database();
    const log = recordingSenderLog();
    const first = await enqueueMail(db, {
      kind: 'message',
      to: 'Gone@Example.org',
      subject: 'One',
      text: 'x',
    });
    const report = await sendDueMail(deps({ log }));
    assert.equal(report.failed, 1, 'no retry: the server said no for good');
    const state = await queuedMailState(db, first);
    assert.equal(state?.status, 'failed');
    assert.equal(state?.attempts, 1);
    assert.match(state?.last_error ?? '', /No such mailbox/);
    assert.deepEqual(
      [...(await selectSuppressedAmong(db, ['GONE@example.org'])).keys()],
      ['gone@example.org'],
    );

    const second = await enqueueMail(db, {
      kind: 'message',
      to: 'gone@example.org',
      subject: 'Two',
      text: 'x',
    });
    const ok = await enqueueMail(db, {
      kind: 'message',
      to: 'here@example.org',
      subject: 'Three',
      text: 'x',
    });
    const later = await sendDueMail(deps());
    assert.deepEqual({ skipped: later.skipped, sent: later.sent }, { skipped: 1, sent: 1 });
    const skipped = await queuedMailState(db, second);
    assert.equal(skipped?.status, 'skipped');
    assert.ok(skipped?.last_error?.startsWith(SUPPRESSED_PREFIX), skipped?.last_error ?? '');
    assert.equal((await queuedMailState(db, ok))?.status, 'sent');
    assert.deepEqual(
      sink.messages.map((mail) => mail.envelopeTo[0]),
      ['here@example.org'],
    );
  });

  it('a 4xx refusal is retried later, and the address is not suppressed', async () => {
    const { db } = database();
    const now = new Date('2031-01-01T00:00:00.000Z');
    const id = await enqueueMail(
      db,
      { kind: 'message', to: 'busy@example.org', subject: 'Hi', text: 'x' },
      now,
    );
    assert.equal((await sendDueMail(deps(), { now })).retried, 1);
    assert.equal((await queuedMailState(db, id))?.status, 'queued');
    assert.equal((await selectSuppressedAmong(db, ['busy@example.org'])).size, 0);
  });

  it('the hourly rate holds: no more are sent in an hour than allowed, the rest wait', async () => {
    const { db } = database();
    const start = new Date('2032-05-01T08:00:00.000Z');
    const mails: QueuedMail[] = Array.from({ length: 30 }, (_, index) => ({
      kind: 'message',
      to: `rate${index}@example.org`,
      subject: 'Rate',
      text: 'x',
    }));
    await enqueueMailBatch(db, mails, start);
    const limited = deps({ ratePerHour: 12 });
    assert.equal(await drain(limited, start), 12);
    assert.equal(
      await drain(limited, new Date(start.getTime() + 59 * 60 * 1000)),
      0,
      'the same hour',
    );
    const nextHour = new Date(start.getTime() + 60 * 60 * 1000 + 1000);
    assert.equal(await drain(limited, nextHour), 12);
    assert.equal(await drain(limited, new Date(nextHour.getTime() + 3600_000 + 1000)), 6);
    assert.equal(sink.messages.length, 30);
    assert.equal(new Set(sink.messages.map((mail) => mail.envelopeTo[0])).size, 30);
  });

  it('queues 5,000 at once in chunks, over both engines’ parameter limits, all or none', async () => {
    const { db } = database();
    const mails: QueuedMail[] = Array.from({ length: 5000 }, (_, index) => ({
      kind: 'newsletter',
      to: `bulk${index}@example.org`,
      refId: 'nl-bulk',
    }));
    assert.equal(await enqueueMailBatch(db, mails), 5000);
    const count = await db
      .selectFrom('mail_queue')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('ref_id', '=', 'nl-bulk')
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.count), 5000);
    // One bad row (no recipient) and none of the batch is kept.
    const broken = [
      ...mails.slice(0, 1500),
      { kind: 'newsletter', to: null } as unknown as QueuedMail,
    ].map((mail) => ({ ...mail, refId: 'nl-broken' }) as QueuedMail);
    await assert.rejects(enqueueMailBatch(db, broken));
    const none = await db
      .selectFrom('mail_queue')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('ref_id', '=', 'nl-broken')
      .executeTakeFirstOrThrow();
    assert.equal(Number(none.count), 0);
    await db.deleteFrom('mail_queue').where('ref_id', '=', 'nl-bulk').execute();
  });
});
