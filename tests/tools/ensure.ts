// Run by `npm run test:e2e` before the build: finds the Chromium and the Java runtime the end-to-end
// tests need (the browser, and the Nu HTML Checker) and the nginx the caching-proxy tests put in front
// of the site, and installs what is missing, saying in one line each what it found or installed.
// Playwright's download is tried first for Chromium; where it cannot reach its servers, and for Java
// and nginx (with its Brotli module), Debian's packages are installed when running as root on Debian
// or Ubuntu. Without nginx only the proxy tests are skipped.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium';
import { brotliModule, nginxBinary, nginxVersion } from './nginx';

const canUseApt = process.getuid?.() === 0 && fs.existsSync('/etc/debian_version') && succeeded(spawnSync('apt-get', ['--version']));
let aptUpdated = false;

function succeeded(result: SpawnSyncReturns<string | Buffer>): boolean {
  return !result.error && result.status === 0;
}

/** The line that says why a command failed: its first `Error:` line (Playwright ends with a stack), else its last. */
function failure(result: SpawnSyncReturns<string>): string {
  const lines = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n').map((line) => line.trim()).filter(Boolean);
  const error = lines.find((line) => line.startsWith('Error:'))?.replace(/,? caused by$/, '');
  return result.error?.message ?? error ?? lines.at(-1) ?? `exit code ${result.status}`;
}

function aptInstall(...packages: string[]): SpawnSyncReturns<string> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8', env });
    aptUpdated = true;
  }
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { encoding: 'utf8', env });
}

function installedChromium(): { path: string; whose: string } | undefined {
  if (fs.existsSync(systemChromium)) return { path: systemChromium, whose: "the system's" };
  const own = chromium.executablePath();
  return fs.existsSync(own) ? { path: own, whose: "Playwright's" } : undefined;
}

function describe(found: { path: string; whose: string }): string {
  const version = spawnSync(found.path, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  return `${found.whose} ${version || 'Chromium'} at ${found.path}`;
}

function ensureChromium(): string {
  const found = installedChromium();
  if (found) return `found ${describe(found)}`;
  const download = spawnSync(process.execPath, [createRequire(import.meta.url).resolve('@playwright/test/cli'), 'install', 'chromium'], { encoding: 'utf8' });
  const downloaded = installedChromium();
  if (succeeded(download) && downloaded) return `installed ${describe(downloaded)} (playwright install chromium)`;
  const why = `\`playwright install chromium\` failed: ${failure(download)}`;
  if (!canUseApt) throw new Error(`no Chromium, and ${why}. Install one (Debian: apt-get install chromium) and run npm test again.`);
  const apt = aptInstall('chromium');
  const installed = installedChromium();
  if (!succeeded(apt) || !installed) throw new Error(`no Chromium: ${why}, and apt-get install chromium failed: ${failure(apt)}`);
  return `installed ${describe(installed)} (apt-get install chromium; ${why})`;
}

function javaVersion(): string | undefined {
  // `java -version` prints to stderr: openjdk version "21.0.9" 2025-10-21
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return succeeded(result) ? result.stderr.split('\n')[0].trim() : undefined;
}

function ensureJava(): string {
  const found = javaVersion();
  if (found) return `found ${found}`;
  if (!canUseApt) throw new Error('no Java runtime for the Nu HTML Checker. Install Java 17 or newer (Debian: apt-get install default-jre-headless) and run npm test again.');
  const apt = aptInstall('default-jre-headless');
  const installed = javaVersion();
  if (!succeeded(apt) || !installed) throw new Error(`no Java runtime: apt-get install default-jre-headless failed: ${failure(apt)}`);
  return `installed ${installed} (apt-get install default-jre-headless)`;
}

/** nginx and the Brotli module the deployed proxy loads. */
function ensureNginx(): string {
  const found = nginxBinary();
  const packages = [...(found ? [] : ['nginx']), ...(fs.existsSync(brotliModule) ? [] : ['libnginx-mod-http-brotli-filter'])];
  if (found && packages.length === 0) return `found ${nginxVersion(found)} at ${found} with its Brotli module`;
  const skipped = 'the caching-proxy tests will be skipped';
  const command = `apt-get install ${packages.join(' ')}`;
  if (!canUseApt) return `${found ? 'nginx has no Brotli module' : 'not installed'}, and installing it needs root on Debian or Ubuntu (${command}): ${skipped}`;
  const apt = aptInstall(...packages);
  const installed = nginxBinary();
  if (!succeeded(apt) || !installed || !fs.existsSync(brotliModule)) return `${command} failed (${failure(apt)}): ${skipped}`;
  if (found) return `found ${nginxVersion(installed)} at ${installed}, installed its Brotli module (${command})`;
  // Debian's package starts the system service (port 80) where services may start; the tests run their own.
  spawnSync(installed, ['-s', 'quit'], { encoding: 'utf8' });
  return `installed ${nginxVersion(installed)} at ${installed} with its Brotli module (${command})`;
}

try {
  console.log(`Chromium for the end-to-end tests: ${ensureChromium()}`);
  console.log(`Java for the Nu HTML Checker: ${ensureJava()}`);
  console.log(`nginx for the caching-proxy tests: ${ensureNginx()}`);
} catch (error) {
  console.error(`npm test cannot run the end-to-end tests: ${(error as Error).message}`);
  process.exit(1);
}
