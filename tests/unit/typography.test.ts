import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Callout } from '@/components/mdx/callout';
import { Figure } from '@/components/mdx/figure';
import { KeyFacts } from '@/components/mdx/key-facts';
import { Timeline } from '@/components/mdx/timeline';
import { TrainingTimeline } from '@/components/mdx/training-timeline';
import { parseMdx } from '@/lib/content/parse';
import { frontmatter, load, renderMdx, validGuide } from './fixture';

const page = `---
title: T
---

## The patients' "second opinion"

Doximity's report called it "**the** fastest-growing" field, and the '90s saw less; \`code's "quotes"\` stay typed.
`;

describe("printer's quotes", () => {
  it('replace typed ones in page text, paired across bold text, with code left as typed', async () => {
    const html = await renderMdx(page);
    expect(html).toContain('Doximity’s report called it “<strong>the</strong> fastest-growing” field, and the ’90s saw less;');
    expect(html).toContain('<code>code&#x27;s &quot;quotes&quot;</code>');
  });

  it('in a heading: the parsed text (what the table of contents reads) and the h2 as on the page, the id unchanged', async () => {
    const html = await renderMdx(page);
    const heading = parseMdx(page, 'page.mdx').parsed!.body!.headings[0];
    expect(heading).toMatchObject({ text: 'The patients’ “second opinion”', id: 'the-patients-second-opinion' });
    expect(html).toContain('<h2 id="the-patients-second-opinion">The patients’ “second opinion”</h2>');
  });

  it("in the frontmatter strings readers see: a title, a description, a source's title and publisher, the reviewer, a glossary term and definition", () => {
    const site = load({
      ...validGuide(),
      'articles/quoted.mdx':
        frontmatter({
          title: `"The fellow's \\"first year\\""`,
          reviewedBy: `"Siobhán O'Neill, MD"`,
          description: `"What a program director's \\"strong\\" letter says, and what it leaves out of the story."`,
          sources: `\n  - id: report\n    title: "A Fellow's Perspective"\n    publisher: Becker's Hospital Review\n    year: 2024\n    url: https://example.org/report`,
        }) + 'A claim.[@report]\n',
      'glossary.yaml': `terms:\n  - term: Hodgkin's lymphoma\n    definition: ABIM's example of a blood cancer, one that often affects young adults first.\n`,
    });
    const article = site.articles.find((item) => item.slug === 'quoted')!;
    expect(article.frontmatter.title).toBe('The fellow’s “first year”');
    expect(article.frontmatter.description).toBe('What a program director’s “strong” letter says, and what it leaves out of the story.');
    expect(article.sources[0]).toMatchObject({ title: 'A Fellow’s Perspective', publisher: 'Becker’s Hospital Review' });
    expect(article.frontmatter.reviewedBy).toBe('Siobhán O’Neill, MD');
    expect(site.glossary[0]).toMatchObject({ term: 'Hodgkin’s lymphoma', id: 'hodgkins-lymphoma', definition: 'ABIM’s example of a blood cancer, one that often affects young adults first.' });
  });

  it("in components' text props: callout and key-facts titles, a figure's caption, timeline titles and labels", () => {
    expect(renderToStaticMarkup(createElement(Callout, { type: 'tip', title: "Don't wait", children: 'Apply early.' }))).toContain('Don’t wait</p>');
    expect(renderToStaticMarkup(createElement(KeyFacts, { title: "A fellow's year", children: 'Facts.' }))).toContain('A fellow’s year</p>');
    expect(renderToStaticMarkup(createElement(Figure, { src: '/chart.png', alt: 'Chart', width: 10, height: 10, caption: 'The "match rate" by year' }))).toContain('The “match rate” by year</figcaption>');
    const cycle = renderToStaticMarkup(createElement(Timeline, { title: "The '25 cycle", start: '2025-06', end: '2026-07', milestones: [{ date: '2025-12-03', label: "NRMP's Match Day" }] }));
    // A year cut short is an apostrophe, not an opening quote.
    expect(cycle).toContain('The ’25 cycle</figcaption>');
    expect(cycle).toContain('NRMP’s Match Day');
    const stages = [{ label: 'Residency ("categorical")', years: 3 }];
    expect(renderToStaticMarkup(createElement(TrainingTimeline, { title: "A resident's path", stages }))).toMatch(/A resident’s path <span.*Residency \(“categorical”\)/);
  });
});
