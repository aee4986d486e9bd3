// The caching proxy in deploy/nginx/, run in front of the production server these tests start:
// it must answer as `next start` does, cache only what is safe, and serve a new build after the
// documented purge. Skipped where nginx is not installed (npm test installs it as root on Debian).
import http from 'node:http';
import https from 'node:https';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, watchProblems } from './fixtures';
import { measurePageWeight, totalBytes, type PageWeight } from './page-weight';
import { site } from './site';
import { browserEncodings, proxyAvailable, purgeCache, startNginx, type RunningNginx } from '../tools/nginx';

const port = Number(process.env.PORT ?? 3100);
const direct = `http://127.0.0.1:${port}`;
const securityHeaders = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'strict-transport-security'];

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET with exactly these request headers, and the body as sent (fetch would decompress it). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  // HTTPS is the test proxy's, on a self-signed certificate.
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    client
      .get(url, { headers, rejectUnauthorized: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** The body as text, decompressed as it says it came. */
function text(answer: Answer): string {
  const decompress = { gzip: gunzipSync, br: brotliDecompressSync }[answer.headers['content-encoding'] ?? ''];
  return (decompress ? decompress(answer.body) : answer.body).toString('utf8');
}

test.describe.configure({ mode: 'default' });
test.skip(!proxyAvailable(), 'nginx or its Brotli module is not installed (npm test installs them when run as root on Debian): the caching-proxy tests are skipped');

let proxy: RunningNginx;
/** The same rules over HTTPS and HTTP/2, as readers reach the deploy (self-signed certificate). */
let secureProxy: RunningNginx;
test.beforeAll(async () => {
  proxy = await startNginx(`127.0.0.1:${port}`, port + 1);
  secureProxy = await startNginx(`127.0.0.1:${port}`, port + 4, { tls: true });
});
test.afterAll(() => {
  proxy?.stop();
  secureProxy?.stop();
});

// Next.js marks these cacheable by a shared cache (s-maxage or immutable) and nothing else.
const cached = ['/', ...site.pages.map((page) => page.href), `${site.guides[0].href}/all`, '/topics', ...site.topics.map((topic) => topic.href), '/glossary', '/feed.xml'];
const passedThrough = ['/search', '/search?q=fellowship', '/sitemap.xml', '/robots.txt', '/search/catalog.json', '/no-such-page', '/articles/no-such-article'];

test('every page answers through the proxy with the status, body and security headers of next start', async () => {
  const home = text(await get(`${direct}/`));
  const assets = [...home.matchAll(/(?:src|href)="(\/(?:_next\/static|islands)\/[^"]+)"/g)].map((match) => match[1]).slice(0, 3);
  expect(assets.length).toBeGreaterThan(0);
  for (const path of [...cached, ...assets, ...passedThrough]) {
    const expected = await get(direct + path, { 'accept-encoding': 'gzip' });
    // Twice for each encoding: the first answer fills the cache, the second comes from it where anything does.
    for (const [encoding, round] of [['gzip', 'first'], ['gzip', 'second'], [browserEncodings, 'first'], [browserEncodings, 'second']]) {
      const actual = await get(proxy.origin + path, { 'accept-encoding': encoding });
      const where = `${path} (${round} request, Accept-Encoding: ${encoding})`;
      expect(actual.status, where).toBe(expected.status);
      expect(text(actual), where).toBe(text(expected));
      for (const name of securityHeaders) expect(actual.headers[name], `${where}: ${name}`).toBe(expected.headers[name]);
      expect(actual.headers['cache-control'], where).toBe(expected.headers['cache-control']);
      if (round === 'second') expect(actual.headers['x-cache-status'], where).toBe(passedThrough.includes(path) ? 'MISS' : 'HIT');
    }
  }
});

test('Brotli, gzip and identity clients never get each other’s bytes', async () => {
  const path = site.guides[0].sections[1].href;
  const plain = text(await get(direct + path));
  for (const encoding of ['gzip', '', browserEncodings, 'identity', 'br', 'gzip', browserEncodings]) {
    const answer = await get(proxy.origin + path, encoding ? { 'accept-encoding': encoding } : {});
    const expected = encoding.includes('br') ? 'br' : encoding.includes('gzip') ? 'gzip' : undefined;
    expect(answer.headers['content-encoding'], `Accept-Encoding: "${encoding}"`).toBe(expected);
    expect(text(answer), `Accept-Encoding: "${encoding}"`).toBe(plain);
  }
});

test('a browser gets each guide section in Brotli, compressed once, and smaller than Next.js’s gzip', async () => {
  for (const { href } of site.guides[0].sections) {
    const gzipped = await get(direct + href, { 'accept-encoding': browserEncodings });
    expect(gzipped.headers['content-encoding'], `${href} from next start`).toBe('gzip');
    await get(proxy.origin + href, { 'accept-encoding': browserEncodings });
    const second = await get(proxy.origin + href, { 'accept-encoding': browserEncodings });
    // The compressor sits behind the cache, so a Brotli hit is bytes compressed once, sent again.
    expect(second.headers['x-cache-status'], href).toBe('HIT');
    expect(second.headers['content-encoding'], href).toBe('br');
    expect(text(second), href).toBe(text(gzipped));
    expect(second.body.length, `${href}: Brotli ${second.body.length} B against gzip ${gzipped.body.length} B`).toBeLessThan(gzipped.body.length * 0.85);
  }
});

test('as readers reach the deploy (HTTPS, HTTP/2, Brotli), every guide section loads in at most 30 KB', async ({ browser }) => {
  // Issue 17's budget for a section: HTML, CSS, JavaScript and the rest, compressed, with headers.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const problems = await watchProblems(page);
    const budget = 30 * 1024;
    const weights: { file: string; total: number; bytes: PageWeight['bytes'] }[] = [];
    for (const { href, sourceFile } of site.guides[0].sections) {
      const weight = await measurePageWeight(page, context.request, secureProxy.origin + href);
      expect(weight.bytes.html, `${href}: the page arrives compressed`).toBeGreaterThan(0);
      weights.push({ file: sourceFile, total: totalBytes(weight), bytes: weight.bytes });
    }
    // Printed on every run, so the log shows how near each section is before an edit takes one over.
    console.log(weights.map(({ file, total }) => `${file}: ${total} B through the proxy, ${Math.abs(budget - total)} B ${total > budget ? 'over' : 'under'} the 30 KB budget`).join('\n'));
    const over = weights.filter(({ total }) => total > budget).map(({ file, total, bytes }) => `${file}: ${total} B, ${total - budget} B over (${JSON.stringify(bytes)})`);
    expect(over, 'guide sections over 30 KB on load through the proxy; shorten the section or move a part into an article (content/README.md, "Page weight")').toEqual([]);
    expect(problems, 'CSP violations and page errors through the proxy').toEqual([]);
  } finally {
    await context.close();
  }
});

test('through the proxy a browser gets every text answer compressed, /search’s runtime included', async ({ browser }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const answers: { url: string; type: string; encoding?: string; size: number }[] = [];
  try {
    const page = await context.newPage();
    const problems = await watchProblems(page);
    page.on('response', async (response) => {
      const headers = await response.allHeaders();
      const body = await response.body().catch(() => undefined);
      if (body) answers.push({ url: response.url(), type: headers['content-type'] ?? '', encoding: headers['content-encoding'], size: body.length });
    });
    for (const path of ['/search?q=fellowship', site.guides[0].sections[0].href]) await page.goto(secureProxy.origin + path, { waitUntil: 'networkidle' });
    const textAnswers = answers.filter(({ type, size }) => /^(text\/|application\/(javascript|json|xml|rss\+xml)|image\/svg)/.test(type) && size > 1024);
    expect(textAnswers.map(({ type }) => type.split(';')[0])).toContain('application/javascript');
    for (const answer of textAnswers) expect(answer.encoding, `${answer.url} (${answer.type}, ${answer.size} B)`).toMatch(/^(br|gzip)$/);
    expect(problems, 'CSP violations and page errors through the proxy').toEqual([]);
  } finally {
    await context.close();
  }
});

test('/search, answered anew on every request, stays gzip for a Brotli client', async () => {
  for (const path of ['/search?q=mentor', '/search/catalog.json']) {
    const answer = await get(proxy.origin + path, { 'accept-encoding': browserEncodings });
    expect(answer.headers['content-encoding'], path).toBe('gzip');
    expect(text(answer), path).toBe(text(await get(direct + path)));
  }
});

test('two searches through the proxy never return each other’s results', async () => {
  const queries = ['fellowship', 'mentor'];
  const expected = await Promise.all(queries.map(async (query) => text(await get(`${direct}/search?q=${query}`))));
  expect(expected[0]).not.toBe(expected[1]);
  for (let round = 0; round < 3; round++) {
    for (const [index, query] of queries.entries()) {
      const answer = await get(`${proxy.origin}/search?q=${query}`, { 'accept-encoding': 'gzip' });
      expect(text(answer), `${query}, round ${round}`).toBe(expected[index]);
      expect(answer.headers['x-cache-status']).toBe('MISS');
    }
  }
});

test('hostile paths, those nginx itself rejects included, still get the 404 page', async () => {
  const notFound = text(await get(`${direct}/no-such-page`));
  for (const path of ['/articles/..%2f..%2f.env', '/guides/oncology-hematology/..%2f..%2fpackage.json', '/guides/oncology-hematology/research%00.mdx', '/articles/%E0%A4%A', '/articles/%', '/guides/%ZZ/research', '/guides/oncology-hematology/..%5c..%5cpackage.json', '/articles/CHOOSING-A-SPECIALTY']) {
    // A plain client, and a browser (whose request goes through the Brotli compressor).
    for (const headers of [{}, { 'accept-encoding': browserEncodings }] as Record<string, string>[]) {
      const answer = await get(proxy.origin + path, headers);
      const where = `${path} ${JSON.stringify(headers)}`;
      expect(answer.status, where).toBe(404);
      expect(text(answer), where).toBe(notFound);
      expect(answer.headers['content-security-policy'], where).toBeDefined();
    }
  }
});

test('a client cannot claim HTTPS to the proxy: HSTS follows the scheme nginx was reached by', async () => {
  for (const encoding of ['gzip', browserEncodings]) {
    const answer = await get(`${proxy.origin}/`, { 'x-forwarded-proto': 'https', 'accept-encoding': encoding });
    expect(answer.headers['strict-transport-security'], encoding).toBeUndefined();
  }
  // Reached over HTTPS, as in the deploy, the page carries HSTS whichever encoding it comes in.
  const expected = (await get(`${direct}/`, { 'x-forwarded-proto': 'https' })).headers['strict-transport-security'];
  expect(expected).toContain('max-age=');
  for (const encoding of ['gzip', browserEncodings]) {
    const answer = await get(`${secureProxy.origin}/`, { 'accept-encoding': encoding });
    expect(answer.headers['strict-transport-security'], encoding).toBe(expected);
  }
});

test('after a new build, the documented purge makes the proxy serve the new page', async () => {
  // A stand-in for `next start` whose build can be swapped: prerendered pages with Next.js's own
  // Cache-Control. Restarting the real server on a second build would take minutes of building.
  let build = 'first build';
  const upstream = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000' });
    response.end(`<p>${build}</p>`);
  });
  await new Promise<void>((resolve) => upstream.listen(port + 2, '127.0.0.1', resolve));
  const deployed = await startNginx(`127.0.0.1:${port + 2}`, port + 3);
  try {
    const page = `${deployed.origin}/guides/oncology-hematology/research`;
    expect(text(await get(page))).toBe('<p>first build</p>');
    build = 'second build';
    const beforePurge = await get(page);
    expect(text(beforePurge), 'without the purge the cached page stays').toBe('<p>first build</p>');
    expect(beforePurge.headers['x-cache-status']).toBe('HIT');
    purgeCache(deployed.cacheDir);
    const afterPurge = await get(page);
    expect(text(afterPurge)).toBe('<p>second build</p>');
    expect(afterPurge.headers['x-cache-status']).toBe('MISS');
    expect((await get(page)).headers['x-cache-status']).toBe('HIT');
  } finally {
    deployed.stop();
    upstream.close();
  }
});
