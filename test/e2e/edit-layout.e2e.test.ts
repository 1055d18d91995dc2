import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { uploadMedia } from '../../src/domain/media/media-service.ts';
import { createOrganization } from '../../src/domain/organizations/organization-service.ts';
import { axeViolations, browserSkipReason } from '../support/browser-pages.ts';
import { type BrowserSite, signedInPage, startBrowserSite } from '../support/browser-site.ts';

/**
 * The edit page's layout in a real browser: the text first, its settings in a panel beside it
 * at desktop width and below it on a phone, axe finding nothing at 1280 and 320 px, and a
 * featured image chosen in the panel, saved and shown back as a thumbnail. Screenshots go to
 * SHOTS_DIR when it is set, for a person to look at.
 */

const IMAGE_ALT = 'Garment workers at a union meeting';

describe(
  'the edit page’s layout in a browser',
  { timeout: 90_000, skip: browserSkipReason() },
  () => {
    let site: BrowserSite;

    async function boxOf(page: Page, selector: string) {
      const box = await page.locator(selector).boundingBox();
      assert.ok(box, `${selector} is laid out`);
      return box;
    }

    async function screenshot(page: Page, name: string): Promise<void> {
      const dir = process.env.SHOTS_DIR;
      if (dir)
        await page.screenshot({ path: path.join(dir, `layout-${name}.png`), fullPage: true });
    }

    before(async () => {
      site = await startBrowserSite({
        name: 'edit-layout',
        isEditorBuilt: true,
        labels: [
          { kind: 'country', slug: 'nepal', name: 'Nepal' },
          { kind: 'theme', slug: 'youth', name: 'Youth' },
        ],
        users: [{ email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' }],
        seed: async ({ db, config, actor }) => {
          await createOrganization(db, {
            acronym: 'SEWA',
            name: 'Self Employed Women’s Association',
            kind: 'trade-union',
            relationship: 'partner',
            country: 'nepal',
          });
          const png = await sharp({
            create: { width: 800, height: 500, channels: 3, background: '#c84' },
          })
            .png()
            .toBuffer();
          await uploadMedia(
            { db, mediaDir: config.mediaDir, maxBytes: config.mediaMaxBytes },
            await actor('cora@example.org'),
            { bytes: png, originalName: 'union-meeting.png', alt: IMAGE_ALT },
          );
        },
      });
    });

    after(() => site?.close());

    it('puts the settings beside the text at 1280 px and below it on a phone, and saves a featured image', async () => {
      const { page, problems } = await signedInPage(site, 'cora@example.org');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/admin/items/new');
      await page.getByLabel('Title', { exact: true }).fill('Home-based workers organise');
      await page.getByRole('textbox', { name: 'Body' }).click();
      await page.keyboard.type('They met in Kathmandu to talk about wages.');
      await page.getByLabel('Nepal').check();
      await page.getByLabel('Organisations it is about').fill('sewa');
      // The picker in front of the choice (featured-image.e2e.test.ts tries it in full).
      await page
        .getByRole('group', { name: 'Featured image' })
        .getByRole('button', { name: 'Choose image' })
        .click();
      await page
        .getByRole('dialog', { name: 'Featured image' })
        .getByRole('button', { name: `union-meeting.png ${IMAGE_ALT}` })
        .click();
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForURL('**/admin/items/*?notice=created');

      // Saved and shown back: the image as a thumbnail, the organisation as the directory writes it.
      assert.match(
        (await page.getByLabel('Featured image').locator('option:checked').textContent()) ?? '',
        /union-meeting\.png/,
      );
      await page.locator('img.media-choice-thumbnail').waitFor();
      assert.equal(await page.getByLabel('Organisations it is about').inputValue(), 'SEWA');

      const editor = await boxOf(page, '.rich-text-editor');
      const panel = await boxOf(page, '.item-settings');
      assert.ok(panel.x >= editor.x + editor.width, 'the panel is right of the editor');
      assert.ok(
        panel.y < editor.y + editor.height,
        'the panel starts beside the editor, not below it',
      );
      assert.ok(
        panel.width >= 300 && panel.width <= 340,
        `the panel is about 20rem wide: ${panel.width}`,
      );
      assert.deepEqual(await axeViolations(page), [], 'the edit page at 1280 px passes axe');
      await screenshot(page, '1280');

      await page.setViewportSize({ width: 360, height: 740 });
      const narrowEditor = await boxOf(page, '.rich-text-editor');
      const narrowPanel = await boxOf(page, '.item-settings');
      assert.ok(
        narrowPanel.y >= narrowEditor.y + narrowEditor.height,
        'the panel is below the text',
      );
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `nothing is wider than the phone: ${width}`);
      await screenshot(page, '360');

      await page.setViewportSize({ width: 320, height: 740 });
      assert.deepEqual(await axeViolations(page), [], 'the edit page at 320 px passes axe');
      assert.deepEqual(problems, [], 'no script errors or CSP breaches');
      await page.context().close();
    });
  },
);
