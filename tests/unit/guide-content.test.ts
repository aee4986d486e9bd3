import { describe, expect, it } from 'vitest';
import { readSite } from '@/lib/content/site';

// The real content, held to the bar the guide promises its readers.
const site = readSite({ contentDir: 'content', includeDrafts: false });
const guide = site.guides.find((candidate) => candidate.slug === 'oncology-hematology')!;

describe('the oncology and hematology guide', () => {
  it('has no content errors', () => {
    expect(site.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('has its six sections in the planned order', () => {
    expect(guide.sections.map((section) => section.slug)).toEqual([
      'education-and-training',
      'mentors-and-peers',
      'career-advancement',
      'research',
      'patient-care',
      'industry-trends',
    ]);
  });

  it.each(guide.sections.map((section) => [section.slug, section] as const))('%s has at least 700 words and three ## headings', (_, section) => {
    expect(section.words).toBeGreaterThanOrEqual(700);
    expect(section.headings.filter((heading) => heading.depth === 2).length).toBeGreaterThanOrEqual(3);
  });

  it('has at least three companion articles of the same length', () => {
    expect(site.articles.length).toBeGreaterThanOrEqual(3);
    for (const article of site.articles) expect(article.words).toBeGreaterThanOrEqual(700);
  });

  it('names BioAscend.com among the research resources', () => {
    expect(guide.sections.find((section) => section.slug === 'research')!.text).toContain('BioAscend.com');
  });
});
