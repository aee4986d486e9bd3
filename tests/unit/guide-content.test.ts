import fs from 'node:fs';
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

  it.each([
    'international-medical-graduates',
    'pay-hours-and-contracts',
    'paths-beside-the-standard-fellowship',
    'careers-beyond-the-physician',
    'funding-a-research-career',
    'what-changed-since-2017',
  ])('answers the readers\' questions in depth: %s has at least 1,000 words and five sources, and links back into the guide', (slug) => {
    const article = site.articles.find((candidate) => candidate.slug === slug)!;
    expect(article.words).toBeGreaterThanOrEqual(1000);
    expect(article.sources.length).toBeGreaterThanOrEqual(5);
    expect(article.links.filter((link) => link.url.startsWith('/guides/oncology-hematology')).length).toBeGreaterThanOrEqual(3);
    const linkedFrom = site.pages.filter((page) => page.links.some((link) => link.url.split('#')[0] === article.href));
    expect(linkedFrom.some((page) => page.kind !== 'article'), `${slug} is linked from a guide page`).toBe(true);
  });

  it('has no content warnings: every figure cited and on at most two pages, US usage and punctuation, every acronym in the glossary and marked where first used', () => {
    // Every warning, not a list of their wordings: a new kind of warning is held to the same bar.
    expect(site.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')).toEqual([]);
    expect(site.glossary.length).toBeGreaterThanOrEqual(40);
  });

  it('names BioAscend among the research resources as a commercial example, marked nofollow', () => {
    const research = fs.readFileSync(guide.sections.find((section) => section.slug === 'research')!.sourceFile, 'utf8');
    expect(research).toMatch(/<a href="https:\/\/(www\.)?bioascend\.com\/?" rel="nofollow">/);
    expect(research).not.toMatch(/independent/i);
    expect(research).toMatch(/commercial[^.]*bioascend/i);
  });
});
