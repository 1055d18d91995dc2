import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { MIN_FORM_AGE_MS } from '../../src/domain/comments/comment-abuse.ts';
import { itemPath } from '../../src/domain/content-types/content-type-registry.ts';
import { createContentItem } from '../../src/domain/content/content-service.ts';
import { getTranslator } from '../../src/lib/i18n/translator.ts';
import { axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import {
  type BrowserSite,
  openWatchedPage,
  signedInPage,
  startBrowserSite,
} from '../support/browser-site.ts';
import { wallClockFromNow } from '../support/event-fixtures.ts';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

/**
 * Taking part end to end (issue 20), in Chromium against a real server whose mail goes to a
 * real SMTP server. A reader without JavaScript registers for an online event, confirms from
 * the email and receives the place with the private joining link and an `.ics`; the event's
 * organiser (a Nepal editor) sees the registration and downloads the list as CSV. A reader
 * signs a call to action for their organisation, confirms, and is not listed until the editor
 * approves the signature; then the statement's page lists the organisation.
 *
 * What people read is looked up in the English catalogue by key, as the pages draw it.
 */

const t = getTranslator('en').t.bind(getTranslator('en'));

const EVENT = {
  slug: 'brick-kiln-workers-online-meeting',
  title: 'Brick kiln workers meet online',
  joiningUrl: 'https://meet.example.org/kiln-workers-4b7c',
  questions: ['Which language of interpretation do you need?', 'Any access needs?'],
};
const STATEMENT = {
  slug: 'kiln-workers-health-charter',
  title: 'Sign the kiln workers’ health charter',
};
const REGISTRANT = {
  name: 'Maya Shrestha',
  email: 'maya.registrant@example.org',
  organization: 'Brick Kiln Workers’ Union',
  country: 'Nepal',
};
const SIGNER = {
  name: 'Ram Tamang',
  email: 'ram.signer@example.org',
  organization: 'Kathmandu Valley Kiln Workers’ Association',
  country: 'Nepal',
};

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

describe(
  'taking part in a browser: registering for an event, signing a call to action',
  // Two flows, each waiting on the form's minimum time and on mail.
  { timeout: 240_000, skip: browserSkipReason() },
  () => {
    let site: BrowserSite;
    let sink: SmtpSink;
    let eventId = '';
    let statementId = '';
    let statementPath = '';
    const eventPath = itemPath('event', EVENT.slug, null);

    /** The same path on the site under test: the site's links carry SITE_URL's origin. */
    function onSite(link: string): string {
      const url = new URL(link);
      assert.equal(url.origin, new URL(site.config.siteUrl).origin, `${link} is the site's`);
      return `${url.pathname}${url.search}`;
    }

    /** The first email to `to` that `matches`, waiting for it (the sender polls its queue). */
    async function mailTo(
      to: string,
      matches: (mail: ReceivedMail) => boolean,
      timeoutMs = 45_000,
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

    /** The first link in an email's text under `path` (a site path prefix). */
    function linkIn(mail: ReceivedMail, path: string): string {
      const link = new RegExp(`https?://\\S+${path}[^\\s"<>]+`).exec(mail.text)?.[0];
      assert.ok(link, `a ${path} link in: ${mail.text}`);
      return onSite(link);
    }

    /** axe-core's findings on a page, in a tab with JavaScript (axe is a script). */
    async function axeAtPhoneWidth(pagePath: string): Promise<string[]> {
      const { page, context } = await openWatchedPage(site, {
        viewport: PHONE_READER.viewport,
      });
      await page.goto(pagePath);
      const violations = await axeViolations(page);
      await context.close();
      return violations;
    }

    before(async () => {
      sink = await startSmtpSink();
      site = await startBrowserSite({
        name: 'taking-part',
        smtpUrl: sink.url,
        labels: [
          { kind: 'country', slug: 'nepal', name: 'Nepal' },
          { kind: 'country', slug: 'cambodia', name: 'Cambodia' },
        ],
        users: [
          { email: 'nima@example.org', name: 'Nima Editor', role: 'editor', countries: ['nepal'] },
        ],
        async seed({ db }) {
          const labels = [{ kind: 'country' as const, slug: 'nepal' }];
          eventId = await createContentItem(db, {
            type: 'event',
            title: EVENT.title,
            slug: EVENT.slug,
            html: '<p>Kiln workers from the Kathmandu valley plan their health campaign.</p>',
            status: 'published',
            labels,
            fields: {
              startsAt: wallClockFromNow(24 * 14, 'Asia/Kathmandu'),
              endsAt: wallClockFromNow(24 * 14 + 2, 'Asia/Kathmandu'),
              timeZone: 'Asia/Kathmandu',
              location: 'Online (Jitsi)',
              registrationOpen: true,
              capacity: 50,
              registrationQuestions: EVENT.questions,
              joiningUrl: EVENT.joiningUrl,
            },
          });
          const publishedAt = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
          statementId = await createContentItem(db, {
            type: 'statement',
            title: STATEMENT.title,
            slug: STATEMENT.slug,
            html: '<p>Kiln workers need health cover through the whole season.</p>',
            status: 'published',
            publishedAt,
            labels,
            fields: {
              kind: 'call-to-action',
              issuedBy: 'Kiln workers’ unions of Nepal',
              deadline: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
              signingOpen: true,
            },
          });
          statementPath = itemPath('statement', STATEMENT.slug, publishedAt);
        },
      });
    });

    after(async () => {
      await site?.close();
      await sink?.close();
    });

    it('lets a reader register without JavaScript, confirm, and receive the joining link; the organiser exports the list', async () => {
      const reader = await openWatchedPage(site, PHONE_READER);
      const { page } = reader;
      await page.goto(eventPath);
      await page.getByRole('heading', { name: t('registrations.form.heading') }).waitFor();
      await assertNoSidewaysScroll(page, 'the event with its registration form at 360 px');
      assert.equal(await page.getByText(EVENT.joiningUrl).count(), 0, 'no joining link shown');
      assert.ok(!(await page.content()).includes('kiln-workers-4b7c'), 'nor in the markup');
      assert.deepEqual(await axeAtPhoneWidth(eventPath), [], 'the event page passes axe');

      // The page has other forms (comments, subscribing): this one is the registration's.
      const form = page.locator(`form[action$="${EVENT.slug}/register"]`);
      await form.getByLabel(t('registrations.form.name'), { exact: true }).fill(REGISTRANT.name);
      await form.getByLabel(t('registrations.form.email'), { exact: true }).fill(REGISTRANT.email);
      await form
        .getByLabel(t('registrations.form.organization'), { exact: true })
        .fill(REGISTRANT.organization);
      await form
        .getByLabel(t('registrations.form.country'), { exact: true })
        .fill(REGISTRANT.country);
      await form.getByLabel(EVENT.questions[0] ?? '', { exact: true }).fill('Nepali');
      // A person takes longer than the form's minimum time.
      await page.waitForTimeout(MIN_FORM_AGE_MS + 500);
      await form.getByRole('button', { name: t('registrations.form.submit'), exact: true }).click();
      await page.getByRole('heading', { name: t('registrations.page.sentTitle') }).waitFor();

      const confirmation = await mailTo(REGISTRANT.email, (mail) =>
        mail.subject.includes(EVENT.title),
      );
      assert.ok(!confirmation.text.includes(EVENT.joiningUrl), 'no link before confirming');
      await page.goto(linkIn(confirmation, '/events/registrations/confirm/'));
      await page
        .getByRole('button', { name: t('registrations.page.confirmButton'), exact: true })
        .click();
      await page.getByRole('heading', { name: t('registrations.page.placedTitle') }).waitFor();

      const placed = await mailTo(
        REGISTRANT.email,
        (mail) => mail.subject === t('registrations.email.placed.subject', { title: EVENT.title }),
      );
      assert.ok(placed.text.includes(EVENT.joiningUrl), `the joining link in: ${placed.text}`);
      assert.ok(placed.html?.includes(EVENT.joiningUrl), 'and in the HTML part');
      assert.match(placed.text, /\/events\/registrations\/cancel\//, 'a cancellation link');
      const invite = placed.attachments.find((file) => file.filename.endsWith('.ics'));
      assert.ok(invite, 'an .ics attached');
      const calendar = new ICAL.Component(ICAL.parse(invite.content.toString('utf8')));
      const vevent = calendar.getFirstSubcomponent('vevent');
      assert.ok(vevent, 'the .ics has the event');
      assert.equal(new ICAL.Event(vevent).summary, EVENT.title);
      assert.equal(vevent.getFirstProperty('dtstart')?.getParameter('tzid'), 'Asia/Kathmandu');
      assert.deepEqual(reader.problems, []);
      await reader.context.close();

      const organiser = await signedInPage(site, 'nima@example.org', {
        viewport: { width: 1280, height: 900 },
      });
      const listPath = `/admin/events/${eventId}/registrations`;
      await organiser.page.goto(listPath);
      await organiser.page.getByRole('cell', { name: REGISTRANT.email }).waitFor();
      assert.deepEqual(await axeViolations(organiser.page), [], `${listPath} passes axe`);
      const [download] = await Promise.all([
        organiser.page.waitForEvent('download'),
        organiser.page.getByRole('link', { name: t('admin.registrations.downloadCsv') }).click(),
      ]);
      const csv = await fs.readFile(await download.path(), 'utf8');
      const lines = csv.trim().split(/\r?\n/);
      assert.equal(lines.length, 2, `a header and the registrant:\n${csv}`);
      assert.ok(lines[1]?.includes(REGISTRANT.email), csv);
      assert.ok(lines[1]?.includes(REGISTRANT.name), csv);
      assert.ok(lines[1]?.includes('Nepali'), 'with the answer');
      assert.deepEqual(organiser.problems, []);
      await organiser.context.close();
    });

    it('lets a reader sign for an organisation, held until an editor approves it, then listed', async () => {
      const reader = await openWatchedPage(site, PHONE_READER);
      const { page } = reader;
      await page.goto(statementPath);
      await page.getByRole('heading', { name: t('signatures.form.heading') }).waitFor();
      await assertNoSidewaysScroll(page, 'the call to action with its form at 360 px');
      assert.deepEqual(await axeAtPhoneWidth(statementPath), [], 'the statement passes axe');

      const form = page.locator('form.signature-form');
      await form.getByLabel(t('signatures.form.asOrganization'), { exact: true }).check();
      await form.getByLabel(t('signatures.form.name'), { exact: true }).fill(SIGNER.name);
      await form
        .getByLabel(t('signatures.form.organization'), { exact: true })
        .fill(SIGNER.organization);
      await form.getByLabel(t('signatures.form.country'), { exact: true }).fill(SIGNER.country);
      await form.getByLabel(t('signatures.form.email'), { exact: true }).fill(SIGNER.email);
      await page.waitForTimeout(MIN_FORM_AGE_MS + 500);
      await form.getByRole('button', { name: t('signatures.form.submit'), exact: true }).click();
      await page.getByRole('heading', { name: t('signatures.answer.title') }).waitFor();

      const confirmation = await mailTo(SIGNER.email, () => true);
      await page.goto(linkIn(confirmation, '/statements/signatures/confirm/'));
      await page.getByRole('button', { name: t('signatures.confirm.button'), exact: true }).click();
      await page.getByRole('heading', { name: t('signatures.confirmed.heldTitle') }).waitFor();
      await page.goto(statementPath);
      assert.equal(
        await page.getByText(SIGNER.organization).count(),
        0,
        'an organisation is not listed before an editor approves it',
      );

      const editor = await signedInPage(site, 'nima@example.org', {
        viewport: { width: 1280, height: 900 },
      });
      const moderationPath = `/admin/statements/${statementId}/signatures`;
      await editor.page.goto(moderationPath);
      const row = editor.page.getByRole('row').filter({ hasText: SIGNER.organization });
      assert.deepEqual(await axeViolations(editor.page), [], `${moderationPath} passes axe`);
      // The button's name says whose signature it approves: the words before the name.
      const approveWords =
        t('admin.signatures.decisionOf.approve', { name: '\u0000' }).split('\u0000')[0] ?? '';
      await row.getByRole('button', { name: approveWords }).click();
      await editor.page.getByText(t('admin.signatures.done.approve')).waitFor();

      // Approving changes the public page, cached or not.
      await page.reload();
      await page.getByText(SIGNER.organization).first().waitFor();
      assert.equal(await page.getByText(SIGNER.email).count(), 0, 'never the email address');
      await assertNoSidewaysScroll(page, 'the statement with its signatories at 360 px');
      assert.deepEqual([...reader.problems, ...editor.problems], []);
      await reader.context.close();
      await editor.context.close();
    });
  },
);
