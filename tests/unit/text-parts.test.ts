import { describe, expect, it } from 'vitest';
import { renderMdx } from './fixture';

/** Each text part's HTML, in order: what the stylesheet lets the browser skip while off screen. */
const partsOf = (html: string) => [...html.matchAll(/<div data-text-part="">(.*?)<\/div>/gs)].map(([, inner]) => inner);

describe('a page\'s text in parts, one per ## heading (lib/mdx/text-parts.mjs)', () => {
  it('puts the text before the first heading in a part of its own, then each heading with what follows it up to the next', async () => {
    const html = await renderMdx(`---
title: Parts
---

Opening paragraph.

- a list before any heading

## First

Under the first.

### A subheading

Still under the first.

## Second

Under the second.
`);
    const parts = partsOf(html);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(/^<p>Opening paragraph\.<\/p>\s*<ul>/);
    expect(parts[0]).not.toContain('<h2');
    expect(parts[1]).toMatch(/^<h2 id="first">First<\/h2>/);
    expect(parts[1]).toContain('<h3 id="a-subheading">');
    expect(parts[1]).toContain('Still under the first.');
    expect(parts[2]).toMatch(/^<h2 id="second">Second<\/h2>\s*<p>Under the second\.<\/p>$/);
    // Nothing of the page is left outside a part, and the frontmatter is not rendered.
    expect(html.replace(/<div data-text-part="">.*?<\/div>/gs, '').trim()).toBe('');
  });

  it('starts with the first heading\'s part when the text opens with a heading, and keeps exports working', async () => {
    const html = await renderMdx(`export const year = 2026;

## Opening heading

Written in {year}.
`);
    const parts = partsOf(html);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatch(/^<h2 id="opening-heading">/);
    expect(parts[0]).toContain('Written in 2026.');
  });
});
