import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatReport, hasDeadLinks, reportJson, type CheckedLink } from '@/lib/links/check-links';

const TIMEOUT_MS = 300;
const HOST_GAP_MS = 50;

/** Every request a publisher received, in arrival order. */
interface Received {
  path: string;
  method: string;
  start: number;
  end?: number;
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A publisher on its own origin: one path per outcome, counting requests in flight. */
function publisher() {
  const received: Received[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = http.createServer((request, response) => {
    const entry: Received = { path: request.url!, method: request.method!, start: Date.now() };
    received.push(entry);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    // Answered: ended when the answer is handed over, which is before the checker can read it and
    // start its gap. Never answered (/hang): when the checker, giving up, closes the connection.
    response.on('finish', () => (entry.end ??= Date.now()));
    response.on('close', () => {
      inFlight--;
      entry.end ??= Date.now();
    });
    if (request.url === '/ok') response.writeHead(200, { 'content-type': 'text/plain' }).end('here');
    else if (request.url === '/moved') response.writeHead(301, { location: '/ok' }).end();
    else if (request.url === '/gone') response.writeHead(404).end();
    else if (request.url === '/broken') response.writeHead(500).end();
    else if (request.url === '/challenge') response.writeHead(403, { 'cf-mitigated': 'challenge' }).end();
    // /hang never answers.
  });
  return { server, received, maxInFlight: () => maxInFlight };
}

describe('links:check', () => {
  const site = http.createServer();
  const publishers = publisher();
  let siteUrl: string;
  let publisherUrl: string;
  let links: CheckedLink[];

  beforeAll(async () => {
    publisherUrl = await listen(publishers.server);
    siteUrl = await listen(site);
    const anchors = ['ok', 'moved', 'gone', 'broken', 'hang', 'challenge'].map((name) => `<a href="${publisherUrl}/${name}">${name}</a>`);
    site.on('request', (request, response) => {
      const body = request.url === '/' ? `${anchors.join('\n')}<a href="mailto:editors@guide.example">write</a>` : '<p>Built before its sources.</p>';
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html><head><link rel="canonical" href="https://guide.example/"></head><body>${body}</body></html>`);
    });
    links = await checkLinks({
      siteUrl,
      skip: (url) => url.origin === 'https://guide.example',
      contentLinks: [
        { url: `${publisherUrl}/gone`, page: '/', sourceId: 'gone-report' },
        { url: `${publisherUrl}/moved#results`, page: '/', sourceId: 'moved-report' },
        { url: `${publisherUrl}/unbuilt`, page: '/articles/new', sourceId: 'new-report' },
      ],
      timeoutMs: TIMEOUT_MS,
      hostGapMs: HOST_GAP_MS,
    });
    // The publisher notices an abandoned request a moment after the checker gave up on it.
    while (publishers.received.some((request) => request.end === undefined)) await new Promise((resolve) => setTimeout(resolve, 10));
  }, 20_000);

  afterAll(() => Promise.all([close(site), close(publishers.server)]));

  const find = (name: string) => links.find((link) => link.url.startsWith(`${publisherUrl}/${name}`))!;

  it('classifies each link, sources first', () => {
    expect(links.map((link) => [link.kind, link.status, link.code, new URL(link.url).pathname])).toEqual([
      ['source', 'dead', 404, '/gone'],
      ['source', 'unchecked', null, '/unbuilt'],
      ['source', 'redirected', 200, '/moved'],
      ['other', 'dead', 500, '/broken'],
      ['other', 'dead', null, '/hang'],
      ['other', 'unchecked', 403, '/challenge'],
      ['other', 'ok', 200, '/ok'],
    ]);
  });

  it('names the pages and source ids that use each link, and the source URL as written', () => {
    expect(find('moved')).toMatchObject({ url: `${publisherUrl}/moved#results`, pages: ['/'], sourceIds: ['moved-report'] });
    expect(find('unbuilt')).toMatchObject({ pages: ['/articles/new'], error: expect.stringContaining('rebuild') });
    expect(find('broken')).toMatchObject({ pages: ['/'], sourceIds: [] });
  });

  it('reports where a redirect leads', () => {
    expect(find('moved').newUrl).toBe(`${publisherUrl}/ok`);
    expect(find('ok').newUrl).toBeNull();
  });

  it('gives up on a publisher that never answers after the timeout, and says so', () => {
    expect(find('hang').error).toBe(`timeout after ${TIMEOUT_MS / 1000} s`);
    const hung = publishers.received.filter((request) => request.path === '/hang');
    // HEAD, then GET, each abandoned at the timeout; then both again (the one retry).
    expect(hung.map((request) => request.method)).toEqual(['HEAD', 'GET', 'HEAD', 'GET']);
    // Closed by the checker once the timeout passed (with room for a busy machine), not left open.
    for (const request of hung) expect(request.end! - request.start).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it('retries an error once and a missing page never', () => {
    const methods = (name: string) => publishers.received.filter((request) => request.path === `/${name}`).map((request) => request.method);
    // linkinator asks with HEAD, then GET when HEAD fails.
    expect(methods('broken')).toEqual(['HEAD', 'GET', 'HEAD', 'GET']);
    expect(methods('gone')).toEqual(['HEAD', 'GET']);
  });

  it('sends a publisher one request at a time, with a gap between checks', () => {
    expect(publishers.maxInFlight()).toBe(1);
    const received = publishers.received.toSorted((a, b) => a.start - b.start);
    for (const [index, request] of received.entries()) {
      const previous = received[index - 1];
      // A new check (not linkinator's GET after HEAD, nor the redirect a request follows) waits.
      if (!previous || previous.path === request.path || (previous.path === '/moved' && request.path === '/ok')) continue;
      // Half the gap is the bound: a hung request's close reaches the server a little after the
      // checker gave up on it, and more so on a busy machine; with no gap the next one starts at once.
      expect(request.start - previous.end!).toBeGreaterThanOrEqual(HOST_GAP_MS / 2);
    }
  });

  it('leaves out the site itself, the links it is told to skip and non-web links', () => {
    expect(links.every((link) => link.url.startsWith(publisherUrl))).toBe(true);
  });

  it('prints dead, unchecked and redirected links in full, counts the rest, and fails on a dead one', () => {
    const report = formatReport(links);
    expect(report).toContain(`| dead | 404 | ${publisherUrl}/gone |  | / [gone-report] |`);
    expect(report).toContain(`| redirected | 200 | ${publisherUrl}/moved#results | ${publisherUrl}/ok | / [moved-report] |`);
    expect(report).toContain(`| dead | timeout after 0.3 s | ${publisherUrl}/hang |  | / |`);
    expect(report).not.toMatch(/^\| ok \|/m);
    expect(report).toContain('1 OK.');
    expect(report.split('\n').at(-1)).toBe('7 external URLs: 3 dead, 2 unchecked, 1 redirected, 1 ok. Dead links found.');
    expect(hasDeadLinks(links)).toBe(true);
    expect(hasDeadLinks(links.filter((link) => link.status !== 'dead'))).toBe(false);
  });

  it('gives --json as one object per URL with the same fields', () => {
    const json = JSON.parse(reportJson(links)) as Record<string, unknown>[];
    expect(json).toHaveLength(links.length);
    for (const entry of json) expect(Object.keys(entry)).toEqual(['kind', 'status', 'code', 'error', 'url', 'newUrl', 'pages', 'sourceIds']);
    expect(json[0]).toEqual({ kind: 'source', status: 'dead', code: 404, error: null, url: `${publisherUrl}/gone`, newUrl: null, pages: ['/'], sourceIds: ['gone-report'] });
  });
});

describe('npm run links:check without a build', () => {
  it('says to build first, in one line, and fails', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-build-'));
    const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('lib/links/cli.ts')], { cwd: empty, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('No production build found in .next/: run `npm run build` first.');
  });
});
