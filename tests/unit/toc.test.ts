import { describe, expect, it } from 'vitest';
import { buildToc } from '@/lib/content/toc';

const heading = (depth: number, id: string) => ({ depth, id, text: id.toUpperCase(), explicitId: false, line: 1 });

describe('buildToc', () => {
  it('nests ### under the ## before it, in order, and leaves out deeper headings', () => {
    const toc = buildToc([heading(2, 'a'), heading(3, 'a1'), heading(4, 'a1x'), heading(3, 'a2'), heading(2, 'b')]);
    expect(toc).toEqual([
      { id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1', children: [] }, { id: 'a2', text: 'A2', children: [] }] },
      { id: 'b', text: 'B', children: [] },
    ]);
  });

  it('keeps a ### that comes before any ## at the top level', () => {
    expect(buildToc([heading(3, 'early'), heading(2, 'a')]).map((entry) => entry.id)).toEqual(['early', 'a']);
  });

  it('is empty for a page without headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
