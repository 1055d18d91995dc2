import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolationsIn } from '../../scripts/quality-gates/axe-in-page.ts';
import { CHROMIUM_PATH } from '../../scripts/quality-gates/chromium.ts';

/**
 * What browser tests share: whether Chromium is there (with REQUIRE_BROWSER=1 its absence is
 * an error, not a skip), a tab that records script errors and CSP breaches, and axe's findings.
 */

export const isChromiumAvailable = fs.existsSync(CHROMIUM_PATH);

/** The `skip` option for a browser suite: false, or why it is skipped. */
export function browserSkipReason(): false | string {
  if (isChromiumAvailable) return false;
  const reason = `browser test skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}.`);
  }
  console.log(`# ${reason}`);
  return reason;
}

/** A browser tab that remembers page errors and Content-Security-Policy violations. */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.text().startsWith('csp-violation')) problems.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.log(`csp-violation ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { page, problems };
}

/** axe-core's violations on the page as it stands, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await axeViolationsIn(page);
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
