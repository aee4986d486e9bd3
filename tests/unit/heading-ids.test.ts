import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/parse';
import { buildToc } from '@/lib/content/toc';
import { renderMdx } from './fixture';

/** Renders MDX as the site does, with a stand-in for one component. */
function render(source: string): Promise<string> {
  return renderMdx(source, { Note: ({ children }: { children: unknown }) => createElement('span', null, children as never) });
}

const tricky = `---
title: Tricky headings
---

## Why oncology?

## Why oncology?

### It's the patients' trust

### Using \`CAR-T\` cells & *targeted* drugs

## Dose: 5 mg/m² — or not

## A heading with an ![icon](/x.png) image

## Renamed heading {#stable-id}

## Why oncology?

#### Deep heading is not in the TOC

## Café au lait spots

## Expression {1 + 1} inside

## Fellowship\u00A0interviews
`;

describe('heading ids', () => {
  it('are the same in the rendered page and in the table of contents', async () => {
    const html = await render(tricky);
    const renderedIds = [...html.matchAll(/<h[2-6] id="([^"]+)"/g)].map((match) => match[1]);
    const { parsed } = parseMdx(tricky, 'tricky.mdx');
    expect(parsed!.body!.headings.map((heading) => heading.id)).toEqual(renderedIds);
    expect(renderedIds).toEqual([
      'why-oncology',
      'why-oncology-1',
      'its-the-patients-trust',
      'using-car-t-cells--targeted-drugs',
      'dose-5-mgm--or-not',
      'a-heading-with-an--image',
      'stable-id',
      'why-oncology-2',
      'deep-heading-is-not-in-the-toc',
      'café-au-lait-spots',
      'expression--inside',
      // A no-break space (typed by some editors and pasted from Word) joins words like a space.
      'fellowship-interviews',
    ]);
  });

  it('give the TOC the heading text readers see, without the explicit id', () => {
    const { parsed } = parseMdx(tricky, 'tricky.mdx');
    const toc = buildToc(parsed!.body!.headings);
    expect(toc.map((entry) => entry.text)).toEqual([
      'Why oncology?',
      'Why oncology?',
      'Dose: 5 mg/m² — or not',
      'A heading with an  image',
      'Renamed heading',
      'Why oncology?',
      'Café au lait spots',
      'Expression  inside',
      'Fellowship\u00A0interviews',
    ]);
    // Quotes curled as on the page (lib/mdx/typography.mjs); the id is the same as with straight ones.
    expect(toc[1].children.map((entry) => entry.text)).toEqual(['It’s the patients’ trust', 'Using CAR-T cells & targeted drugs']);
  });

  it('leave {#...} outside headings as text', async () => {
    const html = await render('Set {#not-an-id} here.\n');
    expect(html).toBe('<p>Set {#not-an-id} here.</p>');
  });
});
