import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { itemPath } from '../../src/domain/content-types/content-type-registry.ts';
import { createContentItem } from '../../src/domain/content/content-service.ts';
import { MIN_FORM_AGE_MS } from '../../src/domain/comments/comment-abuse.ts';
import { announceNewItems } from '../../src/domain/subscriptions/item-announcements.ts';
import { axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import {
  type BrowserSite,
  openWatchedPage,
  signedInPage,
  startBrowserSite,
} from '../support/browser-site.ts';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

/**
 * Dialogue end to end, in Chromium against a real server that sends its mail to a real SMTP
 * server: a reader without JavaScript comments on a post (a first try sent at once is
 * refused and keeps what they typed), a Nepal editor approves it, the reader sees it; a reader without JavaScript subscribes to Nepal, confirms from the email,
 * receives the next Nepal item (and not a Cambodia one), and leaves in one click from the
 * email's List-Unsubscribe header, after which nothing more arrives.
 */

const POST_TITLE = 'Brick kiln workers ask for a health scheme';
const READER = { name: 'Maya Shrestha', email: 'maya.reader@example.org' };
const COMMENT = 'We saw the same in Bhaktapur: families work the kilns from November to May.';
const SUBSCRIBER = 'tika.subscriber@example.org';

/** Reader and phone: JavaScript off, a 360 px screen. */
const PHONE_READER = { javaScriptEnabled: false, viewport: { width: 360, height: 780 } };

/** Fails when the page scrolls sideways (its content is wider than the window). */
async function assertNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${what} is ${scrollWidth} px wide in ${clientWidth} px`);
}

/** Waits until the sender has delivered (or given up on) every queued email. */
async function waitForQueueToEmpty(site: BrowserSite, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const waiting = await site.database.db
      .selectFrom('mail_queue')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('status', '=', 'queued')
      .executeTakeFirstOrThrow();
    if (Number(waiting.count) === 0) return;
    assert.ok(Date.now() < deadline, `${waiting.count} emails still queued after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(
  'dialogue in a browser: comments and subscriptions',
  // Two flows, each waiting on the form's minimum time and on mail.
  { timeout: 240_000, skip: browserSkipReason() },
  () => {
    let site: BrowserSite;
    let sink: SmtpSink;
    let postPath = '';

    /**
     * axe-core's findings on a public page at 360 px. axe runs as a script, which a page
     * without JavaScript never runs, so it looks at the same address in a tab that has it.
     */
    async function axeAtPhoneWidth(pagePath: string): Promise<string[]> {
      const { page, context } = await openWatchedPage(site, {
        viewport: PHONE_READER.viewport,
      });
      await page.goto(pagePath);
      const violations = await axeViolations(page);
      await context.close();
      return violations;
    }

    /** The same path on the site under test: the site's links carry SITE_URL's origin. */
    function onSite(link: string): string {
      const url = new URL(link);
      assert.equal(url.origin, new URL(site.config.siteUrl).origin, `${link} is the site's`);
      return `${url.pathname}${url.search}`;
    }

    /** The first email to `to` that `matches`, waiting for it up to `timeoutMs`. */
    async function mailTo(
      to: string,
      matches: (mail: ReceivedMail) => boolean,
      timeoutMs = 15_000,
    ): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = sink.messages.find((mail) => mail.envelopeTo.includes(to) && matches(mail));
        if (found) return found;
        if (Date.now() > deadline) {
          const seen = sink.messages.map((mail) => `${mail.envelopeTo.join(',')}: ${mail.subject}`);
          const queue = await site.database.db
            .selectFrom('mail_queue')
            .select(['kind', 'recipient', 'status', 'last_error'])
            .execute();
          assert.fail(
            `no such email to ${to} within ${timeoutMs} ms; received: ${seen.join('; ')}; ` +
              `the queue: ${JSON.stringify(queue)}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    /**
     * Publishes a post in a country, as an editor's publishing would, and runs now what the
     * server's announcer runs each minute; the server's mail sender delivers what it queued
     * at its next poll (every 30 s). Answers the emails queued.
     */
    async function publishAndAnnounce(title: string, country: string): Promise<number> {
      const { db } = site.database;
      await createContentItem(db, {
        title,
        html: `<p>${title}: what the union learned this month.</p>`,
        status: 'published',
        labels: [{ kind: 'country', slug: country }],
      });
      return (await announceNewItems(db)).emails;
    }

    /** The queue's rows addressed to `to`: what was ever meant for them. */
    async function queuedFor(to: string): Promise<{ kind: string }[]> {
      return site.database.db
        .selectFrom('mail_queue')
        .select('kind')
        .where('recipient', '=', to)
        .execute();
    }

    before(async () => {
      sink = await startSmtpSink();
      site = await startBrowserSite({
        name: 'dialogue',
        smtpUrl: sink.url,
        labels: [
          { kind: 'country', slug: 'nepal', name: 'Nepal' },
          { kind: 'country', slug: 'cambodia', name: 'Cambodia' },
        ],
        users: [
          { email: 'nima@example.org', name: 'Nima Editor', role: 'editor', countries: ['nepal'] },
        ],
        async seed({ db }) {
          // Older than the announcer's window: only the test's own items are announced.
          const publishedAt = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString();
          await createContentItem(db, {
            title: POST_TITLE,
            slug: 'brick-kiln-workers-health-scheme',
            html: '<p>Seasonal workers in the Kathmandu valley kilns have no health cover.</p>',
            status: 'published',
            publishedAt,
            labels: [{ kind: 'country', slug: 'nepal' }],
          });
          postPath = itemPath('post', 'brick-kiln-workers-health-scheme', publishedAt);
        },
      });
    });

    after(async () => {
      await site?.close();
      await sink?.close();
    });

    it('lets a reader comment without JavaScript; an editor approves it; it appears', async () => {
      const reader = await openWatchedPage(site, PHONE_READER);
      const { page } = reader;
      await page.goto(postPath);
      await assertNoSidewaysScroll(page, 'the post with its comment form at 360 px');
      await page.getByLabel('Name', { exact: true }).fill(READER.name);
      await page.getByLabel('Email', { exact: true }).fill(READER.email);
      await page.getByLabel('Comment', { exact: true }).fill(COMMENT);
      // Sent at once, as a bot would: refused, with what was typed kept in the form.
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.getByText('That was quicker than a person types.', { exact: false }).waitFor();
      assert.equal(await page.getByLabel('Comment', { exact: true }).inputValue(), COMMENT);
      assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), READER.name);
      // A person takes longer than the form's minimum time.
      await page.waitForTimeout(MIN_FORM_AGE_MS + 500);
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.getByRole('heading', { name: 'Your comment waits for a moderator' }).waitFor();
      await page.goto(postPath);
      assert.equal(await page.getByText(COMMENT).count(), 0, 'a held comment is not shown');

      const editor = await signedInPage(site, 'nima@example.org', {
        viewport: { width: 1280, height: 900 },
      });
      await editor.page.goto('/admin/comments');
      assert.deepEqual(await axeViolations(editor.page), [], '/admin/comments passes axe');
      await editor.page
        .getByRole('button', { name: `Approve the comment by ${READER.name}`, exact: true })
        .click();
      await editor.page.getByText('The comment is approved and shown on its page.').waitFor();

      // Approving changes the public page, cached or not.
      await page.reload();
      await page.getByText(COMMENT).waitFor();
      assert.equal((await page.getByText(READER.name).count()) > 0, true, 'with its writer’s name');
      assert.equal(await page.getByText(READER.email).count(), 0, 'never with their email');
      await assertNoSidewaysScroll(page, 'the post with its comment at 360 px');
      assert.deepEqual(await axeAtPhoneWidth(postPath), [], 'the post with a comment passes axe');
      assert.deepEqual([...reader.problems, ...editor.problems], []);
      await reader.context.close();
      await editor.context.close();
    });

    it('lets a reader subscribe, confirm, receive an item and leave in one click', async () => {
      const reader = await openWatchedPage(site, PHONE_READER);
      const { page } = reader;
      await page.goto('/subscribe');
      await assertNoSidewaysScroll(page, '/subscribe at 360 px');
      assert.deepEqual(await axeAtPhoneWidth('/subscribe'), [], '/subscribe passes axe');
      await page.getByLabel('Your email address', { exact: true }).fill(SUBSCRIBER);
      await page.getByLabel('Nepal', { exact: true }).check();
      await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
      await page.getByRole('heading', { name: 'Check your email' }).waitFor();

      const confirmation = await mailTo(SUBSCRIBER, () => true);
      assert.ok(confirmation.html, 'the confirmation has an HTML part');
      const confirmLink = /https?:\/\/\S+\/subscribe\/confirm\?token=[^\s"<>]+/.exec(
        confirmation.text,
      )?.[0];
      assert.ok(confirmLink, `a confirmation link in: ${confirmation.text}`);
      assert.ok(
        confirmation.html.includes(`href="${confirmLink.replaceAll('&', '&amp;')}"`),
        'the HTML part links to the same address',
      );
      await page.goto(onSite(confirmLink));
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      await page.getByText('Thank you: your subscription is confirmed.').waitFor();

      sink.clear();
      assert.equal(
        await publishAndAnnounce('Cambodia garment unions meet the ministry', 'cambodia'),
        0,
        'a Cambodia item is not announced to a Nepal subscriber',
      );
      assert.equal(
        await publishAndAnnounce('Nepal adds kiln workers to the social security fund', 'nepal'),
        1,
        'a Nepal item is announced to the one confirmed subscriber',
      );
      const announcement = await mailTo(
        SUBSCRIBER,
        (mail) => /kiln workers/.test(mail.subject),
        45_000,
      );
      assert.ok(announcement.html, 'the announcement has an HTML part');
      assert.match(announcement.text, /kiln workers/);
      assert.ok(announcement.messageId, 'a Message-ID');
      assert.ok(announcement.headers.date, 'a Date');
      assert.equal(announcement.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
      const unsubscribeUrl = /<(https?:[^>]+)>/.exec(
        announcement.headers['list-unsubscribe'] ?? '',
      )?.[1];
      assert.match(
        unsubscribeUrl ?? '',
        /\/subscribe\/unsubscribe\?token=/,
        `List-Unsubscribe: ${announcement.headers['list-unsubscribe']}`,
      );
      assert.ok(unsubscribeUrl);
      assert.equal(
        sink.messages.filter((mail) => mail.envelopeTo.includes(SUBSCRIBER)).length,
        1,
        'one announcement and nothing else',
      );

      // What a mail client does for the "Unsubscribe" button: a POST, no cookie, no page.
      const answer = await fetch(new URL(onSite(unsubscribeUrl), site.baseURL), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.ok(answer.ok, `one-click unsubscribe answered ${answer.status}`);
      const row = await site.database.db
        .selectFrom('subscribers')
        .select('status')
        .where('email', '=', SUBSCRIBER)
        .executeTakeFirstOrThrow();
      assert.equal(row.status, 'unsubscribed');

      const before = (await queuedFor(SUBSCRIBER)).length;
      sink.clear();
      await publishAndAnnounce('Kathmandu kilns close for the monsoon', 'nepal');
      assert.equal((await queuedFor(SUBSCRIBER)).length, before, 'nothing queued for them');
      await waitForQueueToEmpty(site, 45_000);
      assert.deepEqual(
        sink.messages.filter((mail) => mail.envelopeTo.includes(SUBSCRIBER)),
        [],
        'nothing arrives after unsubscribing',
      );
      assert.deepEqual(reader.problems, []);
      await reader.context.close();
    });
  },
);
