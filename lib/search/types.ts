/**
 * The search index, as files the browser fetches only when it needs them and the /search page
 * imports: a catalog of pages and sections (no text), the terms and their inflections cut into
 * shards by first character, each page's section texts for snippets, and the list of every indexed
 * word (most used first) for typos in a word's first letter.
 */
export interface SearchCatalog {
  /**
   * [title, href, label] of each page, and what its matches count (1 when left out; the
   * glossary's definitions count less than the pages that explain their terms).
   */
  pages: [title: string, href: string, label: string, weight?: number][];
  /** [page position, heading text ('' before the first heading), anchor] of each section. */
  sections: [number, string, string][];
}

/** The terms that start with one character (a letter, or "0" for a digit). */
export interface TermShard {
  /**
   * Where each term occurs: a flat list of pairs [section position minus the previous one,
   * fields * 32 + count], fields being 1 (page title), 2 (heading), 4 (text), 8 (a source title)
   * added up, count its uses in the text (at most 31).
   */
  postings: Record<string, number[]>;
  /**
   * Each lemma and its inflections, terms or not ("apply": ["applied", "applies", "applying"]), so a
   * query word in any of them finds the others; found at build time, so no lemmatizer ships to the
   * browser. A lemma's inflections start with its first character.
   */
  inflections: Record<string, string[]>;
  /**
   * The synonyms of each lemma that starts with this character, as lemmas ("maternity": ["parental",
   * "paternity"]), from content/search-synonyms.yaml, whether or not the index has the word: a query
   * word also finds its synonyms' inflections, which may live in other shards.
   */
  synonyms: Record<string, string[]>;
}

export const FIELD = { title: 1, heading: 2, body: 4, source: 8 } as const;

/** The longest query the search answers; the search boxes stop accepting characters there. */
export const MAX_QUERY_LENGTH = 200;

/** How the search reaches the index: fetch in the browser, bundled imports on the server. */
export interface SearchSource {
  catalog: SearchCatalog;
  terms: (shard: string) => Promise<TermShard>;
  texts: (page: number) => Promise<string[]>;
  /** Every indexed word of three letters or more, most used first. */
  words: () => Promise<string[]>;
}

/** A run of snippet text, highlighted where it matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchResult {
  /** Page address with the matched heading's fragment. */
  href: string;
  title: string;
  label: string;
  heading: string;
  snippet: SnippetPart[];
  /** What orders the results, highest first. */
  score: number;
  /** The query word this section lacks, when it has all the others but not that one. */
  lacking?: string;
}
