import { describe, expect, it } from 'vitest';
import { renderRss } from '@/lib/feed';
import { body, frontmatter, load, validGuide } from './fixture';

describe('renderRss', () => {
  const site = load({
    ...validGuide(),
    'articles/older.mdx': frontmatter({ title: 'Older & wiser <notes>', updated: '2025-01-01' }) + body,
    'articles/newer.mdx': frontmatter({ title: 'Newer', updated: '2026-03-01' }) + body,
  });
  const xml = renderRss({ title: 'Site', description: 'About', url: 'https://example.org' }, site.articles);

  it('lists pages newest first with absolute links', () => {
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links).toEqual(['https://example.org/', 'https://example.org/articles/newer', 'https://example.org/articles/older']);
  });

  it('escapes text so the XML stays well formed', () => {
    expect(xml).toContain('<title>Older &amp; wiser &lt;notes&gt;</title>');
    expect(xml).not.toContain('<notes>');
  });
});
