import type { SearchIndex, SearchResult, SnippetPart } from './types';

export const MAX_QUERY_LENGTH = 200;
const RESULTS_PER_PAGE_LIMIT = 2;
const SNIPPET_LENGTH = 180;
const WEIGHT = { title: 8, heading: 5, body: 1 } as const;
const QUALITY = { exact: 1, prefix: 0.75, typo: 0.6 } as const;

/** Lowercase words without accents: "Café" and "cafe" are the same word. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[a-z0-9]+/g) ?? [];
}

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 1 && restB <= 1) return true; // one substitution, insertion or deletion
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start]; // a swap
}

interface Posting {
  section: number;
  field: 'title' | 'heading' | 'body';
  count: number;
}

/**
 * Prepares an index for searching and returns the search function. Every query word must match
 * (as typed, as the start of a word, or with one typo for words of four letters or more); a match
 * in the page title ranks above one in a heading, which ranks above one in the text.
 */
export function createSearch(index: SearchIndex): (query: string, limit?: number) => SearchResult[] {
  const postings = new Map<string, Posting[]>();
  const add = (word: string, posting: Posting) => (postings.get(word) ?? postings.set(word, []).get(word)!).push(posting);
  const titleWords = index.pages.map((page) => new Set(words(page.title)));
  index.sections.forEach((section, position) => {
    for (const word of titleWords[section.page]) add(word, { section: position, field: 'title', count: 1 });
    for (const word of new Set(words(section.heading))) add(word, { section: position, field: 'heading', count: 1 });
    const counts = new Map<string, number>();
    for (const word of words(section.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) add(word, { section: position, field: 'body', count });
  });
  const vocabulary = [...postings.keys()];

  /** Index words a query word stands for, with how well each matches. */
  function expand(term: string): Map<string, number> {
    const matches = new Map<string, number>();
    for (const word of vocabulary) {
      if (word === term) matches.set(word, QUALITY.exact);
      else if (term.length >= 2 && word.startsWith(term)) matches.set(word, QUALITY.prefix);
      else if (term.length >= 4 && withinOneEdit(term, word)) matches.set(word, QUALITY.typo);
    }
    return matches;
  }

  return function search(query: string, limit = 10): SearchResult[] {
    if (query.length > MAX_QUERY_LENGTH) return [];
    const terms = [...new Set(words(query))];
    if (terms.length === 0) return [];
    const scores = new Map<number, number>();
    const matchedWords = new Set<string>();
    for (const [termIndex, term] of terms.entries()) {
      // A section's score for a word: its best match in each field (title, heading, text), added up.
      const fieldScores = new Map<number, Record<Posting['field'], number>>();
      for (const [word, quality] of expand(term)) {
        matchedWords.add(word);
        for (const { section, field, count } of postings.get(word)!) {
          const weight = field === 'body' ? Math.min(3, 1 + Math.log(count)) : WEIGHT[field];
          const fields = fieldScores.get(section) ?? fieldScores.set(section, { title: 0, heading: 0, body: 0 }).get(section)!;
          fields[field] = Math.max(fields[field], weight * quality);
        }
      }
      const best = new Map([...fieldScores].map(([section, fields]) => [section, fields.title + fields.heading + fields.body]));
      // Every word must match: keep only sections that matched all words so far.
      if (termIndex === 0) for (const [section, score] of best) scores.set(section, score);
      else for (const [section, score] of scores) best.has(section) ? scores.set(section, score + best.get(section)!) : scores.delete(section);
    }

    const perPage = new Map<number, number>();
    const results: SearchResult[] = [];
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [position, score] of ranked) {
      const section = index.sections[position];
      const shown = perPage.get(section.page) ?? 0;
      if (shown >= RESULTS_PER_PAGE_LIMIT) continue;
      perPage.set(section.page, shown + 1);
      const page = index.pages[section.page];
      results.push({
        href: section.anchor ? `${page.href}#${section.anchor}` : page.href,
        title: page.title,
        label: page.label,
        heading: section.heading,
        snippet: snippet(section.text, matchedWords),
        score,
      });
      if (results.length >= limit) break;
    }
    return results;
  };
}

/** About SNIPPET_LENGTH characters of text around the first match, cut at word boundaries. */
export function snippet(text: string, matched: ReadonlySet<string>): SnippetPart[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const isMatch = (token: string) => words(token).some((word) => matched.has(word));
  const first = tokens.find((token) => isMatch(token[0]));
  let start = first ? Math.max(0, first.index - 60) : 0;
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;

  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += part;
    else parts.push({ text: part, match });
  };
  if (start > 0) push('… ', false);
  let cursor = start;
  for (const token of tokens) {
    if (token.index < start || token.index + token[0].length > end) continue;
    if (!isMatch(token[0])) continue;
    push(text.slice(cursor, token.index), false);
    push(token[0], true);
    cursor = token.index + token[0].length;
  }
  push(text.slice(cursor, end), false);
  if (end < text.length) push(' …', false);
  return parts;
}
