import { test as base, expect, type Page } from '@playwright/test';

/**
 * Waits until the page's islands run (components/islands): one module defines them all, and the
 * theme toggle's island enables its button in the same task. Keys pressed before then go to plain HTML.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeEnabled();
}

/**
 * Every end-to-end test fails on a Content-Security-Policy violation or an uncaught page
 * error: the security headers must never break the site.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)),
      );
      page.on('console', (message) => {
        if (/Content.Security.Policy|CSP violation|Refused to/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(problems);
      expect(problems, 'CSP violations and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
