import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import { type BrowserSite, signedInPage, startBrowserSite } from '../support/browser-site.ts';
import { createItemInStatus, labelRefs, newsroomFor } from '../support/newsroom-fixtures.ts';

/**
 * The desk in a real browser (Debian's Chromium), which loads no script, so it works as a
 * phone with JavaScript off would have it: a Nepal editor finds items by words and filters, chooses two with
 * their checkboxes and approves them together; the report says what was done and what was
 * refused. At 360 px the list must not scroll sideways; axe checks each page at 1280 and 320.
 */

/** Whether the page is wider than the window (it would scroll sideways). */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

describe('the desk in a browser', { timeout: 60_000, skip: browserSkipReason() }, () => {
  let site: BrowserSite;

  before(async () => {
    site = await startBrowserSite({
      name: 'desk',
      labels: [
        { kind: 'country', slug: 'nepal', name: 'Nepal' },
        { kind: 'country', slug: 'cambodia', name: 'Cambodia' },
      ],
      users: [
        { email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' },
        { email: 'nima@example.org', name: 'Nima Editor', role: 'editor', countries: ['nepal'] },
        { email: 'ada@example.org', name: 'Ada Administrator', role: 'administrator' },
      ],
      seed: async ({ db, label, actor }) => {
        const cora = await actor('cora@example.org');
        const ada = await actor('ada@example.org');
        const newsroom = newsroomFor(db);
        const nepal = label('nepal');
        const cambodia = label('cambodia');
        const items = [
          ['Garment wages rise in Kathmandu', nepal, 'review'],
          ['Wages for domestic workers', nepal, 'review'],
          [
            'A very long title about the wages of brick kiln workers in the Kathmandu valley',
            cambodia,
            'review',
          ],
          ['Pension rally', nepal, 'review'],
        ] as const;
        for (const [title, country, status] of items) {
          await createItemInStatus(newsroom, {
            author: cora,
            decider: ada,
            status,
            input: { title, html: `<p>${title}.</p>`, labels: labelRefs(country) },
          });
        }
      },
    });
  });

  after(() => site?.close());

  for (const width of [360, 1280]) {
    it(`finds, filters and approves in bulk, with no script, at ${width} px`, async () => {
      const { page, context } = await signedInPage(
        site,
        width === 360 ? 'ada@example.org' : 'nima@example.org',
        { viewport: { width, height: 800 } },
      );
      // The desk loads no script: all of this works as it would with JavaScript off
      // (axe itself needs JavaScript, so the browser keeps it on).
      assert.equal(await page.locator('script').count(), 0);
      assert.deepEqual(await axeViolations(page), [], 'the desk passes axe');
      assert.equal(await overflowsSideways(page), false, 'the desk fits the window');

      // The "New …" menu opens without JavaScript and lists every type.
      await page.getByText('New …').click();
      assert.ok(await page.getByRole('link', { name: 'Organisation' }).isVisible());
      await page.getByText('New …').click();

      await page.getByLabel('Words').fill('wages');
      await page.getByLabel('Country').selectOption('nepal');
      await page.getByRole('button', { name: 'Find' }).click();
      await page.waitForURL('**/admin?q=wages*country=nepal*');
      assert.equal(await page.locator('.desk-count').textContent(), '2 items');
      assert.equal(await overflowsSideways(page), false, 'the filtered desk fits the window');

      await page.getByRole('checkbox', { name: 'Choose Garment wages rise in Kathmandu' }).check();
      await page.getByRole('checkbox', { name: 'Choose Wages for domestic workers' }).check();
      await page.getByLabel('With the chosen items').selectOption('approve');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL((url) => url.pathname === '/admin/bulk');
      const summary = await page.locator('main .notice').textContent();
      // The first run approves both; the second finds them published already.
      assert.equal(summary, width === 360 ? '2 approved.' : '0 approved; 2 refused.');
      // The report is a page of its own: reloading it shows it again and runs nothing.
      await page.reload();
      assert.equal(await page.locator('main .notice').textContent(), summary);
      assert.deepEqual(await axeViolations(page), [], 'the report passes axe');
      await page.getByRole('link', { name: 'Back to the desk' }).click();
      await page.waitForURL('**/admin?q=wages*country=nepal*');

      await page.setViewportSize({ width: 320, height: 800 });
      assert.deepEqual(await axeViolations(page), [], 'the desk passes axe at 320 px');
      await context.close();
    });
  }
});
