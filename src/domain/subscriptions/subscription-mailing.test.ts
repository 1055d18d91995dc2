import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, it } from 'node:test';
import { createTestLabels } from '../../../test/support/content-fixtures.ts';
import { deliverQueuedMail } from '../../../test/support/mail-queue-fixtures.ts';
import { type SmtpSink, recordingMailLog, startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { TEST_SITE_URL } from '../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import type { Db } from '../../db/connection.ts';
import { selectLabel } from '../../db/repositories/label-repository.ts';
import {
  insertSubscriber,
  replaceSubscriberSegments,
  selectSubscriber,
} from '../../db/repositories/subscriber-repository.ts';
import type { SegmentKind, SubscriptionFrequency } from '../../db/schema.ts';
import { createMailer } from '../../lib/mail/create-mailer.ts';
import type { Mailer } from '../../lib/mail/mailer.ts';
import { createContentItem } from '../content/content-service.ts';
import { runHourlySubscriptionRound } from './background-subscription-mailer.ts';
import { announceNewItems } from './item-announcements.ts';
import { selectRecipients } from './subscription-recipients.ts';
import { queueDueDigests } from './weekly-digest.ts';

/**
 * What subscribers receive, sent through a real SMTP server: new items announced once to
 * those who follow them, weekly digests of the week, and newsletters' audiences.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describeEachDatabase('subscription emails', (database) => {
  let sink: SmtpSink;
  let transport: Mailer;
  let labelIds: Record<string, string>;
  const db = (): Db => database().db;

  async function addSubscriber(options: {
    email: string;
    frequency?: SubscriptionFrequency;
    confirmedAt?: string;
    status?: 'confirmed' | 'pending' | 'unsubscribed';
    language?: string;
    follows?: { kind: SegmentKind; value: string }[];
    lastDigestAt?: string | null;
  }): Promise<string> {
    const id = randomUUID();
    const confirmedAt = options.confirmedAt ?? ago(DAY);
    await insertSubscriber(db(), {
      id,
      email: options.email,
      status: options.status ?? 'confirmed',
      frequency: options.frequency ?? 'instant',
      language: options.language ?? 'en',
      created_at: confirmedAt,
      confirmed_at: options.status === 'pending' ? null : confirmedAt,
      unsubscribed_at: null,
      consent_text: 'I agree.',
      consent_at: confirmedAt,
      consent_source: 'form',
      last_digest_at: options.lastDigestAt ?? null,
    });
    await replaceSubscriberSegments(db(), id, options.follows ?? []);
    return id;
  }

  const publish = (title: string, publishedAt: string, extra: Record<string, unknown> = {}) =>
    createContentItem(db(), {
      title,
      html: `<p>${title}, the body.</p>`,
      excerpt: `${title}, in short.`,
      status: 'published',
      publishedAt,
      ...extra,
    });

  const deliver = () => deliverQueuedMail(db(), transport, { siteUrl: TEST_SITE_URL });
  const received = (email: string) =>
    sink.messages.filter((mail) => mail.envelopeTo.includes(email));

  before(async () => {
    await createTestLabels(db());
    labelIds = {};
    for (const slug of ['nepal', 'india'] as const) {
      labelIds[slug] = (await selectLabel(db(), 'country', slug))?.id ?? '';
    }
    labelIds.youth = (await selectLabel(db(), 'theme', 'youth'))?.id ?? '';
    sink = await startSmtpSink();
    transport = createMailer({
      smtpUrl: sink.url,
      mailFrom: 'site@site.test',
      log: recordingMailLog(),
    });
  });
  beforeEach(async () => {
    // Each test starts with no subscribers and no items waiting to be announced.
    await db().deleteFrom('subscribers').execute();
    await announceNewItems(db());
    await db().deleteFrom('mail_queue').execute();
    sink.clear();
  });
  after(async () => {
    await transport.close?.();
    await sink.close();
  });

  it('announces a new item once, even with two announcers at once, with both parts and one-click headers', async () => {
    const email = 'instant@example.org';
    await addSubscriber({ email, confirmedAt: ago(DAY) });
    await publish('A strike in Kathmandu', ago(60_000), {
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    const runs = await Promise.all([announceNewItems(db()), announceNewItems(db())]);
    assert.equal(runs[0].emails + runs[1].emails, 1);
    assert.equal((await announceNewItems(db())).emails, 0, 'a third run finds nothing new');
    await deliver();
    const mails = received(email);
    assert.equal(mails.length, 1);
    const [mail] = mails;
    assert.equal(mail?.subject, 'A strike in Kathmandu');
    assert.match(mail?.text ?? '', /A strike in Kathmandu, in short\./);
    assert.match(mail?.html ?? '', /A strike in Kathmandu/);
    assert.match(
      mail?.headers['list-unsubscribe'] ?? '',
      /^<http:\/\/site\.test\/subscribe\/unsubscribe\?token=/,
    );
    assert.equal(mail?.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    assert.match(mail?.text ?? '', /\/subscribe\/preferences\?token=/);
  });

  it('sends an item to those who follow its country or everything, not to followers of another', async () => {
    await addSubscriber({
      email: 'nepal@example.org',
      follows: [{ kind: 'country', value: labelIds.nepal ?? '' }],
    });
    await addSubscriber({
      email: 'india@example.org',
      follows: [{ kind: 'country', value: labelIds.india ?? '' }],
    });
    await addSubscriber({ email: 'all@example.org' });
    await addSubscriber({ email: 'weekly@example.org', frequency: 'weekly' });
    await addSubscriber({ email: 'pending@example.org', status: 'pending' });
    await addSubscriber({ email: 'left@example.org', status: 'unsubscribed' });
    // Confirmed after the item went public: it was not news to them as a subscriber.
    await addSubscriber({ email: 'late@example.org', confirmedAt: ago(0) });
    await publish('Nepal only', ago(60_000), { labels: [{ kind: 'country', slug: 'nepal' }] });
    const round = await announceNewItems(db());
    assert.equal(round.emails, 2);
    await deliver();
    assert.equal(received('nepal@example.org').length, 1);
    assert.equal(received('all@example.org').length, 1);
    for (const email of [
      'india@example.org',
      'weekly@example.org',
      'pending@example.org',
      'left@example.org',
      'late@example.org',
    ]) {
      assert.equal(received(email).length, 0, email);
    }
  });

  it('announces one member of a translation group per subscriber, in their language when it has one', async () => {
    await addSubscriber({ email: 'en@example.org', language: 'en' });
    await addSubscriber({ email: 'ne@example.org', language: 'ne' });
    await addSubscriber({
      email: 'ne-only@example.org',
      language: 'en',
      follows: [{ kind: 'language', value: 'ne' }],
    });
    const original = await publish('Minimum wage', ago(120_000));
    await publish('न्यूनतम ज्याला', ago(60_000), { locale: 'ne', translationGroup: original });
    assert.equal((await announceNewItems(db())).emails, 3);
    await deliver();
    assert.deepEqual(
      received('en@example.org').map((mail) => mail.subject),
      ['Minimum wage'],
    );
    assert.deepEqual(
      received('ne@example.org').map((mail) => mail.subject),
      ['न्यूनतम ज्याला'],
    );
    assert.deepEqual(
      received('ne-only@example.org').map((mail) => mail.subject),
      ['न्यूनतम ज्याला'],
    );

    // A translation published later is not announced again to those who had the group.
    sink.clear();
    await publish('Salaire minimum', ago(30_000), { locale: 'fr', translationGroup: original });
    assert.equal((await announceNewItems(db())).emails, 0);
  });

  it('does not mail the archive: items published more than two days ago are never announced', async () => {
    await addSubscriber({ email: 'old@example.org', confirmedAt: ago(30 * DAY) });
    await publish('Old news', ago(3 * DAY));
    assert.equal((await announceNewItems(db())).emails, 0);
    // A scheduled item is announced once its time has come, not before.
    const scheduled = await createContentItem(db(), {
      title: 'Tomorrow',
      html: '<p>Soon.</p>',
      status: 'scheduled',
      publishedAt: new Date(Date.now() + HOUR).toISOString(),
    });
    assert.equal((await announceNewItems(db())).emails, 0);
    const later = await announceNewItems(db(), new Date(Date.now() + 2 * HOUR));
    assert.equal(later.emails, 1);
    assert.ok(scheduled);
  });

  it('queues one weekly digest of the week, once, listing what its subscriber follows', async () => {
    const email = 'weekly@example.org';
    const id = await addSubscriber({
      email,
      frequency: 'weekly',
      confirmedAt: ago(8 * DAY),
      follows: [{ kind: 'country', value: labelIds.nepal ?? '' }],
    });
    await addSubscriber({
      email: 'recent@example.org',
      frequency: 'weekly',
      confirmedAt: ago(2 * DAY),
    });
    await publish('Before the week', ago(9 * DAY), {
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    await publish('Nepal this week', ago(3 * DAY), {
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    await publish('Also Nepal this week', ago(2 * DAY), {
      labels: [{ kind: 'country', slug: 'nepal' }],
    });
    await publish('India this week', ago(DAY), { labels: [{ kind: 'country', slug: 'india' }] });
    const [first, second] = await Promise.all([queueDueDigests(db()), queueDueDigests(db())]);
    assert.equal((first ?? 0) + (second ?? 0), 1, 'one digest, and none to the recent subscriber');
    assert.equal(await queueDueDigests(db()), 0, 'not again within the week');
    await deliver();
    const mails = received(email);
    assert.equal(mails.length, 1);
    const text = mails[0]?.text ?? '';
    assert.match(mails[0]?.subject ?? '', /This week on/);
    assert.match(text, /Nepal this week/);
    assert.match(text, /Also Nepal this week/);
    assert.doesNotMatch(text, /India this week/);
    assert.doesNotMatch(text, /Before the week/);
    assert.ok(mails[0]?.html);
    assert.equal(mails[0]?.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    assert.ok((await selectSubscriber(db(), id))?.last_digest_at);
    assert.equal(received('recent@example.org').length, 0);
  });

  it('skips an empty digest, and removes requests never confirmed within seven days', async () => {
    await addSubscriber({
      email: 'quiet@example.org',
      frequency: 'weekly',
      confirmedAt: ago(8 * DAY),
      follows: [{ kind: 'theme', value: labelIds.youth ?? '' }],
    });
    const stale = await addSubscriber({
      email: 'stale@example.org',
      status: 'pending',
      confirmedAt: ago(8 * DAY),
    });
    const fresh = await addSubscriber({
      email: 'fresh@example.org',
      status: 'pending',
      confirmedAt: ago(DAY),
    });
    const round = await runHourlySubscriptionRound(db(), new Date());
    assert.deepEqual(round, { digests: 1, removed: 1 });
    const report = await deliver();
    assert.equal(report.sent, 0);
    assert.equal(report.skipped, 1);
    assert.equal(await selectSubscriber(db(), stale), undefined);
    assert.ok(await selectSubscriber(db(), fresh));
  });

  it('selects a newsletter audience page by page: segments, or everyone when none', async () => {
    await addSubscriber({
      email: 'n@example.org',
      follows: [{ kind: 'country', value: labelIds.nepal ?? '' }],
    });
    await addSubscriber({
      email: 'i@example.org',
      follows: [{ kind: 'country', value: labelIds.india ?? '' }],
    });
    await addSubscriber({ email: 'a@example.org', language: 'ne' });
    await addSubscriber({ email: 'w@example.org', frequency: 'weekly' });
    await addSubscriber({ email: 'p@example.org', status: 'pending' });
    const collect = async (segments: {
      countries: string[];
      themes: string[];
      languages: string[];
    }) => {
      const emails: string[] = [];
      for await (const batch of selectRecipients(db(), segments, { pageSize: 2 })) {
        emails.push(...batch.map((recipient) => recipient.email));
      }
      return emails.sort();
    };
    assert.deepEqual(await collect({ countries: [], themes: [], languages: [] }), [
      'a@example.org',
      'i@example.org',
      'n@example.org',
      'w@example.org',
    ]);
    assert.deepEqual(
      await collect({ countries: [labelIds.nepal ?? ''], themes: [], languages: [] }),
      ['a@example.org', 'n@example.org', 'w@example.org'],
    );
    assert.deepEqual(await collect({ countries: [], themes: [], languages: ['ne'] }), [
      'a@example.org',
    ]);
  });
});
