import { citationAnchor, sourceAnchor, type NumberedSource } from '@/lib/content/citations';

/**
 * An inline citation: the source's number in brackets, linking to its entry in the Sources
 * list, with its own id for the entry's back link (ids prefixed where several pages share one
 * document). A superscript with no line height of its
 * own, so a marker never makes its line taller.
 */
export function CitationMarker({ source, n, anchorPrefix = '' }: { source: NumberedSource; n: number; anchorPrefix?: string }) {
  return (
    <>
      {/* A word joiner: the marker never wraps onto a line of its own, away from the claim it supports. */}
      {'\u2060'}
      <sup className="font-sans">
        <a
          id={anchorPrefix + citationAnchor(source.id, n)}
          href={`#${anchorPrefix}${sourceAnchor(source.id)}`}
          aria-label={`Source ${source.number}: ${source.title}`}
          // Vertical padding on an inline link widens what a finger can hit without moving the line.
          className="scroll-mt-32 rounded-sm px-0.5 py-2 font-medium text-accent no-underline target:bg-accent-soft hover:underline"
        >
          [{source.number}]
        </a>
      </sup>
    </>
  );
}
