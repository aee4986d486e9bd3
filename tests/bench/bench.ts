// `npm run bench`: builds and serves the production site, then measures every page the way a
// phone would load it. Prints the tables and records them in docs/benchmarks.md.
//   Lighthouse 12.2.3 (mobile defaults, Debian Chromium): scores, FCP, LCP, TBT, CLS — medians of RUNS runs;
//     and TBT on two guide sections with applied (devtools) throttling.
//   Bytes on load by type, compressed, measured in Chromium (site JS told apart through source maps),
//     from `next start` and, for this build, through the deploy's nginx over HTTPS (Brotli).
//   Click to paint: a tap on a link to the next section, on a mid-tier phone over slow 4G.
//   Throughput of `next start` on a guide section: autocannon, 10 s, 32 connections, loopback.
// `npm run bench -- --base <commit>` also builds that commit beside this one and measures both,
// run for run in turn, each row of this build followed by the same row of the earlier one.
import autocannon from 'autocannon';
import lighthouse from 'lighthouse';
import { chromium, request as playwrightRequest } from '@playwright/test';
import { readSite } from '../../lib/content/site';
import { wholeGuideHref } from '../../lib/content/whole-guide';
import { measurePageWeight, totalBytes, type PageWeight, type ResourceKind } from '../e2e/page-weight';
import { chromiumLaunchOptions } from '../tools/chromium';
import { proxyAvailable, startNginx, type RunningNginx } from '../tools/nginx';
import { launchDevToolsBrowser, type DevToolsBrowser } from './cdp';
import { clickToPaint, PHONE, type Navigation } from './click-to-paint';
import { buildBase, buildSite, machine, median, recordSection, startServer, table } from './server';
import { slowNetwork } from './slow-network';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = 3402;
const DEBUGGING_PORT = 9333;
/** Slow 4G as Lighthouse applies it: 150 ms round trips, 1.6 Mbps down. */
const SLOW_4G = { rtt: 150, kbps: 1600 };

const baseIndex = process.argv.indexOf('--base');
const baseRef = baseIndex === -1 ? undefined : process.argv[baseIndex + 1];
if (!process.argv.includes('--no-build')) buildSite();
const baseDir = baseRef ? buildBase(baseRef) : undefined;
const site = readSite({ contentDir: 'content', includeDrafts: false });
const sections = site.guides[0].sections;
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
/** The builds measured: this one, and the earlier one beside it when asked for. */
const builds = [{ name: 'this build', server: await startServer(PORT) }];
if (baseDir) builds.push({ name: `before (${baseRef})`, server: await startServer(PORT + 1, baseDir) });
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** The first cell of a row: the page, and which build when there are two. */
const label = (path: string, build: number) => (builds.length > 1 ? `\`${path}\` ${builds[build].name}` : `\`${path}\``);

/** What runs beside the servers while measuring, stopped however the bench ends. */
let deployed: RunningNginx | undefined;
let phone: DevToolsBrowser | undefined;
try {
  // Lighthouse drives its own tab in a Chromium we launch with a debugging port.
  const browser = await chromium.launch(chromiumLaunchOptions(`--remote-debugging-port=${DEBUGGING_PORT}`));
  type Scores = Record<'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'fcp' | 'lcp' | 'tbt' | 'cls', number>;
  const audit = async (url: string, applied = false): Promise<Scores> => {
    const config = applied ? { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools' as const, onlyCategories: ['performance'] } } : undefined;
    const result = await lighthouse(url, { port: DEBUGGING_PORT, output: 'json', logLevel: 'error' }, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (category: string) => (categories[category]?.score ?? 0) * 100;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: audits['first-contentful-paint'].numericValue!,
      lcp: audits['largest-contentful-paint'].numericValue!,
      tbt: audits['total-blocking-time'].numericValue!,
      cls: audits['cumulative-layout-shift'].numericValue!,
    };
  };
  // Runs `measure` RUNS times on each build, taking the builds in turn so that both see the machine alike.
  const inTurn = async <T>(measure: (origin: string) => Promise<T>): Promise<T[][]> => {
    const results: T[][] = builds.map(() => []);
    for (let run = 0; run < RUNS; run++) for (const [index, build] of builds.entries()) results[index].push(await measure(build.server.origin));
    return results;
  };

  const lighthouseRows: (string | number)[][] = [];
  // Lighthouse refuses to score a page answered with an error status, so the 404 page is only weighed.
  for (const path of paths.filter((path) => path !== '/no-such-page')) {
    for (const [build, runs] of (await inTurn((origin) => audit(`${origin}${path}`))).entries()) {
      const of = (key: keyof Scores) => median(runs.map((run) => run[key]));
      lighthouseRows.push([
        label(path, build),
        `${of('performance')} / ${of('accessibility')} / ${of('bestPractices')} / ${of('seo')}`,
        `${(of('fcp') / 1000).toFixed(2)} s`,
        `${(of('lcp') / 1000).toFixed(2)} s`,
        `${Math.round(of('tbt'))} ms`,
        of('cls').toFixed(3),
      ]);
      console.log(lighthouseRows.at(-1)!.join('  '));
    }
  }
  const appliedRows: (string | number)[][] = [];
  // Two sections, as applied throttling runs the page for real on a slowed CPU and link (about 30 s a run).
  for (const section of [sections[0], sections.find((section) => section.href.endsWith('/research'))!]) {
    for (const [build, runs] of (await inTurn((origin) => audit(`${origin}${section.href}`, true))).entries()) {
      appliedRows.push([label(section.href, build), Math.round(median(runs.map((run) => run.performance))), `${Math.round(median(runs.map((run) => run.tbt)))} ms`, runs.map((run) => Math.round(run.tbt)).join(', ')]);
      console.log(appliedRows.at(-1)!.join('  '));
    }
  }
  await browser.close();

  // The proxy's certificate is self-signed; the flag changes nothing for plain HTTP.
  const measuring = await chromium.launch(chromiumLaunchOptions('--ignore-certificate-errors'));
  // This build as readers reach the deploy: nginx with deploy/nginx/'s rules over HTTPS and HTTP/2, Brotli.
  deployed = proxyAvailable() ? await startNginx(new URL(builds[0].server.origin).host, PORT + 3, { tls: true }) : undefined;
  if (!deployed) console.error('nginx or its Brotli module is not installed: no weights through the deploy proxy (apt-get install nginx libnginx-mod-http-brotli-filter)');
  const weighed = builds.map(({ server }, build) => ({ origin: server.origin, label: (path: string) => label(path, build) }));
  if (deployed) weighed.splice(1, 0, { origin: deployed.origin, label: (path: string) => `\`${path}\` ${builds[0].name}, through the proxy` });
  const weightRows: (string | number)[][] = [];
  for (const path of paths) {
    for (const { origin, label: labelOf } of weighed) {
      const request = await playwrightRequest.newContext({ baseURL: origin, ignoreHTTPSErrors: true });
      const page = await measuring.newPage({ viewport: { width: 390, height: 844 } });
      const runs: PageWeight[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await measurePageWeight(page, request, `${origin}${path}`));
      await page.close();
      await request.dispose();
      const of = (kind: ResourceKind) => median(runs.map((run) => run.bytes[kind]));
      const all = median(runs.map(totalBytes));
      weightRows.push([labelOf(path), kb(of('html')), kb(of('css')), kb(of('js')), kb(median(runs.map((run) => run.siteJs))), kb(of('font')), kb(of('image')), kb(of('other')), kb(all)]);
    }
  }

  // Each build behind its own slow link, so that neither's traffic slows the other's.
  const links = await Promise.all(builds.map(({ server }) => slowNetwork({ host: '127.0.0.1', port: Number(new URL(server.origin).port) }, SLOW_4G)));
  // Not Playwright's browser: Chrome will not prerender for a client attached to page targets.
  phone = launchDevToolsBrowser();
  const navigationRows: (string | number)[][] = [];
  for (const [index, section] of sections.slice(0, -1).entries()) {
    const next = sections[index + 1].href;
    const results: (Navigation | undefined)[][] = builds.map(() => []);
    for (let run = 0; run < RUNS; run++) {
      for (const [build, link] of links.entries()) {
        // A run that fails (the page never showed its link, say) is reported, not fatal to the whole bench.
        results[build].push(
          await clickToPaint(phone, link.origin, section.href, next).catch((error: Error) => {
            console.error(`click to paint, ${builds[build].name}, ${section.href} → ${next}: ${error.message.split('\n')[0]}`);
            return undefined;
          }),
        );
      }
    }
    const medians = results.map((runs) => median(runs.filter((run) => run !== undefined).map((run) => run.ms)));
    for (const [build, runs] of results.entries()) {
      navigationRows.push([
        `${label(section.href, build)} → \`${next.split('/').pop()}\``,
        `${medians[build]} ms`,
        runs.map((run) => run?.ms ?? 'failed').join(', '),
        [...new Set(runs.map((run) => run?.kind ?? 'failed'))].join(', '),
        build === 0 || !medians[0] ? '' : `${(medians[build] / medians[0]).toFixed(2)}x`,
      ]);
      console.log(navigationRows.at(-1)!.join('  '));
    }
  }
  for (const link of links) link.close();
  await measuring.close();

  const section = sections[0].href;
  const load = await autocannon({ url: `${builds[0].server.origin}${section}`, connections: 32, duration: 10 });
  const throughput = table(
    ['page', 'requests/s (mean)', 'p50 latency', 'p99 latency', 'errors', 'non-2xx'],
    [[`\`${section}\``, Math.round(load.requests.average), `${load.latency.p50} ms`, `${load.latency.p99} ms`, load.errors + load.timeouts, load.non2xx]],
  );

  const lighthouseTable = table(['page', 'perf / a11y / best practices / SEO', 'FCP', 'LCP', 'TBT', 'CLS'], lighthouseRows);
  const appliedTable = table(['page', 'performance', 'TBT (median)', 'TBT, each run'], appliedRows);
  const weightTable = table(['page', 'HTML', 'CSS', 'JS (all)', 'JS (site)', 'fonts', 'images', 'other', 'total'], weightRows);
  const navigationTable = table(['tap on the link to the next section', 'click to paint (median)', 'each run', 'how the page came', 'against this build'], navigationRows);
  console.log(`\n${lighthouseTable}\n\n${appliedTable}\n\nKB transferred (compressed):\n${weightTable}\n\n${navigationTable}\n\n${throughput}`);
  recordSection(
    '## Pages (`npm run bench`)',
    [
      `${new Date().toISOString().slice(0, 10)} on ${machine()}; Lighthouse 12.2.3 mobile defaults (simulated throttling) in Debian Chromium; medians of ${RUNS} runs${baseRef ? `; each row of this build is followed by the same measurement of commit \`${baseRef}\`, built beside it and measured in turn with it` : ''}.`,
      lighthouseTable,
      'Two guide sections with applied throttling (Lighthouse `throttlingMethod: devtools`: the page really runs on a 4x slowed CPU over a throttled link), performance only:',
      appliedTable,
      `KB transferred on load, compressed (with headers), measured in Chromium at 390×844 with the cache disabled, from \`next start\` over HTTP/1.1 on loopback (which sends gzip)${deployed ? '; "through the proxy" rows are the same build as readers reach the deploy: nginx with `deploy/nginx/`\'s rules in front of it, over HTTPS and HTTP/2 (a self-signed certificate), where Chrome asks for Brotli and the proxy answers with it' : ''}. "JS (site)" is the part of the JavaScript that source maps attribute to this project rather than Next.js, React or the bundler; "other" is the favicon, plus, with the Next.js client router, the pages it prefetches for the links in view.`,
      weightTable,
      `Click to paint: a reader on a ${PHONE.viewport.width}×${PHONE.viewport.height} phone with a ${PHONE.cpuSlowdown}x slower CPU, over slow 4G (${SLOW_4G.rtt} ms round trips, ${SLOW_4G.kbps / 1000} Mbps down, applied by a relay in front of the server), loads a section, scrolls to its link to the next one, waits 1.5 s, and taps it (100 ms press). Timed from the finger lifting to the next page's first paint (a document's first contentful paint; for the client router, the frame after the new heading is in the page). The phone is driven over the DevTools protocol from the tab, not the page (\`tests/bench/cdp.ts\`): attached to the page, as Playwright is, Chrome refuses to prerender (\`PrerenderingDisabledByDevTools\`); the slow CPU applies to a prerendered page too.`,
      navigationTable,
      'Throughput of `next start` on one guide section, autocannon, 10 s, 32 connections, loopback:',
      throughput,
    ].join('\n\n'),
  );
} finally {
  deployed?.stop();
  phone?.close();
  for (const { server } of builds) server.stop();
}
