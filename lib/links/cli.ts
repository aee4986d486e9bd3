// `npm run links:check`: serves the production build on a free port, checks every external link
// on it (sources first), prints the dead and redirected ones and a count of the rest, and exits
// 1 if any is dead. `--json` prints one object per URL instead. Needs the internet and a build.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { correctionsDestination } from '../corrections';
import { contentDir } from '../content/index';
import { readSite } from '../content/site';
import { checkLinks, formatReport, hasDeadLinks, linksFromContent, reportJson } from './check-links';

if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('No production build found in .next/: run `npm run build` first.');
  process.exit(1);
}

const started = performance.now();
const { pages } = readSite({ contentDir: contentDir(), includeDrafts: false });
const port = await freePort();
const siteUrl = `http://127.0.0.1:${port}`;
const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

try {
  await waitUntilServing(siteUrl);
  console.error(`Checking the external links of the build served at ${siteUrl}…`);
  // Canonical and share links carry the public origin the site was built for (SITE_URL), which
  // the sitemap line of robots.txt gives: they are this site, not external links.
  const sitemap = /^Sitemap:\s*(\S+)/im.exec(await (await fetch(`${siteUrl}/robots.txt`)).text())?.[1];
  const publicOrigin = sitemap && new URL(sitemap).origin;
  // Each page's "Suggest a correction" link is the tracker in CORRECTIONS_URL (read from the
  // environment, as the build does) with that page's report prefilled: a setting, not content,
  // one URL per page, and GitHub sends a visitor who is not signed in to its login page.
  const corrections = correctionsDestination(process.env.CORRECTIONS_URL);
  const tracker = corrections?.startsWith('http') ? new URL(corrections) : undefined;
  const skip = (url: URL) => url.origin === publicOrigin || (tracker !== undefined && url.origin === tracker.origin && url.pathname === tracker.pathname);
  const links = await checkLinks({ siteUrl, contentLinks: linksFromContent(pages), skip });
  console.log(process.argv.includes('--json') ? reportJson(links) : formatReport(links));
  console.error(`Checked in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  process.exitCode = hasDeadLinks(links) ? 1 : 0;
} catch (error) {
  console.error(`links:check failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  stop();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer at ${url} within 30 s`);
}
