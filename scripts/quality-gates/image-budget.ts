import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

/**
 * The images the home page loads on a phone (issue 17): at most 60 KB for a reader who asked
 * to save data (`Save-Data: on`), at most 200 KB for anyone else.
 */
export const IMAGE_BUDGET_BYTES = { saveData: 60 * 1024, normal: 200 * 1024 };

/**
 * The phone: 360 CSS px wide at two device pixels per CSS pixel, as a common Android phone
 * is; a denser screen picks larger variants, within the same `srcset`.
 */
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true };

interface LoadedImage {
  url: string;
  bytes: number;
}

/** What a reader's phone loaded: on arrival, and once they scrolled to the end. */
interface LoadedImages {
  onArrival: LoadedImage[];
  scrolled: LoadedImage[];
}

/**
 * Loads `url` as a reader on the phone would, and returns every image it loaded with the
 * bytes that crossed the wire (body as sent, and headers): first on arrival (lazy images
 * below the fold load only as far as Chromium's distance rule fetches them), then all of
 * them, after scrolling to the end of the page, which is what the budget holds.
 */
async function imagesLoaded(
  browser: Browser,
  url: string,
  isSaveData: boolean,
): Promise<LoadedImages> {
  const context = await browser.newContext({
    ...PHONE,
    extraHTTPHeaders: isSaveData ? { 'Save-Data': 'on' } : {},
  });
  try {
    const page = await context.newPage();
    const responses: Promise<LoadedImage>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'image') return;
      responses.push(
        request.sizes().then((sizes) => ({
          url: request.url(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        })),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const onArrival = await Promise.all(responses);
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(50);
    }
    await page.waitForLoadState('networkidle');
    return { onArrival, scrolled: await Promise.all(responses) };
  } finally {
    await context.close();
  }
}

/** Measures the home page's images at 360 px with and without Save-Data; returns the misses. */
export async function checkImageBudget(baseUrl: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const misses: string[] = [];
  const rows: Record<string, string | number>[] = [];
  try {
    for (const isSaveData of [true, false]) {
      const { onArrival, scrolled: images } = await imagesLoaded(
        browser,
        `${baseUrl}/`,
        isSaveData,
      );
      const sum = (list: LoadedImage[]) => list.reduce((bytes, image) => bytes + image.bytes, 0);
      const total = sum(images);
      const budget = isSaveData ? IMAGE_BUDGET_BYTES.saveData : IMAGE_BUDGET_BYTES.normal;
      const name = isSaveData ? 'Save-Data: on' : 'no Save-Data';
      rows.push({
        page: 'home',
        reader: name,
        'on arrival': `${sum(onArrival)} B, ${onArrival.length} images`,
        'scrolled to the end': `${total} B, ${images.length} images`,
        budget,
        'budget used': `${Math.round((total / budget) * 100)}%`,
      });
      if (images.length === 0) misses.push(`images: home (${name}) loaded no image at all`);
      if (total > budget) {
        misses.push(`images: home at 360 px (${name}) loads ${total} B, over ${budget} B`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log('\nImages of the home page at 360 px (2 device pixels per px), bytes on the wire');
  console.table(rows);
  return misses;
}
