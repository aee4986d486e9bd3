import type { Citation } from './parse';
import type { Source } from './schema';

/** A source as the page lists it: numbered in the order the text first cites it. */
export interface NumberedSource extends Source {
  number: number;
  /** How many times the text cites it; each citation has its own anchor to link back to. */
  citationCount: number;
}

/** Id of a page's Sources heading: where a search result for a source's title links. */
export const SOURCES_ANCHOR = 'page-sources';

/** Id of a source's entry in the Sources list: where a citation marker links. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** Id of the `n`th citation of a source (from 1): where the entry's back link returns. */
export function citationAnchor(id: string, n: number): string {
  return `cite-${id}-${n}`;
}

/**
 * Numbers a page's sources in the order its text first cites them (the reader meets [1]
 * first), sources never cited last in frontmatter order. Citations of unknown ids are ignored
 * here; the content check reports them.
 */
export function numberSources(sources: readonly Source[], citations: readonly Citation[]): NumberedSource[] {
  const counts = new Map<string, number>();
  for (const citation of citations) counts.set(citation.id, (counts.get(citation.id) ?? 0) + 1);
  const firstCited = [...counts.keys()];
  const rank = (source: Source) => {
    const index = firstCited.indexOf(source.id);
    return index === -1 ? firstCited.length : index;
  };
  return sources
    .map((source, index) => ({ source, index }))
    .sort((a, b) => rank(a.source) - rank(b.source) || a.index - b.index)
    .map(({ source }, index) => ({ ...source, number: index + 1, citationCount: counts.get(source.id) ?? 0 }));
}
