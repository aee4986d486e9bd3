import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { body, frontmatter, validGuide, writeContent } from './fixture';

function runCheck(contentDir: string) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('lib/content/cli.ts')], {
    cwd: path.dirname(contentDir),
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run content:check', () => {
  it('passes valid content and prints words and grade level per page', () => {
    const { status, output } = runCheck(writeContent(validGuide()));
    expect(status).toBe(0);
    expect(output).toMatch(/content\/guides\/demo\/alpha\.mdx\s+\d+\s+-?\d+(\.\d)?/);
    expect(output).toContain('0 errors');
  });

  it('fails with path:line: message for each error, paths relative to the working directory', () => {
    const contentDir = writeContent({
      ...validGuide(),
      'articles/broken.mdx': frontmatter({ autor: 'Someone' }) + body + '\nSee [the missing page](/articles/nowhere).\n',
    });
    const { status, output } = runCheck(contentDir);
    expect(status).toBe(1);
    expect(output).toContain('content/articles/broken.mdx:6: autor: unknown field');
    expect(output).toMatch(/content\/articles\/broken\.mdx:\d+: broken link "\/articles\/nowhere": no page at that address/);
    expect(output).toContain('2 errors');
  });

  it('warns without failing', () => {
    const contentDir = writeContent({ ...validGuide(), 'articles/reviewed.mdx': frontmatter({ reviewedBy: 'A. Reviewer, MD', reviewed: '2020-01-01' }) + body });
    const { status, output } = runCheck(contentDir);
    expect(status).toBe(0);
    expect(output).toContain('content/articles/reviewed.mdx:7: warning: review is due');
  });
});
