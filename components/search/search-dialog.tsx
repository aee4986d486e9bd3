'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Search } from '@/lib/search/query';
import { MAX_QUERY_LENGTH, type SearchCatalog, type SearchResult, type TermShard } from '@/lib/search/types';
import { SearchResultBody } from './search-result';

const RESULT_LIMIT = 8;

const json = async <T,>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
};

let loading: Promise<Search> | undefined;
/**
 * The search code and the index's catalog, fetched on first use rather than shipped with every
 * page; the term shards and page texts a query needs follow as it needs them.
 */
function loadSearch(): Promise<Search> {
  loading ??= Promise.all([json<SearchCatalog>('/search/catalog.json'), import('@/lib/search/query')]).then(([catalog, { createSearch }]) =>
    createSearch({
      catalog,
      terms: (shard) => json<TermShard>(`/search/terms/${shard}.json`),
      texts: (page) => json<string[]>(`/search/text/${page}.json`),
      words: () => json<string[]>('/search/words.json'),
    }),
  );
  return loading;
}

/**
 * Instant search in a dialog, opened from the header box, `/` or Ctrl/Cmd+K. Without
 * JavaScript the header box is a plain form that submits to /search.
 */
export function SearchDialog({ inputId }: { inputId: string }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState<Search>();
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Results with the query they answer: typing sets both at once when the term shard is loaded.
  const [answer, setAnswer] = useState<{ query: string; results: SearchResult[]; complete: boolean }>({ query: '', results: [], complete: true });
  const results = answer.results;

  // Otherwise (or for snippets still missing) the answer follows once its parts arrive; one that
  // arrives after the reader typed on is dropped.
  const answered = answer.query === query && answer.complete;
  useEffect(() => {
    if (!search || answered) return;
    let current = true;
    search(query, RESULT_LIMIT).then(
      (found) => current && setAnswer({ query, results: found, complete: true }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [search, query, answered]);

  const type = (value: string) => {
    setQuery(value);
    setActive(0);
    const instant = search?.now(value, RESULT_LIMIT);
    if (instant) setAnswer({ query: value, ...instant });
  };

  useEffect(() => {
    const headerInput = document.getElementById(inputId) as HTMLInputElement | null;
    const open = (initial = '') => {
      if (dialog.current?.open) return;
      setQuery(initial);
      setActive(0);
      setAnswer({ query: '', results: [], complete: true });
      dialog.current?.showModal();
      input.current?.focus();
      // A function is stored through an updater, or React would call it as one.
      loadSearch().then((loaded) => setSearch(() => loaded), () => setFailed(true));
    };
    // Opened by a click or by typing in the header box, not by focus: focus comes back to the
    // box when the dialog closes, and must not open it again.
    const openFromHeader = (event: Event) => {
      event.preventDefault();
      if (!headerInput) return;
      open(headerInput.value);
      headerInput.value = '';
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
      if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        open();
      }
    };
    headerInput?.addEventListener('click', openFromHeader);
    headerInput?.addEventListener('input', openFromHeader);
    headerInput?.form?.addEventListener('submit', openFromHeader);
    document.addEventListener('keydown', onKey);
    return () => {
      headerInput?.removeEventListener('click', openFromHeader);
      headerInput?.removeEventListener('input', openFromHeader);
      headerInput?.form?.removeEventListener('submit', openFromHeader);
      document.removeEventListener('keydown', onKey);
    };
  }, [inputId]);

  const go = (href: string) => {
    dialog.current?.close();
    router.push(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length) setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (results[active]) go(results[active].href);
      else if (query.trim()) go(`/search?q=${encodeURIComponent(query.trim())}`);
    }
  };

  const status = failed
    ? 'Search could not load. Press Enter to search on a separate page.'
    : !search
      ? 'Loading search…'
      : !query.trim()
        ? 'Type to search the guide and articles.'
        : results.length
          ? `${results.length} result${results.length === 1 ? '' : 's'}. Use the arrow keys and Enter to open one.`
          : 'No results. Check the spelling or try fewer words.';

  return (
    <dialog
      ref={dialog}
      aria-label="Search the guide"
      onClick={(event) => event.target === dialog.current && dialog.current.close()}
      className="m-auto mt-[8vh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-line bg-paper p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex items-center gap-2 border-b border-line p-3">
        <label htmlFor="search-dialog-input" className="sr-only">
          Search the guide
        </label>
        <input
          ref={input}
          id="search-dialog-input"
          // A text input: HTML allows the combobox role on type="text", not on type="search".
          type="text"
          enterKeyHint="search"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls="search-dialog-results"
          aria-activedescendant={results.length ? `search-result-${active}` : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          value={query}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Search: fellowship, CAR-T, mentors…"
          className="min-w-0 flex-1 rounded-md bg-surface px-3 py-2 text-base"
        />
        <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-2 py-1 text-sm text-muted hover:text-ink">
          Close<span className="sr-only"> search</span>
        </button>
      </div>
      <p role="status" className="px-4 pt-3 text-sm text-muted">
        {status}
      </p>
      {/* Busy while the results shown answer an earlier keystroke or still lack their snippets. */}
      <ul id="search-dialog-results" role="listbox" aria-label="Search results" aria-busy={!answered || undefined} className="max-h-[60vh] overflow-y-auto p-2">
        {results.map((result, index) => (
          // Keyed by place, not address: as the reader types, rows are updated in place rather than
          // removed and rebuilt, which makes each keystroke cheaper.
          <li key={index} id={`search-result-${index}`} role="option" aria-selected={index === active}>
            <a
              href={result.href}
              tabIndex={-1}
              onClick={(event) => {
                event.preventDefault();
                go(result.href);
              }}
              onMouseMove={() => setActive(index)}
              className={`block rounded-lg p-3 ${index === active ? 'bg-accent-soft' : ''}`}
            >
              <SearchResultBody result={result} />
            </a>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
