import type { SearchResult } from '@/lib/search/types';

/** One search hit: the page, the heading it matched under, the text around the match, and the query word it lacks, if any. */
export function SearchResultBody({ result }: { result: SearchResult }) {
  return (
    <>
      <span className="block text-xs font-semibold tracking-wide text-accent uppercase">{result.label}</span>
      <span className="mt-0.5 block font-semibold text-ink">
        {result.title}
        {result.heading && <span className="font-normal text-muted"> › {result.heading}</span>}
      </span>
      {/* Matches are bold as well as tinted: the selected row has the same tint. No padding or
          margin: space beside a match reads as a space in the text, "( CAR ) T -cell". */}
      {result.snippet.length > 0 && (
        <span className="mt-1 block font-serif text-sm leading-relaxed text-muted">
          {result.snippet.map((part, index) =>
            part.match ? (
              <mark key={index} className="rounded-sm bg-accent-soft font-semibold text-ink">
                {part.text}
              </mark>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </span>
      )}
      {/* A result after those with every word of the query: which word it lacks, as search engines show it. */}
      {result.lacking && (
        <span className="mt-1 block text-xs text-muted">
          Missing: <s>{result.lacking}</s>
        </span>
      )}
    </>
  );
}
