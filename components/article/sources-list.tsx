import { Heading } from '@/components/mdx/heading';
import type { Source } from '@/lib/content/schema';

/** The page's references, numbered, as cited by the editors in `sources`. */
export function SourcesList({ sources, url }: { sources: Source[]; url: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="page-sources" className="mt-12 border-t border-line pt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-ink">
      <Heading level={2} id="page-sources" url={`${url}#page-sources`}>
        Sources
      </Heading>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm text-muted marker:text-muted">
        {sources.map((source) => (
          <li key={source.url + source.title}>
            <a href={source.url} className="text-accent underline underline-offset-2">
              {source.title}
            </a>
            , {source.publisher}
          </li>
        ))}
      </ol>
    </section>
  );
}
