/** The search index as shipped to the browser and the /search page: plain JSON. */
export interface SearchIndex {
  pages: { title: string; href: string; label: string }[];
  sections: {
    /** Position of the section's page in `pages`. */
    page: number;
    /** Heading text; empty for the text before the first heading. */
    heading: string;
    anchor: string;
    text: string;
  }[];
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
  score: number;
}
