import { define, Island } from './define';
import type { SearchCatalog } from '@/lib/search/types';
import type { SearchDialog } from './search-dialog';

/** The search index's catalog: the first file every query needs, fetched alongside the code. */
async function fetchCatalog(): Promise<SearchCatalog> {
  const response = await fetch('/search/catalog.json');
  if (!response.ok) throw new Error(`/search/catalog.json: ${response.status}`);
  return response.json();
}

const searchPage = (query: string) => `/search?q=${encodeURIComponent(query.trim())}`;

/**
 * The header search box, a plain GET form to /search, becomes instant search in a dialog opened
 * from the box, `/` or Ctrl/Cmd+K. The dialog's markup is in the page, so it opens at once and
 * takes keystrokes; its code and the index load on first use.
 */
class SiteSearch extends Island {
  #dialog?: Promise<SearchDialog>;

  protected start(signal: AbortSignal): void {
    const headerInput = this.querySelector<HTMLInputElement>('form input')!;
    const dialog = this.querySelector('dialog')!;
    const input = dialog.querySelector('input')!;
    const status = dialog.querySelector('[role="status"]')!;

    const open = (initial = '') => {
      if (dialog.open) return;
      input.value = initial;
      dialog.showModal();
      input.focus();
      this.#dialog ??= Promise.all([import('./search-dialog'), fetchCatalog()]).then(([{ attachSearch }, catalog]) => attachSearch(dialog, catalog, searchPage));
      this.#dialog.then(
        (search) => search.open(),
        () => (status.textContent = 'Search could not load. Press Enter to search on a separate page.'),
      );
    };
    // Opened by a click or by typing in the header box, not by focus: focus comes back to the
    // box when the dialog closes, and must not open it again.
    const openFromHeader = (event: Event) => {
      event.preventDefault();
      open(headerInput.value);
      headerInput.value = '';
    };
    headerInput.addEventListener('click', openFromHeader, { signal });
    headerInput.addEventListener('input', openFromHeader, { signal });
    headerInput.form!.addEventListener('submit', openFromHeader, { signal });
    document.addEventListener(
      'keydown',
      (event) => {
        const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
        if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
          event.preventDefault();
          open();
        }
      },
      { signal },
    );
    // Until the search code is running (or if it cannot load), Enter searches on the results page.
    input.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Enter' || dialog.dataset.searchReady) return;
        event.preventDefault();
        if (input.value.trim()) location.assign(searchPage(input.value));
      },
      { signal },
    );
    dialog.querySelector('button')!.addEventListener('click', () => dialog.close(), { signal });
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close(), { signal });
  }
}

define('site-search', SiteSearch);
