// `npm run bench`: builds and serves the production site, then measures every page the way a
// phone would load it. Prints the tables and records them in docs/benchmarks.md.
//   Lighthouse 12.2.3 (mobile defaults, Debian Chromium): scores, FCP, LCP, TBT, CLS — medians of RUNS runs.
//   Bytes on load by type, compressed, measured in Chromium (site JS told apart through source maps).
//   Throughput of `next start` on a guide section: autocannon, 10 s, 32 connections, loopback.
import autocannon from 'autocannon';
import lighthouse from 'lighthouse';
import { chromium, request as playwrightRequest } from '@playwright/test';
import { readSite } from '../../lib/content/site';
import { wholeGuideHref } from '../../lib/content/whole-guide';
import { measurePageWeight, type PageWeight, type ResourceKind } from '../e2e/page-weight';
import { chromiumLaunchOptions } from '../tools/chromium';
import { buildSite, machine, median, recordSection, startServer, table } from './server';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = 3402;
const DEBUGGING_PORT = 9333;

if (!process.argv.includes('--no-build')) buildSite();
const site = readSite({ contentDir: 'content', includeDrafts: false });
const paths = [
  '/',
  ...site.pages.map((page) => page.href),
  ...site.guides.map(wholeGuideHref),
  '/topics',
  site.topics[0].href,
  '/glossary',
  '/search?q=fellowship',
  '/no-such-page',
];
const server = await startServer(PORT);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

try {
  // Lighthouse drives its own tab in a Chromium we launch with a debugging port.
  const launchOptions = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, `--remote-debugging-port=${DEBUGGING_PORT}`] });
  const lighthouseRows: (string | number)[][] = [];
  // Lighthouse refuses to score a page answered with an error status, so the 404 page is only weighed.
  for (const path of paths.filter((path) => path !== '/no-such-page')) {
    const runs: Record<'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'fcp' | 'lcp' | 'tbt' | 'cls', number>[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.origin}${path}`, { port: DEBUGGING_PORT, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      runs.push({
        performance: categories.performance.score! * 100,
        accessibility: categories.accessibility.score! * 100,
        bestPractices: categories['best-practices'].score! * 100,
        seo: categories.seo.score! * 100,
        fcp: audits['first-contentful-paint'].numericValue!,
        lcp: audits['largest-contentful-paint'].numericValue!,
        tbt: audits['total-blocking-time'].numericValue!,
        cls: audits['cumulative-layout-shift'].numericValue!,
      });
    }
    const of = (key: keyof (typeof runs)[number]) => median(runs.map((run) => run[key]));
    lighthouseRows.push([
      `\`${path}\``,
      `${of('performance')} / ${of('accessibility')} / ${of('bestPractices')} / ${of('seo')}`,
      `${(of('fcp') / 1000).toFixed(2)} s`,
      `${(of('lcp') / 1000).toFixed(2)} s`,
      `${Math.round(of('tbt'))} ms`,
      of('cls').toFixed(3),
    ]);
    console.log(lighthouseRows.at(-1)!.join('  '));
  }
  await browser.close();

  const measuring = await chromium.launch(chromiumLaunchOptions());
  const request = await playwrightRequest.newContext({ baseURL: server.origin });
  const weightRows: (string | number)[][] = [];
  for (const path of paths) {
    const page = await measuring.newPage({ viewport: { width: 390, height: 844 } });
    const runs: PageWeight[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measurePageWeight(page, request, `${server.origin}${path}`));
    await page.close();
    const of = (kind: ResourceKind) => median(runs.map((run) => run.bytes[kind]));
    weightRows.push([`\`${path}\``, kb(of('html')), kb(of('css')), kb(of('js')), kb(median(runs.map((run) => run.siteJs))), kb(of('font')), kb(of('image')), kb(of('other'))]);
  }
  await measuring.close();
  await request.dispose();

  const section = site.guides[0].sections[0].href;
  const load = await autocannon({ url: `${server.origin}${section}`, connections: 32, duration: 10 });
  const throughput = table(
    ['page', 'requests/s (mean)', 'p50 latency', 'p99 latency', 'errors', 'non-2xx'],
    [[`\`${section}\``, Math.round(load.requests.average), `${load.latency.p50} ms`, `${load.latency.p99} ms`, load.errors + load.timeouts, load.non2xx]],
  );

  const lighthouseTable = table(['page', 'perf / a11y / best practices / SEO', 'FCP', 'LCP', 'TBT', 'CLS'], lighthouseRows);
  const weightTable = table(['page', 'HTML', 'CSS', 'JS (all)', 'JS (site)', 'fonts', 'images', 'other (prefetch)'], weightRows);
  console.log(`\n${lighthouseTable}\n\nKB transferred (compressed):\n${weightTable}\n\n${throughput}`);
  recordSection(
    '## Pages (`npm run bench`)',
    [
      `${new Date().toISOString().slice(0, 10)} on ${machine()}; Lighthouse 12.2.3 mobile defaults (simulated throttling) in Debian Chromium; medians of ${RUNS} runs.`,
      lighthouseTable,
      'KB transferred on load, compressed, measured in Chromium at 390×844 with the cache disabled. "JS (site)" is the part of the JavaScript that source maps attribute to this project rather than Next.js, React or the bundler; "other" is mostly Next.js prefetching the pages that visible links point to.',
      weightTable,
      'Throughput of `next start` on one guide section, autocannon, 10 s, 32 connections, loopback:',
      throughput,
    ].join('\n\n'),
  );
} finally {
  server.stop();
}
