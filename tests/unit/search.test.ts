import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import { createSearch, MAX_QUERY_LENGTH, withinOneEdit } from '@/lib/search/query';
import type { SearchIndex } from '@/lib/search/types';
import { body, frontmatter, load, validGuide } from './fixture';

const index: SearchIndex = {
  pages: [
    { title: 'Fellowship timeline', href: '/articles/timeline', label: 'Article' },
    { title: 'Education and training', href: '/guides/g/education', label: 'Career guide' },
    { title: 'Research', href: '/guides/g/research', label: 'Career guide' },
  ],
  sections: [
    { page: 0, heading: '', anchor: '', text: 'When to apply and how the match works.' },
    { page: 1, heading: 'Applying to fellowship', anchor: 'applying-to-fellowship', text: 'Applications open in July.' },
    { page: 2, heading: 'Protected time', anchor: 'protected-time', text: 'Many programmes give fellowship trainees protected research time.' },
    { page: 2, heading: 'Café culture', anchor: 'cafe-culture', text: 'Nothing about training here.' },
  ],
};
const search = createSearch(index);
const hrefs = (query: string) => search(query).map((result) => result.href);

describe('search', () => {
  it('ranks a title match above a heading match above a text match', () => {
    expect(hrefs('fellowship')).toEqual(['/articles/timeline', '/guides/g/education#applying-to-fellowship', '/guides/g/research#protected-time']);
  });

  it('finds words with one typo: a swap, a missing, an extra or a wrong letter', () => {
    for (const typo of ['fellowhsip', 'felowship', 'fellowshipp', 'fellowshop']) expect(hrefs(typo), typo).toContain('/guides/g/education#applying-to-fellowship');
    expect(hrefs('fxllowhsip')).toEqual([]);
  });

  it('matches the start of a word as you type', () => {
    expect(hrefs('fello')).toHaveLength(3);
  });

  it('needs every word of the query to match', () => {
    expect(hrefs('fellowship july')).toEqual(['/guides/g/education#applying-to-fellowship']);
    expect(hrefs('fellowship zebra')).toEqual([]);
  });

  it('ignores case and accents', () => {
    expect(hrefs('CAFE')).toEqual(['/guides/g/research#cafe-culture']);
  });

  it('highlights the matched words in a snippet of the text', () => {
    const [result] = search('july');
    expect(result.heading).toBe('Applying to fellowship');
    expect(result.snippet).toEqual([
      { text: 'Applications open in ', match: false },
      { text: 'July', match: true },
      { text: '.', match: false },
    ]);
  });

  it('returns nothing for empty, punctuation-only or overlong queries', () => {
    expect(search('')).toEqual([]);
    expect(search('?!')).toEqual([]);
    expect(search('fellowship '.repeat(MAX_QUERY_LENGTH))).toEqual([]);
  });
});

describe('withinOneEdit', () => {
  it('accepts one edit and rejects two', () => {
    expect(withinOneEdit('fellowship', 'fellowhsip')).toBe(true);
    expect(withinOneEdit('mentor', 'mentors')).toBe(true);
    expect(withinOneEdit('mentor', 'mantor')).toBe(true);
    expect(withinOneEdit('mentor', 'mantors')).toBe(false);
    expect(withinOneEdit('abcd', 'badc')).toBe(false);
  });
});

describe('the search index', () => {
  it('covers every page, cut at its headings, so a new article is searchable after a rebuild', () => {
    const site = load({ ...validGuide(), 'articles/new-one.mdx': frontmatter({ title: 'Brand new article' }) + body });
    const built = buildSearchIndex(site);
    expect(built.pages.map((page) => page.href)).toEqual(['/guides/demo', '/guides/demo/alpha', '/guides/demo/beta', '/articles/new-one']);
    expect(createSearch(built)('brand').map((result) => result.href)[0]).toBe('/articles/new-one');
    expect(createSearch(built)('detail').map((result) => result.href)).toContain('/articles/new-one#a-detail');
  });
});
