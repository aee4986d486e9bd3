import type { Source } from '@/lib/content/schema';

/** The page's references, numbered, as cited by the editors in `sources`. */
export function SourcesList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="page-sources-heading" className="mt-12 border-t border-line pt-6">
      <h2 id="page-sources-heading" className="text-lg font-semibold text-ink">
        Sources
      </h2>
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
