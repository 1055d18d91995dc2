import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type Browser, type Page, chromium } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { axeViolationsIn } from '../../scripts/quality-gates/axe-in-page.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/quality-gates/chromium.ts';
import { createLabel } from '../../src/domain/labels/label-service.ts';
import { createUser, getActorByEmail } from '../../src/domain/users/user-service.ts';
import { buildApp } from '../../src/http/app.ts';
import { createItemInStatus, labelRefs, newsroomFor } from '../support/newsroom-fixtures.ts';

/**
 * The desk in a real browser (Debian's Chromium), which loads no script, so it works as a
 * phone with JavaScript off would have it: a Nepal editor finds items by words and filters, chooses two with
 * their checkboxes and approves them together; the report says what was done and what was
 * refused. At 360 px the list must not scroll sideways; axe checks each page at 1280 and 320.
 */

const PASSWORD = 'a long enough password';

const isChromiumAvailable = fs.existsSync(CHROMIUM_PATH);
const skipReason = `browser test skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`;
if (!isChromiumAvailable) {
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}.`);
  }
  console.log(`# ${skipReason}`);
}

async function axeViolations(page: Page): Promise<string[]> {
  const violations = await axeViolationsIn(page);
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Whether the page is wider than the window (it would scroll sideways). */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

describe(
  'the desk in a browser',
  { timeout: 60_000, skip: isChromiumAvailable ? false : skipReason },
  () => {
    let dataDir: string;
    let database: DatabaseHandle;
    let app: FastifyInstance;
    let browser: Browser;
    let baseUrl: string;

    before(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-desk-e2e-'));
      database = openDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') });
      await migrateToLatest(database.db);
      const { db } = database;
      const nepal = await createLabel(db, { kind: 'country', slug: 'nepal', name: 'Nepal' });
      const cambodia = await createLabel(db, {
        kind: 'country',
        slug: 'cambodia',
        name: 'Cambodia',
      });
      const people = [
        { email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' as const },
        {
          email: 'nima@example.org',
          name: 'Nima Editor',
          role: 'editor' as const,
          countries: ['nepal'],
        },
        { email: 'ada@example.org', name: 'Ada Administrator', role: 'administrator' as const },
      ];
      for (const person of people) await createUser(db, { ...person, password: PASSWORD });
      const cora = await getActorByEmail(db, 'cora@example.org');
      const ada = await getActorByEmail(db, 'ada@example.org');
      assert.ok(cora && ada);
      const newsroom = newsroomFor(db);
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
      const config = loadConfig({
        DATA_DIR: dataDir,
        DEMO_CONTENT: '0',
        SITE_URL: 'http://127.0.0.1',
      });
      app = await buildApp({ config, database, isLoggerEnabled: false });
      baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    });

    after(async () => {
      await browser?.close();
      await app?.close();
      await database?.close();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    for (const width of [360, 1280]) {
      it(`finds, filters and approves in bulk, with no script, at ${width} px`, async () => {
        const context = await browser.newContext({
          baseURL: baseUrl,
          viewport: { width, height: 800 },
        });
        context.setDefaultTimeout(10_000);
        const page = await context.newPage();
        await page.goto('/admin/login');
        await page
          .getByLabel(/email/i)
          .fill(width === 360 ? 'ada@example.org' : 'nima@example.org');
        await page.getByLabel(/password/i).fill(PASSWORD);
        await page.getByRole('button', { name: /sign in/i }).click();
        await page.waitForURL((url) => url.pathname === '/admin');
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

        await page
          .getByRole('checkbox', { name: 'Choose Garment wages rise in Kathmandu' })
          .check();
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
  },
);
