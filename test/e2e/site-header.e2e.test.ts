import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { darkTintOf } from '../../src/domain/settings/accent-colours.ts';
import { updateSiteSettings } from '../../src/domain/settings/settings-service.ts';
import { changeSiteLogo } from '../../src/domain/settings/site-logo-service.ts';
import { createUser } from '../../src/domain/users/user-service.ts';
import { axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import { type BrowserSite, openWatchedPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * The public header in a real browser, on the demo site (its long name is the hard case):
 * at 360 px it stays within 120 px, its one menu opens without JavaScript and leads to a
 * country; search is one tap away; on a wide screen Countries and Themes drop down over the
 * page without moving it. axe checks the open menus, in light and dark.
 */

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const MAX_PHONE_HEADER = 120;

describe('the site header in a browser', { timeout: 120_000, skip: browserSkipReason() }, () => {
  let site: BrowserSite;

  async function boxOf(page: Page, selector: string) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box, `${selector} is laid out`);
    return box;
  }

  before(async () => {
    site = await startBrowserSite({ name: 'header', hasDemo: true });
  });

  after(() => site?.close());

  it('keeps the phone header within 120 px and opens its menu without JavaScript', async () => {
    const { page, problems, context } = await openWatchedPage(site, {
      viewport: PHONE,
      javaScriptEnabled: false,
    });
    await page.goto('/');
    const header = await boxOf(page, '.site-header');
    assert.ok(header.height <= MAX_PHONE_HEADER, `header is ${header.height} px tall at 360 px`);
    // One control for sections, countries and themes; the wide screen's bar is not shown.
    assert.equal(await page.locator('.site-nav').isVisible(), false);
    const nepal = page.locator('.menu-panel').getByRole('link', { name: 'Nepal', exact: true });
    assert.equal(await nepal.isVisible(), false, 'the menu starts closed');
    await page.getByText('Menu', { exact: true }).click();
    await nepal.click();
    await page.waitForURL('**/countries/nepal');
    await page.getByRole('heading', { level: 1, name: 'Nepal' }).waitFor();
    // The menu now marks where the reader is.
    await page.getByText('Menu', { exact: true }).click();
    assert.equal(await nepal.getAttribute('aria-current'), 'page');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('takes a phone reader to the search form in one tap', async () => {
    const { page, context } = await openWatchedPage(site, {
      viewport: PHONE,
      javaScriptEnabled: false,
    });
    await page.goto('/');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/search');
    await page.getByLabel('Words to find').fill('pension');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/search?q=pension**');
    await context.close();
  });

  it('drops Countries and Themes down over the page on a wide screen, moving nothing', async () => {
    const { page, problems, context } = await openWatchedPage(site, { viewport: DESKTOP });
    await page.goto('/');
    assert.equal(await page.locator('.menu').isVisible(), false, 'no menu button on a desktop');
    const bar = page.locator('.site-nav');
    assert.equal(await bar.getByRole('link', { name: 'Events' }).isVisible(), true);
    const before = await boxOf(page, 'main');
    await bar.getByText('Countries', { exact: true }).click();
    const cambodia = bar.getByRole('link', { name: 'Cambodia' });
    await cambodia.waitFor();
    assert.deepEqual(await boxOf(page, 'main'), before, 'the page under the dropdown stays put');
    // It lies over the page rather than pushing it down.
    const dropdown = await boxOf(page, '.nav-group[open] .nav-dropdown');
    assert.ok(dropdown.y + dropdown.height > before.y, 'the dropdown reaches over the page');
    // Opening Themes closes Countries: one dropdown at a time.
    await bar.getByText('Themes', { exact: true }).click();
    await bar.getByRole('link', { name: 'Youth' }).waitFor();
    assert.equal(await cambodia.isVisible(), false);
    assert.deepEqual(await boxOf(page, 'main'), before);
    await bar.getByRole('link', { name: 'Youth' }).click();
    await page.waitForURL('**/themes/youth');
    assert.equal(
      await bar.locator('summary', { hasText: 'Themes' }).getAttribute('aria-current'),
      'true',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('prints a statement or a report as the article alone, tables and charts kept whole', async () => {
    const { page, context } = await openWatchedPage(site, { viewport: DESKTOP });
    await page.emulateMedia({ media: 'print' });
    for (const listing of ['/statements', '/impact']) {
      await page.goto(listing);
      const first = page.locator(
        'main :is(h2, h3) a[href^="/statements/"], main a[href^="/impact/"]',
      );
      await page.goto((await first.first().getAttribute('href')) ?? listing);
      await page.locator('main h1').waitFor();
      for (const hidden of ['.site-search', '.menu', '.share', '.related', '.about-box']) {
        const shown = await page
          .locator(hidden)
          .evaluateAll(
            (nodes) => nodes.filter((node) => getComputedStyle(node).display !== 'none').length,
          );
        assert.equal(shown, 0, `${hidden} is not printed on ${page.url()}`);
      }
      const kept = await page
        .locator('table, figure, .facts')
        .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).breakInside));
      assert.ok(kept.length > 0 && kept.every((value) => value === 'avoid'), kept.join());
    }
    await context.close();
  });

  it('passes axe with the menus open, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const phone = await openWatchedPage(site, { viewport: PHONE, colorScheme });
      await phone.page.goto('/countries/nepal');
      await phone.page.getByText('Menu', { exact: true }).click();
      assert.deepEqual(await axeViolations(phone.page), [], `phone menu, ${colorScheme}`);
      await phone.context.close();

      const desktop = await openWatchedPage(site, { viewport: DESKTOP, colorScheme });
      await desktop.page.goto('/countries/nepal');
      await desktop.page.locator('.site-nav').getByText('Countries', { exact: true }).click();
      assert.deepEqual(await axeViolations(desktop.page), [], `desktop dropdown, ${colorScheme}`);
      await desktop.context.close();
    }
  });
  // Last: it gives the demo site a brand, which the tests above do not expect.
  it('keeps the phone header within 120 px with a logo beside the long name, in the brand’s colours', async () => {
    const id = await createUser(site.database.db, {
      email: 'brand@example.org',
      name: 'Brand',
      role: 'administrator',
      password: 'a long enough password',
    });
    const actor = {
      id,
      email: 'brand@example.org',
      name: 'Brand',
      role: 'administrator' as const,
      countryLabelIds: [],
      timeZone: 'UTC',
      language: null,
    };
    // A square mark: beside the name, which stays written (the hard case on a phone).
    const mark =
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#0b6e4f"/></svg>';
    await changeSiteLogo(site.database.db, actor, { bytes: Buffer.from(mark), showsName: false });
    await updateSiteSettings(site.database.db, {
      accentColour: '#0b6e4f',
      socialLinks: { facebook: 'https://www.facebook.com/network', x: 'https://x.com/network' },
    });
    for (const colorScheme of ['light', 'dark'] as const) {
      const phone = await openWatchedPage(site, { viewport: PHONE, colorScheme });
      await phone.page.goto('/');
      const header = await boxOf(phone.page, '.site-header');
      assert.ok(
        header.height <= MAX_PHONE_HEADER,
        `header is ${header.height} px tall with a logo`,
      );
      const logo = phone.page.locator('.site-logo');
      const size = await logo.evaluate((image: HTMLImageElement) => ({
        isLoaded: image.complete && image.naturalWidth > 0,
        width: image.getBoundingClientRect().width,
      }));
      assert.ok(size.isLoaded, 'the logo loads');
      assert.ok(size.width >= 32, `the logo is ${size.width} px wide`);
      const accent = await phone.page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      );
      assert.equal(accent, colorScheme === 'light' ? '#0b6e4f' : darkTintOf('#0b6e4f'));
      const follow = phone.page.getByRole('navigation', { name: 'Follow the network' });
      assert.equal(await follow.getByRole('link', { name: 'Facebook' }).count(), 1);
      assert.deepEqual(await axeViolations(phone.page), [], `phone with a logo, ${colorScheme}`);
      assert.deepEqual(phone.problems, []);
      await phone.context.close();

      const desktop = await openWatchedPage(site, { viewport: DESKTOP, colorScheme });
      await desktop.page.goto('/');
      assert.deepEqual(
        await axeViolations(desktop.page),
        [],
        `desktop with a logo, ${colorScheme}`,
      );
      await desktop.context.close();
    }
  });
});
