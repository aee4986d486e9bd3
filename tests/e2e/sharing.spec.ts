import type { APIRequestContext, Page } from '@playwright/test';
import { expect, tabTo, test, waitForIslands } from './fixtures';
import { wholeGuideHref, wholeGuideTitle } from '@/lib/content/whole-guide';
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
    const status = page.getByRole('status').filter({ hasText: 'copied' });
    await expect(status).toContainText(`Link to “${target.text}” copied`);
    // Announced, but not shown by the Share button, which may be a screen away: the heading's own
    // button shows the tick.
    expect((await status.boundingBox())!.width).toBeLessThanOrEqual(1);
    await expect(button).toHaveAttribute('data-copied', 'true');
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
    const status = page.getByRole('status').filter({ hasText: 'copied' });
    await expect(status).toHaveText('Link to this page copied');
    expect((await status.boundingBox())!.width).toBeGreaterThan(1);
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

test('an old heading id from `aliases` lands on the renamed heading where its current id does, on a phone and a wide screen', async ({ page }) => {
  const [oldId, currentId] = Object.entries(education.frontmatter.aliases ?? {})[0];
  const heading = page.locator(`[id="${currentId}"]`);
  const landing = async (id: string) => {
    await page.goto('about:blank');
    await page.goto(`${education.href}#${id}`);
    return heading.evaluate((element) => element.getBoundingClientRect().top);
  };
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    const current = await landing(currentId);
    expect(current, `${viewport.width} px`).toBeGreaterThan(0);
    expect(current, `${viewport.width} px`).toBeLessThan(120);
    expect(await landing(oldId), `${viewport.width} px`).toBeCloseTo(current, 0);
  }
});

test('without JavaScript, copy and share buttons are not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(education.href);
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await expect(page.locator(`h2 a[href="#${education.toc[0].id}"]`)).toHaveCount(1);
  // Nor does the Share button keep its place: on a phone it wraps under the date, and the place it
  // keeps for the island would be an empty row between the date and the topics.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.locator('share-tools button').evaluate((button) => button.getBoundingClientRect().height)).toBe(0);
  await context.close();
});

/** A page's link preview as a chat app unfurls it: its address (none for a 404), title, kind, image and the image's alt text. */
interface Preview {
  href?: string;
  title?: string;
  type: 'article' | 'website';
  /** Path of the card's image route. */
  image: string;
  alt: string;
}

/**
 * Checks that the page open in `page` unfurls as `expected`: one og:image (a 1200×630 PNG) at an
 * address that changes with the card's words, the same image and alt text for Twitter, the site
 * named, og:url the canonical address, and a description that ends a sentence rather than
 * breaking off. Returns the tags read.
 */
async function expectPreview(page: Page, request: APIRequestContext, expected: Preview) {
  const where = expected.href ?? page.url();
  const tags = await page.evaluate(() => [...document.querySelectorAll('meta')].map((tag) => [tag.getAttribute('property') ?? tag.name, tag.content] as const));
  const only = (name: string) => {
    const values = tags.filter(([key]) => key === name).map(([, value]) => value);
    expect(values, `${where}: ${name}`).toHaveLength(1);
    return values[0];
  };
  if (expected.href) {
    // Compared as URLs: Next.js writes the home page's address without its final "/".
    const canonical = new URL(expected.href, siteConfig.url).href;
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).href, where).toBe(canonical);
    expect(new URL(only('og:url')).href, where).toBe(canonical);
  } else expect(tags.filter(([key]) => key === 'og:url'), where).toHaveLength(0);
  if (expected.title) expect(only('og:title'), where).toBe(expected.title);
  expect(only('og:type'), where).toBe(expected.type);
  // Chat apps show it above the title.
  expect(only('og:site_name'), where).toBe(siteConfig.name);
  expect(only('og:locale'), where).toBe('en_US');
  const description = only('og:description');
  expect(description, where).toMatch(/[.?!]$/);

  const image = new URL(only('og:image'));
  expect(image.pathname, where).toBe(expected.image);
  expect(image.search, where).toMatch(/^\?v=[0-9a-f]{12}$/);
  // The alt text says what the card shows, so a reader who cannot see the preview knows which page it is.
  expect(only('og:image:alt'), where).toBe(expected.alt);
  expect([only('twitter:card'), only('twitter:image'), only('twitter:image:alt')], where).toEqual(['summary_large_image', image.href, expected.alt]);
  const response = await request.get(image.pathname + image.search);
  expect(response.status(), image.pathname).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  return { title: only('og:title'), description, image: image.href, png };
}

test('every page has its own title, description, canonical, Open Graph, Twitter and JSON-LD metadata', async ({ page, request }) => {
  const titles = new Set<string>();
  for (const content of contentPages) {
    await page.goto(content.href);
    const { title: pageTitle, description } = content.frontmatter;
    const title = await page.title();
    expect(title).toBe(`${pageTitle} · ${siteConfig.name}`);
    titles.add(title);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(description);

    const position = sections.indexOf(content);
    const label = position >= 0 ? `Section ${position + 1} of ${sections.length}` : content.kind === 'article' ? 'Article' : 'Career guide';
    const preview = await expectPreview(page, request, { href: content.href, type: 'article', image: `${content.href}/opengraph-image`, alt: `${label}: ${pageTitle}. ${siteConfig.name}` });
    expect(preview.title).toBe(pageTitle);
    expect(preview.description).toBe(description);

    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = jsonLd.flatMap((text) => JSON.parse(text));
    const article = data.find((item: { '@type': string }) => item['@type'] === 'Article');
    expect(article).toMatchObject({ headline: pageTitle, description, dateModified: content.frontmatter.updated, image: preview.image });
    expect(article.publisher.name).toBe(siteConfig.name);
    const breadcrumbs = data.find((item: { '@type': string }) => item['@type'] === 'BreadcrumbList');
    expect(breadcrumbs.itemListElement.at(-1).item).toBe(`${siteConfig.url}${content.href}`);
  }
  expect(titles.size).toBe(contentPages.length);
});

test('the glossary, topics, the lists, search and the whole guide unfurl with their own address and a card whose alt text says what it shows', async ({ page, request }) => {
  const siteCard = { image: '/opengraph-image', alt: `A practical guide: Building a career in oncology and hematology. ${siteConfig.name}` };
  const previews: (Preview & { path?: string })[] = [
    { href: '/glossary', title: 'Glossary', type: 'website', image: '/glossary/opengraph-image', alt: `Glossary: The terms and acronyms used across the guide, explained. ${siteConfig.name}` },
    { href: wholeGuideHref(guide), title: wholeGuideTitle(guide), type: 'website', image: `${guide.href}/opengraph-image`, alt: `Career guide: ${guide.overview.frontmatter.title}. ${siteConfig.name}` },
    { href: '/', title: siteConfig.name, type: 'website', ...siteCard },
    { href: '/articles', title: 'Articles', type: 'website', ...siteCard },
    { href: '/topics', title: 'Topics', type: 'website', ...siteCard },
    ...site.topics.map((topic) => ({
      href: topic.href,
      title: `Topic: ${topic.label}`,
      type: 'website' as const,
      image: `${topic.href}/opengraph-image`,
      alt: `Topic: ${topic.label[0].toUpperCase()}${topic.label.slice(1)}. ${siteConfig.name}`,
    })),
    { href: '/search', path: '/search?q=fellowship', title: 'Search', type: 'website', ...siteCard },
    { path: '/no-such-page', type: 'website', ...siteCard },
  ];
  const topicImages = new Set<string>();
  for (const { path, ...expected } of previews) {
    await page.goto(path ?? expected.href!);
    const { description, png } = await expectPreview(page, request, expected);
    if (!expected.href?.startsWith('/topics/')) continue;
    // Previews show about 160 characters: a topic's list of pages must fit, not be cut.
    expect(description.length, expected.href).toBeLessThanOrEqual(160);
    topicImages.add(png.toString('base64'));
  }
  // Each topic's card draws its own name.
  expect(topicImages.size).toBe(site.topics.length);
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
