import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { axeViolations, browserSkipReason, watchedPage } from '../support/browser-pages.ts';
import { type BrowserSite, signedInPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * The newsroom in a real browser (Debian's Chromium driven by playwright-core) against a real
 * server: a Nepal contributor writes a post with a list and an image in the rich-text editor
 * and submits it; a Cambodia editor cannot approve it; the Nepal editor approves it; readers
 * see it. On the way, axe-core checks the admin pages and the page records any breach of the
 * Content-Security-Policy (the editor must work under `script-src 'self'; style-src 'self'`).
 */

const TITLE = 'Garment workers win a wage rise';
const IMAGE_ALT = 'Workers marching with a red banner in Kathmandu';

/**
 * What is wrong with the trash's layout at this width: on a phone its rows are cards and the
 * page never scrolls sideways; at desktop widths it stays a table with column headings.
 */
async function trashLayoutFaults(page: Page, width: number): Promise<string[]> {
  if (width <= 360) {
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    return scrollWidth <= clientWidth
      ? []
      : [`/admin/trash at ${width} px is ${scrollWidth} px wide, wider than the window`];
  }
  const isHeadingShown = await page
    .getByRole('columnheader', { name: 'Trashed' })
    .first()
    .isVisible();
  return isHeadingShown ? [] : [`/admin/trash at ${width} px shows no column headings`];
}

describe(
  'the newsroom in a browser',
  // Every admin page at two widths takes half a minute on a busy machine.
  { timeout: 180_000, skip: browserSkipReason() },
  () => {
    let site: BrowserSite;
    let itemPath = '';

    /** Saves a new post with just a title; answers its id. */
    async function saveDraft(page: Page, title: string): Promise<string> {
      await page.goto('/admin/items/new');
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForURL('**/admin/items/*?notice=created');
      const id = /\/admin\/items\/([0-9a-f-]{36})/.exec(page.url())?.[1];
      assert.ok(id, 'the draft was saved');
      return id;
    }

    /** Chooses one item on the desk and applies a bulk action to it: the report is shown. */
    async function runBulkAction(page: Page, action: string, id: string): Promise<void> {
      await page.goto('/admin');
      await page.locator(`input[name="ids"][value="${id}"]`).check();
      await page.locator('#bulk-action').selectOption(action);
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL((url) => url.pathname === '/admin/bulk');
    }

    before(async () => {
      site = await startBrowserSite({
        name: 'newsroom',
        // The editor island, built from the sources under test (npm's prepare builds it too).
        isEditorBuilt: true,
        labels: [
          { kind: 'country', slug: 'nepal', name: 'Nepal' },
          { kind: 'country', slug: 'cambodia', name: 'Cambodia' },
        ],
        users: [
          { email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' },
          { email: 'nima@example.org', name: 'Nima Editor', role: 'editor', countries: ['nepal'] },
          {
            email: 'chan@example.org',
            name: 'Chan Editor',
            role: 'editor',
            countries: ['cambodia'],
          },
          { email: 'ada@example.org', name: 'Ada Administrator', role: 'administrator' },
        ],
      });
    });

    after(() => site?.close());

    it('lets a contributor write a post with a list and an image, and submit it', async () => {
      const { page, problems, context } = await signedInPage(site, 'cora@example.org');
      assert.deepEqual(await axeViolations(page), [], 'the items list passes axe');

      // An image into the library, through the upload form.
      const imageFile = path.join(site.dataDir, 'march.png');
      const png = sharp({ create: { width: 800, height: 500, channels: 3, background: '#b22' } });
      fs.writeFileSync(imageFile, await png.png().toBuffer());
      await page.goto('/admin/media');
      await page.getByLabel('Alt text', { exact: true }).fill(IMAGE_ALT);
      await page.getByLabel('File', { exact: true }).setInputFiles(imageFile);
      await page.getByRole('button', { name: 'Upload' }).click();
      await page.waitForURL('**/admin/media?notice=uploaded');
      assert.equal(await page.getByRole('link', { name: 'march.png', exact: true }).count(), 1);
      assert.deepEqual(await axeViolations(page), [], 'the media page passes axe');

      // The post, written with the editor's toolbar.
      await page.goto('/admin/items/new');
      await page.getByLabel('Title', { exact: true }).fill(TITLE);
      await page.getByLabel('Nepal').check();
      const body = page.getByRole('textbox', { name: 'Body' });
      await body.click();
      await page.keyboard.type('The union met the factory owners on Sunday.');
      await page.keyboard.press('Enter');
      const bulletList = page.getByRole('button', { name: 'Bulleted list' });
      await bulletList.click();
      assert.equal(await bulletList.getAttribute('aria-pressed'), 'true');
      await page.keyboard.type('A higher minimum wage');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Safer workshops');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      assert.equal(await bulletList.getAttribute('aria-pressed'), 'false');
      await page.getByRole('button', { name: 'Image from the media library' }).click();
      await page.getByRole('button', { name: 'march.png' }).click();
      // The body's picker, not the featured and sharing images' (their panels are closed).
      await page
        .locator('.rich-text-editor')
        .getByLabel(/^Alt text: what the image shows/)
        .fill(IMAGE_ALT);
      await page.getByRole('button', { name: 'Insert image' }).click();
      assert.equal(await body.locator(`img[alt="${IMAGE_ALT}"]`).count(), 1);
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForURL('**/admin/items/*?notice=created');
      itemPath = new URL(page.url()).pathname;

      // What the server stored, as the editor shows it again.
      const stored = page.getByRole('textbox', { name: 'Body' });
      assert.equal(await stored.locator('li').count(), 2);
      assert.equal(await stored.locator(`img[alt="${IMAGE_ALT}"]`).count(), 1);
      assert.deepEqual(await axeViolations(page), [], 'the edit page with its editor passes axe');

      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.waitForURL('**?notice=submitted');
      assert.match((await page.locator('.item-status').textContent()) ?? '', /In review/);
      assert.deepEqual(problems, [], 'no script errors and no CSP violations');
      await context.close();
    });

    it('does not let an editor of another country approve it', async () => {
      const { page, problems, context } = await signedInPage(site, 'chan@example.org');
      await page.goto('/admin/review');
      assert.equal(await page.getByRole('link', { name: TITLE }).count(), 0);

      // The item's page is not theirs to see, so there is no approve button to press …
      const itemPage = await page.goto(itemPath);
      assert.equal(itemPage?.status(), 404);
      assert.equal(await page.getByRole('button', { name: /approve/i }).count(), 0);

      // … and a forged approval with a valid CSRF token is refused by the server. The domain
      // answers 404, not 403, for items outside an editor's countries (it does not say they exist).
      await page.goto('/admin/review');
      const token = await page.locator('input[name="_csrf"]').first().inputValue();
      const forgedStatus = await page.evaluate(
        async ({ url, csrf }) => {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ _csrf: csrf, publishedAt: '' }).toString(),
            redirect: 'manual',
          });
          return response.status;
        },
        { url: `${itemPath}/approve`, csrf: token },
      );
      assert.equal(forgedStatus, 404);
      assert.deepEqual(
        problems.filter((problem) => problem.startsWith('csp')),
        [],
      );
      await context.close();
    });

    it('lets the editor of its country approve it, and readers then see it', async () => {
      const { page, problems, context } = await signedInPage(site, 'nima@example.org');
      await page.goto('/admin/review');
      assert.deepEqual(await axeViolations(page), [], 'the review page passes axe');
      await page.getByRole('link', { name: TITLE }).click();
      assert.match((await page.locator('.item-status').textContent()) ?? '', /In review/);
      await page.getByRole('button', { name: 'Approve and publish' }).click();
      await page.waitForURL('**?notice=published');
      assert.match((await page.locator('.item-status').textContent()) ?? '', /Published/);

      await page.goto('/');
      const link = page.getByRole('link', { name: TITLE });
      assert.equal(await link.count(), 1, 'the home page lists the post');
      await link.click();
      const article = page.locator('.prose');
      assert.deepEqual(await article.locator('ul li').allTextContents(), [
        'A higher minimum wage',
        'Safer workshops',
      ]);
      const image = article.locator(`img[alt="${IMAGE_ALT}"]`);
      assert.equal(await image.count(), 1);
      await image.scrollIntoViewIfNeeded();
      // A lazy image starts loading once scrolled to: wait for its load (or error) event.
      assert.ok(
        await image.evaluate(
          (element: HTMLImageElement) =>
            new Promise<boolean>((resolve) => {
              if (element.complete) return resolve(element.naturalWidth > 0);
              element.addEventListener('load', () => resolve(element.naturalWidth > 0));
              element.addEventListener('error', () => resolve(false));
            }),
        ),
        'the image loads',
      );
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('lets a contributor report results with indicator lines, and readers see them charted on /impact', async () => {
      const writer = await signedInPage(site, 'cora@example.org');
      await writer.page.goto('/admin/items/new?type=report');
      await writer.page.getByLabel('Title', { exact: true }).fill('Nepal 2020 in numbers');
      await writer.page.getByLabel('Country', { exact: true }).selectOption('nepal');
      await writer.page.getByLabel('Year', { exact: true }).fill('2020');
      await writer.page.getByLabel('People reached in all').fill('400000');
      const lines = [
        ['Labour standards', 'Basic training', '1236', '32', '55'],
        ['Social security', 'Legal assistance', '270', '15', '9'],
      ];
      for (const [index, line] of lines.entries()) {
        const row = writer.page.getByRole('group', { name: `Indicator line ${index + 1} (new)` });
        for (const [position, label] of [
          'Component',
          'Indicator',
          'Count',
          'Women (%)',
          'Young people (%)',
        ].entries()) {
          await row.getByLabel(label, { exact: true }).fill(line[position] ?? '');
        }
      }
      await writer.page.getByRole('textbox', { name: 'Body' }).click();
      await writer.page.keyboard.type('Campaigns, training and legal aid across the country.');
      await writer.page.getByRole('button', { name: 'Save draft' }).click();
      await writer.page.waitForURL('**/admin/items/*?notice=created');
      // The saved lines come back in the rows, with blank rows to add more.
      assert.equal(
        await writer.page.getByLabel('Indicator', { exact: true }).first().inputValue(),
        'Basic training',
      );
      assert.deepEqual(await axeViolations(writer.page), [], 'the report form passes axe');
      await writer.page.getByRole('button', { name: 'Submit for review' }).click();
      await writer.page.waitForURL('**?notice=submitted');
      assert.deepEqual(writer.problems, []);
      await writer.context.close();

      const editor = await signedInPage(site, 'nima@example.org');
      await editor.page.goto('/admin/review');
      await editor.page.getByRole('link', { name: 'Nepal 2020 in numbers' }).click();
      await editor.page.getByRole('button', { name: 'Approve and publish' }).click();
      await editor.page.waitForURL('**?notice=published');

      const reader = await watchedPage(await site.browser.newContext({ baseURL: site.baseURL }));
      await reader.page.goto('/impact');
      const main = reader.page.locator('main');
      assert.ok((await main.locator('svg[role="img"]').count()) > 0, '/impact draws a chart');
      assert.match((await main.textContent()) ?? '', /400,000/);
      await main.getByRole('link', { name: /Nepal/ }).first().click();
      await reader.page.waitForURL('**/impact/nepal/2020');
      const report = reader.page.locator('main');
      assert.ok((await report.locator('svg[role="img"]').count()) > 0, 'the report draws a chart');
      const text = (await report.textContent()) ?? '';
      for (const figure of ['1,236', '270', 'Basic training', 'Legal assistance']) {
        assert.ok(text.includes(figure), `the report shows ${figure}`);
      }
      assert.deepEqual(await axeViolations(reader.page), [], 'the report page passes axe');
      assert.deepEqual(reader.problems, [], 'no script errors and no CSP violations');
      await reader.page.context().close();
      await editor.context.close();
    });

    it('passes axe on every admin page, at 1280 px and at 320 px', async () => {
      const { page, problems, context } = await signedInPage(site, 'ada@example.org');
      const itemId = /\/admin\/items\/([0-9a-f-]{36})/.exec(itemPath)?.[1];
      assert.ok(itemId, 'the first test wrote an item');
      await page.goto('/admin/users');
      const userPath = await page.locator('a[href^="/admin/users/"]').first().getAttribute('href');
      assert.ok(userPath, 'the users page links to a user');
      await page.goto('/admin/media');
      const mediaTrashPath = await page.locator('a[href$="/trash"]').first().getAttribute('href');
      assert.ok(mediaTrashPath, 'the media page links to a media trash confirmation');
      const draftId = await saveDraft(page, 'A draft to get wrong');
      // Saved twice, so an edit can start from its first version, now stale.
      await page.getByLabel('Title', { exact: true }).fill('A draft to get wrong, saved twice');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL('**?notice=saved');
      // An item in the trash, put there by a bulk action from the desk.
      const trashedId = await saveDraft(page, 'An item for the trash');
      await runBulkAction(page, 'trash', trashedId);
      await page.goto('/admin/trash');
      assert.equal(
        (await page.getByText('An item for the trash').count()) > 0,
        true,
        'it is in the trash',
      );
      /** Pages reached by sending a form rather than by a link. */
      const sentPages: Record<string, () => Promise<void>> = {
        'the bulk report': () => runBulkAction(page, 'submit', itemId),
        'the edit page with its error summary': async () => {
          await page.goto(`/admin/items/${draftId}`);
          const title = page.getByLabel('Title', { exact: true });
          await title.evaluate((input) => input.removeAttribute('required'));
          await title.fill('');
          await page.getByRole('button', { name: 'Save', exact: true }).click();
          await page.locator('.error-summary').waitFor();
        },
        'the edit page after a conflicting save': async () => {
          await page.goto(`/admin/items/${draftId}`);
          const version = page.locator('input[name="version"]');
          const stale = Number(await version.inputValue()) - 1;
          await version.evaluate(
            (input, value) => input.setAttribute('value', value),
            String(stale),
          );
          await page.getByLabel('Title', { exact: true }).fill('A title someone else changed');
          await page.getByRole('button', { name: 'Save', exact: true }).click();
          await page.waitForLoadState();
          assert.match((await page.textContent('main')) ?? '', /someone else saved/i);
        },
        'the settings page with a refused accent colour': async () => {
          await page.goto('/admin/settings');
          await page.getByLabel('Accent colour', { exact: true }).fill('#ffcc00');
          await page.getByRole('button', { name: 'Save the settings', exact: true }).click();
          await page.locator('.error-summary').waitFor();
        },
        'the preview link page with a new link': async () => {
          await page.goto(`/admin/items/${itemId}`);
          await page.getByRole('button', { name: 'Share a preview link' }).click();
          await page.waitForURL(`**/admin/items/${itemId}/preview-link`);
        },
      };
      const paths = [
        '/admin',
        '/admin/items/new',
        ...['report', 'event', 'publication', 'story', 'statement', 'organization'].map(
          (type) => `/admin/items/new?type=${type}`,
        ),
        `/admin/items/${itemId}`,
        '/admin/review',
        '/admin/media',
        '/admin/users',
        userPath,
        '/admin/labels',
        '/admin/settings',
        '/admin/tokens',
        '/admin/audit',
        '/admin/account',
        '/admin/trash',
        mediaTrashPath,
        '/admin?q=wage&status=published&country=nepal',
        '/admin?q=nothing+at+all+matches+this',
        `/admin/items/${itemId}/preview`,
        `/admin/items/${itemId}/preview?width=phone`,
        `/admin/items/${itemId}/preview/page`,
        `/admin/items/${itemId}/preview-link`,
      ];
      const signedOutPaths = ['/admin/login', '/admin/forgot-password', '/admin/invitation'];
      const failures: string[] = [];
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        for (const path of paths) {
          const response = await page.goto(path);
          if (response?.status() !== 200) failures.push(`${path} answered ${response?.status()}`);
          for (const violation of await axeViolations(page)) {
            failures.push(`${path} at ${width} px: ${violation}`);
          }
          if (path === '/admin/trash') failures.push(...(await trashLayoutFaults(page, width)));
        }
        for (const [name, open] of Object.entries(sentPages)) {
          await open();
          for (const violation of await axeViolations(page)) {
            failures.push(`${name} at ${width} px: ${violation}`);
          }
        }
      }
      const signedOut = await site.browser.newPage({
        baseURL: site.baseURL,
        viewport: { width: 320, height: 800 },
      });
      for (const path of signedOutPaths) {
        await signedOut.goto(path);
        for (const violation of await axeViolations(signedOut)) {
          failures.push(`${path} signed out: ${violation}`);
        }
      }
      await signedOut.close();
      assert.deepEqual(failures, []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  },
);
