import { FIELD, type SearchResult, type SearchSource, type SnippetPart, type TermShard } from './types';

export const MAX_QUERY_LENGTH = 200;
const RESULTS_PER_PAGE_LIMIT = 2;
const SNIPPET_LENGTH = 180;
const WEIGHT = { title: 8, heading: 5 } as const;
const QUALITY = { exact: 1, prefix: 0.75, typo: 0.6 } as const;

/** Lowercase words without accents: "Café" and "cafe" are the same word. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[a-z0-9]+/g) ?? [];
}

/** The shard a word's postings live in: its first letter, or "0" for digits. */
export function shardOf(word: string): string {
  return /^[a-z]/.test(word) ? word[0] : '0';
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

/** Searches the index: a promise of results, and `now` for when everything needed is loaded. */
export interface Search {
  (query: string, limit?: number): Promise<SearchResult[]>;
  /**
   * The same results synchronously when the query's term shards are already loaded (the common
   * case while typing), so they render in the keystroke's own frame; snippets of pages whose
   * texts are not loaded yet are empty, and `complete` is false until the promise fills them.
   * Undefined when a term shard must be fetched first.
   */
  now(query: string, limit?: number): { results: SearchResult[]; complete: boolean } | undefined;
}

interface LoadedShard {
  shard: TermShard;
  vocabulary: string[];
}

/**
 * Prepares a search over an index source. Every query word must match (as typed, as the start
 * of a word, or with one typo after the first letter for words of four letters or more); a match
 * in the page title ranks above one in a heading, which ranks above one in the text. Term shards
 * and page texts are loaded once, when a query first needs them.
 */
export function createSearch(source: SearchSource): Search {
  const { catalog } = source;
  const shards = new Map<string, Promise<LoadedShard>>();
  const loadedShards = new Map<string, LoadedShard>();
  const texts = new Map<number, Promise<string[]>>();
  const loadedTexts = new Map<number, string[]>();
  const firstSection: number[] = [];
  catalog.sections.forEach(([page], position) => (firstSection[page] ??= position));

  const shard = (name: string) => {
    if (!shards.has(name)) {
      const loading = source.terms(name).then((loaded) => ({ shard: loaded, vocabulary: Object.keys(loaded) }));
      shards.set(name, loading);
      // A failed fetch is forgotten, so the next query tries again.
      loading.then((loaded) => loadedShards.set(name, loaded), () => shards.delete(name));
    }
    return shards.get(name)!;
  };
  const pageTexts = (page: number) => {
    if (!texts.has(page)) {
      const loading = source.texts(page);
      texts.set(page, loading);
      loading.then((loaded) => loadedTexts.set(page, loaded), () => texts.delete(page));
    }
    return texts.get(page)!;
  };
  const termsOf = (query: string) => (query.length > MAX_QUERY_LENGTH ? [] : [...new Set(words(query))]);

  /** The best sections for the terms, from loaded shards: [section position, score] pairs, and the index words matched. */
  function rank(terms: string[], limit: number): { chosen: [number, number][]; matchedWords: Set<string> } {
    const scores = new Map<number, number>();
    const matchedWords = new Set<string>();
    for (const [termIndex, term] of terms.entries()) {
      const { shard: postings, vocabulary } = loadedShards.get(shardOf(term))!;
      // A section's score for a word: its best match in each field (title, heading, text), added up.
      const fieldScores = new Map<number, [number, number, number]>();
      for (const word of vocabulary) {
        const quality =
          word === term ? QUALITY.exact : term.length >= 2 && word.startsWith(term) ? QUALITY.prefix : term.length >= 4 && withinOneEdit(term, word) ? QUALITY.typo : 0;
        if (!quality) continue;
        matchedWords.add(word);
        const encoded = postings[word];
        let section = 0;
        for (let index = 0; index < encoded.length; index += 2) {
          section += encoded[index];
          const fields = encoded[index + 1] >> 5;
          const count = encoded[index + 1] & 31;
          const best = fieldScores.get(section) ?? fieldScores.set(section, [0, 0, 0]).get(section)!;
          if (fields & FIELD.title) best[0] = Math.max(best[0], WEIGHT.title * quality);
          if (fields & FIELD.heading) best[1] = Math.max(best[1], WEIGHT.heading * quality);
          if (fields & FIELD.body) best[2] = Math.max(best[2], Math.min(3, 1 + Math.log(count)) * quality);
        }
      }
      // Every word must match: keep only sections that matched all words so far.
      if (termIndex === 0) for (const [section, [title, heading, body]] of fieldScores) scores.set(section, title + heading + body);
      else
        for (const [section, score] of scores) {
          const more = fieldScores.get(section);
          if (more) scores.set(section, score + more[0] + more[1] + more[2]);
          else scores.delete(section);
        }
    }

    const perPage = new Map<number, number>();
    const chosen: [number, number][] = [];
    for (const [position, score] of [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
      const page = catalog.sections[position][0];
      const shown = perPage.get(page) ?? 0;
      if (shown >= RESULTS_PER_PAGE_LIMIT) continue;
      perPage.set(page, shown + 1);
      chosen.push([position, score]);
      if (chosen.length >= limit) break;
    }
    return { chosen, matchedWords };
  }

  /** Results for ranked sections; a section whose page text is not loaded gets no snippet. */
  function present(chosen: [number, number][], matchedWords: Set<string>): SearchResult[] {
    return chosen.map(([position, score]) => {
      const [page, heading, anchor] = catalog.sections[position];
      const [title, href, label] = catalog.pages[page];
      const text = loadedTexts.get(page)?.[position - firstSection[page]];
      return { href: anchor ? `${href}#${anchor}` : href, title, label, heading, snippet: text ? snippet(text, matchedWords) : [], score };
    });
  }

  const search = async (query: string, limit = 10): Promise<SearchResult[]> => {
    const terms = termsOf(query);
    if (terms.length === 0) return [];
    await Promise.all([...new Set(terms.map(shardOf))].map(shard));
    const { chosen, matchedWords } = rank(terms, limit);
    await Promise.all(chosen.map(([position]) => pageTexts(catalog.sections[position][0])));
    return present(chosen, matchedWords);
  };
  search.now = (query: string, limit = 10) => {
    const terms = termsOf(query);
    if (terms.length === 0) return { results: [], complete: true };
    if (!terms.every((term) => loadedShards.has(shardOf(term)))) return undefined;
    const { chosen, matchedWords } = rank(terms, limit);
    return { results: present(chosen, matchedWords), complete: chosen.every(([position]) => loadedTexts.has(catalog.sections[position][0])) };
  };
  return search;
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
