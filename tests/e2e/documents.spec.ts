import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { measurePageWeight } from './page-weight';
import { wholeGuideHref } from '@/lib/content/whole-guide';
import { guide, sections, site } from './site';

// The guard of docs/pages-as-documents.md: prerendered pages reach readers without the React
// and Next.js client runtime. If a Next.js upgrade changes what the build step relies on, these fail.
const documents = [
  '/',
  '/articles',
  '/topics',
  '/glossary',
  ...site.pages.map((page) => page.href),
  wholeGuideHref(guide),
  ...site.topics.map((topic) => topic.href),
  '/no-such-page',
];
const KB = 1024;

/** The path of every request the page makes from now on. */
function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (sent) => paths.push(new URL(sent.url()).pathname));
  return paths;
}

test('every prerendered page, and the 404 page, is a document: its CSS and islands, no Next.js runtime script and no RSC payload', async ({ request }) => {
  const checked = new Set<string>();
  for (const path of documents) {
    const response = await request.get(path);
    const html = await response.text();
    expect(html, `${path}: a Next.js runtime script`).not.toMatch(/<script[^>]*\ssrc="\/_next\//);
    expect(html, `${path}: a preload of runtime code`).not.toMatch(/<link[^>]*as="script"/);
    expect(html, `${path}: the RSC payload`).not.toContain('self.__next_f');
    expect(html, `${path}: the bundler bootstrap`).not.toContain('TURBOPACK');
    const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    const islands = /<script type="module" src="(\/islands\/[^"]+\.js)"[^>]*><\/script>/.exec(html)?.[1];
    expect(css, `${path}: its stylesheet`).toBeDefined();
    expect(islands, `${path}: its islands`).toBeDefined();
    for (const [url, type] of [
      [css!, 'text/css'],
      [islands!, 'javascript'],
    ]) {
      if (checked.has(url)) continue;
      const asset = await request.get(url);
      expect(asset.status(), url).toBe(200);
      expect(asset.headers()['content-type'], url).toContain(type);
      checked.add(url);
    }
  }
});

test('a guide section loads its HTML, CSS and islands and nothing else, the islands within 10 KB; the search code only when the search opens', async ({ page, request }) => {
  const loaded = requestedPaths(page);
  const weight = await measurePageWeight(page, request, sections[0].href);
  expect(loaded).toEqual([sections[0].href, expect.stringMatching(/^\/_next\/static\/chunks\/[^/]+\.css$/), expect.stringMatching(/^\/islands\/index-[^/]+\.js$/), '/icon.svg']);
  expect(weight.bytes.js, 'island JavaScript, compressed').toBeLessThanOrEqual(10 * KB);
  expect(weight.siteJs, 'the measurement counts the islands as the site’s own code').toBeGreaterThan(weight.bytes.js / 2);

  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeEnabled();
  expect(loaded.some((path) => path.startsWith('/search/'))).toBe(false);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Type to search the guide and articles.');
  expect(loaded).toContainEqual(expect.stringMatching(/^\/islands\/search-dialog-[^/]+\.js$/));
  expect(loaded).toContain('/search/catalog.json');
});

test('the search results page, rendered per request, still works with the full runtime alongside the islands', async ({ page }) => {
  await page.goto('/search?q=mentor');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeEnabled();
  await page.keyboard.press('/');
  const box = page.getByRole('dialog').getByRole('combobox');
  await box.fill('fellowship');
  await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
  await box.press('Enter');
  await expect(page).not.toHaveURL(/\/search/);
});

test('the search results page fetches no other page on load: its links are plain links, as on every other page', async ({ page }) => {
  const loaded = requestedPaths(page);
  await page.goto('/search?q=fellowship', { waitUntil: 'networkidle' });
  await expect(page.locator('main ol a').first()).toBeVisible();
  // Long enough for a client router to prefetch the results in view, as next/link's did (about 70 KB).
  await page.waitForTimeout(1000);
  for (const path of loaded) expect(path, 'a request /search makes on load').toMatch(/^(\/search|\/_next\/static\/.+|\/islands\/.+|\/icon\.svg)$/);
});

test('another page is fetched ahead only on intent: nothing on load, the section under the pointer once it rests there', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const speculated: string[] = [];
  // Chrome reports its speculation attempts here.
  cdp.on('Preload.prefetchStatusUpdated', ({ key, status }) => status === 'Running' && speculated.push(new URL(key.url).pathname));
  await cdp.send('Preload.enable');
  await page.goto(sections[0].href, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  expect(speculated, 'fetched ahead on load').toEqual([]);

  const next = sections[1].href;
  await page.locator(`main a[href="${next}"]:visible`).last().hover();
  await expect.poll(() => speculated).toEqual([next]);
});
