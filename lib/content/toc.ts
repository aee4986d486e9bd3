import type { Heading } from './parse';

/** One entry of a page's table of contents, with the `###` entries under a `##`. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nests the `##` and `###` headings of a page in reading order. A `###` before any `##`
 * stays at the top level rather than being dropped.
 */
export function buildToc(headings: readonly Pick<Heading, 'depth' | 'id' | 'text'>[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, id, text } of headings) {
    if (depth === 2 || (depth === 3 && toc.length === 0)) toc.push({ id, text, children: [] });
    else if (depth === 3) toc[toc.length - 1].children.push({ id, text, children: [] });
  }
  return toc;
}
