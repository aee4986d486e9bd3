import type { APIRequestContext, Page } from '@playwright/test';
import { expect, tabTo, test, waitForIslands } from './fixtures';
import { wholeGuideHref } from '@/lib/content/whole-guide';
import { siteConfig } from '@/lib/site-config';
import { contentPages, guide, sections, site } from './site';

const education = sections[0];

test.describe('links to headings', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link puts the absolute URL of the heading on the clipboard and says so', async ({ page }) => {
    await page.goto(education.href);
    const target = education.toc[1];
    const heading = page.locator(`[id="${target.id}"]`);
    const button = page.getByRole('button', { name: `Copy link to section: ${target.text}` });
    // Out of the way until the reader points at the heading (toBeVisible alone would pass at opacity 0).
    await expect(button).toHaveCSS('opacity', '0');
    await heading.hover();
    await expect(button).toHaveCSS('opacity', '1');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteConfig.url}${education.href}#${target.id}`);
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toContainText(`Link to “${target.text}” copied`);
  });

  test('the copy button works from the keyboard', async ({ page }) => {
    await page.goto(education.href);
    await waitForIslands(page);
    const target = education.toc[0];
    const button = page.getByRole('button', { name: `Copy link to section: ${target.text}` });
    await tabTo(page, button);
    await expect(button).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteConfig.url}${education.href}#${target.id}`);
  });

  test('the share button copies the page link where the browser has no share sheet', async ({ page }) => {
    await page.goto(site.articles[0].href);
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteConfig.url}${site.articles[0].href}`);
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Link to this page copied');
  });
});

test('a deep link opens at its heading, without scrolling down to it, and the TOC highlights it', async ({ page }) => {
  const section = sections[4];
  const target = section.toc.at(-2)!;
  await page.goto(`${section.href}#${target.id}`);
  // Read once, as the page loads: a smooth scroll from the top would still be far above the heading.
  const top = await page.locator(`[id="${target.id}"]`).evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(120);
  await expect(page.locator('nav[aria-label="On this page"]:visible a[aria-current="true"]')).toHaveAttribute('href', `#${target.id}`);
});

test('an old heading id from `aliases` lands on the renamed heading', async ({ page }) => {
  const [oldId, currentId] = Object.entries(education.frontmatter.aliases ?? {})[0];
  await page.goto(`${education.href}#${oldId}`);
  const heading = page.locator(`[id="${currentId}"]`);
  await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-2);
  await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(120);
});

test('without JavaScript, copy and share buttons are not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(education.href);
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await expect(page.locator(`h2 a[href="#${education.toc[0].id}"]`)).toHaveCount(1);
  await context.close();
});

/** What a chat app reads to unfurl the page open in `page`, after checking that its image loads as a 1200×630 PNG. */
async function unfurl(page: Page, request: APIRequestContext) {
  const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta')].map((tag) => [tag.getAttribute('property') ?? tag.name, tag.content])));
  const card = {
    title: meta['og:title'],
    description: meta['og:description'],
    siteName: meta['og:site_name'],
    url: meta['og:url'],
    image: meta['og:image'],
    alt: meta['og:image:alt'],
    twitter: { card: meta['twitter:card'], image: meta['twitter:image'], alt: meta['twitter:image:alt'] },
  };
  expect(card.image, `${page.url()}: og:image`).toBeTruthy();
  const image = new URL(card.image);
  const response = await request.get(image.pathname + image.search);
  expect(response.status(), `${image.pathname}`).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(card.twitter).toEqual({ card: 'summary_large_image', image: card.image, alt: card.alt });
  // Chat apps show it above the title.
  expect(card.siteName, `${page.url()}: og:site_name`).toBe(siteConfig.name);
  return card;
}

test('every page has its own title, description, canonical, Open Graph, Twitter and JSON-LD metadata', async ({ page, request }) => {
  const titles = new Set<string>();
  for (const content of contentPages) {
    await page.goto(content.href);
    const canonical = `${siteConfig.url}${content.href}`;
    const title = await page.title();
    expect(title).toBe(`${content.frontmatter.title} · ${siteConfig.name}`);
    titles.add(title);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await meta('meta[name="description"]')).toBe(content.frontmatter.description);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:type"]')).toBe('article');

    const card = await unfurl(page, request);
    expect(card.title).toBe(content.frontmatter.title);
    expect(card.description).toBe(content.frontmatter.description);
    expect(new URL(card.image).pathname).toBe(`${content.href}/opengraph-image`);
    // The alt text says what the card shows, so a reader who cannot see the preview knows which page it is.
    expect(card.alt).toContain(content.frontmatter.title);
    const position = sections.indexOf(content);
    if (position >= 0) expect(card.alt).toContain(`Section ${position + 1} of ${sections.length}`);

    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = jsonLd.flatMap((text) => JSON.parse(text));
    const article = data.find((item: { '@type': string }) => item['@type'] === 'Article');
    expect(article).toMatchObject({ headline: content.frontmatter.title, description: content.frontmatter.description, dateModified: content.frontmatter.updated, image: card.image });
    expect(article.publisher.name).toBe(siteConfig.name);
    const breadcrumbs = data.find((item: { '@type': string }) => item['@type'] === 'BreadcrumbList');
    expect(breadcrumbs.itemListElement.at(-1).item).toBe(canonical);
  }
  expect(titles.size).toBe(contentPages.length);
});

test('the glossary, the lists and the whole guide unfurl with a large image whose alt text says what it shows', async ({ page, request }) => {
  const pages = [
    { href: '/glossary', shows: 'Glossary' },
    { href: wholeGuideHref(guide), shows: guide.overview.frontmatter.title },
    ...['/', '/articles', '/topics', site.topics[0].href].map((href) => ({ href, shows: 'Building a career in oncology and hematology' })),
  ];
  for (const { href, shows } of pages) {
    await page.goto(href);
    const card = await unfurl(page, request);
    // Compared as URLs: Next.js writes the home page's address without its final "/".
    const canonical = new URL(href, siteConfig.url).href;
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).href, href).toBe(canonical);
    // Where a page states its og:url, it is the canonical address.
    expect(new URL(card.url ?? canonical).href, href).toBe(canonical);
    expect(card.title, href).toBeTruthy();
    expect(card.description, href).toBeTruthy();
    expect(card.alt, href).toContain(shows);
  }
});

test('sitemap, robots and feed parse and list every page', async ({ page, request }) => {
  const parse = (xml: string) =>
    page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      return document.querySelector('parsererror') ? null : [...document.querySelectorAll('loc, item > link')].map((node) => node.textContent);
    }, xml);
  await page.goto('/');

  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const sitemapUrls = await parse(await sitemap.text());
  expect(sitemapUrls).not.toBeNull();
  expect(new Set(sitemapUrls)).toEqual(
    new Set([
      `${siteConfig.url}/`,
      `${siteConfig.url}/articles`,
      `${siteConfig.url}/glossary`,
      `${siteConfig.url}/topics`,
      ...site.topics.map((topic) => `${siteConfig.url}${topic.href}`),
      ...contentPages.map((content) => `${siteConfig.url}${content.href}`),
    ]),
  );
  expect(await sitemap.text()).toContain(`<lastmod>${education.frontmatter.updated}</lastmod>`);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${siteConfig.url}/sitemap.xml`);

  const feed = await request.get('/feed.xml');
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const feedUrls = await parse(await feed.text());
  expect(new Set(feedUrls)).toEqual(new Set([...contentPages.map((content) => `${siteConfig.url}${content.href}`)]));
  const dates = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('item > pubDate')].map((node) => Date.parse(node.textContent!)), await feed.text());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});
