// The caching proxy in deploy/nginx/, run in front of the production server these tests start:
// it must answer as `next start` does, cache only what is safe, and serve a new build after the
// documented purge. Skipped where nginx is not installed (npm test installs it as root on Debian).
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { site } from './site';
import { nginxBinary, purgeCache, startNginx, type RunningNginx } from '../tools/nginx';

const port = Number(process.env.PORT ?? 3100);
const direct = `http://127.0.0.1:${port}`;
const securityHeaders = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'strict-transport-security'];

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET with exactly these request headers, and the body as sent (fetch would decompress it). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** The body as text, decompressed if it came gzipped. */
function text(answer: Answer): string {
  return (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString('utf8');
}

test.describe.configure({ mode: 'default' });
test.skip(!nginxBinary(), 'nginx is not installed (npm test installs it when run as root on Debian): the caching-proxy tests are skipped');

let proxy: RunningNginx;
test.beforeAll(async () => {
  proxy = await startNginx(`127.0.0.1:${port}`, port + 1);
});
test.afterAll(() => proxy?.stop());

// Next.js marks these cacheable by a shared cache (s-maxage or immutable) and nothing else.
const cached = ['/', ...site.pages.map((page) => page.href), `${site.guides[0].href}/all`, '/topics', ...site.topics.map((topic) => topic.href), '/glossary', '/feed.xml'];
const passedThrough = ['/search', '/search?q=fellowship', '/sitemap.xml', '/robots.txt', '/search/catalog.json', '/no-such-page', '/articles/no-such-article'];

test('every page answers through the proxy with the status, body and security headers of next start', async () => {
  const home = text(await get(`${direct}/`));
  const assets = [...home.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1]).slice(0, 3);
  expect(assets.length).toBeGreaterThan(0);
  for (const path of [...cached, ...assets, ...passedThrough]) {
    const expected = await get(direct + path, { 'accept-encoding': 'gzip' });
    // Twice: the first answer fills the cache, the second comes from it where anything does.
    for (const round of ['first', 'second']) {
      const actual = await get(proxy.origin + path, { 'accept-encoding': 'gzip' });
      const where = `${path} (${round} request)`;
      expect(actual.status, where).toBe(expected.status);
      expect(text(actual), where).toBe(text(expected));
      for (const name of securityHeaders) expect(actual.headers[name], `${where}: ${name}`).toBe(expected.headers[name]);
      expect(actual.headers['cache-control'], where).toBe(expected.headers['cache-control']);
      if (round === 'second') expect(actual.headers['x-cache-status'], where).toBe(passedThrough.includes(path) ? 'MISS' : 'HIT');
    }
  }
});

test('gzip and identity clients never get each other’s bytes', async () => {
  const path = site.guides[0].sections[1].href;
  const plain = text(await get(direct + path));
  for (const encoding of ['gzip', '', 'gzip, deflate, br', 'identity', 'gzip']) {
    const answer = await get(proxy.origin + path, encoding ? { 'accept-encoding': encoding } : {});
    const gzipped = encoding.includes('gzip');
    expect(answer.headers['content-encoding'], `Accept-Encoding: "${encoding}"`).toBe(gzipped ? 'gzip' : undefined);
    expect(gzipped ? gunzipSync(answer.body).toString('utf8') : answer.body.toString('utf8')).toBe(plain);
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
    const answer = await get(proxy.origin + path);
    expect(answer.status, path).toBe(404);
    expect(text(answer), path).toBe(notFound);
    expect(answer.headers['content-security-policy'], path).toBeDefined();
  }
});

test('a client cannot claim HTTPS to the proxy: HSTS follows the scheme nginx was reached by', async () => {
  const answer = await get(`${proxy.origin}/`, { 'x-forwarded-proto': 'https' });
  expect(answer.headers['strict-transport-security']).toBeUndefined();
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
