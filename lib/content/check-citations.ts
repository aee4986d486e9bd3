import type { Diagnostic } from './diagnostics';
import { nearest } from './nearest';
import { figuresIn, isDurationKey, sentencesOf } from './prose';
import type { Page } from './site';

type Report = (severity: Diagnostic['severity'], page: Pick<Page, 'sourceFile'>, line: number, message: string) => void;

/** A figure stated on more pages than this is a copy waiting to drift: it should live on one. */
const MAX_PAGES_PER_FIGURE = 2;

/**
 * A page's citations against its sources: every `[@id]` names a source, every source is
 * cited, ids are unique; and every paragraph or table that states a figure cites something.
 */
export function checkCitations(page: Page, report: Report) {
  const sources = page.frontmatter.sources ?? [];
  const lineOf = (index: number, field = '') => page.fieldLines[`sources[${index}]${field}`] ?? page.fieldLines.sources ?? 1;
  const ids = new Map<string, number>();
  sources.forEach((source, index) => {
    const first = ids.get(source.id);
    if (first !== undefined) report('error', page, lineOf(index, '.id'), `id "${source.id}" is already the id of the source on line ${lineOf(first)}: give each source its own id`);
    else ids.set(source.id, index);
  });
  const cited = new Set<string>();
  for (const citation of page.citations) {
    cited.add(citation.id);
    if (ids.has(citation.id)) continue;
    const known = [...ids.keys()];
    const guess = nearest(citation.id, known);
    // A mistyped id is one mistake: the source it meant is not also reported as never cited.
    if (guess) cited.add(guess);
    const hint = guess ? `did you mean [@${guess}]?` : known.length ? `the ids are: ${known.join(', ')}` : 'the page lists no sources';
    report('error', page, citation.line, `citation [@${citation.id}]: no source on this page has the id "${citation.id}" (${hint})`);
  }
  sources.forEach((source, index) => {
    if (!cited.has(source.id)) report('error', page, lineOf(index), `source "${source.id}" is never cited: write [@${source.id}] after the claim it supports, or remove it`);
  });
  for (const block of page.prose) {
    if (block.cited || (block.kind !== 'paragraph' && block.kind !== 'table')) continue;
    const [figure] = figuresIn(block.text);
    if (figure) report('warning', page, block.line, `${block.kind} states a figure ("${figure.written}") but cites no source: add [@source-id] after the claim`);
  }
  const firstWithUrl = new Map<string, number>();
  sources.forEach((source, index) => {
    const address = documentAddress(source.url);
    const first = firstWithUrl.get(address);
    if (first === undefined) firstWithUrl.set(address, index);
    else report('warning', page, lineOf(index), `source "${source.id}" has the same url as source "${sources[first].id}" (line ${lineOf(first)}), so readers would see one document twice: cite one of them`);
  });
}

/**
 * The document an address names, for telling two sources apart: http or https, `www.`, a
 * trailing slash, a #fragment and utm_ tracking parameters all lead to the same page.
 */
function documentAddress(url: string): string {
  const parsed = new URL(url);
  for (const name of [...parsed.searchParams.keys()]) if (name.startsWith('utm_')) parsed.searchParams.delete(name);
  return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
}

/** A figure alone that unrelated sentences share by chance: a count or percentage below 10, or a round ten (50%, 100). */
const ROUND_FIGURE = /^(?:\d|[1-9]0|100)%?$/;

/**
 * Sentences that state the same figures (the same set of normalized figures, e.g. "45%") on
 * more than two pages: one fact should have one home that the other pages link to. A sentence
 * whose only figure is a length of time or a round figure (ROUND_FIGURE) is left out: "5 year"
 * and "50%" name no fact of their own, and unrelated sentences share them by chance.
 */
export function checkRepeatedFigures(pages: readonly Page[], report: Report) {
  const places = new Map<string, { page: Page; line: number }[]>();
  for (const page of pages) {
    for (const block of page.prose) {
      if (block.kind !== 'paragraph') continue;
      for (const sentence of sentencesOf(block.text)) {
        const keys = [...new Set(figuresIn(sentence).map((figure) => figure.key))].sort();
        if (keys.length === 0 || (keys.length === 1 && (isDurationKey(keys[0]) || ROUND_FIGURE.test(keys[0])))) continue;
        const key = keys.join(' + ');
        const list = places.get(key) ?? [];
        if (!list.some((place) => place.page === page)) list.push({ page, line: block.line });
        places.set(key, list);
      }
    }
  }
  for (const [key, list] of places) {
    if (list.length <= MAX_PAGES_PER_FIGURE) continue;
    const where = list.map((place) => `${place.page.sourceFile}:${place.line}`).join(', ');
    for (const { page, line } of list) {
      report('warning', page, line, `the figure ${key} is stated on ${list.length} pages (${where}): keep it on the page that explains it and link there`);
    }
  }
}
