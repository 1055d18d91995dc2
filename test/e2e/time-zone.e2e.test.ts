import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/quality-gates/chromium.ts';
import { loadConfig } from '../../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { createLabel } from '../../src/domain/labels/label-service.ts';
import { createUser } from '../../src/domain/users/user-service.ts';
import { buildApp } from '../../src/http/app.ts';
import { itemIdFrom, signedIn } from '../support/content-test-visitor.ts';
import { axeViolations, browserSkipReason, watchedPage } from '../support/browser-pages.ts';

/**
 * Time in the editor's zone, in a real browser: a Kathmandu editor finds their account page
 * from their name, changes their zone without JavaScript's help, and the approve button of an
 * item with a later publish date says when it will publish, on their clock. Axe finds
 * nothing on the account page at 1280 and 320 px, and the CSP is never breached.
 */

const PASSWORD = 'a long enough password';

describe('time zones in a browser', { timeout: 60_000, skip: browserSkipReason() }, () => {
  let dataDir: string;
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let itemId: string;

  before(async () => {
    // The approve button is reworded by the editor's script: build it from this checkout.
    const projectRoot = path.resolve(import.meta.dirname, '../..');
    execFileSync(process.execPath, ['scripts/build.js', 'admin-editor'], { cwd: projectRoot });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-time-zone-e2e-'));
    database = openDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') });
    await migrateToLatest(database.db);
    const { db } = database;
    await createLabel(db, { kind: 'country', slug: 'nepal', name: 'Nepal' });
    await createUser(db, {
      email: 'nima@example.org',
      name: 'Nima Editor',
      role: 'editor',
      countries: ['nepal'],
      password: PASSWORD,
    });
    const config = loadConfig({
      DATA_DIR: dataDir,
      DEMO_CONTENT: '0',
      SITE_URL: 'http://127.0.0.1',
    });
    app = await buildApp({ config, database, isLoggerEnabled: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const nima = await signedIn(app, db, 'nima@example.org');
    const created = await nima.post('/admin/items', {
      title: 'Budget day',
      html: '<p>The budget.</p>',
      labels: ['country:nepal'],
      publishedAt: '2999-02-12T08:30',
    });
    itemId = itemIdFrom(created.headers.location);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the editor’s zone, lets them change it, and names it on the schedule button', async () => {
    const context = await browser.newContext({ baseURL: app.listeningOrigin });
    context.setDefaultTimeout(10_000);
    const { page, problems } = await watchedPage(context);
    await page.goto('/admin/login');
    await page.getByLabel(/email/i).fill('nima@example.org');
    await page.getByLabel(/password/i).fill(PASSWORD);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL((url) => url.pathname === '/admin');

    await page.goto(`/admin/items/${itemId}`);
    assert.equal(await page.getByLabel('Publish date').inputValue(), '2999-02-12T08:30');
    await assert.doesNotReject(
      page
        .getByRole('button', { name: 'Schedule for 12 Feb 2999, 08:30 Kathmandu time' })
        .waitFor(),
    );

    await page.getByRole('link', { name: 'Nima Editor' }).click();
    await page.waitForURL('**/admin/account');
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      assert.deepEqual(await axeViolations(page), [], `the account page passes axe at ${width} px`);
    }
    await page.getByLabel('Time zone').selectOption('Asia/Manila');
    await page.getByRole('button', { name: 'Save time zone' }).click();
    await page.waitForURL('**/admin/account?notice=time-zone-saved');
    assert.deepEqual(await axeViolations(page), [], 'the saved page passes axe');

    // The same instant, now on Manila's clock (UTC+8, 2 h 15 min ahead of Kathmandu).
    await page.goto(`/admin/items/${itemId}`);
    assert.equal(await page.getByLabel('Publish date').inputValue(), '2999-02-12T10:45');
    await assert.doesNotReject(
      page.getByRole('button', { name: 'Schedule for 12 Feb 2999, 10:45 Manila time' }).waitFor(),
    );
    // The button says what it will do as the date changes, before anything is saved.
    await page.getByLabel('Publish date').fill('2999-03-01T07:00');
    await assert.doesNotReject(
      page.getByRole('button', { name: 'Schedule for 1 Mar 2999, 07:00 Manila time' }).waitFor(),
    );
    await page.getByLabel('Publish date').fill('');
    await assert.doesNotReject(
      page.getByRole('button', { name: 'Approve and publish', exact: true }).waitFor(),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
});
