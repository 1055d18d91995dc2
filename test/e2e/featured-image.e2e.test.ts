import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { uploadMedia } from '../../src/domain/media/media-service.ts';
import { type WatchedPage, axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import { type BrowserSite, signedInPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * The featured image chosen without leaving the post, in a real browser: picked by search
 * from the library's thumbnails, uploaded with its alt text (button, drop, paste), a library
 * image without alt text described before it is used, removed; each saved (by Save or by
 * autosave) and read back from the database. Without JavaScript the plain choice still saves.
 * Screenshots of the open picker go to SHOTS_DIR when it is set, for a person to look at.
 */

const MEETING_ALT = 'Garment workers at a union meeting';
const RIVER_ALT = 'A flooded river bank near Biratnagar';

describe(
  'the featured image’s picker in a browser',
  { timeout: 120_000, skip: browserSkipReason() },
  () => {
    let site: BrowserSite;
    let png: Buffer;
    const mediaIds: Record<string, string> = {};

    function signedIn(options: { javaScriptEnabled?: boolean } = {}): Promise<WatchedPage> {
      return signedInPage(site, 'cora@example.org', options);
    }

    /** A new draft, saved, open in the editor (with autosave, as an existing item has). */
    async function openNewItem(page: Page, title: string): Promise<string> {
      await page.goto('/admin/items/new');
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Nepal').check();
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForURL('**/admin/items/*?notice=created');
      const id = /\/admin\/items\/([^/?]+)/.exec(page.url())?.[1];
      assert.ok(id, page.url());
      return id;
    }

    const field = (page: Page) => page.getByRole('group', { name: 'Featured image' });
    const picker = (page: Page) => page.getByRole('dialog', { name: 'Featured image' });

    async function saveItem(page: Page): Promise<void> {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL('**/admin/items/*?notice=saved');
    }

    async function featuredMediaId(itemId: string): Promise<string | null> {
      const row = await site.database.db
        .selectFrom('content_items')
        .select('featured_media_id')
        .where('id', '=', itemId)
        .executeTakeFirstOrThrow();
      return row.featured_media_id;
    }

    async function mediaByAlt(alt: string) {
      return site.database.db
        .selectFrom('media')
        .select(['id', 'original_name'])
        .where('alt', '=', alt)
        .executeTakeFirst();
    }

    async function isFocused(page: Page, locator: ReturnType<Page['locator']>) {
      return locator.evaluate((node) => node === document.activeElement);
    }

    async function screenshot(page: Page, name: string): Promise<void> {
      const dir = process.env.SHOTS_DIR;
      if (dir) await page.screenshot({ path: path.join(dir, `featured-image-${name}.png`) });
    }

    before(async () => {
      site = await startBrowserSite({
        name: 'featured-image',
        isEditorBuilt: true,
        labels: [{ kind: 'country', slug: 'nepal', name: 'Nepal' }],
        users: [{ email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' }],
        seed: async ({ db, config, actor }) => {
          const dependencies = { db, mediaDir: config.mediaDir, maxBytes: config.mediaMaxBytes };
          const cora = await actor('cora@example.org');
          const colours = {
            'union-meeting.png': '#c84',
            'river-bank.png': '#48c',
            'march.png': '#8a4',
          };
          const alts = {
            'union-meeting.png': MEETING_ALT,
            'river-bank.png': RIVER_ALT,
            'march.png': '',
          };
          for (const [name, background] of Object.entries(colours)) {
            const bytes = await sharp({
              create: { width: 800, height: 500, channels: 3, background },
            })
              .png()
              .toBuffer();
            const media = await uploadMedia(dependencies, cora, {
              bytes,
              originalName: name,
              alt: alts[name as keyof typeof alts],
            });
            mediaIds[name] = media.id;
          }
          png = await sharp({
            create: { width: 640, height: 400, channels: 3, background: '#a46' },
          })
            .png()
            .toBuffer();
        },
      });
    });

    after(() => site?.close());

    it('picks an image by search from the thumbnails, by keyboard, and saves it', async () => {
      const { page, problems } = await signedIn();
      await page.setViewportSize({ width: 1280, height: 900 });
      const itemId = await openNewItem(page, 'Floods in the east');
      assert.equal(await page.locator('select[name="featuredMediaId"]').isHidden(), true);
      const choose = field(page).getByRole('button', { name: 'Choose image' });
      assert.equal(await field(page).getByRole('button', { name: 'Remove' }).count(), 0);

      await choose.click();
      const dialog = picker(page);
      const search = dialog.getByLabel('Search the media library');
      assert.ok(await isFocused(page, search), 'the search box has the focus');
      await dialog.getByRole('button', { name: /union-meeting\.png/ }).waitFor();
      assert.equal(await dialog.getByRole('listitem').count(), 3, 'the library’s three images');
      await search.fill('river');
      await dialog.getByRole('listitem').nth(1).waitFor({ state: 'detached' });
      const river = dialog.getByRole('button', { name: `river-bank.png ${RIVER_ALT}` });
      assert.equal(await river.count(), 1, 'named by its file name and alt text');
      assert.deepEqual(await axeViolations(page), [], 'the open picker at 1280 px passes axe');
      await screenshot(page, '1280');

      // Escape closes it and gives the focus back; nothing was chosen.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.ok(await isFocused(page, choose), 'the focus is back on "Choose image"');

      await page.keyboard.press('Enter');
      await search.fill('river');
      await river.waitFor();
      await river.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      assert.ok(await isFocused(page, choose), 'the focus is back on "Choose image"');
      assert.equal(
        await field(page).locator('.media-choice-caption').textContent(),
        `river-bank.png: ${RIVER_ALT}`,
      );
      await field(page).locator('img.media-choice-thumbnail').waitFor();
      await saveItem(page);
      assert.equal(await featuredMediaId(itemId), mediaIds['river-bank.png']);

      // Saved and drawn back by the server; the picker marks the current image.
      await choose.click();
      const current = dialog.locator('[aria-current="true"]');
      await current.waitFor();
      assert.match((await current.textContent()) ?? '', /river-bank\.png/);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await field(page).getByRole('button', { name: 'Remove' }).click();
      assert.ok(await isFocused(page, choose), 'the focus moves to "Choose image"');
      assert.equal(await field(page).locator('.media-choice-none').isVisible(), true);
      await saveItem(page);
      assert.equal(await featuredMediaId(itemId), null);
      assert.deepEqual(problems, [], 'no script errors or CSP breaches');
      await page.context().close();
    });

    it('uploads an image into the field, asking for its alt text, and saves it', async () => {
      const { page, problems } = await signedIn();
      await page.setViewportSize({ width: 360, height: 740 });
      const itemId = await openNewItem(page, 'A new photo');
      const imageFile = path.join(site.dataDir, 'harvest.png');
      fs.writeFileSync(imageFile, png);
      const chooser = page.waitForEvent('filechooser');
      await field(page).getByRole('button', { name: 'Upload', exact: true }).click();
      await (await chooser).setFiles(imageFile);
      const dialog = picker(page);
      const alt = dialog.getByLabel(/^Alt text/);
      assert.ok(await isFocused(page, alt), 'the alt text has the focus');
      await dialog.getByText('harvest.png').waitFor();
      await dialog.locator('.editor-upload-preview:not([hidden])').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'the upload in the picker at 360 px');
      await screenshot(page, '360-upload');

      // Refused without alt text: the image is not uploaded.
      await dialog.getByRole('button', { name: 'Upload and use' }).click();
      assert.match((await dialog.getByRole('status').textContent()) ?? '', /need alt text/);
      const harvests = await site.database.db
        .selectFrom('media')
        .select('id')
        .where('original_name', '=', 'harvest.png')
        .execute();
      assert.equal(harvests.length, 0, 'nothing is uploaded without alt text');
      await alt.fill('Rice harvest in the Terai');
      await dialog.getByRole('button', { name: 'Upload and use' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const uploaded = await mediaByAlt('Rice harvest in the Terai');
      assert.ok(uploaded, 'the image is in the library with its alt text');
      assert.equal(uploaded.original_name, 'harvest.png');
      assert.equal(
        await page.locator('select[name="featuredMediaId"]').inputValue(),
        uploaded.id,
        'the new image is the choice (an option added for it)',
      );
      await saveItem(page);
      assert.equal(await featuredMediaId(itemId), uploaded.id);
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('takes an image dropped on the field or pasted into it, and autosave keeps it', async () => {
      const { page, problems } = await signedIn();
      await page.setViewportSize({ width: 1280, height: 900 });
      const itemId = await openNewItem(page, 'Dropped and pasted');
      const bytes = [...png];
      await page.evaluate((data) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], 'dropped.png', { type: 'image/png' }));
        document
          .querySelector('[data-media-picker]')
          ?.dispatchEvent(
            new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
      }, bytes);
      const dialog = picker(page);
      await dialog.getByLabel(/^Alt text/).fill('Women at a water pump');
      await dialog.getByLabel(/^Alt text/).press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      const dropped = await mediaByAlt('Women at a water pump');
      assert.ok(dropped);
      // Not saved by hand: autosave sends the changed choice by itself.
      await page.getByText(/^Saved \d\d:\d\d$/).waitFor();
      assert.equal(await featuredMediaId(itemId), dropped.id);

      // A pasted file while the field's button has the focus; a document is refused.
      await field(page).getByRole('button', { name: 'Choose image' }).focus();
      const paste = (name: string, type: string) =>
        page.evaluate(
          ({ data, name, type }) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([new Uint8Array(data)], name, { type }));
            document.activeElement?.dispatchEvent(
              new ClipboardEvent('paste', {
                clipboardData: transfer,
                bubbles: true,
                cancelable: true,
              }),
            );
          },
          { data: bytes, name, type },
        );
      await paste('notes.pdf', 'application/pdf');
      assert.match(
        (await dialog.getByRole('status').textContent()) ?? '',
        /notes\.pdf is not a JPEG, PNG, WebP or GIF image/,
      );
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await paste('screenshot.png', 'image/png');
      await dialog.getByLabel(/^Alt text/).fill('A chart of the water table');
      await dialog.getByRole('button', { name: 'Upload and use' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const pasted = await mediaByAlt('A chart of the water table');
      assert.ok(pasted);
      await saveItem(page);
      assert.equal(await featuredMediaId(itemId), pasted.id);
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('asks for the alt text of a library image that has none before using it', async () => {
      const { page, problems } = await signedIn();
      await page.setViewportSize({ width: 1280, height: 900 });
      const itemId = await openNewItem(page, 'An undescribed march');
      await field(page).getByRole('button', { name: 'Choose image' }).click();
      const dialog = picker(page);
      const march = dialog.getByRole('button', { name: 'march.png No alt text yet' });
      await march.waitFor();
      await page.setViewportSize({ width: 360, height: 740 });
      assert.deepEqual(await axeViolations(page), [], 'the whole library at 360 px passes axe');
      await screenshot(page, '360');
      await march.click();
      await dialog.getByText(/march\.png has no alt text yet/).waitFor();
      const alt = dialog.getByLabel(/^Alt text/);
      assert.ok(await isFocused(page, alt));
      // Cancel goes back to the library, where it came from.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await march.waitFor();
      await march.click();
      await alt.fill('Workers marching for a minimum wage');
      await dialog.getByRole('button', { name: 'Save alt text and use' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const described = await site.database.db
        .selectFrom('media')
        .select('alt')
        .where('id', '=', mediaIds['march.png'] ?? '')
        .executeTakeFirstOrThrow();
      assert.equal(described.alt, 'Workers marching for a minimum wage');
      await saveItem(page);
      assert.equal(await featuredMediaId(itemId), mediaIds['march.png']);
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('redraws the share card as the search and sharing fields change, and saves them', async () => {
      const { page, problems } = await signedIn();
      await page.setViewportSize({ width: 360, height: 740 });
      const itemId = await openNewItem(page, 'Floods reach Biratnagar');
      const card = page.locator('[data-share-preview]');
      const image = card.locator('img.share-card-image');
      // A draft without a picture is shown with the card drawn from its title.
      assert.equal(await image.getAttribute('src'), `/admin/items/${itemId}/card.png`);
      assert.ok(
        await image.evaluate(
          (node: HTMLImageElement) => node.complete && node.naturalWidth === 1200,
        ),
        'the drawn card loads',
      );
      await page.getByText('Search and sharing', { exact: true }).click();
      await page.getByLabel('Title for search and sharing').fill('Biratnagar under water');
      await page.getByLabel('Description for search and sharing').fill('What the unions ask for.');
      // Redrawn on the next frame after each keystroke: wait for it, then read it exactly.
      const description = card.locator('[data-share-description]', {
        hasText: 'What the unions ask for.',
      });
      await description.waitFor();
      assert.equal(await description.textContent(), 'What the unions ask for.');
      assert.equal(
        await card.locator('[data-share-title]').textContent(),
        'Biratnagar under water',
      );
      const sharing = page.getByRole('group', { name: 'Image for sharing' });
      await sharing.getByRole('button', { name: 'Choose image' }).click();
      const dialog = page.getByRole('dialog', { name: 'Image for sharing' });
      await dialog.getByRole('button', { name: /union-meeting\.png/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      const thumbnail = await sharing.locator('img.media-choice-thumbnail').getAttribute('src');
      await page.waitForFunction(
        (src) => document.querySelector('img.share-card-image')?.getAttribute('src') === src,
        thumbnail,
      );
      assert.deepEqual(await axeViolations(page), [], 'the open fields at 360 px pass axe');
      await screenshot(page, 'share-preview-360');
      await saveItem(page);
      const row = await site.database.db
        .selectFrom('content_items')
        .select(['meta_title', 'meta_description', 'social_image_id'])
        .where('id', '=', itemId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, {
        meta_title: 'Biratnagar under water',
        meta_description: 'What the unions ask for.',
        social_image_id: mediaIds['union-meeting.png'],
      });
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it('still saves a featured image through the plain choice without JavaScript', async () => {
      const { page } = await signedIn({ javaScriptEnabled: false });
      const itemId = await openNewItem(page, 'Without scripts');
      const choice = page.getByLabel('Featured image', { exact: true });
      await choice.selectOption({ label: `union-meeting.png: ${MEETING_ALT}` });
      await saveItem(page);
      assert.equal(await featuredMediaId(itemId), mediaIds['union-meeting.png']);
      await page.locator('img.media-choice-thumbnail').waitFor();
      await page.context().close();
    });
  },
);
