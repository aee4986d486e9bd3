import { expect, test } from './fixtures';
import { sections } from './site';

test('pages, data files and errors carry the security headers and no X-Powered-By', async ({ request }) => {
  for (const path of ['/', sections[0].href, '/search?q=x', '/no-such-page', '/sitemap.xml', '/feed.xml', '/search/catalog.json']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'];
    expect(csp, path).toBeDefined();
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "default-src 'self'"]) expect(csp, path).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['strict-transport-security']).toBeUndefined();
  }
});

// Over HTTP/1.1 a page's policies would add 0.4 KB of headers to each of these on every first visit.
test('the stylesheet, island modules and icon carry nosniff and a short policy, not a page\'s policies', async ({ page, request }) => {
  await page.goto(sections[0].href);
  const stylesheet = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute('href');
  const islands = await page.locator('script[type="module"][src^="/islands/"]').getAttribute('src');
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(icon).toMatch(/^\/icon\.svg/);
  for (const file of [stylesheet!, islands!, icon!]) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], file).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headers['x-content-type-options'], file).toBe('nosniff');
    for (const name of ['referrer-policy', 'permissions-policy', 'x-frame-options', 'x-powered-by']) expect(headers[name], `${file}: ${name}`).toBeUndefined();
  }
});

test('HSTS is sent when the site is served over HTTPS behind a proxy', async ({ request }) => {
  const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d{7,}/);
});

test('prerendered pages can be cached by a CDN; immutable assets for a year', async ({ page, request }) => {
  expect((await request.get(sections[0].href)).headers()['cache-control']).toMatch(/s-maxage=\d+/);
  await page.goto('/');
  const stylesheet = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute('href');
  const islands = await page.locator('script[type="module"][src^="/islands/"]').getAttribute('src');
  for (const asset of [stylesheet!, islands!]) expect((await request.get(asset)).headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
});

const hostile = [
  '/guides/oncology-hematology/..%2f..%2fpackage.json',
  '/guides/oncology-hematology/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/guides/oncology-hematology/research%00.mdx',
  '/guides/oncology-hematology/..%5c..%5cpackage.json',
  '/guides/oncology-hematology/research%5c',
  `/guides/oncology-hematology/${'a'.repeat(3000)}`,
  '/guides/oncology-hematology/r%C3%A9search',
  '/guides/oncology-hematology/%E2%80%AEhcraeser',
  '/guides/..%2f..%2fcontent/research',
  '/articles/..%2f..%2f.env',
  '/articles/%00',
  '/articles/choosing-a-specialty.mdx',
  '/articles/CHOOSING-A-SPECIALTY',
  '/guides/oncology-hematology/research/opengraph-image/..%2f..%2fpackage.json',
  '/guides/no-such-guide/opengraph-image',
  // Malformed percent-encoding (a cut-off sequence, no hex digits, bytes that are not UTF-8), in each dynamic segment.
  '/articles/%E0%A4%A',
  '/articles/%',
  '/articles/page/%ZZ',
  '/articles/%ZZ/opengraph-image',
  '/guides/%ZZ',
  '/guides/%ZZ/research',
  '/guides/oncology-hematology/%ZZ',
  '/guides/oncology-hematology/%C0%AF',
  '/guides/oncology-hematology/research%E0%A4%A',
  '/guides/oncology-hematology/%ZZ/opengraph-image',
  '/guides/oncology-hematology/%ZZ?ref=1',
];

test('hostile and malformed slugs get the 404 page, never a 500 or a file', async ({ request }) => {
  const notFound = await (await request.get('/no-such-page')).text();
  expect(notFound).toContain('We could not find that page');
  for (const path of hostile) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const body = await response.text();
    expect(body, path).not.toMatch(/"name":\s*"oncology-hematology-career-guide"|root:x:0:0|^---\ntitle:/m);
    if (!path.includes('opengraph-image')) expect(body === notFound, `${path}: the same 404 page as any unknown address`).toBe(true);
    expect(response.headers()['content-security-policy'], path).toBeDefined();
  }
});
