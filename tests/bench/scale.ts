// `npm run bench:scale`: how build and page costs grow with the number of articles.
// For each N it lays out a throwaway copy of the project under .scale/N (gitignored; the
// real content/, public/ and .next/ are never touched) with the real content plus N synthetic
// articles, then measures the content check, the production build, and what a reader downloads.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, request as playwrightRequest } from '@playwright/test';
import { measurePageWeight } from '../e2e/page-weight';
import { measureDevPreview } from './dev-preview';
import { slugOf, writeSyntheticContent } from './synthetic-content';
import { chromiumLaunchOptions } from '../tools/chromium';
import { calibrateMidTierRate, timeKeystrokes } from './keystrokes';
import { machine, median, percentile, recordSection, startServer, table, treeMemoryMiB } from './server';

const SIZES = (process.env.SCALE_SIZES ?? '10,100,300,1000').split(',').map(Number);
// .gitignore too: Tailwind skips what git ignores, so `next dev` in the copy does not scan its .next/.
const PROJECT_FILES = ['.gitignore', 'app', 'components', 'lib', 'public', 'mdx-components.tsx', 'next.config.mjs', 'postcss.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json'];
// Queries after the first search, all in its shard; each one's results differ from the previous one's.
const FOLLOW_UP_QUERIES = ['family', 'fellow', 'funding', 'fellowhsip', 'family funding', 'fa', 'from', 'fellowship family'];
const KEYSTROKE_ROUNDS = 4;

function sizeOf(target: string): number {
  return Number(execFileSync('du', ['-sb', target], { encoding: 'utf8' }).split('\t')[0]);
}

/** Runs a command in `cwd`, sampling the resident memory of its whole process tree. */
async function measured(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ seconds: number; peakMiB: number }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peakMiB = 0;
  const sampler = setInterval(() => (peakMiB = Math.max(peakMiB, treeMemoryMiB(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stderr.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peakMiB };
}

// Calibrated once, so every size is timed on the same emulated phone.
const calibration = await chromium.launch(chromiumLaunchOptions());
const midTier = await calibrateMidTierRate(calibration);
await calibration.close();
console.log(`mid-tier phone: ${midTier.rate}x CPU slowdown (BenchmarkIndex ${midTier.fullSpeedScore} at full speed)`);

const rows: (string | number)[][] = [];
let devPreview = '';
for (const count of SIZES) {
  const project = path.resolve('.scale', String(count));
  fs.rmSync(project, { recursive: true, force: true });
  fs.mkdirSync(project, { recursive: true });
  // public/ holds only the generated search index, so a fresh clone has none until its first build.
  for (const entry of PROJECT_FILES.filter((entry) => fs.existsSync(entry)))
    fs.cpSync(entry, path.join(project, entry), { recursive: true, filter: (source) => !source.includes(`public${path.sep}search`) });
  writeSyntheticContent(path.join(project, 'content'), count);
  // Prerendered HTML pages: every article, the guide's pages and the home page.
  const pages = count + fs.readdirSync('content/articles').length + fs.readdirSync('content/guides/oncology-hematology').length + 1;

  // The content check runs from the real checkout against the copy's content folder.
  const check = await measured('node_modules/.bin/tsx', ['lib/content/cli.ts'], process.cwd(), { CONTENT_DIR: path.join(project, 'content') });
  const build = await measured('npm', ['run', 'build'], project);
  const searchDir = path.join(project, 'public/search');
  const catalogBytes = fs.readFileSync(path.join(searchDir, 'catalog.json'));

  const server = await startServer(3500, project);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const request = await playwrightRequest.newContext({ baseURL: server.origin });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const weight = await measurePageWeight(page, request, `${server.origin}/articles/${slugOf(Math.floor(count / 2))}`);
  // The first search: what typing in the dialog downloads.
  let searchBytes = 0;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => (searchBytes += encodedDataLength));
  await page.keyboard.press('/');
  await page.keyboard.type('fellowship');
  // Results show first; the snippets' highlights arrive with the page texts, which count too.
  await page.getByRole('option').locator('mark').first().waitFor();
  const firstSearchBytes = searchBytes;
  // Then, with its shard loaded, how long results take to appear for new queries on a mid-tier
  // phone, and at Lighthouse's fixed 4x slowdown.
  const phoneTimes = await timeKeystrokes(page, cdp, midTier.rate, FOLLOW_UP_QUERIES, KEYSTROKE_ROUNDS);
  const fourTimesSlower = await timeKeystrokes(page, cdp, 4, FOLLOW_UP_QUERIES, KEYSTROKE_ROUNDS);
  const spread = (values: number[]) => `${median(values).toFixed(0)} / ${percentile(values, 90).toFixed(0)} / ${Math.max(...values).toFixed(0)} ms`;
  await browser.close();
  await request.dispose();
  server.stop();

  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  rows.push([
    count,
    pages,
    `${build.seconds.toFixed(1)} s`,
    `${((build.seconds * 1000) / pages).toFixed(0)} ms`,
    `${(build.peakMiB / 1024).toFixed(2)} GiB`,
    `${check.seconds.toFixed(1)} s`,
    `${(sizeOf(path.join(project, '.next')) / 2 ** 20).toFixed(0)} MiB`,
    `${(sizeOf(searchDir) / 2 ** 20).toFixed(1)} MiB / ${kb(zlib.gzipSync(catalogBytes).length)} KB`,
    `${kb(weight.bytes.html)} / ${kb(weight.bytes.css)} / ${kb(weight.bytes.js)}`,
    kb(firstSearchBytes),
    spread(phoneTimes),
    spread(fourTimesSlower),
  ]);
  console.log(rows.at(-1)!.join('  '));
  if (count === Math.max(...SIZES)) {
    const dev = await measureDevPreview(project, slugOf(Math.floor(count / 3)));
    devPreview = `Editors' preview at ${count} articles (\`next dev\`, one article, times from saving the file until the page served contains the change): first compile ${(dev.firstLoad / 1000).toFixed(1)} s, warm reload ${dev.warmLoad} ms, title edit ${dev.titleEdit} ms, body edits (${dev.bodyEdits.length}, one after another) median ${median(dev.bodyEdits)} ms, slowest ${Math.max(...dev.bodyEdits)} ms.`;
    console.log(devPreview);
  }
  fs.rmSync(project, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
}

const report = table(
  ['articles', 'pages', 'build', 'per page', 'build peak memory', 'content check', '.next', 'search index (all files / catalog gzip)', 'article page KB (HTML / CSS / JS)', 'first search KB', `next query, mid-tier phone (${midTier.rate}x CPU): median / 90th pct / slowest`, 'next query, 4x CPU: median / 90th pct / slowest'],
  rows,
);
console.log(`\n${report}`);
recordSection(
  '## Scale (`npm run bench:scale`)',
  `${new Date().toISOString().slice(0, 10)} on ${machine()}. The real content plus N synthetic articles of about 1,100 words (five \`##\` sections, \`###\` under some, tags from a fixed list, internal links). Build: \`npm run build\` (content check and search index, type check, then \`next build\` compiling and prerendering in two processes), wall time and peak resident memory of the whole process tree. Content check: \`npm run content:check\` on its own, process start included. Page and search bytes: compressed, on the wire, in Chromium at 390×844; the first search types "fellowship". The last two columns time later queries (${FOLLOW_UP_QUERIES.map((query) => `"${query}"`).join(', ')}, all from the shard the first search loaded), from the input event until the results list has changed and is styled and laid out (everything but painting), over ${KEYSTROKE_ROUNDS} rounds after a warm-up round (${KEYSTROKE_ROUNDS * FOLLOW_UP_QUERIES.length} keystrokes): first with the CPU slowed until Lighthouse's BenchmarkIndex reads 1,000 as on a mid-tier phone (a Pixel 5, the target of Chrome DevTools' calibrated CPU throttling; this machine scores ${Math.round(midTier.fullSpeedScore)} at full speed, so ${midTier.rate}x), then at Lighthouse's fixed 4x, which on this machine is a slower phone than mid-tier. A frame is 16.7 ms.\n\n${report}\n\n${devPreview}`,
);
