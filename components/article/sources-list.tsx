import { Heading } from '@/components/mdx/heading';
import { citationAnchor, SOURCES_HEADING, sourceAnchor, type NumberedSource } from '@/lib/content/citations';
import { FormattedDate } from './formatted-date';

/** Letters for the back links of a source cited more than once: a, b, c… */
const letter = (index: number) => String.fromCharCode(97 + index);

/**
 * The page's sources, numbered as the text cites them; `[data-sources]` in app/globals.css styles
 * the entries and their links. Each entry is the target of its
 * citation markers and links back to each place that cites it. `ownPage`, where the list is shown
 * away from its page (the whole guide), is that page's path, for its heading's copy-link button.
 */
export function SourcesList({ sources, ownPage, level = 2, anchorPrefix = '' }: { sources: NumberedSource[]; ownPage?: string; level?: 2 | 3; anchorPrefix?: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby={anchorPrefix + SOURCES_HEADING.id} data-sources className="mt-12 border-t border-line pt-6 [&_:is(h2,h3)]:text-lg [&_:is(h2,h3)]:font-semibold [&_:is(h2,h3)]:text-ink">
      <Heading level={level} id={anchorPrefix + SOURCES_HEADING.id} sharedAs={ownPage && `${ownPage}#${SOURCES_HEADING.id}`}>
        {SOURCES_HEADING.text}
      </Heading>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm text-muted marker:text-muted">
        {sources.map((source) => (
          <li key={source.id} id={anchorPrefix + sourceAnchor(source.id)}>
            <BackLinks source={source} anchorPrefix={anchorPrefix} />
            <a href={source.url}>{source.title}</a>
            . {source.publisher}, {source.year}.
            {source.accessed && (
              <>
                {' '}
                Accessed <FormattedDate date={source.accessed} />.
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function BackLinks({ source, anchorPrefix }: { source: NumberedSource; anchorPrefix: string }) {
  const count = source.citationCount;
  if (count === 0) return null;
  return (
    <span data-back-links data-print="hide" className="mr-1">
      {count === 1 ? (
        <a href={`#${anchorPrefix}${citationAnchor(source.id, 1)}`} aria-label={`Back to where source ${source.number} is cited`}>
          ↑
        </a>
      ) : (
        <>
          <span aria-hidden="true">↑ </span>
          {Array.from({ length: count }, (_, index) => (
            <a key={index} href={`#${anchorPrefix}${citationAnchor(source.id, index + 1)}`} aria-label={`Back to citation ${index + 1} of ${count} of source ${source.number}`}>
              {letter(index)}
            </a>
          ))}
        </>
      )}
    </span>
  );
}
