import { SearchDialog } from '@/components/search/search-dialog';
import { MAX_QUERY_LENGTH } from '@/lib/search/types';

const INPUT_ID = 'site-search';

/** The header search box: a plain GET form to /search, turned into instant search by SearchDialog. */
export function SiteSearch() {
  return (
    <>
      <form action="/search" method="get" role="search" aria-label="Site search" className="flex w-full items-center sm:w-64">
        <label htmlFor={INPUT_ID} className="sr-only">
          Search the guide
        </label>
        <input
          id={INPUT_ID}
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search the guide"
          className="min-w-0 flex-1 rounded-l-md border border-line bg-paper px-3 py-1.5 text-sm text-ink placeholder:text-muted"
        />
        <button type="submit" className="rounded-r-md border border-l-0 border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:text-accent">
          Search
        </button>
      </form>
      <SearchDialog inputId={INPUT_ID} />
    </>
  );
}
