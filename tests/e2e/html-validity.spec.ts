import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { wholeGuideHref } from '@/lib/content/whole-guide';
import { contentPages, guide, site } from './site';

/** One message of the Nu HTML Checker's JSON output (warnings are `info` with `subType: 'warning'`). */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Runs the Nu HTML Checker once over all the files: the JVM takes seconds to start, so one run
 * checks every page. Info messages (such as React's `<meta />` slashes) are left out.
 */
async function checkHtml(files: string[]): Promise<VnuMessage[]> {
  const { stdout } = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', '--skip-info-messages', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
}

test('every page of the built site is valid HTML (Nu HTML Checker): no errors', async ({ request }) => {
  test.setTimeout(180_000);
  const paths = [
    '/',
    '/articles',
    '/glossary',
    ...contentPages.map((page) => page.href),
    wholeGuideHref(guide),
    '/topics',
    ...site.topics.map((topic) => topic.href),
    '/search?q=letters%20of%20recommendation',
    '/no-such-page',
  ];
  // Article list pages after the first, as many as the build made.
  for (let number = 2; (await request.get(`/articles/page/${number}`)).ok(); number++) paths.push(`/articles/page/${number}`);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  try {
    const files = new Map<string, string>();
    for (const [index, pagePath] of paths.entries()) {
      const response = await request.get(pagePath);
      expect(response.status(), pagePath).toBe(pagePath === '/no-such-page' ? 404 : 200);
      const file = path.join(folder, `${index}.html`);
      fs.writeFileSync(file, await response.body());
      files.set(`file:${file}`, pagePath);
    }
    const messages = await checkHtml([...files.keys()].map((url) => url.slice('file:'.length)));
    const describe = (message: VnuMessage) => `${files.get(message.url) ?? message.url}:${message.lastLine ?? '?'}: ${message.message}${message.extract ? ` [${message.extract.trim()}]` : ''}`;
    const warnings = messages.filter((message) => message.type === 'info' && message.subType === 'warning');
    if (warnings.length) test.info().annotations.push(...warnings.map((warning) => ({ type: 'vnu warning', description: describe(warning) })));
    expect(messages.filter((message) => message.type !== 'info').map(describe)).toEqual([]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
