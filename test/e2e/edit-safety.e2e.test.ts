import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import { type BrowserSite, signedInPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * Work is never lost, in a real browser: a workflow button saves what was typed; a refusal
 * shows at the top, focused; a second session's stale save is refused with both texts kept;
 * the editor saves by itself when idle, keeps the text while offline and sends it when back
 * online; and leaving with unsaved changes asks first.
 */

describe('the edit page keeps work', { timeout: 90_000, skip: browserSkipReason() }, () => {
  let site: BrowserSite;

  /** Writes a Nepal draft in the editor and saves it; resolves to its edit page's path. */
  async function newDraft(page: Page, title: string, text: string): Promise<string> {
    await page.goto('/admin/items/new');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Nepal').check();
    await page.getByRole('textbox', { name: 'Body', exact: true }).click();
    await page.keyboard.type(text);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL('**/admin/items/*?notice=created');
    return new URL(page.url()).pathname;
  }

  /** Types at the end of the body, in the rich-text editor. */
  async function typeAtEnd(page: Page, text: string): Promise<void> {
    await page.getByRole('textbox', { name: 'Body', exact: true }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
  }

  const statusLine = (page: Page) => page.locator('[data-autosave-status]');

  before(async () => {
    site = await startBrowserSite({
      name: 'edit-safety',
      isEditorBuilt: true,
      labels: [{ kind: 'country', slug: 'nepal', name: 'Nepal' }],
      users: [
        { email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' },
        { email: 'nima@example.org', name: 'Nima Editor', role: 'editor', countries: ['nepal'] },
      ],
    });
  });

  after(() => site?.close());

  it('publishes the edit typed just before "Approve and publish", never saved', async () => {
    const author = await signedInPage(site, 'cora@example.org');
    const itemPath = await newDraft(author.page, 'Approved as edited', 'The first draft.');
    await author.page.getByRole('button', { name: 'Submit for review' }).click();
    await author.page.waitForURL('**?notice=submitted');
    await author.context.close();

    const { page, problems, context } = await signedInPage(site, 'nima@example.org');
    await page.goto(itemPath);
    await typeAtEnd(page, ' Checked by the editor.');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.waitForURL('**?notice=published');
    await page.getByRole('link', { name: 'View on the site' }).click();
    assert.match((await page.locator('main').textContent()) ?? '', /Checked by the editor\./);
    assert.deepEqual(problems, [], 'no script errors and no CSP violations');
    await context.close();
  });

  it('shows a refusal at the top, focused, linking to the field', async () => {
    const author = await signedInPage(site, 'cora@example.org');
    const itemPath = await newDraft(author.page, 'Sent back without a note', 'Words.');
    await author.page.getByRole('button', { name: 'Submit for review' }).click();
    await author.page.waitForURL('**?notice=submitted');
    await author.context.close();

    const { page, problems, context } = await signedInPage(site, 'nima@example.org');
    await page.goto(itemPath);
    await page.getByRole('button', { name: 'Send back to the author' }).click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
    const box = await summary.boundingBox();
    assert.ok(box && box.y < 400, `the summary is at the top (y = ${box?.y})`);
    await summary.getByRole('link', { name: /Note for the author/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'item-note');
    assert.deepEqual(await axeViolations(page), [], 'the refused page passes axe at 1280 px');
    await page.setViewportSize({ width: 320, height: 640 });
    assert.deepEqual(await axeViolations(page), [], 'the refused page passes axe at 320 px');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('refuses the second of two sessions’ saves with a clear message, keeping both texts', async () => {
    const first = await signedInPage(site, 'cora@example.org');
    const itemPath = await newDraft(first.page, 'Edited twice at once', 'Shared start.');
    const second = await first.context.newPage();
    await second.goto(itemPath);

    await typeAtEnd(first.page, ' From the first tab.');
    await first.page.getByRole('button', { name: 'Save', exact: true }).click();
    await first.page.waitForURL('**?notice=saved');

    await typeAtEnd(second, ' From the second tab.');
    await second.getByRole('button', { name: 'Save', exact: true }).click();
    await second.locator('#error-summary').waitFor();
    assert.match(
      (await second.locator('#error-summary').textContent()) ?? '',
      /Someone else saved this item while you were editing it/,
    );
    const body = second.getByRole('textbox', { name: 'Body', exact: true });
    assert.match((await body.textContent()) ?? '', /From the first tab\./);
    assert.match(await second.locator('#your-body').inputValue(), /From the second tab\./);
    assert.deepEqual(await axeViolations(second), [], 'the conflict page passes axe');
    // Theirs restored in place of the first tab's, from the kept revision.
    await second.getByRole('button', { name: /Restore your text/ }).click();
    await second.waitForURL('**?notice=restored');
    assert.match(
      (await second.getByRole('textbox', { name: 'Body', exact: true }).textContent()) ?? '',
      /From the second tab\./,
    );
    assert.deepEqual(first.problems, []);
    await first.context.close();
  });

  it('saves a draft by itself after the editor stops typing', async () => {
    const { page, problems, context } = await signedInPage(site, 'cora@example.org');
    const itemPath = await newDraft(page, 'Autosaved', 'Before.');
    await typeAtEnd(page, ' Typed, then left alone.');
    await statusLine(page)
      .filter({ hasText: /^Saved \d{2}:\d{2}$/ })
      .waitFor();
    await page.goto(itemPath);
    assert.match(
      (await page.getByRole('textbox', { name: 'Body', exact: true }).textContent()) ?? '',
      /Typed, then left alone\./,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps the text in the browser while offline and saves it when the connection returns', async () => {
    const { page, problems, context } = await signedInPage(site, 'cora@example.org');
    const itemPath = await newDraft(page, 'Written offline', 'Online start.');
    await context.setOffline(true);
    await typeAtEnd(page, ' Written in the field.');
    await statusLine(page)
      .filter({ hasText: /^Offline/ })
      .waitFor();
    const kept = await page.evaluate(() => Object.values(localStorage).join('\n'));
    assert.match(kept, /Written\+in\+the\+field\./);
    await context.setOffline(false);
    await statusLine(page)
      .filter({ hasText: /^Saved \d{2}:\d{2}$/ })
      .waitFor();
    await page.goto(itemPath);
    assert.match(
      (await page.getByRole('textbox', { name: 'Body', exact: true }).textContent()) ?? '',
      /Written in the field\./,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('asks before leaving a page with unsaved changes', async () => {
    const { page, context } = await signedInPage(site, 'cora@example.org');
    await newDraft(page, 'Left in a hurry', 'Start.');
    await typeAtEnd(page, ' Not yet saved.');
    const dialog = new Promise<string>((resolve) => {
      page.once('dialog', (shown) => {
        resolve(shown.type());
        void shown.accept();
      });
    });
    await page.goto('/admin');
    assert.equal(await dialog, 'beforeunload');
    await context.close();
  });
});
