import { Heading } from '@/components/mdx/heading';
import { citationAnchor, sourceAnchor, SOURCES_ANCHOR, type NumberedSource } from '@/lib/content/citations';
import { FormattedDate } from './formatted-date';

/** Letters for the back links of a source cited more than once: a, b, c… */
const letter = (index: number) => String.fromCharCode(97 + index);

/**
 * The page's sources, numbered as the text cites them. Each entry is the target of its
 * citation markers and links back to each place that cites it.
 */
export function SourcesList({ sources, url }: { sources: NumberedSource[]; url: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby={SOURCES_ANCHOR} className="mt-12 border-t border-line pt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-ink">
      <Heading level={2} id={SOURCES_ANCHOR} url={`${url}#${SOURCES_ANCHOR}`}>
        Sources
      </Heading>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm text-muted marker:text-muted">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)} className="scroll-mt-6 rounded-sm target:bg-accent-soft">
            <BackLinks source={source} />
            <a href={source.url} className="text-accent underline underline-offset-2">
              {source.title}
            </a>
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

function BackLinks({ source }: { source: NumberedSource }) {
  const count = source.citationCount;
  if (count === 0) return null;
  // Underlined: inside muted list text, color alone would not mark them as links.
  const link = 'mr-1 rounded-sm px-0.5 font-sans text-accent underline underline-offset-2';
  return (
    <span data-print="hide" className="mr-1">
      {count === 1 ? (
        <a href={`#${citationAnchor(source.id, 1)}`} aria-label={`Back to where source ${source.number} is cited`} className={link}>
          ↑
        </a>
      ) : (
        <>
          <span aria-hidden="true">↑ </span>
          {Array.from({ length: count }, (_, index) => (
            <a key={index} href={`#${citationAnchor(source.id, index + 1)}`} aria-label={`Back to citation ${index + 1} of ${count} of source ${source.number}`} className={link}>
              {letter(index)}
            </a>
          ))}
        </>
      )}
    </span>
  );
}
