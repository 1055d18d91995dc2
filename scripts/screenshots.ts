/**
 * `npm run screenshots`: the public site with the demo content, as a reader sees it at 360 and
 * 1280 px (the first screen, light), and the newsroom's desk and editor as an administrator
 * sees them, saved in docs/screenshots/ for the README. Run it after a change to how pages
 * look, then look at the pictures before committing them.
 *
 *   npm run screenshots            every page at both widths
 *   npm run screenshots -- home    only the pages whose name contains "home" (or "newsroom")
 */
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './quality-gates/chromium.ts';
import { type Credentials, startSite } from './quality-gates/site.ts';

const OUT_DIR = path.resolve(import.meta.dirname, '../docs/screenshots');

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** Each shot: a name, and how to reach its page from the site's own links. */
interface Shot {
  name: string;
  /** A path, or the listing whose first item is the page to show. */
  path: string;
  isFirstItemOf?: boolean;
  /** Scrolls this element to the top first (a part below the first screen). */
  scrollTo?: string;
  /** Only at these widths (default: every viewport). */
  widths?: readonly number[];
}

const SHOTS: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'post', path: '/', isFirstItemOf: true },
  { name: 'country', path: '/countries/nepal' },
  { name: 'impact', path: '/impact' },
  { name: 'event', path: '/events', isFirstItemOf: true },
  { name: 'story', path: '/stories', isFirstItemOf: true },
  // The other scripts (issue 18): Nepali and Hindi in Devanagari, Bengali, Khmer.
  { name: 'home-ne', path: '/ne/' },
  { name: 'home-km', path: '/km/' },
  { name: 'country-bn', path: '/bn/countries/bangladesh' },
  { name: 'post-hi', path: '/hi/2021/05/lessons-from-india-second-wave-hi' },
  { name: 'post-km', path: '/km/countries/cambodia', isFirstItemOf: true },
  // Dialogue (issue 19): a thread with a reply and the form; subscribing in Khmer script.
  {
    name: 'post-comments',
    path: '/2021/05/nepal-second-wave-migrants-border',
    scrollTo: '#comments',
  },
  { name: 'subscribe-km', path: '/km/subscribe', widths: [360] },
  // Taking part (issue 20): the demo's event registration form and a call's signatories.
  {
    name: 'registration-form',
    path: '/events/home-based-workers-online-assembly',
    scrollTo: '#registration-heading',
    widths: [360],
  },
  {
    name: 'signatures',
    path: '/statements/home-based-workers-charter',
    scrollTo: '#signatures-heading',
    widths: [360],
  },
];

/** The first item a listing links to, in its main content. */
async function firstItemPath(page: Page, listing: string): Promise<string> {
  await page.goto(listing);
  const href = await page
    .locator('main :is(h2, h3) a[href^="/"]:not([href*="/countries/"]):not([href*="/themes/"])')
    .first()
    .getAttribute('href');
  if (!href) throw new Error(`${listing} lists no item`);
  return href;
}

/** The desk and the editor of its first item, signed in: `desk-<width>.png`, `editor-<width>.png`. */
async function shootNewsroom(page: Page, credentials: Credentials, width: number): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel(/email/i).fill(credentials.email);
  await page.getByLabel(/password/i).fill(credentials.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  const desk = path.join(OUT_DIR, `desk-${width}.png`);
  await page.screenshot({ path: desk });
  console.log(desk);
  const firstItem = page.locator('main a[href^="/admin/items/"]:not([href*="new"])').first();
  await page.goto((await firstItem.getAttribute('href')) ?? '/admin');
  await page.locator('.rich-text-editor').waitFor();
  const editor = path.join(OUT_DIR, `editor-${width}.png`);
  await page.screenshot({ path: editor });
  console.log(editor);
}

/** The moderation queue (the demo holds two comments), signed in: `admin-comments-1280.png`. */
async function shootAdminComments(
  browser: Browser,
  baseURL: string,
  credentials: Credentials,
  viewport: { width: number; height: number },
): Promise<void> {
  // A context of its own: the newsroom's may be signed in already.
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  await page.goto('/admin/login');
  await page.getByLabel(/email/i).fill(credentials.email);
  await page.getByLabel(/password/i).fill(credentials.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  await page.goto('/admin/comments', { waitUntil: 'networkidle' });
  const file = path.join(OUT_DIR, `admin-comments-${viewport.width}.png`);
  await page.screenshot({ path: file });
  console.log(file);
  await context.close();
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ baseURL: site.baseUrl, viewport });
      const page = await context.newPage();
      for (const shot of SHOTS.filter((each) => each.name.includes(filter))) {
        if (shot.widths && !shot.widths.includes(viewport.width)) continue;
        const target = shot.isFirstItemOf ? await firstItemPath(page, shot.path) : shot.path;
        await page.goto(target, { waitUntil: 'networkidle' });
        if (shot.scrollTo) {
          await page.locator(shot.scrollTo).evaluate((element) => element.scrollIntoView());
        }
        const file = path.join(OUT_DIR, `site-${shot.name}-${viewport.width}.png`);
        await page.screenshot({ path: file });
        console.log(`${file}  (${target})`);
      }
      if ('newsroom'.includes(filter))
        await shootNewsroom(page, site.administrator, viewport.width);
      if ('admin-comments'.includes(filter) && viewport.width === 1280) {
        await shootAdminComments(browser, site.baseUrl, site.administrator, viewport);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
