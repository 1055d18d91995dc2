import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkipReason, watchedPage } from '../support/browser-pages.ts';
import { type BrowserSite, startBrowserSite } from '../support/browser-site.ts';

/**
 * The front page, its lead and pictures in a real browser, on the demo site. A teaser's title
 * link covers its picture (a stretched `::after`), which must never spread over the page and
 * swallow the taps meant for other links; pictures arrive without moving anything.
 */

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** Visible links whose centre a tap would not reach: something else lies on top. */
async function coveredLinks(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const covered: string[] = [];
    for (const link of document.querySelectorAll('main a')) {
      if (!link.checkVisibility({ visibilityProperty: true })) continue;
      link.scrollIntoView({ block: 'center' });
      const box = link.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const onTop = document.elementFromPoint(
        box.left + Math.min(box.width / 2, 8),
        box.top + box.height / 2,
      );
      if (!onTop || !(link === onTop || link.contains(onTop))) {
        covered.push(
          `${link.textContent?.trim().slice(0, 50)} (under ${onTop?.closest('a')?.textContent?.trim().slice(0, 50)})`,
        );
      }
    }
    return covered;
  });
}

describe('the front page in a browser', { timeout: 120_000, skip: browserSkipReason() }, () => {
  let site: BrowserSite;

  before(async () => {
    site = await startBrowserSite({ name: 'front', hasDemo: true });
  });

  after(() => site?.close());

  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`keeps every link of the front page and a country's page tappable (${name})`, async () => {
      const context = await site.browser.newContext({ baseURL: site.baseURL, viewport });
      const { page, problems } = await watchedPage(context);
      for (const address of ['/', '/countries/nepal', '/stories', '/events']) {
        await page.goto(address);
        assert.deepEqual(await coveredLinks(page), [], `${address} at ${viewport.width} px`);
      }
      // A tap on a teaser's picture opens its item.
      await page.goto('/');
      const teaser = page.locator('.summary.has-picture').first();
      const title = (await teaser.locator('.summary-title a').textContent()) ?? '';
      const picture = teaser.locator('.listing-picture');
      await picture.scrollIntoViewIfNeeded();
      const box = await picture.boundingBox();
      assert.ok(box, 'the picture is laid out');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL(/\/2021\//);
      assert.equal(await page.locator('h1').textContent(), title);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('loads the lead at once and the pictures below the fold without moving the page', async () => {
    const context = await site.browser.newContext({ baseURL: site.baseURL, viewport: PHONE });
    const { page } = await watchedPage(context);
    await page.goto('/', { waitUntil: 'load' });
    const lead = page.locator('.lead-picture');
    assert.equal(
      await lead.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
      true,
    );
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
              total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          window.scrollTo(0, document.body.scrollHeight);
          setTimeout(() => resolve(total), 1000);
        }),
    );
    assert.ok(shift < 0.01, `layout shift ${shift}`);
    await context.close();
  });
});
