// Loaded on the first open of the search dialog (see site-search.ts), never with the page.
import { createSearch, wordsTally, type Search } from '@/lib/search/query';
import type { SearchCatalog, SearchResult, TermShard } from '@/lib/search/types';

const RESULT_LIMIT = 8;

const json = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
};

export interface SearchDialog {
  /** Called on every open: answers what is in the box, which the reader may have typed into already. */
  open(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** One hit, as components/search/search-result.tsx draws it on the /search page. */
function resultBody(result: SearchResult): Node[] {
  const title = element('span', 'mt-0.5 block font-semibold text-ink', result.title);
  if (result.heading) title.append(element('span', 'font-normal text-muted', ` › ${result.heading}`));
  const body: Node[] = [element('span', 'block text-xs font-semibold tracking-wide text-accent uppercase', result.label), title];
  if (result.snippet.length) {
    body.push(
      element(
        'span',
        'mt-1 block font-serif text-sm leading-relaxed text-muted',
        ...result.snippet.map((part) => (part.match ? element('mark', 'rounded-sm bg-accent-soft font-semibold text-ink', part.text) : element('span', '', part.text))),
      ),
    );
  }
  if (result.lacking) body.push(element('span', 'mt-1 block text-xs text-muted', 'Missing: ', element('s', '', result.lacking)));
  return body;
}

/**
 * Runs the search dialog whose markup site-search.tsx renders into every page; `searchPage` is
 * the address of the results page for a query, which lists every result.
 */
export function attachSearch(dialog: HTMLDialogElement, catalog: SearchCatalog, searchPage: (query: string) => string): SearchDialog {
  const search: Search = createSearch({
    catalog,
    terms: (shard) => json<TermShard>(`/search/terms/${shard}.json`),
    texts: (page) => json<string[]>(`/search/text/${page}.json`),
    words: () => json<string[]>('/search/words.json'),
  });
  const input = dialog.querySelector('input')!;
  const status = dialog.querySelector('[role="status"]')!;
  const list = dialog.querySelector<HTMLUListElement>('[role="listbox"]')!;
  // The dialog lists the first results; the results page lists them all.
  const allResults = element('a', 'block border-t border-line px-4 py-3 text-sm font-medium');
  allResults.hidden = true;
  list.after(allResults);

  let failed = false;
  let active = 0;
  // The results the dialog lists with the query they answer, whether the results page has more,
  // and the query's words they leave out (lib/search/query.ts): a keystroke sets them at once when
  // its term shard is loaded.
  type Answer = { query: string; results: SearchResult[]; more: boolean; complete: boolean; missing: string[] };
  const noAnswer: Answer = { query: '', results: [], more: false, complete: true, missing: [] };
  let answer = noAnswer;
  /** The answer to a query from one result more than the dialog lists, which tells whether there are more. */
  const answerOf = (query: string, found: SearchResult[], complete: boolean): Answer => ({
    query,
    results: found.slice(0, RESULT_LIMIT),
    more: found.length > RESULT_LIMIT,
    complete,
    missing: search.missing(query) ?? [],
  });
  let asked = '';
  const query = () => input.value;
  const answered = () => answer.query === query() && answer.complete;

  const render = () => {
    const { results, more, missing } = answer;
    const trimmed = query().trim();
    const leftOut = missing.length ? ` for the other words: no page mentions ${missing.map((word) => `“${word}”`).join(' or ')}` : '';
    status.textContent = failed
      ? 'Search could not load. Press Enter to search on a separate page.'
      : !trimmed
        ? 'Type to search the guide and articles.'
        : results.length
          ? [`${more ? 'The first ' : ''}${results.length} result${results.length === 1 ? '' : 's'}${leftOut}.`, wordsTally(results), 'Use the arrow keys and Enter to open one.'].filter(Boolean).join(' ')
          : 'No results. Check the spelling or try fewer words.';
    input.setAttribute('aria-expanded', String(results.length > 0));
    if (results.length) input.setAttribute('aria-activedescendant', `search-result-${active}`);
    else input.removeAttribute('aria-activedescendant');
    // Busy while the results shown answer an earlier keystroke or still lack their snippets.
    if (answered()) list.removeAttribute('aria-busy');
    else list.setAttribute('aria-busy', 'true');
    // Rows are updated in place rather than removed and rebuilt, which makes each keystroke cheaper.
    while (list.children.length > results.length) list.lastElementChild!.remove();
    results.forEach((result, index) => {
      let row = list.children[index] as HTMLLIElement | undefined;
      if (!row) {
        row = element('li', '', element('a', ''));
        row.id = `search-result-${index}`;
        row.role = 'option';
        row.firstElementChild!.setAttribute('tabindex', '-1');
        list.append(row);
      }
      const link = row.firstElementChild as HTMLAnchorElement;
      row.ariaSelected = String(index === active);
      link.href = result.href;
      link.className = `block rounded-lg p-3 ${index === active ? 'bg-accent-soft' : ''}`;
      link.replaceChildren(...resultBody(result));
    });
    allResults.hidden = !more || failed;
    if (more) {
      allResults.href = searchPage(trimmed);
      allResults.textContent = `All results for “${trimmed}”`;
    }
  };
  /** Keeps the selected result in view as the arrow keys move through a list taller than the dialog. */
  const showActive = () => list.children[active]?.scrollIntoView({ block: 'nearest' });

  // The full answer (and snippets the instant one lacked) follows once its parts arrive; one that
  // arrives after the reader typed on is dropped.
  const complete = () => {
    const wanted = query();
    if (answered() || asked === wanted) return;
    asked = wanted;
    search(wanted, RESULT_LIMIT + 1).then(
      (results) => {
        if (query() !== wanted) return;
        answer = answerOf(wanted, results, true);
        render();
      },
      () => {
        failed = true;
        render();
      },
    );
  };

  const type = () => {
    active = 0;
    const instant = search.now(query(), RESULT_LIMIT + 1);
    if (instant) answer = answerOf(query(), instant.results, instant.complete);
    render();
    list.scrollTop = 0;
    complete();
  };

  const go = (href: string) => {
    dialog.close();
    location.assign(href);
  };

  input.addEventListener('input', type);
  input.addEventListener('keydown', (event) => {
    const { results } = answer;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length) active = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
      showActive();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (results[active]) go(results[active].href);
      else if (query().trim()) go(searchPage(query()));
    }
  });
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    go(link.href);
  });
  list.addEventListener('mousemove', (event) => {
    const row = (event.target as Element).closest('li');
    const index = row ? [...list.children].indexOf(row) : -1;
    if (index < 0 || index === active) return;
    active = index;
    render();
  });
  dialog.dataset.searchReady = 'true';

  return {
    open() {
      failed = false;
      asked = '';
      answer = noAnswer;
      type();
    },
  };
}
