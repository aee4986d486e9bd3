import { MAX_QUERY_LENGTH } from '@/lib/search/types';

const INPUT_ID = 'site-search';

/**
 * The header search box: a plain GET form to /search. The search island
 * (components/islands/site-search.ts) turns it into instant search in the dialog below, which
 * stays closed, and out of the way, without JavaScript. On a phone only the button shows, beside
 * the site's name, so the header takes two rows: it opens the dialog, or the results page.
 */
export function SiteSearch() {
  return (
    <site-search className="contents">
      <form action="/search" method="get" role="search" aria-label="Site search" className="flex items-center sm:w-64">
        <label htmlFor={INPUT_ID} className="sr-only">
          Search the guide
        </label>
        <input
          id={INPUT_ID}
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search the guide"
          className="min-w-0 flex-1 rounded-l-md border border-line bg-paper px-3 py-1.5 text-sm text-ink placeholder:text-muted max-sm:hidden"
        />
        <button type="submit" className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:text-accent sm:rounded-l-none sm:border-l-0">
          Search
        </button>
      </form>
      <dialog
        aria-label="Search the guide"
        className="m-auto mt-[8vh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-line bg-paper p-0 text-ink shadow-2xl backdrop:bg-black/40"
      >
        <div className="flex items-center gap-2 border-b border-line p-3">
          <label htmlFor="search-dialog-input" className="sr-only">
            Search the guide
          </label>
          <input
            id="search-dialog-input"
            // A text input: HTML allows the combobox role on type="text", not on type="search".
            type="text"
            enterKeyHint="search"
            role="combobox"
            aria-expanded="false"
            aria-controls="search-dialog-results"
            aria-autocomplete="list"
            autoComplete="off"
            maxLength={MAX_QUERY_LENGTH}
            placeholder="Search: fellowship, CAR-T, mentors…"
            className="min-w-0 flex-1 rounded-md bg-surface px-3 py-2 text-base"
          />
          <button type="button" className="rounded-md px-2 py-1 text-sm text-muted hover:text-ink">
            Close<span className="sr-only"> search</span>
          </button>
        </div>
        <p role="status" className="px-4 pt-3 text-sm text-muted">
          Loading search…
        </p>
        <ul id="search-dialog-results" role="listbox" aria-label="Search results" className="max-h-[60vh] overflow-y-auto p-2" />
      </dialog>
    </site-search>
  );
}
