import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getSite } from '@/lib/content';
import { body, frontmatter, validGuide, writeContent } from './fixture';

describe('getSite while editing (npm run dev)', () => {
  const contentDir = writeContent(validGuide());
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = contentDir;
  afterAll(() => {
    process.env.CONTENT_DIR = previous;
  });

  it('returns the same site while nothing changes, and the edited one after a save', () => {
    const first = getSite();
    expect(getSite()).toBe(first);
    const file = path.join(contentDir, 'guides/demo/alpha.mdx');
    fs.writeFileSync(file, frontmatter({ title: 'Alpha, renamed', order: '1' }) + body.replace('## First part', '## First part, reworded'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const edited = getSite();
    const alpha = edited.guides[0].sections[0];
    expect(alpha.frontmatter.title).toBe('Alpha, renamed');
    expect(alpha.toc[0].text).toBe('First part, reworded');
    // Files that did not change are not parsed again.
    expect(edited.guides[0].sections[1].headings).toBe(first.guides[0].sections[1].headings);
  });

  it('picks up an edited or a new glossary', () => {
    const glossary = path.join(contentDir, 'glossary.yaml');
    const entry = (definition: string) => `terms:\n  - term: ABIM\n    expansion: American Board of Internal Medicine\n    definition: ${definition}\n`;
    fs.writeFileSync(glossary, entry('The board that certifies internists and their subspecialists.'));
    expect(getSite().glossary[0].definition).toBe('The board that certifies internists and their subspecialists.');
    fs.writeFileSync(glossary, entry('The board that certifies internists, hematologists and oncologists.'));
    fs.utimesSync(glossary, new Date(), new Date(Date.now() + 5000));
    expect(getSite().glossary[0].definition).toBe('The board that certifies internists, hematologists and oncologists.');
    fs.rmSync(glossary);
  });

  it('picks up a new file', () => {
    fs.mkdirSync(path.join(contentDir, 'articles'));
    fs.writeFileSync(path.join(contentDir, 'articles/fresh.mdx'), frontmatter({ title: 'Fresh' }) + body);
    expect(getSite().articles.map((article) => article.slug)).toEqual(['fresh']);
  });

  it('reports an image deleted from public/ on the next page load, though no page changed', () => {
    const image = path.join(contentDir, '..', 'public/images/board.png');
    fs.mkdirSync(path.dirname(image), { recursive: true });
    fs.writeFileSync(image, 'png');
    fs.mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
    fs.writeFileSync(path.join(contentDir, 'articles/fresh.mdx'), frontmatter({ title: 'Fresh' }) + body + '\n![A tumor board in session](/images/board.png)\n');
    expect(getSite().articles[0].images).toEqual([expect.objectContaining({ url: '/images/board.png' })]);
    fs.rmSync(image);
    expect(() => getSite()).toThrow(/fresh\.mdx:\d+: image "\/images\/board\.png" does not exist: expected public\/images\/board\.png/);
    fs.writeFileSync(image, 'png');
    expect(() => getSite()).not.toThrow();
  });

  it('reports a new page saved as .md on the next page load, not only after another page is saved', () => {
    const stray = path.join(contentDir, 'articles/notes.md');
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, frontmatter({ title: 'Notes' }) + body);
    expect(() => getSite()).toThrow(/notes\.md:1: this page is not read: pages are \.mdx files, in lowercase; rename it notes\.mdx/);
    fs.rmSync(stray);
    expect(() => getSite()).not.toThrow();
  });
});
