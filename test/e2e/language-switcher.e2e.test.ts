import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import { type BrowserSite, openWatchedPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * The language switcher in a real browser, on the demo site, without JavaScript: on a phone
 * the languages are in the menu (the header keeps its height), on a wide screen in a menu of
 * their own; either way the reader lands on the same page in the language chosen. axe checks
 * the open menus in light and dark, in English and in Khmer. SCREENSHOT_DIR keeps pictures.
 */

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
/** The phone header's height before languages came (96.5 px on the demo site). */
const PHONE_HEADER_HEIGHT = 96.5;

describe(
  'the language switcher in a browser',
  { timeout: 120_000, skip: browserSkipReason() },
  () => {
    let site: BrowserSite;

    before(async () => {
      site = await startBrowserSite({ name: 'languages', hasDemo: true });
    });

    after(() => site?.close());

    it('keeps the phone header’s height and switches the page’s language from the menu', async () => {
      const { page, problems, context } = await openWatchedPage(site, {
        viewport: PHONE,
        javaScriptEnabled: false,
      });
      await page.goto('/countries/nepal');
      const header = await page.locator('.site-header').boundingBox();
      assert.ok(header && header.height <= PHONE_HEADER_HEIGHT, `header is ${header?.height} px`);
      await page.getByText('Menu', { exact: true }).click();
      await page.locator('.menu-panel').getByRole('link', { name: 'नेपाली' }).click();
      await page.waitForURL('**/ne/countries/nepal');
      assert.equal(await page.locator('html').getAttribute('lang'), 'ne');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('opens its own menu on a wide screen and lands on the same page in Khmer', async () => {
      const { page, problems, context } = await openWatchedPage(site, {
        viewport: DESKTOP,
        javaScriptEnabled: false,
      });
      await page.goto('/about');
      const button = page.locator('.languages summary');
      assert.equal(await button.locator('[lang="en"]').innerText(), 'EN');
      await button.click();
      const khmer = page.locator('.language-list').getByRole('link', { name: 'ខ្មែរ' });
      await khmer.click();
      await page.waitForURL('**/km/about');
      assert.equal(await page.locator('html').getAttribute('lang'), 'km');
      await page.locator('.languages summary').click();
      const current = page.locator('.language-list [aria-current="true"]');
      assert.equal(await current.innerText(), 'ខ្មែរ');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('passes axe with the languages open, in light and dark, in English and Khmer', async () => {
      const shots = process.env.SCREENSHOT_DIR;
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const path of ['/', '/km/']) {
          const phone = await openWatchedPage(site, { viewport: PHONE, colorScheme });
          await phone.page.goto(path);
          await phone.page.locator('.menu-button').last().click();
          await phone.page.locator('#menu-languages').scrollIntoViewIfNeeded();
          const where = `${path} at 360 px, ${colorScheme}`;
          assert.deepEqual(await axeViolations(phone.page), [], where);
          if (shots) {
            const name = `${shots}/languages-phone-${path.replaceAll('/', '') || 'en'}-${colorScheme}.png`;
            await phone.page.screenshot({ path: name, fullPage: false });
          }
          await phone.context.close();

          const desktop = await openWatchedPage(site, { viewport: DESKTOP, colorScheme });
          await desktop.page.goto(path);
          await desktop.page.locator('.languages summary').click();
          assert.deepEqual(
            await axeViolations(desktop.page),
            [],
            `${path} at 1280 px, ${colorScheme}`,
          );
          if (shots) {
            const name = `${shots}/languages-desktop-${path.replaceAll('/', '') || 'en'}-${colorScheme}.png`;
            await desktop.page.screenshot({ path: name });
          }
          await desktop.context.close();
        }
      }
    });
  },
);
