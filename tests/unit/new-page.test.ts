import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate, parseRequest, planNewPage, USAGE, type NewPage } from '@/lib/content/new-page';
import { DESCRIPTION_PLACEHOLDER } from '@/lib/content/schema';
import { listMdxFiles } from '@/lib/content/site';
import { readFrontmatter } from '@/lib/content/yaml';
import { body, frontmatter, writeContent } from './fixture';

/** A small site: the guide's pages share `training`; the articles share `research`, the tag most pages of the site carry. */
function site(): string {
  return writeContent({
    'guides/demo/index.mdx': frontmatter({ title: 'Demo guide' }) + body,
    'guides/demo/alpha.mdx': frontmatter({ title: 'Alpha', order: '1' }) + body,
    'guides/demo/beta.mdx': frontmatter({ title: 'Beta', order: '2', tags: '[research, training]' }) + body,
    'articles/published.mdx': frontmatter({ title: 'Published', tags: '[research]' }) + body,
    'articles/another.mdx': frontmatter({ title: 'Another', tags: '[research]' }) + body,
    'articles/unfinished.mdx': frontmatter({ title: 'Unfinished', tags: '[research]', draft: 'true' }) + body,
  });
}

/** Runs a command the way npm does, from the folder that holds `content/`. */
function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve(script), ...args], {
    cwd: path.dirname(contentDir),
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const newPage = (contentDir: string, ...args: string[]) => run('lib/content/new-page-cli.ts', args, contentDir);
const check = (contentDir: string, ...flags: string[]) => run('lib/content/cli.ts', flags, contentDir);
/** The check's problem lines, `path:line: message`. */
const problems = (output: string) => output.split('\n').filter((line) => /^\S+\.mdx:\d+: /.test(line));
const read = (contentDir: string, file: string) => fs.readFileSync(path.join(contentDir, file), 'utf8');
/** Today in the machine's time zone, computed another way than the command does. */
const today = () => new Date().toLocaleDateString('en-CA');

// Each case runs the commands as editors do, through tsx: seconds apiece, more on a busy machine.
describe('npm run new', { timeout: 60_000 }, () => {
  it('writes an article dated today, as a draft, and prints the file and where to preview it', () => {
    const contentDir = site();
    const { status, stdout, stderr } = newPage(contentDir, 'article', 'interview-questions', 'Interviews: what to ask them');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Wrote content/articles/interview-questions.mdx, a draft.');
    expect(stdout).toContain('npm run dev, then open http://localhost:3000/articles/interview-questions');
    const text = read(contentDir, 'articles/interview-questions.mdx');
    expect(text).toContain(`\nupdated: ${today()}\n`);
    const data = readFrontmatter(text);
    expect(data).toMatchObject({ title: 'Interviews: what to ask them', description: DESCRIPTION_PLACEHOLDER, draft: true, tags: ['research'] });
    expect(data).not.toHaveProperty('order');
    expect(text).toMatch(/^## First topic$/m);
  });

  it("gives a section the next order in its guide, counting new sections the check still rejects, and the guide's commonest tag", () => {
    const contentDir = site();
    expect(newPage(contentDir, 'section', 'demo', 'gamma', 'Gamma').stdout).toContain('http://localhost:3000/guides/demo/gamma');
    expect(newPage(contentDir, 'section', 'demo', 'delta', 'Delta').status).toBe(0);
    expect(readFrontmatter(read(contentDir, 'guides/demo/gamma.mdx'))).toMatchObject({ order: 3, tags: ['training'], draft: true });
    expect(readFrontmatter(read(contentDir, 'guides/demo/delta.mdx'))).toMatchObject({ order: 4, tags: ['training'], draft: true });
  });

  it("leaves content:check one error per new page on a copy of the site, the placeholder description, until it is written", () => {
    const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'new-page-')), 'content');
    fs.cpSync('content', contentDir, { recursive: true });
    const pages = listMdxFiles(contentDir).length;
    newPage(contentDir, 'article', 'new-topic', 'A new topic');
    newPage(contentDir, 'section', 'oncology-hematology', 'new-section', 'A new section');
    const before = check(contentDir);
    expect(before.status).toBe(1);
    const placeholder = 'description: is still the placeholder from npm run new: replace it with one or two sentences (50-160 characters) that tell readers what the page gives them';
    expect(before.stdout).toContain(`${pages + 2} pages checked in`); // read and failed, so counted
    expect(problems(before.stdout)).toEqual([`content/articles/new-topic.mdx:3: ${placeholder}`, `content/guides/oncology-hematology/new-section.mdx:3: ${placeholder}`]);

    for (const file of ['articles/new-topic.mdx', 'guides/oncology-hematology/new-section.mdx']) {
      const written = read(contentDir, file).replace(DESCRIPTION_PLACEHOLDER, 'What the new page covers, for whom, and what to do after reading it.');
      fs.writeFileSync(path.join(contentDir, file), written);
    }
    const after = check(contentDir);
    expect(after.status).toBe(0);
    expect(after.stdout).toContain(`${pages} pages checked in`); // drafts are left out, as in the build
    expect(after.stdout).toContain('0 errors, 0 warnings');
    // Drafts included, as `npm run dev` reads them: the template itself passes every check, glossary and tags included.
    const withDrafts = check(contentDir, '--drafts');
    expect(withDrafts.status).toBe(0);
    expect(withDrafts.stdout).toContain(`${pages + 2} pages checked`);
    expect(withDrafts.stdout).toContain('0 errors, 0 warnings');
  });

  it.each([
    ['a slug another page has', ['article', 'alpha', 'Title'], 'the slug "alpha" is taken by content/guides/demo/alpha.mdx: slugs are unique across the site, drafts included'],
    ['a slug with capitals', ['article', 'My_Page', 'Title'], '"My_Page" is not a valid slug: use lowercase letters, digits and single hyphens'],
    ['the whole-guide slug', ['section', 'demo', 'all', 'Title'], 'the slug "all" is taken by the whole-guide page (/guides/demo/all)'],
    ['an unknown guide', ['section', 'nope', 'new-page', 'Title'], 'unknown guide "nope": the guides are demo'],
    ['a missing title', ['article', 'new-page'], 'missing title (usage: npm run new -- article <slug> "Title"'],
    ['an unknown kind', ['page', 'new-page', 'Title'], 'unknown kind "page": use article or section'],
  ])('refuses %s in one line, exits 1 and writes nothing', (_, args, message) => {
    const contentDir = site();
    const files = listMdxFiles(contentDir);
    const { status, stdout, stderr } = newPage(contentDir, ...args);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`npm run new: ${message}`)]);
    expect(listMdxFiles(contentDir)).toEqual(files);
  });
});

describe('planning a new page', () => {
  const existing = [
    ...['guides/demo/index.mdx', 'guides/demo/alpha.mdx', 'articles/unfinished.mdx'].map((file) => ({ file, sourceFile: `content/${file}`, data: {} })),
    { file: 'articles/renamed.mdx', sourceFile: 'content/articles/renamed.mdx', data: { formerSlugs: ['old-name'] } },
  ];
  const plan = (...args: string[]) => {
    const request = parseRequest(args);
    return 'problem' in request ? request : planNewPage(request, existing, new Date());
  };

  it.each([
    ["a draft's slug", ['section', 'demo', 'unfinished', 'Title'], 'the slug "unfinished" is taken by content/articles/unfinished.mdx: slugs are unique across the site, drafts included'],
    ["a guide's slug", ['article', 'demo', 'Title'], 'the slug "demo" is taken by content/guides/demo/index.mdx: slugs are unique across the site, drafts included'],
    [
      "a renamed article's old slug",
      ['article', 'old-name', 'Title'],
      '/articles/old-name was the address of content/articles/renamed.mdx before it was renamed, and redirects there (its formerSlugs): choose another slug',
    ],
    ['a slug with a double hyphen', ['section', 'demo', 'my--page', 'Title'], '"my--page" is not a valid slug: use lowercase letters, digits and single hyphens'],
    ['the slug of the article index', ['article', 'page', 'Title'], 'the slug "page" is taken by the article index (/articles/page/2 …)'],
    ['a blank title', ['article', 'new-page', '  '], `missing title (${USAGE})`],
    ['a title too long', ['article', 'new-page', 'word '.repeat(30)], 'the title is 149 characters long: keep it to 100'],
    ['a title with Markdown in it', ['article', 'new-page', 'The **real** cost'], 'the title is shown as plain text, so Markdown in it (**, *, __, `, [text](url)) would show as typed: write it without'],
    ['a title with an invisible character', ['article', 'new-page', 'The NR\u200BMP Match'], 'the title has an invisible character (U+200B) pasted into it: retype the words around it'],
    ['an unquoted title', ['article', 'new-page', 'Two', 'words'], `too many arguments: put the title in quotes (${USAGE})`],
    ['a section without guide, slug or title', ['section'], `missing guide, slug and title (${USAGE})`],
    ['nothing', [], USAGE],
  ])('refuses %s', (_, args, problem) => {
    expect(plan(...args)).toEqual({ problem });
  });

  it('quotes a title only where YAML would misread it', () => {
    const title = (text: string) => (plan('article', 'new-page', text) as NewPage).text.split('\n')[1];
    expect(title("Residents' questions, answered")).toBe("title: Residents' questions, answered");
    expect(title('Interviews: what to ask')).toBe('title: "Interviews: what to ask"');
    expect(title('Why #1 matters')).toBe('title: "Why #1 matters"');
    expect(title('2026')).toBe('title: "2026"');
  });

  it("dates a page in the editor's time zone", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
