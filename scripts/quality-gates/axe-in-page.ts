import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core's violations on the page as it stands. Evaluated through the debugging protocol
 * rather than added as a <script>: every page's Content-Security-Policy rightly refuses inline
 * scripts, this one included.
 */
export async function axeViolationsIn(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  // A string, so this script needs no DOM typings: `axe` exists only inside the page.
  return (await page.evaluate('axe.run(document).then((r) => r.violations)')) as AxeViolation[];
}
