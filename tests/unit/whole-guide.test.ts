import { describe, expect, it } from 'vitest';
import { wholeGuideHref, wholeGuideScope, wholeGuideToc } from '@/lib/content/whole-guide';
import { body, errors, frontmatter, load, validGuide } from './fixture';

const site = load(validGuide());
const guide = site.guides[0];
const [alpha, beta] = guide.sections;

describe('the whole guide on one page', () => {
  it('lives at /guides/<guide>/all', () => {
    expect(wholeGuideHref(guide)).toBe('/guides/demo/all');
  });

  it('gives each page a prefix for its ids, so two pages with the same heading cannot collide', () => {
    expect(wholeGuideScope(guide, guide.overview).prefix).toBe('overview--');
    expect(wholeGuideScope(guide, alpha).prefix).toBe('alpha--');
    expect(wholeGuideScope(guide, beta).prefix).toBe('beta--');
  });

  it('turns links to pages of the guide, and to headings in them, into in-page links', () => {
    const { href } = wholeGuideScope(guide, alpha);
    expect(href('/guides/demo/beta')).toBe('#beta');
    expect(href('/guides/demo/beta/')).toBe('#beta');
    expect(href('/guides/demo/beta#second-part')).toBe('#beta--second-part');
    expect(href('/guides/demo')).toBe('#overview');
    expect(href('/guides/demo#first-part')).toBe('#overview--first-part');
    // A link within the page itself.
    expect(href('#second-part')).toBe('#alpha--second-part');
  });

  it('leaves links that lead out of the guide as they are', () => {
    const { href } = wholeGuideScope(guide, alpha);
    for (const url of ['/articles/some-article', '/articles/some-article#a-part', '/glossary#usmle', 'https://www.nrmp.org/match-data/', '/guides/other/beta', '/guides/demo/gamma']) {
      expect(href(url)).toBe(url);
    }
  });

  it('has one table of contents: the overview, then each section in order, each with its own headings', () => {
    const toc = wholeGuideToc(guide);
    expect(toc.map((entry) => [entry.id, entry.text])).toEqual([
      ['overview', 'Overview'],
      ['alpha', 'Alpha'],
      ['beta', 'Beta'],
    ]);
    expect(toc[1].children.map((entry) => entry.id)).toEqual(['alpha--first-part', 'alpha--second-part']);
  });

  it('keeps its address: a section file named all.mdx is an error naming the file', () => {
    const clash = load({ ...validGuide(), 'guides/demo/all.mdx': frontmatter({ title: 'All', order: '3' }) + body });
    expect(errors(clash)).toEqual([expect.stringMatching(/^all\.mdx:1: .*whole-guide page/)]);
  });
});
