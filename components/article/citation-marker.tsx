import { citationAnchor, sourceAnchor, type NumberedSource } from '@/lib/content/citations';

/**
 * An inline citation: the source's number in brackets, linking to its entry in the Sources
 * list, with its own id for the entry's back link (ids prefixed where several pages share one
 * document). A superscript with no line height of its
 * own, so a marker never makes its line taller. Styled by `[data-cite]` in app/globals.css, not
 * per marker: a guide section has 10 to 64 of them.
 */
export function CitationMarker({ source, n, anchorPrefix = '' }: { source: NumberedSource; n: number; anchorPrefix?: string }) {
  return (
    <>
      {/* A word joiner: the marker never wraps onto a line of its own, away from the claim it supports. */}
      {'\u2060'}
      <sup data-cite>
        <a id={anchorPrefix + citationAnchor(source.id, n)} href={`#${anchorPrefix}${sourceAnchor(source.id)}`} aria-label={`Source ${source.number}: ${source.title}`}>
          [{source.number}]
        </a>
      </sup>
    </>
  );
}
