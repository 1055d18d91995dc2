import { type Browser, chromium } from 'playwright-core';
import { type AxeViolation, axeViolationsIn } from './axe-in-page.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import type { PageType } from './page-types.ts';

interface AxeCheck {
  pageType: PageType;
  width: number;
  colorScheme: 'light' | 'dark';
}

const DESKTOP_WIDTH = 1280;
const NARROW_WIDTH = 320;

/** Runs axe-core in the page as a reader's browser shows it and returns its violations. */
async function runAxe(browser: Browser, baseUrl: string, check: AxeCheck): Promise<AxeViolation[]> {
  const context = await browser.newContext({
    viewport: { width: check.width, height: 800 },
    colorScheme: check.colorScheme,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${check.pageType.path}`, { waitUntil: 'load' });
    return await axeViolationsIn(page);
  } finally {
    await context.close();
  }
}

function describeCheck(check: AxeCheck): string {
  return `${check.pageType.name} (${check.pageType.path}) at ${check.width} px, ${check.colorScheme}`;
}

/**
 * axe-core on every page type at 1280 px in the light and the dark colour scheme, and at
 * 320 px (the narrowest phones); the page types in the other languages at 320 px, where long
 * words and other scripts are likeliest to break. Prints every violation with the elements at
 * fault; returns the misses.
 */
export async function checkAxe(
  baseUrl: string,
  pageTypes: PageType[],
  translatedPageTypes: PageType[] = [],
): Promise<string[]> {
  const checks: AxeCheck[] = [
    ...pageTypes.flatMap((pageType) => [
      { pageType, width: DESKTOP_WIDTH, colorScheme: 'light' as const },
      { pageType, width: DESKTOP_WIDTH, colorScheme: 'dark' as const },
      { pageType, width: NARROW_WIDTH, colorScheme: 'light' as const },
    ]),
    ...translatedPageTypes.map((pageType) => ({
      pageType,
      width: NARROW_WIDTH,
      colorScheme: 'light' as const,
    })),
  ];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const misses: string[] = [];
  const rows: Record<string, string | number>[] = [];
  try {
    for (const check of checks) {
      const violations = await runAxe(browser, baseUrl, check);
      rows.push({
        page: check.pageType.name,
        width: check.width,
        scheme: check.colorScheme,
        violations: violations.length,
      });
      for (const violation of violations) {
        misses.push(`axe: ${describeCheck(check)}: ${violation.id} (${violation.impact})`);
        console.log(
          `\naxe ${describeCheck(check)}: ${violation.id} [${violation.impact}] ${violation.help}`,
        );
        for (const node of violation.nodes) console.log(`    ${node.target.join(' ')}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log('\naxe-core violations');
  console.table(rows);
  return misses;
}
