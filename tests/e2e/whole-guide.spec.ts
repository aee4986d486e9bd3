import { wholeGuideHref, wholeGuidePartTitle } from '@/lib/content/whole-guide';
import { SOURCES_HEADING } from '@/lib/content/citations';
import { siteConfig } from '@/lib/site-config';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { readPdf, squeezed } from './pdf';
import { guide, sections } from './site';

const parts = [guide.overview, ...sections];

/** What each heading says, without its link and copy tools. */
function headingTexts(headings: Locator): Promise<string[]> {
  return headings.evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const tools of copy.querySelectorAll('[data-heading-tools]')) tools.remove();
      return copy.textContent!.trim();
    }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const wholeGuide = wholeGuideHref(guide);

test('the overview and every section link to the whole guide on one page', async ({ page }) => {
  for (const part of parts) {
    await page.goto(part.href);
    const link = page.getByRole('link', { name: 'Read or print the whole guide' });
    await expect(link, part.href).toHaveAttribute('href', wholeGuide);
  }
  await page.getByRole('link', { name: 'Read or print the whole guide' }).click();
  await expect(page).toHaveURL(wholeGuide);
});

test('the whole guide: every part in order under its own heading with its sources, one h1, unique ids, kept out of search engines', async ({ page }) => {
  await page.goto(wholeGuide);
  await expect(page.locator('h1')).toHaveCount(1);
  expect(await headingTexts(page.locator('[data-guide-page] > div > h2'))).toEqual(parts.map(wholeGuidePartTitle));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  for (const [index, part] of parts.entries()) {
    const section = page.locator('[data-guide-page]').nth(index);
    // Each part's own headings, Sources included, one level down under its title.
    expect(await headingTexts(section.locator('h3'))).toEqual(part.toc.map((entry) => entry.text));
    await expect(section.locator('[data-sources] li')).toHaveCount(part.sources.length);
  }
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.length).toBeGreaterThan(300);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'ids used twice').toEqual([]);
});

test('in the whole guide, links between its parts are in-page links that land on their target', async ({ page }) => {
  await page.goto(wholeGuide);
  const hrefs = await page.locator('[data-guide-page] a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const intoGuide = hrefs.filter((href) => parts.some((part) => href === part.href || href.startsWith(`${part.href}#`)));
  // Only the "On its own page" link of each part still leaves the document.
  expect(intoGuide.sort()).toEqual(parts.map((part) => part.href).sort());
  const fragments = [...new Set(hrefs.filter((href) => href.startsWith('#')))];
  expect(fragments.length).toBeGreaterThan(100);
  const missing = await page.evaluate((targets) => targets.filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))), fragments);
  expect(missing, 'in-page links without a target').toEqual([]);

  // The overview's list of sections jumps to each section's heading.
  const overview = page.locator('[data-guide-page]').first();
  await overview.getByRole('link', { name: sections[3].frontmatter.title, exact: true }).click();
  await expect(page).toHaveURL(`${wholeGuide}#${sections[3].slug}`);
  await expect(page.getByRole('heading', { level: 2, name: sections[3].frontmatter.title })).toBeInViewport();
});

test.describe('copying heading links from the whole guide', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a heading link copied from the whole guide is the link to that heading on its own page', async ({ page }) => {
    const section = sections[1];
    const status = page.getByRole('status').filter({ hasText: 'copied' });
    await page.goto(wholeGuide);
    for (const [id, name, link] of [
      [section.slug, wholeGuidePartTitle(section), section.href],
      [`${section.slug}--${section.toc[0].id}`, section.toc[0].text, `${section.href}#${section.toc[0].id}`],
      [`${section.slug}--${SOURCES_HEADING.id}`, SOURCES_HEADING.text, `${section.href}#${SOURCES_HEADING.id}`],
    ]) {
      const heading = page.locator(`[id="${id}"]`);
      await heading.hover();
      const button = heading.getByRole('button', { name: `Copy link to section: ${name}` });
      await expect(button).toHaveCSS('opacity', '1');
      await button.click();
      await expect(status).toHaveText(`Link to “${name}” copied`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteConfig.url}${link}`);
    }
    // The page's own Share button copies the whole guide's address (no share sheet in this browser).
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(status).toHaveText('Link to this page copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteConfig.url}${wholeGuide}`);
  });
});

test('the whole-guide table of contents lists every part and its headings, and each entry has a target', async ({ page }) => {
  await page.goto(wholeGuide);
  const toc = page.locator('aside nav[data-toc]');
  await expect(toc.locator(':scope > ol > li > a')).toHaveText(parts.map(wholeGuidePartTitle));
  const targets = await toc.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
  expect(targets).toHaveLength(parts.length + parts.reduce((count, part) => count + part.toc.length, 0));
  const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), targets);
  expect(missing).toEqual([]);
});

test.describe('printed', () => {
  test('the whole guide: each part from a new page, the text at the paper width, every part with its text and sources, no blank page', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(wholeGuide);
    const printed = await readPdf(await page.pdf({ format: 'A4' }));
    expect(printed.length).toBeGreaterThan(parts.length * 2);
    for (const [index, sheet] of printed.entries()) expect(sheet.text.trim(), `page ${index + 1} of ${printed.length} is blank`).not.toBe('');

    // Each part opens a page of its own, in order.
    const starts = parts.map((part) => printed.findIndex((sheet) => squeezed(sheet.text).startsWith(squeezed(wholeGuidePartTitle(part)))));
    expect(starts.every((start, index) => start > (starts[index - 1] ?? 0)), `pages where the parts start: ${starts}`).toBe(true);

    for (const [index, part] of parts.entries()) {
      const text = squeezed(printed.slice(starts[index], starts[index + 1] ?? printed.length).map((sheet) => sheet.text).join(''));
      for (const entry of part.toc) expect(text, `${part.href}: heading "${entry.text}"`).toContain(squeezed(entry.text));
      // The part's last source prints before the next part starts: its sources stay with it.
      const lastSource = part.sources.at(-1);
      if (lastSource) expect(text, `${part.href}: its last source`).toContain(squeezed(lastSource.title));
    }
    expect(median(printed.map((sheet) => sheet.textWidthShare)), 'share of the paper width the text spans').toBeGreaterThan(0.8);
  });

  test('a section: no site chrome, the text at the paper width, glossary terms kept, link addresses spelled out', async ({ page }) => {
    const section = sections[3];
    await page.goto(section.href);
    const siteUrl = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    const internal = await page.locator('article .prose a[href^="/"]').first().getAttribute('href');
    const external = await page.locator('article .prose a[href^="http"], [data-sources] a[href^="http"]').first().getAttribute('href');
    const withTerm = await page.locator('article .prose p:has(button[popovertarget])').first().innerText();

    const printed = await readPdf(await page.pdf({ format: 'A4' }));
    const text = squeezed(printed.map((sheet) => sheet.text).join(''));
    expect(text).toContain(squeezed(section.frontmatter.title));
    for (const chrome of ['Search the guide', 'Dark theme', 'Guide sections', 'Related reading', 'Read or print the whole guide']) expect(text).not.toContain(squeezed(chrome));
    expect(text).toContain(squeezed(withTerm));
    expect(text).toContain(`(${siteUrl}${internal})`);
    expect(text).toContain(`(${external})`);
    expect(median(printed.map((sheet) => sheet.textWidthShare)), 'share of the paper width the text spans').toBeGreaterThan(0.8);
  });
});

test('on a laptop, the contents beside the whole guide scroll with the reader to the part being read', async ({ page }) => {
  const current = page.locator('aside nav[data-toc] a[aria-current="true"]');
  const readTo = async (part: (typeof sections)[number]) => {
    // Scrolled to, not linked to: the address keeps no #fragment, so only the reader's scrolling can move the mark.
    await page.locator(`[id="${part.slug}"]`).evaluate((heading) => heading.scrollIntoView());
    await expect(current).toHaveText(wholeGuidePartTitle(part));
    await expect(current).toBeInViewport();
  };
  await page.goto(wholeGuide);
  await readTo(sections.at(-1)!);
  await readTo(sections[1]);
  expect(new URL(page.url()).hash).toBe('');
  // Arriving from elsewhere by a link to a part marks it too.
  await page.goto('/');
  await page.goto(`${wholeGuide}#${sections.at(-1)!.slug}`);
  await expect(current).toHaveText(wholeGuidePartTitle(sections.at(-1)!));
});
