/**
 * `npm run gates`: the quality gates of issue 3 on the production site with the demo content.
 * - page weight: HTML + CSS of every public page type at most 30 KB, Brotli-compressed;
 * - images (issue 17): the home page at 360 px loads at most 60 KB of images with
 *   `Save-Data: on`, 200 KB without;
 * - axe-core in Chromium: no violations on any public page type;
 * - Lighthouse (mobile) on home, a post, a country page and about: accessibility, best
 *   practices and SEO at 100, performance at 98 or more;
 * - the editor (issue 16): every script of the edit page at most 120 KB, Brotli-compressed,
 *   and its time until ready on a throttled phone, printed.
 * Exits non-zero listing every miss. LIGHTHOUSE_RUNS (default 3) sets the runs per page.
 */
import { checkAxe } from './quality-gates/axe.ts';
import { checkBudget } from './quality-gates/budget.ts';
import { checkEditor } from './quality-gates/editor.ts';
import { checkImageBudget } from './quality-gates/image-budget.ts';
import { checkLighthouse } from './quality-gates/lighthouse.ts';
import { discoverPageTypes, lighthousePageTypes } from './quality-gates/page-types.ts';
import { startSite } from './quality-gates/site.ts';

const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

async function main(): Promise<number> {
  const site = await startSite();
  const misses: string[] = [];
  try {
    console.log(`Quality gates on ${site.baseUrl}`);
    const pageTypes = await discoverPageTypes(site.baseUrl);
    misses.push(...(await checkBudget(site.baseUrl, pageTypes)));
    misses.push(...(await checkImageBudget(site.baseUrl)));
    misses.push(...(await checkAxe(site.baseUrl, pageTypes)));
    misses.push(...(await checkEditor(site.baseUrl, site.administrator, lighthouseRuns)));
    misses.push(
      ...(await checkLighthouse(site.baseUrl, lighthousePageTypes(pageTypes), lighthouseRuns)),
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
