import type { APIRequestContext, Page } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface PageWeight {
  /** Bytes on the wire (compressed, with headers) per kind of resource. */
  bytes: Record<ResourceKind, number>;
  /** Of the JavaScript bytes, those that come from this site's code rather than Next.js, React or the bundler runtime. */
  siteJs: number;
  /** Requests the browser held first paint for. */
  renderBlocking: string[];
}

/** Everything a page transferred, compressed, with headers. */
export const totalBytes = (weight: PageWeight) => Object.values(weight.bytes).reduce((sum, bytes) => sum + bytes, 0);

const kinds: Record<string, ResourceKind> = { Document: 'html', Stylesheet: 'css', Script: 'js', Font: 'font', Image: 'image' };

/** Share of a script's generated code that its source map attributes to files outside node_modules. */
async function siteShare(request: APIRequestContext, scriptUrl: string): Promise<number> {
  // Turbopack names the project's files `[project]/…` (its runtime has other names); the islands'
  // bundler (components/islands/build.ts) names them by path.
  const isSiteSource = (source: string | null) =>
    !!source && !source.includes('node_modules/') && (new URL(scriptUrl).pathname.startsWith('/islands/') || source.includes('[project]/'));
  const code = await (await request.get(scriptUrl)).text();
  const mapName = /sourceMappingURL=(\S+)/.exec(code)?.[1];
  if (!mapName) return 0;
  const map = new SourceMapConsumer(await (await request.get(new URL(mapName, scriptUrl).toString())).json());
  const lines = code.split('\n');
  const mappings: { line: number; column: number; source: string | null }[] = [];
  map.eachMapping((mapping) => mappings.push({ line: mapping.generatedLine, column: mapping.generatedColumn, source: mapping.source }));
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  let site = 0;
  mappings.forEach((mapping, index) => {
    const next = mappings[index + 1];
    const end = next && next.line === mapping.line ? next.column : lines[mapping.line - 1].length;
    if (isSiteSource(mapping.source)) site += end - mapping.column;
  });
  return site / code.length;
}

/** Loads a page in Chromium and measures what it transfers, by kind, as a reader's browser would. */
export async function measurePageWeight(page: Page, request: APIRequestContext, url: string): Promise<PageWeight> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map<string, { url: string; kind: ResourceKind }>();
  const bytes: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  const scripts: { url: string; size: number }[] = [];
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => requests.set(requestId, { url: response.url, kind: kinds[type] ?? 'other' }));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const found = requests.get(requestId);
    if (!found) return;
    bytes[found.kind] += encodedDataLength;
    if (found.kind === 'js') scripts.push({ url: found.url, size: encodedDataLength });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await cdp.detach();

  let siteJs = 0;
  for (const script of scripts) siteJs += script.size * (await siteShare(request, script.url));
  const renderBlocking = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
      .filter((entry) => entry.renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
  );
  return { bytes, siteJs: Math.round(siteJs), renderBlocking };
}
