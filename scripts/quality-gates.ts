/**
 * `npm run gates`: the quality gates of issue 3 on the production site with the demo content.
 * - page weight: HTML + CSS of every public page type, in each of the seven languages, at most
 *   30 KB, Brotli-compressed;
 * - images (issue 17): the home page at 360 px loads at most 60 KB of images with
 *   `Save-Data: on`, 200 KB without;
 * - axe-core in Chromium: no violations on any public page type, in every language (issue 18);
 * - Lighthouse (mobile) on home, a post, a country page, about, a search, and the home page
 *   in Khmer and Nepali: accessibility, best practices and SEO at 100, performance at 98 or more;
 * - the editor (issue 16): every script of the edit page at most 120 KB, Brotli-compressed,
 *   and its time until ready on a throttled phone, printed.
 * Exits non-zero listing every miss. LIGHTHOUSE_RUNS (default 3) sets the runs per page.
 */
import { checkAxe } from './quality-gates/axe.ts';
import { checkBudget } from './quality-gates/budget.ts';
import { checkEditor } from './quality-gates/editor.ts';
import { checkImageBudget } from './quality-gates/image-budget.ts';
import { checkLighthouse } from './quality-gates/lighthouse.ts';
import {
  discoverPageTypes,
  lighthousePageTypes,
  otherLanguagePageTypes,
} from './quality-gates/page-types.ts';
import { startSite } from './quality-gates/site.ts';

const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

async function main(): Promise<number> {
  const site = await startSite();
  const misses: string[] = [];
  try {
    console.log(`Quality gates on ${site.baseUrl}`);
    const pageTypes = await discoverPageTypes(site.baseUrl);
    const translatedPageTypes = otherLanguagePageTypes(pageTypes);
    const allPageTypes = [...pageTypes, ...translatedPageTypes];
    misses.push(...(await checkBudget(site.baseUrl, allPageTypes)));
    misses.push(...(await checkImageBudget(site.baseUrl)));
    misses.push(...(await checkAxe(site.baseUrl, pageTypes, translatedPageTypes)));
    misses.push(...(await checkEditor(site.baseUrl, site.administrator, lighthouseRuns)));
    misses.push(
      ...(await checkLighthouse(site.baseUrl, lighthousePageTypes(allPageTypes), lighthouseRuns)),
    );
  } finally {
    await site.close();
  }
  if (misses.length > 0) {
    console.error(`\nQuality gates: ${misses.length} missed`);
    for (const miss of misses) console.error(`  - ${miss}`);
    return 1;
  }
  console.log('\nQuality gates: all passed');
  return 0;
}

process.exitCode = await main();
