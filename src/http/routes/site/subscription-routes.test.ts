import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createTestLabels } from '../../../../test/support/content-fixtures.ts';
import { encodeForm } from '../../../../test/support/content-test-visitor.ts';
import { deliverQueuedMail } from '../../../../test/support/mail-queue-fixtures.ts';
import {
  type ReceivedMail,
  type SmtpSink,
  recordingMailLog,
  startSmtpSink,
} from '../../../../test/support/smtp-sink.ts';
import { TEST_SITE_URL, buildTestApp } from '../../../../test/support/test-app.ts';
import { describeEachDatabase } from '../../../../test/support/test-databases.ts';
import {
  selectSegmentsOf,
  selectSubscriberByEmail,
  updateSubscriber,
} from '../../../db/repositories/subscriber-repository.ts';
import { createContentItem } from '../../../domain/content/content-service.ts';
import { announceNewItems } from '../../../domain/subscriptions/item-announcements.ts';
import { REQUESTS_PER_EMAIL } from '../../../domain/subscriptions/subscription-service.ts';
import { createMailer } from '../../../lib/mail/create-mailer.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';

/**
 * Following by email from the reader's side, with a real SMTP server receiving what the
 * site sends: the form, double opt-in, preferences, one-click unsubscribe, bad links, and
 * the form's defences (honeypot, rate limit, no hint of who is subscribed).
 */

let addressCount = 0;
/** A client address of its own, so one test's per-address limit touches no other. */
const freshIp = () => `10.88.${Math.floor(++addressCount / 250)}.${addressCount % 250}`;

function linkIn(text: string, page: string): string {
  const found = new RegExp(
    `${TEST_SITE_URL}(/(?:[a-z]{2,3}/)?subscribe/${page}\\?token=[^\\s>]+)`,
  ).exec(text)?.[1];
  assert.ok(found, `a ${page} link in: ${text}`);
  return found;
}

describeEachDatabase('following by email', (database) => {
  let sink: SmtpSink;
  let app: FastifyInstance;
  let transport: Mailer;

  const subscribe = (form: Record<string, string | string[]>, ip = freshIp(), url = '/subscribe') =>
    app.inject({
      method: 'POST',
      url,
      remoteAddress: ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm(form),
    });

  const mailTo = async (email: string, count = 1): Promise<ReceivedMail[]> => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = sink.messages.filter((mail) => mail.envelopeTo.includes(email));
      if (found.length >= count) return found;
      if (Date.now() > deadline)
        assert.fail(`expected ${count} emails to ${email}, got ${found.length}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  /** Subscribes, confirms through the emailed link, and returns the confirmation email. */
  const subscribeAndConfirm = async (
    email: string,
    form: Record<string, string | string[]> = {},
  ) => {
    const answer = await subscribe({ email, frequency: 'instant', ...form });
    assert.equal(answer.statusCode, 200);
    const [confirmation] = await mailTo(email);
    assert.ok(confirmation);
    const confirmed = await app.inject({
      method: 'POST',
      url: linkIn(confirmation.text, 'confirm'),
    });
    assert.equal(confirmed.statusCode, 200);
    return confirmation;
  };

  before(async () => {
    await createTestLabels(database().db);
    sink = await startSmtpSink();
    app = await buildTestApp(database(), { config: { smtpUrl: sink.url } });
    transport = createMailer({
      smtpUrl: sink.url,
      mailFrom: 'site@site.test',
      log: recordingMailLog(),
    });
  });
  after(async () => {
    await app.close();
    await transport.close?.();
    await sink.close();
  });

  it('shows the form with the countries and themes, and preselects a country from its page', async () => {
    const page = await app.inject({ url: '/subscribe?country=nepal' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<input type="checkbox" name="country" value="nepal" checked/);
    assert.match(page.body, /<input type="checkbox" name="country" value="india"\s*\/?>/);
    assert.match(page.body, /name="theme" value="youth"/);
    assert.match(page.body, /I agree that .* keeps my email address/);
    // One language of items only: no language choice.
    assert.doesNotMatch(page.body, /name="language"/);
    const label = await app.inject({ url: '/countries/nepal' });
    assert.match(label.body, /href="\/subscribe\?country=nepal"/);
  });

  it('subscribes with double opt-in: the emailed link shows a button, and only the POST confirms', async () => {
    const email = 'Reader.One@Example.org';
    const answer = await subscribe({ email, country: 'nepal', frequency: 'instant' });
    assert.equal(answer.statusCode, 200);
    assert.match(answer.body, /Check your email/);
    const [confirmation] = await mailTo('reader.one@example.org');
    assert.ok(confirmation);
    assert.match(confirmation.subject, /Confirm your subscription/);
    assert.ok(
      confirmation.html?.includes('/subscribe/confirm?token='),
      'the HTML part has the link',
    );
    const link = linkIn(confirmation.text, 'confirm');
    const stored = await selectSubscriberByEmail(database().db, 'reader.one@example.org');
    assert.equal(stored?.status, 'pending');
    assert.match(stored?.consent_text ?? '', /^I agree that .* keeps my email address/);
    assert.equal(stored?.language, 'en');

    // A link scanner following the link confirms nothing.
    const opened = await app.inject({ url: link });
    assert.equal(opened.statusCode, 200);
    assert.match(opened.body, /<form method="post" action="\/subscribe\/confirm\?token=/);
    assert.equal(opened.headers['cache-control'], 'no-store');
    assert.equal(
      (await selectSubscriberByEmail(database().db, 'reader.one@example.org'))?.status,
      'pending',
    );

    const confirmed = await app.inject({ method: 'POST', url: link });
    assert.equal(confirmed.statusCode, 200);
    assert.match(confirmed.body, /your subscription is confirmed/);
    assert.match(confirmed.body, /name="country" value="nepal" checked/);
    const after = await selectSubscriberByEmail(database().db, 'reader.one@example.org');
    assert.equal(after?.status, 'confirmed');
    assert.ok(after?.confirmed_at);
  });

  it('answers a confirmed address asking again with its preferences link, changing nothing; preferences save', async () => {
    const email = 'reader.two@example.org';
    await subscribeAndConfirm(email, { country: 'nepal' });
    const again = await subscribe({ email, country: 'india', frequency: 'weekly' });
    assert.equal(again.statusCode, 200);
    assert.match(again.body, /Check your email/);
    const [, reminder] = await mailTo(email, 2);
    assert.ok(reminder);
    assert.match(reminder.subject, /Your subscription/);
    const subscriber = await selectSubscriberByEmail(database().db, email);
    assert.equal(subscriber?.frequency, 'instant', 'nothing changes without the link');
    // Every email to a subscriber carries the one-click headers and both parts.
    assert.match(
      reminder.headers['list-unsubscribe'] ?? '',
      /^<http:\/\/site\.test\/subscribe\/unsubscribe\?token=[^>]+>$/,
    );
    assert.equal(reminder.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    assert.ok(reminder.html && reminder.text);

    const preferences = linkIn(reminder.text, 'preferences');
    const page = await app.inject({ url: preferences });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="country" value="nepal" checked/);
    const saved = await app.inject({
      method: 'POST',
      url: preferences,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm({ country: ['india'], theme: 'youth', frequency: 'weekly' }),
    });
    assert.equal(saved.statusCode, 200);
    assert.match(saved.body, /Your choices are saved/);
    assert.match(saved.body, /name="country" value="india" checked/);
    const changed = await selectSubscriberByEmail(database().db, email);
    assert.equal(changed?.frequency, 'weekly');
    const segments = await selectSegmentsOf(database().db, [changed?.id ?? '']);
    assert.deepEqual(segments.map((segment) => segment.kind).sort(), ['country', 'theme']);

    // A made-up country is refused, the page kept as chosen.
    const refused = await app.inject({
      method: 'POST',
      url: preferences,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeForm({ country: ['atlantis'], frequency: 'weekly' }),
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /is not one of the choices/);
  });

  it('unsubscribes in one click (RFC 8058) and sends nothing more', async () => {
    const email = 'reader.three@example.org';
    await subscribeAndConfirm(email);
    await subscribe({ email, frequency: 'instant' });
    const [, reminder] = await mailTo(email, 2);
    const header = reminder?.headers['list-unsubscribe'] ?? '';
    const url = new URL(header.slice(1, -1));

    // Opening the link in a browser only shows a button.
    const shown = await app.inject({ url: url.pathname + url.search });
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /<button type="submit">Unsubscribe<\/button>/);
    assert.equal((await selectSubscriberByEmail(database().db, email))?.status, 'confirmed');

    const oneClick = await app.inject({
      method: 'POST',
      url: url.pathname + url.search,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    assert.equal(oneClick.statusCode, 200);
    const left = await selectSubscriberByEmail(database().db, email);
    assert.equal(left?.status, 'unsubscribed');
    assert.ok(left?.unsubscribed_at);
    // Mail programs may post the same as multipart; repeating it is harmless.
    const multipart = await app.inject({
      method: 'POST',
      url: url.pathname + url.search,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload:
        '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    });
    assert.equal(multipart.statusCode, 200);

    // Their address receives no announcement of a new item.
    sink.clear();
    await updateSubscriber(database().db, left?.id ?? '', {
      confirmed_at: new Date(Date.now() - 3_600_000).toISOString(),
    });
    await createContentItem(database().db, {
      title: 'Published after leaving',
      html: '<p>Body.</p>',
      status: 'published',
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await announceNewItems(database().db);
    await deliverQueuedMail(database().db, transport, { siteUrl: TEST_SITE_URL });
    assert.equal(sink.messages.filter((mail) => mail.envelopeTo.includes(email)).length, 0);
  });

  it('answers a bad, altered or other-purpose link with a friendly 404', async () => {
    const email = 'reader.four@example.org';
    const confirmation = await subscribeAndConfirm(email);
    const link = linkIn(confirmation.text, 'confirm');
    const token = new URL(link, TEST_SITE_URL).searchParams.get('token') ?? '';
    const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    for (const url of [
      '/subscribe/preferences',
      '/subscribe/preferences?token=nonsense',
      `/subscribe/preferences?token=${encodeURIComponent(altered)}`,
      // A confirm link does not open the preferences, nor unsubscribe.
      `/subscribe/preferences?token=${encodeURIComponent(token)}`,
      `/subscribe/unsubscribe?token=${encodeURIComponent(token)}`,
      `/subscribe/confirm?token=${'x'.repeat(5000)}`,
      `/subscribe/confirm?token=a&token=b`,
    ]) {
      const page = await app.inject({ url });
      assert.equal(page.statusCode, 404, url);
      assert.match(page.body, /This link does not work/);
      assert.match(page.body, /href="\/subscribe"/);
    }
    const post = await app.inject({
      method: 'POST',
      url: `/subscribe/unsubscribe?token=${encodeURIComponent(token)}`,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(post.statusCode, 404);
    assert.equal((await selectSubscriberByEmail(database().db, email))?.status, 'confirmed');
  });

  it('stores nothing for a filled honeypot, and answers the same', async () => {
    const answer = await subscribe({
      email: 'bot@example.org',
      frequency: 'instant',
      website: 'http://spam',
    });
    assert.equal(answer.statusCode, 200);
    assert.match(answer.body, /Check your email/);
    assert.equal(await selectSubscriberByEmail(database().db, 'bot@example.org'), undefined);
  });

  it('refuses bad input with the form filled in, and throttles one address with a 429', async () => {
    const refused = await subscribe({
      email: 'not an address',
      country: 'nepal',
      frequency: 'weekly',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /must be an email address/);
    assert.match(refused.body, /value="not an address"/);
    assert.match(refused.body, /name="country" value="nepal" checked/);
    assert.match(refused.body, /value="weekly" checked/);

    const email = 'flooded@example.org';
    const answers = await Promise.all(
      Array.from({ length: REQUESTS_PER_EMAIL + 2 }, () =>
        subscribe({ email, theme: 'youth', frequency: 'instant' }),
      ),
    );
    const codes = answers.map((answer) => answer.statusCode).sort();
    assert.equal(codes.filter((code) => code === 200).length, REQUESTS_PER_EMAIL);
    const throttled = answers.find((answer) => answer.statusCode === 429);
    assert.ok(throttled);
    assert.ok(Number(throttled.headers['retry-after']) > 0);
    assert.match(throttled.body, /Too many requests/);
    assert.match(throttled.body, /value="flooded@example.org"/);
    assert.match(throttled.body, /name="theme" value="youth" checked/);
  });

  it('writes in the language of the page it was asked from, with links under its prefix', async () => {
    const email = 'nepali.reader@example.org';
    const answer = await subscribe({ email, frequency: 'instant' }, freshIp(), '/ne/subscribe');
    assert.equal(answer.statusCode, 200);
    assert.equal((await selectSubscriberByEmail(database().db, email))?.language, 'ne');
    const [confirmation] = await mailTo(email);
    const link = linkIn(confirmation?.text ?? '', 'confirm');
    assert.match(link, /^\/ne\/subscribe\/confirm\?token=/);
    assert.match(confirmation?.html ?? '', /<html[^>]* lang="ne"/);
  });
});
