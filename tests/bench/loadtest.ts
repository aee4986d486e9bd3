// `npm run loadtest`: a bounded mixed load on the production server, over loopback only.
// Fails (exit 1) on any error, 5xx or unexpected status; reports memory before and after.
// `npm run loadtest -- --via-proxy` then starts nginx with the rules in deploy/nginx/ in front of the
// same server, runs the same mixed load through it, and measures one guide section both ways.
// PORT (default 3401) is the server's port; the proxy listens on the next one.
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { readSite } from '../../lib/content/site';
import { browserEncodings, nginxBinary, nginxVersion, proxyAvailable, startNginx } from '../tools/nginx';
import { sleep } from './poll';
import { buildSite, machine, recordSection, startServer, table, treeMemoryMiB } from './server';

const REQUESTS = 24_000;
const CONNECTIONS = 64;
const ROUNDS = 4;
const PORT = Number(process.env.PORT ?? 3401);
const viaProxy = process.argv.includes('--via-proxy');

// The proxy's throughput is far beyond what autocannon (one Node thread) can parse: it measured
// itself at about 3,600 responses a second on a guide section. wrk, written in C, does not.
if (viaProxy && (!proxyAvailable() || spawnSync('wrk', ['--version']).error)) {
  console.error('npm run loadtest -- --via-proxy needs nginx, its Brotli module and wrk (Debian: apt-get install nginx libnginx-mod-http-brotli-filter wrk).');
  process.exit(1);
}

if (!process.argv.includes('--no-build')) buildSite();
const site = readSite({ contentDir: 'content', includeDrafts: false });
const expected: { path: string; status: number }[] = [
  { path: '/', status: 200 },
  ...site.pages.map((page) => ({ path: page.href, status: 200 })),
  ...['fellowship', 'fellowhsip', 'car-t therapy', 'mentor', '<script>alert(1)</script>', ''].map((query) => ({ path: `/search?q=${encodeURIComponent(query)}`, status: 200 })),
  { path: '/no-such-page', status: 404 },
  { path: '/guides/oncology-hematology/no-such-section', status: 404 },
  { path: '/articles/..%2f..%2fpackage.json', status: 404 },
  { path: '/articles/%E0%A4%A', status: 404 },
  { path: '/sitemap.xml', status: 200 },
  { path: '/feed.xml', status: 200 },
  { path: '/robots.txt', status: 200 },
];

type MixedResult = { total: number; perSecond: number; latency: autocannon.Result['latency']; errors: number; serverErrors: number; wrongStatus: number };

/**
 * Through the proxy, a status is checked against the page that came back, not the address asked
 * for. nginx closes the connection after a path it cannot parse (`/articles/%E0%A4%A`; it still
 * answers with the 404 page, as tests/e2e/proxy.spec.ts checks), and autocannon 8 does not clear
 * its queue of sent requests when it reconnects (lib/httpClient.js), so it pairs every later
 * response on that connection with the wrong address.
 */
const statusOfAnswer = (body: string) => (/<h1[^>]*>We could not find that page<\/h1>/.test(body) ? 404 : 200);

/** The mixed load in equal rounds against `origin`; `afterRound` runs after each (settled) round. */
async function mixedLoad(origin: string, { afterRound = () => {}, byAnswer = false } = {}): Promise<MixedResult> {
  // Warm up so the first-request costs are not counted as load, then settle.
  await autocannon({ url: origin, connections: 8, amount: expected.length * 20, requests: expected.map(({ path }) => ({ path })) });
  await sleep(2000);
  afterRound();
  let wrongStatus = 0;
  let serverErrors = 0;
  const rounds: autocannon.Result[] = [];
  for (let index = 0; index < ROUNDS; index++) {
    rounds.push(
      await autocannon({
        url: origin,
        connections: CONNECTIONS,
        amount: REQUESTS / ROUNDS,
        timeout: 10,
        requests: expected.map(({ path, status }) => ({
          path,
          onResponse: (actual: number, body: string) => {
            if (actual >= 500) serverErrors++;
            if (actual !== (byAnswer ? statusOfAnswer(body) : status)) wrongStatus++;
          },
        })),
      }),
    );
    await sleep(3000);
    afterRound();
  }
  return {
    total: rounds.reduce((sum, item) => sum + item.requests.total, 0),
    perSecond: rounds.reduce((sum, item) => sum + item.requests.average, 0) / ROUNDS,
    latency: rounds[ROUNDS - 1].latency,
    errors: rounds.reduce((sum, item) => sum + item.errors + item.timeouts, 0),
    serverErrors,
    wrongStatus,
  };
}

type WrkResult = { perSecond: number; p50: number; p99: number; errors: number; badStatus: number };

/**
 * One address for 10 s over 32 connections with wrk, as a browser asks for it (Brotli over HTTPS;
 * wrk on loopback speaks plain HTTP), after 2 s of the same to warm up: the proxy keeps a copy per
 * Accept-Encoding (Next.js's Vary), and its first miss holds the other connections on the cache lock.
 */
function wrk(url: string): WrkResult {
  const args = (seconds: number) => ['-t2', '-c32', `-d${seconds}s`, '--latency', '-H', `Accept-Encoding: ${browserEncodings}`, url];
  spawnSync('wrk', args(2));
  const run = spawnSync('wrk', args(10), { encoding: 'utf8' });
  const out = run.stdout;
  // wrk prints latencies as 679.00us, 1.83ms or 1.02s.
  const ms = (percent: number) => {
    const [, value, unit] = new RegExp(`^\\s+${percent}%\\s+([\\d.]+)(us|ms|s)$`, 'm').exec(out) ?? [];
    if (!value) throw new Error(`wrk gave no ${percent}th percentile:\n${out}${run.stderr}`);
    return Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit as 'us' | 'ms' | 's'];
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p50: ms(50),
    p99: ms(99),
    errors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
    badStatus: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
  };
}

const date = new Date().toISOString().slice(0, 10);
const server = await startServer(PORT);
const proxy = viaProxy ? await startNginx(`127.0.0.1:${PORT}`, PORT + 1) : undefined;
let failed = 0;
try {
  // Equal rounds: the heap grows to its working size in the first; a leak would keep it growing after.
  const memory: number[] = [];
  const direct = await mixedLoad(server.origin, { afterRound: () => memory.push(treeMemoryMiB(server.pid)) });
  const report = table(
    ['measure', 'value'],
    [
      ['requests', direct.total],
      ['connections', CONNECTIONS],
      ['requests per second (mean)', Math.round(direct.perSecond)],
      ['latency p50 / p90 / p99, last round (ms)', `${direct.latency.p50} / ${direct.latency.p90} / ${direct.latency.p99}`],
      ['latency max, last round (ms)', direct.latency.max],
      ['errors (connection, timeout)', direct.errors],
      ['5xx responses', direct.serverErrors],
      ['unexpected status codes', direct.wrongStatus],
      ['server memory: warm, then after each round (MiB)', memory.join(' → ')],
    ],
  );
  console.log(report);
  recordSection(
    '## Load test (`npm run loadtest`)',
    `${date} on ${machine()}. A mixed load of ${expected.length} addresses (every page, searches, 404s, sitemap, feed, robots) cycled over ${CONNECTIONS} connections on loopback, after a warm-up, in four equal rounds. Memory is the resident size of the server's process tree.\n\n${report}`,
  );
  failed += direct.errors + direct.serverErrors + direct.wrongStatus;

  if (proxy) {
    const proxied = await mixedLoad(proxy.origin, { byAnswer: true });
    const section = site.guides[0].sections[0].href;
    const sectionDirect = wrk(server.origin + section);
    const sectionProxied = wrk(proxy.origin + section);
    const mixedRow = (name: string, result: MixedResult) => [`mixed load, ${name}`, Math.round(result.perSecond), `${result.latency.p50} / ${result.latency.p99}`, result.errors, result.serverErrors, result.wrongStatus];
    const sectionRow = (name: string, result: WrkResult) => [`\`${section}\`, ${name}`, Math.round(result.perSecond), `${result.p50.toFixed(2)} / ${result.p99.toFixed(2)}`, result.errors, '-', result.badStatus];
    const proxyReport = table(
      ['load, server', 'requests per second', 'latency p50 / p99 (ms)', 'errors', '5xx', 'unexpected status codes'],
      [mixedRow('`next start`', direct), mixedRow('nginx in front', proxied), sectionRow('`next start`', sectionDirect), sectionRow('nginx in front', sectionProxied)],
    );
    const ratio = sectionProxied.perSecond / sectionDirect.perSecond;
    const verdict = `On the guide section the proxy served ${ratio.toFixed(0)}x the requests per second of \`next start\`, p99 ${sectionProxied.p99.toFixed(2)} ms (target: at least 20x, p99 under 10 ms).`;
    console.log(`${proxyReport}\n\n${verdict}`);
    recordSection(
      '## Behind the caching proxy (`npm run loadtest -- --via-proxy`)',
      `${date} on ${machine()}, in the same run as the load test above; ${nginxVersion(nginxBinary()!)} with \`deploy/nginx/oncology-guide-proxy.conf\` and \`oncology-guide-brotli.conf\`, one worker, on loopback in front of the same \`next start\`. Mixed load: the load test's ${REQUESTS} requests over ${CONNECTIONS} connections (autocannon), latency of the last round; the searches, 404s, sitemap and robots.txt in it are not cached and reach \`next start\` either way; through the proxy each status is checked against the page that came back (404 page: 404, else 200; see \`statusOfAnswer\` in \`tests/bench/loadtest.ts\`). Guide section: one address for 10 s over 32 connections with wrk, asking for Brotli as browsers do over HTTPS (autocannon, one Node thread, tops out near 3,600 responses a second on this page and would measure itself).\n\n${proxyReport}\n\n${verdict}`,
    );
    failed += proxied.errors + proxied.serverErrors + proxied.wrongStatus + sectionDirect.errors + sectionDirect.badStatus + sectionProxied.errors + sectionProxied.badStatus;
  }
  if (failed > 0) {
    console.error(`load test failed: ${failed} bad responses`);
    process.exitCode = 1;
  }
} finally {
  proxy?.stop();
  server.stop();
}
