import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { body, frontmatter, validGuide, writeContent } from './fixture';

function runCheck(contentDir: string, ...args: string[]) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('lib/content/cli.ts'), ...args], {
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

  it('stops on a mistyped option or a file name instead of passing without checking the draft the editor meant', () => {
    const contentDir = writeContent({ ...validGuide(), 'articles/new-page.mdx': frontmatter({ draft: 'true' }) + body + '\nSee [the missing page](/articles/nowhere).\n' });
    const mistyped = runCheck(contentDir, '--draft');
    expect(mistyped.status).toBe(2);
    expect(mistyped.output).toContain('content:check: unknown option "--draft" (did you mean --drafts?)');
    const named = runCheck(contentDir, 'content/articles/new-page.mdx');
    expect(named.status).toBe(2);
    expect(named.output).toContain('"content/articles/new-page.mdx" is not an option: the check always reads every page under content/ and takes no file names; add --drafts to check drafts too');
    // Without --drafts the run passes but says what it left out; with it, the draft's broken link is found.
    const plain = runCheck(contentDir);
    expect(plain.status).toBe(0);
    expect(plain.output).toContain('1 draft not checked beyond its frontmatter (content/articles/new-page.mdx): run npm run content:check -- --drafts to check it.');
    const withDrafts = runCheck(contentDir, '--drafts');
    expect(withDrafts.status).toBe(1);
    expect(withDrafts.output).toMatch(/content\/articles\/new-page\.mdx:\d+: broken link "\/articles\/nowhere"/);
    expect(withDrafts.output).not.toContain('not checked beyond');
  });

  it('warns without failing', () => {
    const contentDir = writeContent({ ...validGuide(), 'articles/reviewed.mdx': frontmatter({ reviewedBy: 'A. Reviewer, MD', reviewed: '2020-01-01' }) + body });
    const { status, output } = runCheck(contentDir);
    expect(status).toBe(0);
    expect(output).toContain('content/articles/reviewed.mdx:7: warning: review is due');
  });
});
