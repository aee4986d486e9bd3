import { expect, test, waitForHydration } from './fixtures';
import { measurePageWeight } from './page-weight';
import { wholeGuideHref } from '@/lib/content/whole-guide';
import { guide, sections, site } from './site';

const KB = 1024;
const pages = ['/', sections[0].href, site.articles[0].href, wholeGuideHref(guide), '/search?q=fellowship', '/no-such-page'];

test('each page stays within its byte budgets: site JavaScript ≤ 10 KB, CSS ≤ 15 KB compressed, nothing but CSS blocks first paint', async ({ page, request }) => {
  test.setTimeout(90_000);
  for (const path of pages) {
    const weight = await measurePageWeight(page, request, path);
    expect(weight.siteJs, `${path}: site JavaScript bytes`).toBeLessThanOrEqual(10 * KB);
    expect(weight.siteJs, `${path}: the measurement finds the site's own code`).toBeGreaterThan(0);
    expect(weight.bytes.css, `${path}: CSS bytes`).toBeLessThanOrEqual(15 * KB);
    expect(weight.bytes.font, `${path}: font bytes`).toBe(0);
    for (const url of weight.renderBlocking) expect(url, `${path}: render-blocking request`).toMatch(/\/_next\/static\/chunks\/[^/]+\.css$/);
  }
});

test('no page fetches other pages on load; a page is prefetched once the reader points at a link to it', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetched.push(new URL(request.url()).pathname);
  });
  for (const path of ['/', sections[0].href, site.articles[0].href, '/glossary', site.topics[0].href, '/search?q=fellowship']) {
    await page.goto(path);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(prefetched, `${path}: pages prefetched on load`).toEqual([]);
  }
  await page.goto(sections[0].href);
  await waitForHydration(page);
  const link = page.locator(`a[href="${sections[1].href}"]:visible`).first();
  await link.hover();
  await expect.poll(() => prefetched).toContain(sections[1].href);
  // The click uses what was prefetched: no second request for the page.
  const before = prefetched.length;
  const loads: string[] = [];
  page.on('request', (request) => request.headers()['rsc'] && loads.push(request.url()));
  await link.click();
  await expect(page).toHaveURL(sections[1].href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sections[1].frontmatter.title);
  expect(loads, 'requests for the page after the click').toEqual([]);
  expect(prefetched.length).toBe(before);
});
