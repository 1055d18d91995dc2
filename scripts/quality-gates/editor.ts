import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { compressedSize } from './budget.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import type { Credentials } from './site.ts';

/** Every script the edit page loads, Brotli-compressed as served (issue 16). */
export const EDITOR_SCRIPT_BUDGET_BYTES = 120 * 1024;

/**
 * Lighthouse's mobile profile, applied in the browser as DevTools does: slow 4G (Lighthouse's
 * 150 ms / 1.6 Mbps, scaled by its own factors for request-level throttling) and a CPU four
 * times slower than this machine's.
 */
const SLOW_4G = { latency: 562.5, downloadThroughput: 184_320, uploadThroughput: 84_375 };
const CPU_SLOWDOWN = 4;
const PHONE = { width: 360, height: 740 };

interface EditorFigures {
  path: string;
  scripts: { url: string; brotli: number }[];
  readyMs: number[];
}

async function signedInContext(browser: Browser, baseUrl: string, who: Credentials) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/admin/login');
  await page.getByLabel(/email/i).fill(who.email);
  await page.getByLabel(/password/i).fill(who.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  const itemPath = await page
    .locator('a[href^="/admin/items/"]:not([href^="/admin/items/new"])')
    .first()
    .getAttribute('href');
  if (!itemPath) throw new Error('The desk lists no item to edit.');
  return { context, itemPath: new URL(itemPath, baseUrl).pathname };
}

/**
 * One cold load of the edit page on the throttled phone: milliseconds from the start of the
 * navigation until the toolbar exists and the body is contenteditable. A fresh context each
 * time, so nothing comes from the HTTP cache (an editor's first visit).
 */
async function timeToEditor(browser: Browser, signedIn: BrowserContext, url: string) {
  const context = await browser.newContext({
    storageState: await signedIn.storageState(),
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await page.waitForFunction(
      () =>
        document.querySelector('.editor-toolbar') !== null &&
        document.querySelector('[contenteditable="true"]') !== null &&
        performance.now(),
      undefined,
      { polling: 20, timeout: 60_000 },
    );
    const readyMs = Math.round(Number(await ready.jsonValue()));
    await page.waitForLoadState('load');
    return { readyMs, scripts };
  } finally {
    await context.close();
  }
}

async function measureEditor(
  baseUrl: string,
  who: Credentials,
  runs: number,
): Promise<EditorFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const { context, itemPath } = await signedInContext(browser, baseUrl, who);
    const url = `${baseUrl}${itemPath}`;
    const readyMs: number[] = [];
    const seen = new Set<string>();
    for (let run = 0; run < runs; run++) {
      const result = await timeToEditor(browser, context, url);
      readyMs.push(result.readyMs);
      for (const script of result.scripts) seen.add(script);
    }
    await context.close();
    const scripts = [];
    for (const script of seen) {
      scripts.push({ url: script, brotli: (await compressedSize(script, 'br')).bytes });
    }
    return { path: itemPath, scripts, readyMs };
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The editor's weight and speed, signed in on an item of the demo content: the JavaScript the
 * edit page loads must stay within its budget (a miss otherwise); the time until the editor
 * is ready on a throttled phone is printed (the median of `runs` cold loads).
 */
export async function checkEditor(
  baseUrl: string,
  who: Credentials,
  runs: number,
): Promise<string[]> {
  const figures = await measureEditor(baseUrl, who, runs);
  const total = figures.scripts.reduce((sum, script) => sum + script.brotli, 0);
  console.log(
    `\nEditor JavaScript on ${figures.path}: Brotli bytes (budget ${EDITOR_SCRIPT_BUDGET_BYTES} B)`,
  );
  console.table(
    figures.scripts.map((script) => ({
      script: new URL(script.url).pathname,
      'br bytes': script.brotli,
    })),
  );
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `Editor JavaScript: ${total} B (${kb(total)} KB) of ${kb(EDITOR_SCRIPT_BUDGET_BYTES)} KB`,
  );
  console.log(
    `Editor ready on a phone (slow 4G, ${CPU_SLOWDOWN}× CPU slowdown): median ${median(figures.readyMs)} ms` +
      ` (runs: ${figures.readyMs.join(' ')} ms)`,
  );
  const misses: string[] = [];
  if (figures.scripts.length === 0) misses.push(`editor: ${figures.path} loaded no script`);
  if (total > EDITOR_SCRIPT_BUDGET_BYTES) {
    misses.push(
      `editor: ${total} B of JavaScript (Brotli) is over the ${EDITOR_SCRIPT_BUDGET_BYTES} B budget`,
    );
  }
  return misses;
}
