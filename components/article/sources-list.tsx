import { Heading } from '@/components/mdx/heading';
import { citationAnchor, SOURCES_HEADING, sourceAnchor, type NumberedSource } from '@/lib/content/citations';
import type { Page } from '@/lib/content';
import type { AnchorScope } from '@/lib/content/whole-guide';
import { FormattedDate } from './formatted-date';

/** Letters for the back links of a source cited more than once: a, b, c… */
const letter = (index: number) => String.fromCharCode(97 + index);

/**
 * The page's sources, numbered as the text cites them; `[data-sources]` in app/globals.css styles
 * the entries and their links. Each entry is the target of its
 * citation markers and links back to each place that cites it. With a `scope` the list is one
 * part of the whole guide, as in MdxContent: its heading sits a level lower, its ids take the
 * scope's prefix, and its copy-link button shares the heading on `page`'s own address.
 */
export function SourcesList({ page, scope }: { page: Pick<Page, 'href' | 'sources'>; scope?: AnchorScope }) {
  const { sources } = page;
  if (sources.length === 0) return null;
  const anchorPrefix = scope?.prefix ?? '';
  return (
    <section aria-labelledby={anchorPrefix + SOURCES_HEADING.id} data-sources className="mt-12 border-t border-line pt-6 [&_:is(h2,h3)]:text-lg [&_:is(h2,h3)]:font-semibold [&_:is(h2,h3)]:text-ink">
      <Heading level={scope ? 3 : 2} id={anchorPrefix + SOURCES_HEADING.id} sharedAs={scope && `${page.href}#${SOURCES_HEADING.id}`}>
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
