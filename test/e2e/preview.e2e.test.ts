import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { itemIdFrom, signedIn } from '../support/content-test-visitor.ts';
import { axeViolations, browserSkipReason, watchedPage } from '../support/browser-pages.ts';
import { type BrowserSite, signedInPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * The preview in a real browser: an editor opens an unpublished item's preview from its edit
 * page, sees the readers' page in a frame at desktop and at phone width (the CSP lets the
 * site, and only the site, frame it), with axe finding nothing at 1280 and 360 px; then shares
 * a private link and opens it with no account.
 */

const TITLE = 'Draft wage agreement for the steering committee';
const BODY = 'Only the committee should read this before Friday.';

describe('previews in a browser', { timeout: 60_000, skip: browserSkipReason() }, () => {
  let site: BrowserSite;
  let itemId: string;

  /** The width of the preview frame as laid out, in CSS pixels. */
  async function frameWidth(page: Page): Promise<number> {
    const box = await page.locator('iframe.preview-frame').boundingBox();
    assert.ok(box, 'the frame is laid out');
    return box.width;
  }

  before(async () => {
    site = await startBrowserSite({
      name: 'preview',
      labels: [{ kind: 'country', slug: 'nepal', name: 'Nepal' }],
      users: [
        { email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' },
        { email: 'nima@example.org', name: 'Nima Editor', role: 'editor', countries: ['nepal'] },
      ],
    });
    // The item is written and submitted through the admin's own forms.
    const cora = await signedIn(site.app, site.database.db, 'cora@example.org');
    const created = await cora.post('/admin/items', {
      title: TITLE,
      html: `<p>${BODY}</p>`,
      labels: ['country:nepal'],
    });
    itemId = itemIdFrom(created.headers.location);
    assert.equal((await cora.post(`/admin/items/${itemId}/submit`, {})).statusCode, 303);
  });

  after(() => site?.close());

  it('previews the readers’ page at 1280 px and at 360 px, framed, with axe finding nothing', async () => {
    const { page, problems, context } = await signedInPage(site, 'nima@example.org');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/admin/items/${itemId}`);
    await page.getByRole('link', { name: 'Preview', exact: true }).click();
    await page.waitForURL(`**/admin/items/${itemId}/preview`);
    await assert.doesNotReject(page.getByText('Preview — not published').waitFor());
    const frame = page.frameLocator('iframe.preview-frame');
    await frame.getByText(BODY).waitFor();
    await frame.getByRole('heading', { name: TITLE }).waitFor();
    assert.ok((await frameWidth(page)) > 1200, 'the desktop preview takes the full width');
    assert.deepEqual(await axeViolations(page), [], 'the preview at 1280 px passes axe');

    await page.getByRole('link', { name: 'Phone (360 px)' }).click();
    await page.waitForURL(`**/admin/items/${itemId}/preview?width=phone`);
    await frame.getByText(BODY).waitFor();
    assert.equal(Math.round(await frameWidth(page)), 362, '360 px and its border');
    assert.deepEqual(await axeViolations(page), [], 'the phone preview at 1280 px passes axe');

    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await frame.getByText(BODY).waitFor();
    assert.ok((await frameWidth(page)) <= 360, 'the frame fits a phone');
    assert.deepEqual(await axeViolations(page), [], 'the preview at 360 px passes axe');
    assert.deepEqual(problems, [], 'no script errors or CSP breaches');
    await context.close();
  });

  it('shares a private link that a person without an account can open', async () => {
    const { page, problems, context } = await signedInPage(site, 'nima@example.org');
    await page.goto(`/admin/items/${itemId}`);
    await page.getByLabel('The link works for').selectOption('3');
    await page.getByRole('button', { name: 'Share a preview link' }).click();
    await page.waitForURL(`**/admin/items/${itemId}/preview-link`);
    const url = await page.getByLabel('Preview link').inputValue();
    assert.match(url, /\/preview\/[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(await axeViolations(page), [], 'the shared-link page passes axe');

    const stranger = await site.browser.newContext();
    const watched = await watchedPage(stranger);
    const opened = await watched.page.goto(new URL(new URL(url).pathname, site.baseURL).href);
    assert.equal(opened?.status(), 200);
    assert.equal(opened?.headers()['x-robots-tag'], 'noindex');
    await watched.page.getByText('Preview — not published').waitFor();
    await watched.page.getByText(BODY).waitFor();
    assert.deepEqual(await axeViolations(watched.page), [], 'the shared preview passes axe');

    await page.getByRole('button', { name: 'Revoke every preview link of this item' }).click();
    await page.getByText('Every preview link of this item was revoked').waitFor();
    const gone = await watched.page.reload();
    assert.equal(gone?.status(), 404);
    assert.deepEqual([...problems, ...watched.problems], []);
    await stranger.close();
    await context.close();
  });
});
