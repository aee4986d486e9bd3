import type { Metadata } from 'next';
import { SearchResultBody } from '@/components/search/search-result';
import { sharingTags, siteImage } from '@/lib/metadata';
import { MAX_QUERY_LENGTH } from '@/lib/search/types';
import { wordsTally } from '@/lib/search/query';
import { searchSite } from '@/lib/search/site-index';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the oncology and hematology career guide and its articles.',
  alternates: { canonical: '/search' },
  ...sharingTags({ url: '/search', title: 'Search', image: siteImage }),
  robots: { index: false, follow: true },
};

/** Server-rendered search: what the header box submits to when JavaScript is off. */
export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw ?? '').trim();
  const tooLong = query.length > MAX_QUERY_LENGTH;
  const results = query && !tooLong ? await searchSite(query, 20) : [];
  const missing = results.length ? (searchSite.missing(query) ?? []) : [];
  const tally = wordsTally(results);

  return (
    <div id={PAGE_CONTENT_ID} className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      {/* This page's own box replaces the header's, so a reader sees one search box, not two.
          The header's dialog stays, for the / and Ctrl+K shortcuts. React moves this into <head>. */}
      <style href="search-page" precedence="default">{'site-search > form { display: none }'}</style>
      <h1 className="text-3xl font-bold tracking-tight text-ink">Search</h1>
      <form action="/search" method="get" role="search" aria-label="Search the guide" className="mt-6 flex gap-2">
        <label htmlFor="search-page-query" className="sr-only">
          Search the guide
        </label>
        <input
          id="search-page-query"
          name="q"
          type="search"
          defaultValue={tooLong ? '' : query}
          placeholder="fellowship, CAR-T…"
          className="min-w-0 flex-1 rounded-lg border border-line bg-surface px-4 py-2.5 text-ink placeholder:text-muted"
        />
        <button type="submit" className="rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90">
          Search
        </button>
      </form>

      <div className="mt-8">
        {!query && <p className="text-muted">Type a word or two above: a topic, a society, a stage of training.</p>}
        {tooLong && (
          <p className="text-muted">
            That search is longer than {MAX_QUERY_LENGTH} characters. Try a few key words instead, such as “fellowship interviews”.
          </p>
        )}
        {query && !tooLong && (
          <>
            <p role="status" className="text-sm text-muted">
              {results.length === 0 ? (
                <>
                  No results for <q className="font-semibold text-ink">{query}</q>. Check the spelling, use fewer words, or browse{' '}
                  <a href="/" className="text-accent underline">
                    the guide’s sections
                  </a>
                  .
                </>
              ) : (
                <>
                  {results.length} result{results.length === 1 ? '' : 's'} for <q className="font-semibold text-ink">{query}</q>.
                  {missing.length > 0 && <> {missingNote(missing)}</>}
                  {tally && <> {tally}</>}
                </>
              )}
            </p>
            <ol className="mt-4 space-y-3">
              {results.map((result) => (
                <li key={result.href}>
                  <a href={result.href} className="block rounded-lg border border-line bg-surface p-4 hover:border-accent">
                    <SearchResultBody result={result} />
                  </a>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}

/** Says which words of the query no page has, so the reader knows the results leave them out. */
function missingNote(missing: string[]) {
  const words = missing.map((word, index) => (
    <span key={word}>
      {index > 0 && (index === missing.length - 1 ? ' or ' : ', ')}
      <q className="font-semibold text-ink">{word}</q>
    </span>
  ));
  return <>No page mentions {words}, so these results are for the other words.</>;
}
