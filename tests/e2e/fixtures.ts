import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until the page's islands run (components/islands): one module defines them all, and the
 * theme toggle's island enables its button in the same task. Keys pressed before then go to plain HTML.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeEnabled();
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user reaches it: an element taken out of
 * the tab order, or a focus trap before it, fails here where `locator.focus()` would not.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} not reached in ${maxPresses} presses of Tab`);
}

/**
 * Collects the Content-Security-Policy violations and uncaught errors of a page, from the next
 * document it loads on.
 */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)),
  );
  page.on('console', (message) => {
    if (/Content.Security.Policy|CSP violation|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * Every end-to-end test fails on a Content-Security-Policy violation or an uncaught page
 * error in its `page`: the security headers must never break the site. A test that opens a
 * page of its own with scripts on (through the proxy, say) watches it with `watchProblems`.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems = await watchProblems(page);
      await use(problems);
      expect(problems, 'CSP violations and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
