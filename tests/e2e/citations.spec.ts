import type { Page as BrowserPage } from '@playwright/test';
import { citationAnchor, sourceAnchor } from '@/lib/content/citations';
import { correctionHref } from '@/lib/corrections';
import { siteConfig } from '@/lib/site-config';
import { expect, test, waitForIslands } from './fixtures';
import { contentPages, sections } from './site';

const education = sections[0];
/** A source the education section cites more than once, for the a/b back links. */
const repeated = education.sources.find((source) => source.citationCount > 1)!;

/** Follows the first citation of `source` to its entry and the entry's first back link home. */
async function roundTrip(page: BrowserPage, source: (typeof education.sources)[number]) {
  const marker = page.locator(`[id="${citationAnchor(source.id, 1)}"]`);
  await expect(marker).toHaveAccessibleName(`Source ${source.number}: ${source.title}`);
  await expect(marker).toHaveText(`[${source.number}]`);
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`#${sourceAnchor(source.id)}$`));
  const entry = page.locator(`li[id="${sourceAnchor(source.id)}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);

  const back = entry.getByRole('link', { name: source.citationCount > 1 ? `Back to citation 1 of ${source.citationCount} of source ${source.number}` : `Back to where source ${source.number} is cited` });
  await back.click();
  await expect(page).toHaveURL(new RegExp(`#${citationAnchor(source.id, 1)}$`));
  await expect(marker).toBeInViewport();
}

test('a citation leads to its numbered source, and the source leads back to the citation', async ({ page }) => {
  await page.goto(education.href);
  await roundTrip(page, education.sources[0]);
  await roundTrip(page, repeated);
  const entry = page.locator(`li[id="${sourceAnchor(repeated.id)}"]`);
  await expect(entry.getByRole('link', { name: /^Back to citation \d+ of/ })).toHaveCount(repeated.citationCount);
  // A row of back links is a row of targets a finger can hit apart: 24 px each, not overlapping (WCAG 2.2, 2.5.8).
  const boxes = await entry.locator('[data-back-links] a').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
  for (const [index, box] of boxes.entries()) {
    expect(box.width, `back link ${index + 1} width`).toBeGreaterThanOrEqual(24);
    expect(box.height, `back link ${index + 1} height`).toBeGreaterThanOrEqual(24);
    if (index > 0) expect(box.left, `back link ${index + 1} overlaps the one before`).toBeGreaterThanOrEqual(boxes[index - 1].right - 0.5);
  }
});

test('citations work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(education.href);
  await roundTrip(page, education.sources[1]);
  await context.close();
});

test('every page numbers its sources in the order its text cites them', async ({ page }) => {
  for (const content of contentPages.filter((candidate) => candidate.sources.length > 0)) {
    await page.goto(content.href);
    const entries = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    await expect(entries).toHaveCount(content.sources.length);
    const firstMarkers = await page.locator('sup a[href^="#source-"]').evaluateAll((links) => {
      const seen: string[] = [];
      for (const link of links) if (!seen.includes(link.textContent!)) seen.push(link.textContent!);
      return seen;
    });
    expect(firstMarkers, content.href).toEqual(content.sources.map((source) => `[${source.number}]`));
  }
});

test('citation markers do not make their lines taller', async ({ page }) => {
  await page.goto(education.href);
  const heights = await page.locator('article p:has(sup a[href^="#source-"])').first().evaluate((paragraph) => {
    const copy = paragraph.cloneNode(true) as HTMLElement;
    for (const marker of copy.querySelectorAll('sup')) marker.remove();
    paragraph.after(copy);
    const result = { withMarkers: paragraph.getBoundingClientRect().height, without: copy.getBoundingClientRect().height };
    copy.remove();
    return result;
  });
  expect(heights.withMarkers).toBe(heights.without);
});

test('"Suggest a correction" opens a report naming the page, and the heading the reader came to', async ({ page }) => {
  expect(siteConfig.corrections, 'npm run test:e2e builds with CORRECTIONS_URL set').toBeDefined();
  const pageUrl = `${siteConfig.url}${education.href}`;
  const link = page.getByRole('link', { name: 'Suggest a correction' });
  const [first, second] = [education.toc[1], education.toc[2]];
  const reportOn = (heading?: { id: string; text: string }) =>
    correctionHref(siteConfig.corrections!, { pageTitle: education.frontmatter.title, pageUrl, heading: heading && { id: heading.id, text: heading.text } });

  // Came by a shared link to a heading (the first load of the test's page).
  await page.goto(`${education.href}#${first.id}`);
  await expect(link).toHaveAttribute('href', reportOn(first));

  // Then followed the table of contents to another heading, once the island that names it runs.
  await waitForIslands(page);
  await page.locator(`a[href="#${second.id}"]:visible`).first().click();
  await expect(link).toHaveAttribute('href', reportOn(second));

  // Came to the page itself: the report names only the page.
  await page.goto(education.href);
  await expect(link).toHaveAttribute('href', reportOn());
});

test('without JavaScript, "Suggest a correction" still opens a report naming the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${education.href}#${education.toc[1].id}`);
  const pageUrl = `${siteConfig.url}${education.href}`;
  await expect(page.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute('href', correctionHref(siteConfig.corrections!, { pageTitle: education.frontmatter.title, pageUrl }));
  await context.close();
});
