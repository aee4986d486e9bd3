import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Callout } from '@/components/mdx/callout';
import { Figure } from '@/components/mdx/figure';
import { KeyFacts } from '@/components/mdx/key-facts';
import { TrainingTimeline } from '@/components/mdx/training-timeline';

const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('components editors use in MDX', () => {
  it('TrainingTimeline reads, without sight, as an ordered list of stages with their years and the total', () => {
    const html = render(createElement(TrainingTimeline, { title: 'US path', stages: [{ label: 'Residency', years: 3 }, { label: 'Fellowship', years: 1 }] }));
    expect(html).toMatch(/^<figure/);
    expect(html).toContain('<ol');
    expect(text(html)).toContain('Residency: 3 years');
    expect(text(html)).toContain('Fellowship: 1 year');
    expect(text(html)).toContain('about 4 years in all');
    // The bars are drawn to scale: the longest stage is the widest bar.
    expect(html).toContain('width:75%');
    expect(html).toContain('width:25%');
  });

  it('Callout and KeyFacts are labelled regions with their title', () => {
    expect(render(createElement(Callout, { type: 'warning', title: 'Dates change', children: 'Check NRMP.' }))).toMatch(/<aside aria-label="Dates change"[^>]*>.*Dates change.*Check NRMP\./);
    expect(render(createElement(Callout, { children: 'Plain.' }))).toContain('aria-label="Note"');
    expect(render(createElement(KeyFacts, { children: 'Fact.' }))).toContain('aria-label="Key facts"');
  });

  it('Figure renders an optimised image with its alt text and caption', () => {
    const html = render(createElement(Figure, { src: '/images/board.png', alt: 'Clinicians at a tumour board', width: 1200, height: 800, caption: 'A weekly tumour board.' }));
    expect(html).toContain('alt="Clinicians at a tumour board"');
    expect(html).toMatch(/src="\/_next\/image\?url=%2Fimages%2Fboard\.png/);
    expect(html).toContain('<figcaption');
    expect(text(html)).toContain('A weekly tumour board.');
  });
});
