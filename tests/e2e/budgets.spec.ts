import { expect, test } from './fixtures';
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
