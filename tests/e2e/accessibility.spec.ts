import AxeBuilder from '@axe-core/playwright';
import { expect, tabTo, test, waitForIslands } from './fixtures';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';
import { wholeGuideHref } from '@/lib/content/whole-guide';
import { contentPages, guide, sections } from './site';

const paths = ['/', '/articles', '/glossary', ...contentPages.map((page) => page.href), wholeGuideHref(guide), '/search?q=letters%20of%20recommendation', '/no-such-page'];
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    test.describe(`${colorScheme} theme, ${sizeName}`, () => {
      test.use({ colorScheme, viewport });

      // One test per page: each runs axe alone (the whole guide, the longest page, takes about 25 s).
      for (const path of paths) {
        test(`no WCAG 2.2 A or AA violations: ${path}`, async ({ page }) => {
          test.setTimeout(90_000);
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
          expect(summary, `${path} (${colorScheme}, ${sizeName})`).toEqual([]);
        });
      }
    });
  }
}

test('landmarks: a skip link to the content, one main, a header and footer, and navigation regions with distinct names', async ({ page }) => {
  await page.goto(sections[1].href);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${PAGE_CONTENT_ID}$`));
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  const names = await page.locator('nav:visible').evaluateAll((navs) => navs.map((nav) => nav.getAttribute('aria-label')));
  expect(names.every(Boolean)).toBe(true);
  expect(new Set(names).size).toBe(names.length);
});

for (const [sizeName, viewport] of Object.entries(sizes)) {
  test(`on every kind of page (${sizeName}), the skip link's next stop is in the page's own content, past the header and the guide's navigation`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const path of paths) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to content' }), path).toBeFocused();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      // The content is the page's own: on guide pages, the article, after the guide's sidebar and disclosure.
      const landed = await page.evaluate((id) => ({ inContent: Boolean(document.activeElement!.closest(`main #${id}`)), text: document.activeElement!.textContent?.trim().slice(0, 40) }), PAGE_CONTENT_ID);
      expect(landed.inContent, `${path}: the next stop is "${landed.text}"`).toBe(true);
    }
  });
}

test('every interactive element shows a visible focus indicator', async ({ page }) => {
  await page.goto(sections[0].href);
  for (let step = 0; step < 25; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return {
        tag: element.tagName,
        text: element.textContent?.slice(0, 30),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
        // An outline on a control still faded out shows nothing. (These 25 stops end before the first
        // heading's tools; sharing.spec.ts reaches a copy button by Tab and checks it is shown.)
        shown: element.checkVisibility({ opacityProperty: true }),
      };
    });
    expect(focus.outline || focus.shadow, `${focus.tag} "${focus.text}"`).toBe(true);
    expect(focus.shown, `${focus.tag} "${focus.text}" is shown while focused`).toBe(true);
  }
});

test('the focus ring of a link in the table of contents beside the text is drawn whole, not cut by the list’s scrolling box', async ({ page }) => {
  await page.setViewportSize(sizes.desktop);
  await page.goto(sections[0].href);
  const link = page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first();
  await link.focus();
  const ring = await link.evaluate((element) => {
    const style = getComputedStyle(element);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = element.getBoundingClientRect();
    const clip = element.closest('nav')!.getBoundingClientRect();
    return { left: box.left - reach - clip.left, right: clip.right - (box.right + reach) };
  });
  expect(ring.left).toBeGreaterThanOrEqual(0);
  expect(ring.right).toBeGreaterThanOrEqual(0);
});

test.describe('by keyboard alone', () => {
  test.use({ viewport: sizes.phone });

  test('the guide navigation disclosure and the table of contents open and lead to their pages', async ({ page }) => {
    await page.goto(sections[0].href);
    const guideSummary = page.locator('summary', { hasText: 'Guide sections' });
    await tabTo(page, guideSummary);
    await page.keyboard.press('Enter');
    const nextSection = page.locator('nav[aria-label="Guide sections"]:visible').getByRole('link', { name: sections[1].frontmatter.title });
    await expect(nextSection).toBeVisible();
    await tabTo(page, nextSection);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(sections[1].href);

    const tocSummary = page.locator('summary', { hasText: 'On this page' });
    await tabTo(page, tocSummary);
    await page.keyboard.press('Space');
    const firstEntry = page.locator('nav[aria-label="On this page"]:visible').getByRole('link').first();
    await tabTo(page, firstEntry);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${sections[1].href}#${sections[1].toc[0].id}`);
  });

  test('the theme toggle switches theme, is remembered, and shows no flash of the other theme', async ({ page }) => {
    await page.goto('/');
    await waitForIslands(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.focus();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveCSS('border-top-color', 'rgb(220, 223, 227)'); // the light theme's line color: not pressed
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(18, 23, 29)');

    // On the next page the stored choice applies before first paint, from the inline head script alone:
    // no islands module (and no React, on the one page that still loads it) runs to help.
    await page.route(/\/(islands|_next\/static\/chunks)\/.*\.js$/, (route) => route.abort());
    await page.goto(sections[2].href);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).toBe('rgb(18, 23, 29)');
  });
});

test.describe('dark system setting', () => {
  test.use({ colorScheme: 'dark' });

  test('is followed when the reader has not chosen', async ({ page }) => {
    await page.goto('/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 23, 29)');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Pressed shows as pressed: the accent border (dark theme's #5ec4b8), not the plain line color.
    await expect(toggle).toHaveCSS('border-top-color', 'rgb(94, 196, 184)');
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('turns off smooth scrolling and transitions', async ({ page }) => {
    await page.goto(sections[0].href);
    // Smooth scrolling is switched on once the page has loaded: check after that.
    await expect(page.locator('html[data-smooth-scroll]')).toHaveCount(1);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const duration = await page.locator('summary span[aria-hidden]').first().evaluate((element) => getComputedStyle(element).transitionDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });
});

test('print: no navigation or controls; article, sources, dates, glossary terms, link targets and the page address are printed', async ({ page }) => {
  const section = sections[0];
  await page.goto(section.href);
  await page.emulateMedia({ media: 'print' });
  // A glossary term is a button on screen and plain text on paper.
  for (const selector of ['header[data-print="hide"]', 'nav', 'button:not([popovertarget])', 'form', 'details', 'footer']) {
    const visible = await page.locator(selector).evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null || getComputedStyle(element).display !== 'none').length);
    expect(visible, selector).toBe(0);
  }
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('article time').first()).toBeVisible();
  await expect(page.locator('article button[popovertarget]').first()).toBeVisible();
  await expect(page.getByText(`Printed from`)).toContainText(section.href);
  const after = await page.locator('article a[href^="https://"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://');
});

test('typography: prose lines hold about 65-75 characters on desktop', async ({ page }) => {
  await page.goto(sections[0].href);
  const perLine = await page.locator('article .prose > p').first().evaluate((paragraph) => {
    const range = document.createRange();
    const text = paragraph.firstChild!;
    const tops = new Map<number, number>();
    for (let index = 0; index < text.textContent!.length; index++) {
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      const top = Math.round(range.getBoundingClientRect().top);
      tops.set(top, (tops.get(top) ?? 0) + 1);
    }
    const counts = [...tops.values()];
    return counts.slice(0, -1); // full lines only
  });
  expect(perLine.length).toBeGreaterThan(1);
  for (const count of perLine) {
    expect(count).toBeGreaterThanOrEqual(60);
    expect(count).toBeLessThanOrEqual(80);
  }
});

// Color alone does not mark a link (WCAG 1.4.1): a link in running text, in a box or a table
// included, is underlined; only citation markers and heading anchors are exempt.
test('every link in an article body is underlined, key facts and callouts included', async ({ page }) => {
  for (const { href } of contentPages) {
    await page.goto(href);
    const bare = await page.locator('article .prose a').evaluateAll((links) =>
      links
        .filter((link) => !link.closest('sup, h2, h3, h4') && !getComputedStyle(link).textDecorationLine.includes('underline'))
        .map((link) => link.textContent),
    );
    expect(bare, href).toEqual([]);
  }
});
