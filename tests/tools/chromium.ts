import fs from 'node:fs';

/** Debian's Chromium: npm cannot download browsers on every machine, so it is preferred where installed. */
export const systemChromium = '/usr/bin/chromium';

const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** How the tests and benchmarks launch Chromium: the system's where installed, Playwright's own otherwise; `extraArgs` after the common flags. */
export function chromiumLaunchOptions(...extraArgs: string[]): { executablePath?: string; args: string[] } {
  const args = [...flags, ...extraArgs];
  return fs.existsSync(systemChromium) ? { executablePath: systemChromium, args } : { args };
}
