import AxeBuilder from '@axe-core/playwright';
import type { Page as BrowserPage } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures';
import { sections, site } from './site';

const education = sections[0];
/** The first term the education section marks, and its glossary entry. */
const mark = education.terms[0];
const entry = site.glossary.find((candidate) => candidate.id === mark.id)!;
const popoverId = `term-${mark.id}-1`;

const termButton = (page: BrowserPage) => page.locator(`button[popovertarget="${popoverId}"]`);
const popover = (page: BrowserPage) => page.locator(`[id="${popoverId}"]`);
const isOpen = (page: BrowserPage) => popover(page).evaluate((element) => element.matches(':popover-open'));

test('the glossary lists every term alphabetically, each at its own anchor with the pages that use it', async ({ page }) => {
  await page.goto('/glossary');
  await expect(page.locator('h1')).toHaveText('Glossary');
  const ids = await page.locator('dl dt').evaluateAll((terms) => terms.map((term) => term.id));
  expect(ids).toEqual(site.glossary.map((term) => term.id));
  const terms = site.glossary.map((term) => term.term.toLowerCase());
  expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

  await page.goto(`/glossary#${entry.id}`);
  const definition = page.locator(`[id="${entry.id}"]`);
  await expect(definition).toBeInViewport();
  await expect(definition).toContainText(entry.term);
  const usedOn = page.locator(`[id="${entry.id}"] + dd`).getByRole('link', { name: education.frontmatter.title, exact: true });
  await expect(usedOn).toHaveAttribute('href', education.href);
  // From deep in the list, the letter's heading leads back up to the row of letters.
  const letters = page.getByRole('navigation', { name: 'Glossary letters' });
  await page.goto(`/glossary#${site.glossary.at(-1)!.id}`);
  await expect(letters).not.toBeInViewport();
  await page.locator('section', { has: page.locator(`[id="${site.glossary.at(-1)!.id}"]`) }).getByRole('link', { name: 'Back to the letters' }).click();
  await expect(letters).toBeInViewport();
  // Every link says where it goes: no "Read more".
  const linkTexts = await page.locator('main a').allInnerTexts();
  expect(linkTexts.filter((text) => /^(read more|more|here|click here)$/i.test(text.trim()))).toEqual([]);
});

test('a marked term shows its definition in place: Enter opens it, Escape closes it and focus stays on the term', async ({ page }) => {
  await page.goto(education.href);
  const button = termButton(page);
  await expect(button).toHaveAccessibleDescription(new RegExp(entry.definition.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(popover(page)).toBeVisible();
  await expect(popover(page)).toContainText(entry.definition);
  await expect(popover(page).getByRole('link', { name: 'In the glossary' })).toHaveAttribute('href', `/glossary#${entry.id}`);
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(button).toBeFocused();
});

/** The open definition touches its term: just under it (or above, where there is no room) and across it. */
async function expectAnchoredToTerm(page: BrowserPage) {
  const term = (await termButton(page).boundingBox())!;
  const definition = (await popover(page).boundingBox())!;
  const gap = Math.min(Math.abs(definition.y - (term.y + term.height)), Math.abs(term.y - (definition.y + definition.height)));
  expect(gap, 'distance between the term and its definition').toBeLessThanOrEqual(8);
  expect(definition.x).toBeLessThanOrEqual(term.x + term.width);
  expect(definition.x + definition.width).toBeGreaterThanOrEqual(term.x);
}

test('a definition opens anchored to its term', async ({ page }) => {
  await page.goto(education.href);
  test.skip(!(await page.evaluate(() => CSS.supports('position-area: block-end'))), 'no CSS anchor positioning: the popover opens centered');
  await termButton(page).click();
  await expect(popover(page)).toBeVisible();
  await expectAnchoredToTerm(page);
});

test('hovering a term shows its definition, where the browser has interest invokers', async ({ page }) => {
  await page.goto(education.href);
  await waitForIslands(page);
  const supported = await page.evaluate(() => 'interestForElement' in HTMLButtonElement.prototype);
  test.skip(!supported, 'this browser has no interest invokers (interestfor); the term still opens on click');
  await termButton(page).hover();
  await expect.poll(() => isOpen(page)).toBe(true);
  await expectAnchoredToTerm(page);
});

test('a term reached with the keyboard opens on Enter, not on focus, and stays closed after Escape', async ({ page }) => {
  await page.goto(education.href);
  await waitForIslands(page);
  const supported = await page.evaluate(() => 'interestForElement' in HTMLButtonElement.prototype);
  test.skip(!supported, 'no interest invokers: focus never opens a term, which the test above covers');
  const button = termButton(page);
  await button.focus();
  expect(await button.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
  // Longer than the browser's interest delay (half a second), which used to open the term on focus.
  await page.waitForTimeout(1000);
  expect(await isOpen(page)).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(() => isOpen(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => isOpen(page)).toBe(false);
  await page.waitForTimeout(1000);
  expect(await isOpen(page), 'the definition opened again after Escape').toBe(false);
  await expect(button).toBeFocused();
  // Hover still opens it once focus has moved on.
  await button.blur();
  await button.hover();
  await expect.poll(() => isOpen(page)).toBe(true);
});

test('opening a definition moves nothing on the page, and the open popover is axe-clean in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(education.href);
    // Where the term's paragraph sits in the document (not the viewport, which a click may scroll).
    const place = () =>
      termButton(page)
        .locator('xpath=ancestor::p[1]')
        .evaluate((paragraph) => {
          const box = paragraph.getBoundingClientRect();
          return { top: box.top + window.scrollY, left: box.left + window.scrollX, width: box.width, height: box.height };
        });
    const before = await place();
    await termButton(page).click();
    await expect(popover(page)).toBeVisible();
    expect(await place()).toEqual(before);
    // The popover only: the page around it is checked in both themes by accessibility.spec.ts, and two
    // whole-page runs on this long section took over 30 s on a loaded CI machine.
    const { violations } = await new AxeBuilder({ page })
      .include(`[id="${popoverId}"]`)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((violation) => violation.id), colorScheme).toEqual([]);
  }
});

/**
 * Every definition on the education section, opened in turn, shows whole: no line runs past its
 * box (a term inside punctuation sits in a group that does not wrap, which the box must not
 * inherit), the box keeps clear of the screen's edges, is wide enough to read and touches its term.
 */
async function expectEveryDefinitionReadable(page: BrowserPage, open: (term: ReturnType<BrowserPage['locator']>) => Promise<void>) {
  await page.goto(education.href);
  test.skip(!(await page.evaluate(() => CSS.supports('position-area: block-end'))), 'no CSS anchor positioning: the popover opens centered');
  const viewport = page.viewportSize()!;
  const terms = await page.locator('article button[data-term]').all();
  expect(terms.length).toBeGreaterThan(5);
  for (const term of terms) {
    await term.scrollIntoViewIfNeeded();
    await open(term);
    const definition = page.locator('[data-term-popover]:popover-open');
    await expect(definition).toBeVisible();
    const shown = await definition.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { text: element.textContent!.slice(0, 30), left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width, cut: element.scrollWidth > element.clientWidth + 1 };
    });
    const at = (await term.boundingBox())!;
    expect(shown.cut, `"${shown.text}…" runs past its box`).toBe(false);
    expect(shown.left, `"${shown.text}…" left edge`).toBeGreaterThanOrEqual(8);
    expect(viewport.width - shown.right, `"${shown.text}…" right edge`).toBeGreaterThanOrEqual(8);
    expect(shown.width, `"${shown.text}…" width`).toBeGreaterThanOrEqual(Math.min(256, viewport.width - 24));
    const gap = Math.min(Math.abs(shown.top - (at.y + at.height)), Math.abs(at.y - shown.bottom));
    expect(gap, `"${shown.text}…" distance from its term`).toBeLessThanOrEqual(8);
    await page.keyboard.press('Escape');
    await expect(definition).toHaveCount(0);
  }
}

test('every definition on a page opens whole, clear of the window edges and next to its term', async ({ page }) => {
  await expectEveryDefinitionReadable(page, (term) => term.click());
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('every definition on a page opens whole, clear of the screen edges and next to its term', async ({ page }) => {
    await expectEveryDefinitionReadable(page, (term) => term.tap());
  });

  test('a tap opens the definition inside the screen, and a tap elsewhere closes it', async ({ page }) => {
    await page.goto(education.href);
    await termButton(page).scrollIntoViewIfNeeded();
    await termButton(page).tap();
    await expect(popover(page)).toBeVisible();
    const box = (await popover(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.locator('h1').tap();
    await expect(popover(page)).toBeHidden();
  });
});

test('without JavaScript, a term still opens its definition, which links to the glossary', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(education.href);
  await termButton(page).click();
  await expect(popover(page)).toBeVisible();
  await expectAnchoredToTerm(page);
  await popover(page).getByRole('link', { name: 'In the glossary' }).click();
  await expect(page).toHaveURL(new RegExp(`/glossary#${entry.id}$`));
  await context.close();
});

test('searching an acronym finds its glossary definition', async ({ page }) => {
  const acronym = site.glossary.find((term) => term.id === 'lka') ?? site.glossary.find((term) => term.expansion)!;
  await page.goto(`/search?q=${encodeURIComponent(acronym.term)}`);
  await expect(page.getByRole('link', { name: new RegExp(acronym.term) }).first()).toHaveAttribute('href', `/glossary#${acronym.id}`);
});
