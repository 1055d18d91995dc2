import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { itemIdFrom, signedIn } from '../support/content-test-visitor.ts';
import { axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import { type BrowserSite, signedInPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * Time in the editor's zone, in a real browser: a Kathmandu editor finds their account page
 * from their name, changes their zone without JavaScript's help, and the approve button of an
 * item with a later publish date says when it will publish, on their clock. Axe finds
 * nothing on the account page at 1280 and 320 px, and the CSP is never breached.
 */

describe('time zones in a browser', { timeout: 60_000, skip: browserSkipReason() }, () => {
  let site: BrowserSite;
  let itemId: string;

  before(async () => {
    site = await startBrowserSite({
      name: 'time-zone',
      // The approve button is reworded by the editor's script: build it from this checkout.
      isEditorBuilt: true,
      labels: [{ kind: 'country', slug: 'nepal', name: 'Nepal' }],
      users: [
        { email: 'nima@example.org', name: 'Nima Editor', role: 'editor', countries: ['nepal'] },
      ],
    });
    const nima = await signedIn(site.app, site.database.db, 'nima@example.org');
    const created = await nima.post('/admin/items', {
      title: 'Budget day',
      html: '<p>The budget.</p>',
      labels: ['country:nepal'],
      publishedAt: '2999-02-12T08:30',
    });
    itemId = itemIdFrom(created.headers.location);
  });

  after(() => site?.close());

  it('shows the editor’s zone, lets them change it, and names it on the schedule button', async () => {
    const { page, problems, context } = await signedInPage(site, 'nima@example.org');

    await page.goto(`/admin/items/${itemId}`);
    assert.equal(await page.getByLabel('Publish date').inputValue(), '2999-02-12T08:30');
    await assert.doesNotReject(
      page
        .getByRole('button', { name: 'Schedule for 12 Feb 2999, 08:30 Kathmandu time' })
        .waitFor(),
    );

    await page.getByRole('link', { name: 'Nima Editor' }).click();
    await page.waitForURL('**/admin/account');
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      assert.deepEqual(await axeViolations(page), [], `the account page passes axe at ${width} px`);
    }
    await page.getByLabel('Time zone').selectOption('Asia/Manila');
    await page.getByRole('button', { name: 'Save time zone' }).click();
    await page.waitForURL('**/admin/account?notice=time-zone-saved');
    assert.deepEqual(await axeViolations(page), [], 'the saved page passes axe');

    // The same instant, now on Manila's clock (UTC+8, 2 h 15 min ahead of Kathmandu).
    await page.goto(`/admin/items/${itemId}`);
    assert.equal(await page.getByLabel('Publish date').inputValue(), '2999-02-12T10:45');
    await assert.doesNotReject(
      page.getByRole('button', { name: 'Schedule for 12 Feb 2999, 10:45 Manila time' }).waitFor(),
    );
    // The button says what it will do as the date changes, before anything is saved.
    await page.getByLabel('Publish date').fill('2999-03-01T07:00');
    await assert.doesNotReject(
      page.getByRole('button', { name: 'Schedule for 1 Mar 2999, 07:00 Manila time' }).waitFor(),
    );
    await page.getByLabel('Publish date').fill('');
    await assert.doesNotReject(
      page.getByRole('button', { name: 'Approve and publish', exact: true }).waitFor(),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
});
