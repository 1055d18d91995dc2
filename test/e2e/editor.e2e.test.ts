import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { uploadMedia } from '../../src/domain/media/media-service.ts';
import { changeOwnLanguage } from '../../src/domain/users/account-service.ts';
import { type WatchedPage, axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import { type BrowserSite, signedInPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * The rich-text editor in a real browser (Debian's Chromium, playwright-core) against a real
 * server: the two ways it used to lose text (an image inserted last, Enter after a link), the
 * toolbar, images uploaded, dropped and pasted without leaving the post, and the word count.
 * Each test types what an author would, saves, and reads the HTML the server stored.
 */

const LIBRARY_ALT = 'Tea pickers on a hillside at dawn';

describe(
  'the rich-text editor in a browser',
  { timeout: 90_000, skip: browserSkipReason() },
  () => {
    let site: BrowserSite;
    let png: Buffer;

    /** A signed-in contributor on a new post, with the title and country filled in. */
    async function newPost(title: string): Promise<WatchedPage> {
      const watched = await signedInPage(site, 'cora@example.org');
      const { page } = watched;
      await page.goto('/admin/items/new');
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Nepal').check();
      return watched;
    }

    const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });

    /**
     * Presses a panel's button as a mouse does (the button takes the focus, then is clicked)
     * and answers the role of what holds the focus right after, in the same task. The editor's
     * own focus comes a frame later: a key pressed in between went to the hidden button.
     */
    function pressAndSeeFocus(page: Page, name: string): Promise<string | null | undefined> {
      return page.getByRole('button', { name }).evaluate((button: HTMLElement) => {
        button.focus();
        button.click();
        return document.activeElement?.getAttribute('role');
      });
    }

    /** Saves the draft and answers the HTML the server stored (the form's field, after reload). */
    async function saveAndReadBody(page: Page): Promise<string> {
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForURL('**/admin/items/*?notice=created');
      return page.locator('textarea[name="html"]').inputValue();
    }

    before(async () => {
      site = await startBrowserSite({
        name: 'editor',
        isEditorBuilt: true,
        labels: [{ kind: 'country', slug: 'nepal', name: 'Nepal' }],
        users: [
          { email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' },
          { email: 'nabin@example.org', name: 'Nabin Contributor', role: 'contributor' },
        ],
        seed: async ({ db, config, actor }) => {
          png = await sharp({
            create: { width: 640, height: 400, channels: 3, background: '#2a6' },
          })
            .png()
            .toBuffer();
          const dependencies = { db, mediaDir: config.mediaDir, maxBytes: config.mediaMaxBytes };
          const cora = await actor('cora@example.org');
          await changeOwnLanguage(db, await actor('nabin@example.org'), { language: 'ne' });
          await uploadMedia(dependencies, cora, {
            bytes: png,
            originalName: 'tea.png',
            alt: LIBRARY_ALT,
          });
        },
      });
    });

    after(() => site?.close());

    it('keeps an image inserted as the last block when the author types on', async () => {
      const { page, problems } = await newPost('An image, then more text');
      await body(page).click();
      await page.keyboard.type('Before the image.');
      await page.getByRole('button', { name: 'Image from the media library' }).click();
      await page.getByRole('button', { name: 'tea.png' }).click();
      assert.equal(
        await pressAndSeeFocus(page, 'Insert image'),
        'textbox',
        'the keyboard is back in the text at once',
      );
      // Straight on, as an author would: this keystroke used to replace the selected image.
      await page.keyboard.type('After the image.');
      const html = await saveAndReadBody(page);
      assert.match(
        html,
        new RegExp(
          `^<p>Before the image\\.</p><img [^>]*alt="${LIBRARY_ALT}"[^>]*><p>After the image\\.</p>$`,
        ),
        html,
      );
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('keeps the linked text when Enter follows "Apply link"', async () => {
      const { page, problems } = await newPost('A link, then a new paragraph');
      await body(page).click();
      await page.keyboard.type('Read the report');
      await page.keyboard.press('Shift+Home');
      // The editor takes the selection on its own turn: link only once the text is selected.
      await page.waitForFunction(() => document.getSelection()?.toString() === 'Read the report');
      await page.getByRole('button', { name: 'Link' }).click();
      await page.getByLabel('Link address').fill('https://example.org/report');
      assert.equal(
        await pressAndSeeFocus(page, 'Apply link'),
        'textbox',
        'the keyboard is back in the text at once',
      );
      // This Enter used to replace the still-selected linked text with an empty paragraph.
      await page.keyboard.press('Enter');
      await page.keyboard.type('Next paragraph.');
      const html = await saveAndReadBody(page);
      assert.equal(
        html,
        '<p><a href="https://example.org/report" rel="noopener noreferrer">Read the report</a></p><p>Next paragraph.</p>',
      );
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('has a toolbar of named icon buttons that stays in reach on a long post', async () => {
      const { page, problems } = await newPost('A long post');
      const toolbar = page.getByRole('group', { name: 'Formatting' });
      for (const name of ['Headings', 'Text', 'Blocks', 'Images']) {
        assert.equal(await toolbar.getByRole('group', { name }).count(), 1, `the ${name} group`);
      }
      const bold = toolbar.getByRole('button', { name: 'Bold' });
      assert.equal(await bold.getAttribute('aria-pressed'), 'false');
      assert.equal(await bold.locator('svg[aria-hidden="true"]').count(), 1, 'a decorative icon');
      assert.equal((await bold.textContent())?.trim(), '', 'no text beside the icon');
      await body(page).click();
      await page.keyboard.press('Control+b');
      assert.equal(await bold.getAttribute('aria-pressed'), 'true');
      await page.keyboard.press('Control+b');
      for (let paragraph = 0; paragraph < 40; paragraph += 1) {
        await page.keyboard.type(`Paragraph ${paragraph} of a long report.`);
        await page.keyboard.press('Enter');
      }
      await page.keyboard.type('The end.');
      const editorBox = await page.locator('.rich-text-editor').boundingBox();
      assert.ok(editorBox && editorBox.y < 0, 'the editor starts above the window: it scrolled');
      const toolbarBox = await toolbar.boundingBox();
      assert.ok(
        toolbarBox && Math.abs(toolbarBox.y) < 1,
        `the toolbar is at the top: ${toolbarBox?.y}`,
      );
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('uploads an image by button, asking for its alt text, and counts the words', async () => {
      const { page, problems } = await newPost('An uploaded image');
      const imageFile = path.join(site.dataDir, 'river.png');
      fs.writeFileSync(imageFile, png);
      await body(page).click();
      await page.keyboard.type('The river rose by two metres.');
      const counter = page.locator('.editor-word-count');
      assert.equal(await counter.getAttribute('aria-live'), 'polite');
      await page.waitForFunction(() =>
        document.querySelector('.editor-word-count')?.textContent?.startsWith('6 words'),
      );
      assert.equal(await counter.textContent(), '6 words · less than a minute to read');

      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Upload an image' }).click();
      await (await chooser).setFiles(imageFile);
      const panel = page.getByRole('group', { name: 'Upload an image' });
      const alt = panel.getByLabel(/^Alt text/);
      assert.ok(
        await alt.evaluate((input) => input === document.activeElement),
        'alt text has focus',
      );
      await panel.getByRole('button', { name: 'Upload and insert' }).click();
      assert.match((await panel.getByRole('status').textContent()) ?? '', /need alt text/);
      await alt.fill('The river over its banks');
      await panel.getByRole('button', { name: 'Upload and insert' }).click();
      await body(page).locator('img[alt="The river over its banks"]').waitFor();
      assert.equal(await panel.isHidden(), true);
      await page.keyboard.type('Villages were moved.');
      const html = await saveAndReadBody(page);
      assert.match(
        html,
        /^<p>The river rose by two metres\.<\/p><img src="\/media\/[0-9a-f-]+\.png" alt="The river over its banks"[^>]*><p>Villages were moved\.<\/p>$/,
        html,
      );
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('takes images dropped or pasted into the text', async () => {
      const { page, problems } = await newPost('Dropped and pasted images');
      await body(page).click();
      await page.keyboard.type('First.');
      const bytes = [...png];
      // A file pasted from the clipboard, as a screenshot would come.
      await page.evaluate((data) => {
        const transfer = new DataTransfer();
        transfer.items.add(
          new File([new Uint8Array(data)], 'screenshot.png', { type: 'image/png' }),
        );
        const target = document.querySelector('.ProseMirror');
        target?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
      }, bytes);
      const panel = page.getByRole('group', { name: 'Upload an image' });
      await panel.getByLabel(/^Alt text/).fill('A pasted chart of river levels');
      await panel.getByLabel(/^Alt text/).press('Enter');
      await body(page).locator('img[alt="A pasted chart of river levels"]').waitFor();
      await page.keyboard.type('Second.');

      // A file dropped onto the first paragraph's text.
      const first = body(page).getByText('First.');
      const box = await first.boundingBox();
      assert.ok(box);
      await page.evaluate(
        ({ data, x, y }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(data)], 'map.png', { type: 'image/png' }));
          document.querySelector('.ProseMirror')?.dispatchEvent(
            new DragEvent('drop', {
              dataTransfer: transfer,
              clientX: x,
              clientY: y,
              bubbles: true,
              cancelable: true,
            }),
          );
        },
        { data: bytes, x: box.x + box.width + 1, y: box.y + box.height / 2 },
      );
      await panel.getByLabel(/^Alt text/).fill('A map of the flooded district');
      await panel.getByRole('button', { name: 'Upload and insert' }).click();
      await body(page).locator('img[alt="A map of the flooded district"]').waitFor();
      const html = await saveAndReadBody(page);
      assert.match(
        html,
        /^<p>First\.<\/p><img [^>]*alt="A map of the flooded district"[^>]*><img [^>]*alt="A pasted chart of river levels"[^>]*><p>Second\.<\/p>$/,
        html,
      );
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('speaks the author’s own language, given by the page, numbers included', async () => {
      const { page, problems } = await signedInPage(site, 'nabin@example.org');
      await page.goto('/admin/items/new');
      const words = await page.evaluate(
        () => JSON.parse(document.getElementById('editor-messages')?.textContent ?? '{}') as object,
      );
      assert.equal((words as { locale?: string }).locale, 'ne-u-nu-deva');
      // Found by its element, not its name: names turn Nepali once the catalogue has them.
      await page.locator('.editor-content [contenteditable="true"]').click();
      const counter = page.locator('.editor-word-count');
      const before = await counter.textContent();
      await page.keyboard.type('The river rose by two metres.');
      await page.waitForFunction(
        (shown) => document.querySelector('.editor-word-count')?.textContent !== shown,
        before,
      );
      assert.match((await counter.textContent()) ?? '', /^६ /);
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('passes axe at 1280 and 320 px with the toolbar and each panel open', async () => {
      const { page, problems } = await newPost('Checked by axe');
      const imageFile = path.join(site.dataDir, 'axe.png');
      fs.writeFileSync(imageFile, png);
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        assert.deepEqual(await axeViolations(page), [], `the edit page at ${width} px`);
        await body(page).click();
        await page.getByRole('button', { name: 'Link' }).click();
        assert.deepEqual(await axeViolations(page), [], `the link panel at ${width} px`);
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Image from the media library' }).click();
        await page.getByRole('button', { name: 'tea.png' }).waitFor();
        assert.deepEqual(await axeViolations(page), [], `the media picker at ${width} px`);
        await page.getByRole('button', { name: 'Cancel' }).click();
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Upload an image' }).click();
        await (await chooser).setFiles(imageFile);
        await page.locator('.editor-upload-preview:not([hidden])').waitFor();
        assert.deepEqual(await axeViolations(page), [], `the upload panel at ${width} px`);
        await page.keyboard.press('Escape');
      }
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  },
);
