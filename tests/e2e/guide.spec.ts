import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures';
import { wholeGuideHref } from '@/lib/content/whole-guide';
import { contentPages, guide, sections, site } from './site';

const visibleToc = (page: Page) => page.locator('nav[aria-label="On this page"]:visible');
/** The table of contents as a disclosure above the article, on screens without room beside it. */
const tocDisclosure = (page: Page) => page.locator('details', { has: page.locator('summary', { hasText: 'On this page' }) });
/** The careers article has two tables: one under a heading, only a little wider than a phone's column, and one between paragraphs. */
const careersArticle = site.articles.find((candidate) => candidate.slug === 'careers-beyond-the-physician')!;
/**
 * Where an element comes to rest after a smooth scroll: its top once unmoved for ten frames, never a
 * reading taken mid-scroll. On a busy machine a scroll can hold still for two frames and then move
 * on (fresh-clone CI read such a pause as its end on 2026-12-03).
 */
async function restingTop(element: Locator): Promise<number> {
  const rest = { top: Number.NaN };
  await expect
    .poll(async () => {
      const top = await element.evaluate(async (node) => {
        const before = node.getBoundingClientRect().top;
        for (let frames = 0; frames < 10; frames++) await new Promise((frame) => requestAnimationFrame(frame));
        return before === node.getBoundingClientRect().top ? Math.round(before) : 'moving';
      });
      if (top !== 'moving') rest.top = top;
      return top;
    })
    .not.toBe('moving');
  return rest.top;
}

test('every page answers 200 with its title as the only h1', async ({ page }) => {
  for (const path of ['/', '/articles']) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
  }
  for (const content of contentPages) {
    expect((await page.goto(content.href))?.status(), content.href).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1'), content.href).toHaveText(content.frontmatter.title);
  }
  await page.goto(sections[0].href);
  await expect(page).toHaveTitle(new RegExp(`^${sections[0].frontmatter.title} · `));
});

test('the home page lists the six sections in order, then the latest articles, newest first', async ({ page }) => {
  await page.goto('/');
  const sectionLinks = page.locator('ol').first().getByRole('link');
  await expect(sectionLinks).toHaveCount(6);
  for (const [index, section] of sections.entries()) {
    await expect(sectionLinks.nth(index)).toHaveAttribute('href', section.href);
    await expect(sectionLinks.nth(index)).toContainText(section.frontmatter.title);
    await expect(sectionLinks.nth(index)).toContainText(`${section.readingMinutes} min read`);
  }
  const latest = page.getByRole('region', { name: 'Latest articles' });
  const articleLinks = latest.getByRole('listitem').getByRole('link');
  await expect(articleLinks).toHaveCount(Math.min(6, site.articles.length));
  for (const [index, article] of site.articles.slice(0, 6).entries()) await expect(articleLinks.nth(index)).toHaveAttribute('href', article.href);
  await expect(latest.getByRole('link', { name: `All ${site.articles.length} articles` })).toHaveAttribute('href', '/articles');
  await page.getByRole('link', { name: 'Start reading' }).click();
  await expect(page).toHaveURL(sections[0].href);
});

test('the article index lists every article, newest first, and links to each', async ({ page }) => {
  await page.goto('/articles');
  await expect(page.locator('h1')).toHaveText('Articles');
  const links = page.getByRole('list', { name: 'Articles' }).getByRole('link');
  await expect(links).toHaveCount(site.articles.length);
  for (const [index, article] of site.articles.entries()) await expect(links.nth(index)).toHaveAttribute('href', article.href);
  await expect(page.getByRole('navigation', { name: 'Article pages' })).toHaveCount(0);
  expect((await page.goto('/articles/page/2'))?.status()).toBe(404);
});

for (const content of contentPages) {
  test(`${content.href} has a table of contents that lists every heading of the article, the layout's Sources included`, async ({ page }) => {
    await page.goto(content.href);
    const tocLinks = visibleToc(page).getByRole('link');
    const headings = page.locator('article :is(h2, h3)[id]');
    const expected = await headings.evaluateAll((elements) =>
      elements.map((element) => {
        const copy = element.cloneNode(true) as Element;
        copy.querySelector('[data-heading-tools]')?.remove();
        return { id: element.id, text: copy.textContent!.trim() };
      }),
    );
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const actual = await tocLinks.evaluateAll((links) => links.map((link) => ({ id: decodeURIComponent(link.getAttribute('href')!.slice(1)), text: link.textContent!.trim() })));
    expect(actual).toEqual(expected);
  });
}

test('a TOC link lands on its heading and the TOC marks it as being read', async ({ page }) => {
  const section = sections[1];
  await page.goto(section.href);
  const target = section.toc[1];
  await visibleToc(page).getByRole('link', { name: target.text, exact: true }).click();
  await expect(page).toHaveURL(`${section.href}#${target.id}`);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  const heading = page.locator(`[id="${target.id}"]`);
  // Scrolling is smooth (unless the reader prefers reduced motion): where it comes to rest, the
  // heading is near the top, not above it or far below.
  const top = await restingTop(heading);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(120);
  await expect(visibleToc(page).locator('a[aria-current="true"]')).toHaveAttribute('href', `#${target.id}`);
});

for (const href of [sections[3].href, wholeGuideHref(guide)]) {
  test(`${href}: narrowing a wide window keeps the reader's place, though the contents move into the text column`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(href);
    const headings = page.locator('article h2[id]');
    const id = await headings.nth(Math.floor((await headings.count()) * 0.6)).getAttribute('id');
    const heading = page.locator(`[id="${id}"]`);
    const top = () => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top));
    await heading.evaluate((element) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 100, behavior: 'instant' }));
    expect(await top()).toBe(100);
    const contentsAboveText = page.locator('article details[data-toc-bar]');
    await expect(contentsAboveText).toBeHidden();
    await page.setViewportSize({ width: 1100, height: 900 });
    await expect(contentsAboveText).toBeVisible();
    await expect.poll(top).toBe(100);
  });
}

test('every h2 and h3 carries its id and a self link', async ({ page }) => {
  await page.goto(sections[0].href);
  const headings = page.locator('article :is(h2, h3)[id]');
  const count = await headings.count();
  expect(count).toBeGreaterThan(3);
  for (let index = 0; index < count; index++) {
    const heading = headings.nth(index);
    const id = await heading.getAttribute('id');
    await expect(heading.locator(`a[href="#${id}"]`)).toHaveCount(1);
  }
});

test('previous and next links walk the guide in order from the overview, and stop at both ends', async ({ page }) => {
  await page.goto(guide.href);
  const visited: string[] = [];
  while (true) {
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForURL((url) => url.pathname !== (visited.at(-1) ?? guide.href));
    visited.push(new URL(page.url()).pathname);
  }
  expect(visited).toEqual(sections.map((section) => section.href));
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', sections.at(-2)!.href);
  await page.goto(sections[0].href);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', guide.href);
  await page.goto(guide.href);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
});

test('the guide navigation marks the current section', async ({ page }) => {
  await page.goto(sections[2].href);
  const current = page.locator('nav[aria-label="Guide sections"]:visible a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', sections[2].href);
});

test('related reading: three other pages, each link works', async ({ page }) => {
  for (const content of [sections[0], site.articles[0]]) {
    await page.goto(content.href);
    const related = page.getByRole('region', { name: 'Related reading' }).getByRole('link');
    await expect(related).toHaveCount(3);
    const hrefs = await related.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).not.toContain(content.href);
    // Each of the three is the page the content ranks related, at its live address.
    expect(hrefs).toEqual(site.related.get(content.slug)!.map((other) => other.href));
    for (const href of hrefs) expect((await page.request.get(href!)).status(), href!).toBe(200);
    const title = await related.first().locator('span').first().textContent();
    await related.first().click();
    await expect(page).toHaveURL(hrefs[0]!);
    await expect(page.locator('h1')).toHaveText(title!);
  }
});

test('unknown pages answer 404 with a helpful page that links home', async ({ page }) => {
  for (const path of [`${guide.href}/no-such-section`, '/articles/no-such-article', '/guides/no-such-guide', '/no/such/page']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    await expect(page, path).toHaveTitle(/^Page not found · /);
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  }
});

test('on a wide screen a table uses the article’s whole width, while text and headings keep one reading measure', async ({ page }) => {
  for (const path of ['/articles/what-changed-since-2017', '/articles/pay-hours-and-contracts']) {
    await page.goto(path);
    const measured = await page.locator('article .prose').evaluate((prose) => {
      const width = (element: Element) => element.getBoundingClientRect().width;
      const paragraph = prose.querySelector(':scope > p')!;
      return {
        article: width(prose.closest('article')!),
        table: width(prose.querySelector(':scope > [data-table-scroll]')!),
        paragraph: width(paragraph),
        headingMeasure: getComputedStyle(prose.querySelector(':scope > h2')!).maxWidth,
        paragraphMeasure: getComputedStyle(paragraph).maxWidth,
      };
    });
    expect(Math.round(measured.table), `${path}: the table's width`).toBe(Math.round(measured.article));
    // The text's measure (58ch) leaves a table 100 px or more to gain at 1280 px.
    expect(measured.paragraph, `${path}: a paragraph's width`).toBeLessThan(measured.article - 100);
    expect(measured.headingMeasure, `${path}: headings keep the text's measure`).toBe(measured.paragraphMeasure);
  }
});

test('a table is spaced from the text around it as any block is: the larger of the two margins, not both', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(careersArticle.href);
    const gaps = await page.locator('article .prose > [data-table-scroll]').evaluateAll((regions) =>
      regions.map((region) => {
        const margin = (element: Element, side: 'Top' | 'Bottom') => parseFloat(getComputedStyle(element)[`margin${side}`]);
        const box = (element: Element) => element.getBoundingClientRect();
        const table = region.querySelector('table')!;
        const [before, after] = [region.previousElementSibling!, region.nextElementSibling!];
        return {
          above: box(table).top - box(before).bottom,
          expectedAbove: Math.max(margin(before, 'Bottom'), margin(region, 'Top')),
          below: box(after).top - box(table).bottom,
          expectedBelow: Math.max(margin(region, 'Bottom'), margin(after, 'Top')),
          afterHeading: /^H[2-4]$/.test(before.tagName),
        };
      }),
    );
    // The careers article has a table under a heading and one between paragraphs.
    expect(gaps.map((gap) => gap.afterHeading).sort(), `${width} px`).toEqual([false, true]);
    for (const gap of gaps) {
      expect(gap.above, `${width} px: space above a table`).toBeCloseTo(gap.expectedAbove, 0);
      expect(gap.below, `${width} px: space below a table`).toBeCloseTo(gap.expectedBelow, 0);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a section still shows its article, table of contents and related footer', async ({ page }) => {
    await page.goto(sections[3].href);
    await expect(page.locator('article h1')).toHaveText(sections[3].frontmatter.title);
    await expect(page.locator('article .prose p').first()).toBeVisible();
    const tocLinks = visibleToc(page).getByRole('link');
    await expect(tocLinks).toHaveCount(sections[3].toc.reduce((count, entry) => count + 1 + entry.children.length, 0));
    await tocLinks.nth(1).click();
    await expect(page).toHaveURL(new RegExp(`#${sections[3].toc[0].children[0]?.id ?? sections[3].toc[1].id}$`));
    await expect(page.getByRole('region', { name: 'Related reading' }).getByRole('link')).toHaveCount(3);
  });

  // Nothing would close it after a pick, so it must not follow the reader down the page, open over the text.
  test('on a phone, the table of contents stays above the article', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(sections[3].href);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
    expect(await tocDisclosure(page).evaluate((element) => element.getBoundingClientRect().bottom)).toBeLessThan(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  // Its at-a-glance table, four columns of prose, is wider than a phone's column.
  const pathsArticle = site.articles.find((candidate) => candidate.slug === 'paths-beside-the-standard-fellowship')!;

  test('no page scrolls sideways at 320 px', async ({ page }) => {
    for (const path of ['/', ...contentPages.map((content) => content.href), '/no-such-page']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('a wide table scrolls inside its own region, named after its heading and shadowed at the edges with more to see', async ({ page }) => {
    await page.goto(pathsArticle.href);
    const region = page.getByRole('region', { name: 'Table: The paths at a glance', exact: true });
    const measured = await region.evaluate((element) => ({
      overflow: element.scrollWidth - element.clientWidth,
      tabIndex: element.tabIndex,
      // Covers move with the content and uncover the fixed shadows: see [data-table-scroll] in globals.css.
      attachment: getComputedStyle(element).backgroundAttachment,
    }));
    expect(measured).toEqual({ overflow: expect.any(Number), tabIndex: 0, attachment: 'local, local, scroll, scroll' });
    expect(measured.overflow).toBeGreaterThan(0);
  });

  test('a table wider than the column starts in line with the text and scrolls from edge to edge of the screen; one only a little wider shows whole', async ({ page }) => {
    for (const [article, width] of [[pathsArticle, 320], [careersArticle, 390]] as const) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(article.href);
      const measured = await page.locator('[data-table-scroll]').first().evaluate((region) => {
        const box = region.getBoundingClientRect();
        const text = region.parentElement!.querySelector(':scope > p')!.getBoundingClientRect();
        const cells = [...region.querySelectorAll('th, td')].map((cell) => cell.getBoundingClientRect().right);
        return { left: box.left, right: box.right, tableLeft: region.querySelector('table')!.getBoundingClientRect().left, textLeft: text.left, cellsRight: Math.max(...cells), overflow: region.scrollWidth - region.clientWidth };
      });
      expect(measured.overflow, `${article.href}: the table is wider than the column`).toBeGreaterThan(0);
      expect([measured.left, measured.right], `${article.href}: the scrolling region's edges`).toEqual([0, width]);
      expect(measured.tableLeft, `${article.href}: the table's start`).toBe(measured.textLeft);
      // A near miss: the table overhangs the column by less than the margin, so nothing is hidden.
      if (article === careersArticle) expect(measured.cellsRight).toBeLessThanOrEqual(width);
    }
  });

  test('the breadcrumb ends at the parent page, whose title follows, but still names the page to screen readers', async ({ page }) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(pathsArticle.href);
      const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
      const here = trail.getByRole('listitem').filter({ has: page.locator('[aria-current="page"]') });
      await expect(trail).toHaveAccessibleName('Breadcrumb');
      expect(await trail.getByRole('listitem').allTextContents()).toContain(`/${pathsArticle.frontmatter.title}`);
      const box = (await here.boundingBox())!;
      if (width === 320) {
        expect(box.width * box.height, 'the current page shows in the trail').toBeLessThanOrEqual(1);
        const trailHeight = (await trail.boundingBox())!.height;
        expect(trailHeight, 'the trail takes one line').toBeLessThan(30);
      } else expect(box.width).toBeGreaterThan(100);
    }
  });

  test('a glossary term that wraps in a narrow cell reads from the left, not centered', async ({ page }) => {
    await page.goto(pathsArticle.href);
    const term = page.locator('td button[data-term]', { hasText: / / }).first();
    const offsets = await term.evaluate((button) => {
      button.style.maxWidth = '6ch'; // narrower than the term, whatever the cell's width on this page
      const range = document.createRange();
      range.selectNodeContents(button);
      const left = button.getBoundingClientRect().left + parseFloat(getComputedStyle(button).paddingLeft);
      return [...range.getClientRects()].map((line) => Math.round(line.left - left));
    });
    expect(offsets.length).toBeGreaterThan(1);
    for (const offset of offsets) expect(offset).toBe(0);
  });

  test('the table of contents stays at the top of the screen, names the section being read, and closes when an entry is picked', async ({ page }) => {
    const section = sections[0];
    await page.goto(section.href);
    await waitForIslands(page);
    const bar = tocDisclosure(page);
    const summary = bar.locator('summary');
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
    await expect.poll(() => summary.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(16);
    expect(await summary.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    // Above the text, not under it: what a finger on the summary touches is the summary.
    expect(await summary.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    })).toBe(true);
    // It names the last heading the reader has scrolled past (within 120 px of the top).
    const passed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('details[data-toc-bar] nav a')]
        .filter((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))!.getBoundingClientRect().top <= 120)
        .at(-1)?.textContent,
    );
    expect(passed).toBeTruthy();
    await expect(summary).toContainText(passed!);

    // A tap elsewhere closes it.
    await summary.click();
    await expect(bar).toHaveAttribute('open');
    await page.mouse.click(4, 690);
    await expect(bar).not.toHaveAttribute('open');

    await summary.click();
    const target = section.toc.at(-2)!;
    await visibleToc(page).getByRole('link', { name: target.text, exact: true }).click();
    await expect(page).toHaveURL(`${section.href}#${target.id}`);
    await expect(bar).not.toHaveAttribute('open');
    // Where the smooth scroll comes to rest, the heading is in view below the bar, not under it.
    const heading = page.locator(`[id="${target.id}"]`);
    const top = await restingTop(heading);
    const barBottom = await bar.evaluate((element) => element.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(barBottom);
    expect(top).toBeLessThan(200);
    await expect(summary).toContainText(target.text);

    await summary.click();
    await visibleToc(page).getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    await expect(bar).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
  });

  test('the whole guide\'s contents stay at the top too, and say whose sources are being read', async ({ page }) => {
    const research = sections.find((section) => section.slug === 'research')!;
    await page.goto(`${wholeGuideHref(guide)}#${research.slug}--page-sources`);
    await waitForIslands(page);
    const summary = page.locator('details[data-toc-bar] summary', { hasText: 'Contents' });
    expect(await summary.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(16);
    await expect(summary).toContainText(`${research.frontmatter.title}: Sources`);
    // Opened, the whole list (every part and its headings) is on the screen, scrolling inside itself.
    await summary.click();
    const list = page.locator('details[data-toc-bar] nav');
    expect(await list.evaluate((nav) => nav.scrollHeight > nav.clientHeight && nav.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
  });

  test('a shared link to a heading lands below the table of contents, not under it', async ({ page }) => {
    const section = sections[4];
    const target = section.toc.at(-2)!;
    await page.goto(`${section.href}#${target.id}`);
    await waitForIslands(page);
    const barBottom = await tocDisclosure(page).evaluate((element) => element.getBoundingClientRect().bottom);
    const top = await page.locator(`[id="${target.id}"]`).evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(barBottom);
    expect(top).toBeLessThan(200);
  });

  // Chrome's "Copy link to highlight" writes such links. The closed contents also hold the heading's
  // words, earlier on the page, and a match there would open the list instead of scrolling to the heading.
  test('a shared link to a heading\'s words lands at the heading, with the table of contents left closed', async ({ page }) => {
    const section = sections[3];
    const body = section.text.toLowerCase();
    const target = section.toc.flatMap((entry) => [entry, ...entry.children]).find((entry) => body.split(entry.text.toLowerCase()).length === 2)!;
    await page.goto(`${section.href}#:~:text=${encodeURIComponent(target.text)}`);
    await waitForIslands(page);
    const heading = page.locator(`[id="${target.id}"]`);
    const inView = () => heading.evaluate((element) => element.getBoundingClientRect().top).then((top) => top >= 0 && top < 700 - 40);
    await expect.poll(inView).toBe(true);
    await expect(tocDisclosure(page)).not.toHaveAttribute('open');
  });

  test('the guide navigation and the TOC are closed disclosures above the article', async ({ page }) => {
    await page.goto(sections[0].href);
    await expect(page.locator('nav[aria-label="On this page"]:visible')).toHaveCount(0);
    await page.locator('summary', { hasText: 'On this page' }).click();
    await expect(visibleToc(page)).toBeVisible();
    await page.locator('summary', { hasText: 'Guide sections' }).click();
    await expect(page.locator('nav[aria-label="Guide sections"]:visible a[aria-current="page"]')).toHaveAttribute('href', sections[0].href);
  });
});

test.describe('heading tools', () => {
  for (const width of [320, 390, 1280]) {
    test(`never change a heading's height, its gap to the text, or the page width, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const content of [sections[0], sections[3], site.articles[0]]) {
        await page.goto(content.href);
        const measured = await page.locator('article h2[id], article h3[id]').evaluateAll((headings) =>
          headings.map((heading) => {
            const tools = heading.querySelector<HTMLElement>('[data-heading-tools]')!;
            const gap = () => (heading.nextElementSibling?.getBoundingClientRect().top ?? 0) - heading.getBoundingClientRect().bottom;
            tools.style.opacity = '1';
            const shown = { height: heading.getBoundingClientRect().height, gap: gap() };
            tools.style.display = 'none';
            const hidden = { height: heading.getBoundingClientRect().height, gap: gap() };
            tools.style.display = '';
            return { id: heading.id, shown, hidden };
          }),
        );
        for (const { id, shown, hidden } of measured) expect(shown, `${content.href}#${id}`).toEqual(hidden);
        // One gap below every h2 of the page: a heading whose tools wrapped used to sit farther from its text.
        const gaps = await page.locator('article .prose h2[id]').evaluateAll((headings) =>
          headings.filter((heading) => heading.nextElementSibling?.tagName === 'P').map((heading) => Math.round(heading.nextElementSibling!.getBoundingClientRect().top - heading.getBoundingClientRect().bottom)),
        );
        expect(new Set(gaps).size, `${content.href}: ${gaps.join(', ')}`).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    });
  }
});

test.describe('heading tools on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  /** Each heading's tools, and the right edge of each line of its text, top to bottom. */
  const headingLines = (page: Page) =>
    page.locator('article h2[id], article h3[id]').evaluateAll((headings) =>
      headings.map((heading) => {
        const tools = heading.querySelector<HTMLElement>('[data-heading-tools]')!;
        const range = document.createRange();
        range.selectNodeContents(heading);
        range.setEndBefore(tools);
        const rights = new Map<number, number>();
        for (const rect of range.getClientRects()) if (rect.width) rights.set(Math.round(rect.top), Math.max(rights.get(Math.round(rect.top)) ?? 0, rect.right));
        const shown = [...tools.children].filter((tool) => getComputedStyle(tool).display !== 'none');
        return { id: heading.id, toolsLeft: Math.min(...shown.map((tool) => tool.getBoundingClientRect().left)), shown: shown.map((tool) => tool.tagName.toLowerCase()), rights: [...rights.values()] };
      }),
    );

  test('keep to the copy button, which only the first line of a heading gives way to', async ({ page }) => {
    await page.goto(sections[0].href);
    await waitForIslands(page);
    for (const { id, toolsLeft, shown, rights } of await headingLines(page)) {
      expect(shown, `#${id}`).toEqual(['button']);
      expect(rights[0], `#${id}: its first line runs under its tools`).toBeLessThanOrEqual(toolsLeft);
    }
    // A heading long enough to wrap twice uses the width under its tools on every later line.
    await page.locator('article h2[id]').first().evaluate((heading) => {
      [...heading.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!.textContent = 'Words enough to wrap a heading onto three lines or more on a phone screen';
    });
    const [long] = await headingLines(page);
    expect(long.rights.length).toBeGreaterThan(2);
    expect(Math.max(...long.rights.slice(1)), 'a later line stops short of the tools, as if the margin were kept on every line').toBeGreaterThan(long.toolsLeft);
  });

  test('keep the self link where scripts do not run, since the button cannot copy', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(sections[0].href);
    const link = page.locator('article h2[id] [data-heading-tools] > a').first();
    await expect(link).toBeVisible();
    await context.close();
  });
});

test.describe('the application season timeline', () => {
  const article = site.articles.find((candidate) => candidate.slug === 'fellowship-application-timeline')!;
  const timeline = (page: Page) => page.getByRole('figure', { name: /The 2025 cycle at a glance/ });

  test('opens the article, reads as an ordered list of dated events, and fits a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(article.href);
    const figure = timeline(page);
    // Right after the opening paragraphs: the first figure of the article body.
    await expect(page.locator('article .prose figure').first()).toHaveAccessibleName(/The 2025 cycle at a glance/);
    const items = figure.getByRole('listitem');
    await expect(items).toHaveCount(6);
    await expect(items.first()).toHaveText(/^June 4, 2025: The 2026 ERAS season opens/);
    await expect(items.nth(4)).toHaveText(/^December 3, 2025: Match Day/);
    const box = (await figure.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Each event's mark stays on its track, the first one (on the axis's first day) included.
    const marks = await items.locator('span[aria-hidden="true"]').evaluateAll((tracks) =>
      tracks.map((track) => {
        const outer = track.getBoundingClientRect();
        const mark = track.firstElementChild!.getBoundingClientRect();
        return { overhang: Math.max(outer.left - mark.left, mark.right - outer.right) };
      }),
    );
    expect(marks).toHaveLength(6);
    for (const mark of marks) expect(mark.overhang).toBeLessThanOrEqual(0.5);
  });

  test('without CSS, the timeline is a plain list of dates and events', async ({ page }) => {
    await page.goto(article.href);
    await page.evaluate(() => document.querySelectorAll('link[rel="stylesheet"], style').forEach((sheet) => sheet.remove()));
    const lines = (await timeline(page).locator('li').allInnerTexts()).map((text) => text.trim());
    expect(lines).toEqual([
      expect.stringMatching(/^June 4, 2025: /),
      expect.stringMatching(/^July 2, 2025: /),
      expect.stringMatching(/^July 16, 2025: /),
      expect.stringMatching(/^August 2025 to November 2025: Interviews/),
      expect.stringMatching(/^December 3, 2025: Match Day/),
      expect.stringMatching(/^July 2026: Fellowship begins/),
    ]);
  });
});

test('a timeline over many years shows years across, its labels apart, and fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(sections.find((section) => section.slug === 'industry-trends')!.href);
  const figure = page.getByRole('figure', { name: /Landmark US approvals that changed cancer care/ });
  await expect(figure.getByRole('listitem').first()).toHaveText(/^May 2001: Imatinib/);
  const labels = figure.locator('[aria-hidden="true"]').first().locator(':scope > span');
  const shown = (await labels.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
  expect(shown).toEqual(['2001', '2006', '2011', '2016']);
  // Each label ends before the next begins.
  const boxes = await labels.evaluateAll((spans) =>
    spans.filter((span) => span.textContent!.trim()).map((span) => {
      const range = document.createRange();
      range.selectNodeContents(span);
      const { left, right } = range.getBoundingClientRect();
      return { left, right };
    }),
  );
  for (let index = 1; index < boxes.length; index++) expect(boxes[index].left).toBeGreaterThan(boxes[index - 1].right);
  const box = (await figure.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('topics: every tag has a page listing the pages that carry it, reached from each page and from /topics', async ({ page }) => {
  await page.goto('/topics');
  const topicLinks = page.getByRole('list', { name: 'Topics' }).getByRole('link');
  await expect(topicLinks).toHaveCount(site.topics.length);
  for (const [index, topic] of site.topics.entries()) {
    await expect(topicLinks.nth(index)).toHaveAttribute('href', topic.href);
    await expect(topicLinks.nth(index)).toContainText(`${topic.pages.length} page${topic.pages.length === 1 ? '' : 's'}`);
  }
  const topic = site.topics.find((candidate) => candidate.pages.length >= 3)!;
  await page.goto(sections[0].href);
  await page.getByRole('list', { name: 'Topics' }).first().getByRole('link', { name: sections[0].frontmatter.tags[0].replace(/-/g, ' '), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${sections[0].frontmatter.tags[0]}$`));
  await page.goto(topic.href);
  // The trail names the topic as its title shows it, capitalized, not as the lowercase tag.
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveText(topic.label.replace(/^./, (first) => first.toUpperCase()));
  const listed = page.getByRole('list', { name: `Pages on ${topic.label}` }).getByRole('listitem');
  await expect(listed).toHaveCount(topic.pages.length);
  for (const [index, tagged] of topic.pages.entries()) {
    await expect(listed.nth(index).getByRole('link')).toHaveAttribute('href', tagged.href);
    await expect(listed.nth(index)).toContainText(tagged.frontmatter.description);
    await expect(listed.nth(index)).toContainText(`${tagged.readingMinutes} min read`);
  }
  expect((await page.goto('/topics/no-such-topic'))?.status()).toBe(404);
});
