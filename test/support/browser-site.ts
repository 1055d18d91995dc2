import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
} from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/quality-gates/chromium.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { type DatabaseHandle, type Db, openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { loadDemoContent } from '../../src/demo/load-demo.ts';
import type { Actor } from '../../src/domain/auth/actor.ts';
import { type Label, createLabel } from '../../src/domain/labels/label-service.ts';
import {
  type CreateUserInput,
  createUser,
  getActorByEmail,
} from '../../src/domain/users/user-service.ts';
import { buildApp } from '../../src/http/app.ts';
import { type WatchedPage, watchedPage } from './browser-pages.ts';
import { TEST_PASSWORD } from './content-test-visitor.ts';

/**
 * A whole site for a browser test: a fresh SQLite data directory, migrated, with the file's
 * labels, people and data; the app listening on a free local port; Chromium launched. Each
 * e2e file starts one in `before` and closes it in `after`.
 */

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** What a file's own data is written with, before the app starts. */
export interface SiteSeed {
  db: Db;
  config: Config;
  dataDir: string;
  /** A label made from `labels`, by its slug. */
  label(slug: string): Label;
  /** A person made from `users`, as the app sees them, by their email. */
  actor(email: string): Promise<Actor>;
}

export interface BrowserSiteOptions {
  /** Names the data directory (inspir-<name>-e2e-…). */
  name: string;
  /** Builds the editor island from this checkout first, for pages that load it. */
  isEditorBuilt?: boolean;
  /** Loads the demo site's content. */
  hasDemo?: boolean;
  labels?: readonly Parameters<typeof createLabel>[1][];
  /** Made after the labels (an editor's countries must exist), each with TEST_PASSWORD. */
  users?: readonly Omit<CreateUserInput, 'password'>[];
  seed?: (seed: SiteSeed) => Promise<void>;
  /** Where the site's mail goes (`SMTP_URL`), such as a test's smtp-sink; else to the log. */
  smtpUrl?: string;
}

export interface BrowserSite {
  dataDir: string;
  database: DatabaseHandle;
  config: Config;
  app: FastifyInstance;
  browser: Browser;
  baseURL: string;
  close(): Promise<void>;
}

export async function startBrowserSite(options: BrowserSiteOptions): Promise<BrowserSite> {
  if (options.isEditorBuilt) {
    execFileSync(process.execPath, ['scripts/build.js', 'admin-editor'], { cwd: projectRoot });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `inspir-${options.name}-e2e-`));
  let database: DatabaseHandle | undefined;
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  // Also what a failed start leaves behind is closed, as the suite's `after` would.
  const close = async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    database = openDatabase({ kind: 'sqlite', filename: path.join(dataDir, 'inspir.sqlite') });
    const { db } = database;
    await migrateToLatest(db);
    const labels = new Map<string, Label>();
    for (const input of options.labels ?? []) {
      const label = await createLabel(db, input);
      labels.set(label.slug, label);
    }
    for (const person of options.users ?? []) {
      await createUser(db, { ...person, password: TEST_PASSWORD });
    }
    const config = loadConfig({
      DATA_DIR: dataDir,
      DEMO_CONTENT: '0',
      SITE_URL: 'http://127.0.0.1',
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    });
    if (options.hasDemo) await loadDemoContent(db, { mediaDir: config.mediaDir });
    await options.seed?.({
      db,
      config,
      dataDir,
      label: (slug) => found(labels.get(slug), `label ${slug}`),
      actor: async (email) => found(await getActorByEmail(db, email), `user ${email}`),
    });
    app = await buildApp({ config, database, isLoggerEnabled: false });
    const baseURL = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    return { dataDir, database, config, app, browser, baseURL, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what} in the site's options`);
  return value;
}

/** A watched tab in a new context on the site; steps fail after 10 s, not at the test's timeout. */
export async function openWatchedPage(
  site: BrowserSite,
  options: BrowserContextOptions = {},
): Promise<WatchedPage & { context: BrowserContext }> {
  const context = await site.browser.newContext({ baseURL: site.baseURL, ...options });
  context.setDefaultTimeout(10_000);
  return { ...(await watchedPage(context)), context };
}

/** A watched tab, signed in through the login form as one of the site's `users`. */
export async function signedInPage(
  site: BrowserSite,
  email: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage & { context: BrowserContext }> {
  const watched = await openWatchedPage(site, options);
  const { page } = watched;
  await page.goto('/admin/login');
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  return watched;
}
