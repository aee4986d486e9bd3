// `npm run loadtest`: a bounded mixed load on the production server, over loopback only.
// Fails (exit 1) on any error, 5xx or unexpected status; reports memory before and after.
import autocannon from 'autocannon';
import { readSite } from '../../lib/content/site';
import { buildSite, machine, recordSection, startServer, table, treeMemoryMiB } from './server';

const REQUESTS = 24_000;
const CONNECTIONS = 64;
const PORT = 3401;

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

const server = await startServer(PORT);
try {
  // Warm up so the first-request costs are not counted as load, then settle.
  await autocannon({ url: server.origin, connections: 8, amount: expected.length * 20, requests: expected.map(({ path }) => ({ path })) });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const memoryBefore = treeMemoryMiB(server.pid);

  let wrongStatus = 0;
  let serverErrors = 0;
  const ROUNDS = 4;
  const round = () =>
    autocannon({
      url: server.origin,
      connections: CONNECTIONS,
      amount: REQUESTS / ROUNDS,
      timeout: 10,
      requests: expected.map(({ path, status }) => ({
        path,
        onResponse: (actual: number) => {
          if (actual >= 500) serverErrors++;
          if (actual !== status) wrongStatus++;
        },
      })),
    });
  // Equal rounds: the heap grows to its working size in the first; a leak would keep it growing after.
  const rounds: autocannon.Result[] = [];
  const memory = [memoryBefore];
  for (let index = 0; index < ROUNDS; index++) {
    rounds.push(await round());
    await new Promise((resolve) => setTimeout(resolve, 3000));
    memory.push(treeMemoryMiB(server.pid));
  }
  const last = rounds[rounds.length - 1];
  const result = {
    requests: { total: rounds.reduce((sum, item) => sum + item.requests.total, 0), average: rounds.reduce((sum, item) => sum + item.requests.average, 0) / ROUNDS },
    latency: last.latency,
    errors: rounds.reduce((sum, item) => sum + item.errors, 0),
    timeouts: rounds.reduce((sum, item) => sum + item.timeouts, 0),
  };

  const rows: (string | number)[][] = [
    ['requests', result.requests.total],
    ['connections', CONNECTIONS],
    ['requests per second (mean)', Math.round(result.requests.average)],
    ['latency p50 / p90 / p99, last round (ms)', `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99}`],
    ['latency max, last round (ms)', result.latency.max],
    ['errors (connection, timeout)', result.errors + result.timeouts],
    ['5xx responses', serverErrors],
    ['unexpected status codes', wrongStatus],
    ['server memory: warm, then after each round (MiB)', memory.join(' → ')],
  ];
  const report = table(['measure', 'value'], rows);
  console.log(report);
  recordSection(
    '## Load test (`npm run loadtest`)',
    `${new Date().toISOString().slice(0, 10)} on ${machine()}. A mixed load of ${expected.length} addresses (every page, searches, 404s, sitemap, feed, robots) cycled over ${CONNECTIONS} connections on loopback, after a warm-up, in four equal rounds. Memory is the resident size of the server's process tree.\n\n${report}`,
  );
  const failed = result.errors + result.timeouts + serverErrors + wrongStatus;
  if (failed > 0) {
    console.error(`load test failed: ${failed} bad responses`);
    process.exitCode = 1;
  }
} finally {
  server.stop();
}
