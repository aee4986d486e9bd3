import type { Site } from '../content';
import { SOURCES_HEADING } from '../content/citations';
import { pageLabel } from '../content/navigation';
import type { TextSection } from '../content/parse';
import { lemmasOf } from './lemmas';
import { indexWords, shardOf } from './query';
import { FIELD, type SearchCatalog, type TermShard } from './types';

/** The names of the term shards: a word's first letter, or "0" for a digit. */
const SHARD_NAMES = [...'abcdefghijklmnopqrstuvwxyz0'];

export interface SearchFiles {
  catalog: SearchCatalog;
  /** Every shard, empty or not, so a query for any first character finds its file. */
  shards: Map<string, TermShard>;
  /** Section texts of each page, in catalog order. */
  texts: string[][];
  /** Words of three letters or more, in most sections first (alphabetical on ties). */
  words: string[];
}

/**
 * What the glossary's matches count. A term's definition ranks below a page section with the
 * term in its heading, which explains it at length, and above a page that mentions it a few
 * times: its heading scores 5 × 0.6 = 3, and a word in a page's text 1 to 3, by its uses.
 */
const GLOSSARY_WEIGHT = 0.6;
/** How source titles are joined into the text of a page's Sources section. */
const SOURCE_SEPARATOR = ' · ';

/** What the index reads of a page: its title, address, label, `##`/`###` sections and source titles. */
interface IndexedPage {
  title: string;
  href: string;
  label: string;
  sections: TextSection[];
  sourceTitles: string[];
  weight?: number;
}

/**
 * A section's text on one line, as snippets show it. A line that ends without a full stop, as
 * list items and table rows do, is kept apart from the next by " · ", not run into it:
 * "timing a transplant referral · Pills in place of injections", not "referral Pills".
 */
export function snippetText(text: string): string {
  return text
    .replace(/([^\s.!?:;…])[^\S\n]*\n\s*/g, '$1 · ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The search index of a site: every page, cut into its `##`/`###` sections, with the titles of
 * its sources as a last section (linking to its Sources list); and the glossary, one section
 * per term (so "LKA" finds its definition). Each term shard also lists the inflections of its
 * words' lemmas (lib/search/lemmas.ts) and their editors' synonyms. Built once per build.
 */
export function buildSearchFiles(site: Site): SearchFiles {
  const pages: IndexedPage[] = [...site.guides.flatMap((guide) => [guide.overview, ...guide.sections]), ...site.articles].map((page) => ({
    title: page.frontmatter.title,
    href: page.href,
    label: pageLabel(page),
    sections: page.sections,
    sourceTitles: page.sources.map((source) => source.title),
  }));
  if (site.glossary.length > 0) {
    pages.push({
      title: 'Glossary',
      href: '/glossary',
      label: 'Glossary',
      sections: site.glossary.map((entry) => ({
        heading: { id: entry.id, text: entry.expansion ? `${entry.term} (${entry.expansion})` : entry.term },
        text: entry.definition,
      })),
      sourceTitles: [],
      weight: GLOSSARY_WEIGHT,
    });
  }
  const catalog: SearchCatalog = { pages: pages.map((page) => (page.weight ? [page.title, page.href, page.label, page.weight] : [page.title, page.href, page.label])), sections: [] };
  const texts: string[][] = [];
  // term → section → [fields, count]
  const occurrences = new Map<string, Map<number, [number, number]>>();
  const note = (word: string, section: number, field: number) => {
    const sections = occurrences.get(word) ?? occurrences.set(word, new Map()).get(word)!;
    const entry = sections.get(section) ?? sections.set(section, [0, 0]).get(section)!;
    entry[0] |= field;
    if (field === FIELD.body) entry[1] = Math.min(31, entry[1] + 1);
  };

  pages.forEach((page, pageIndex) => {
    const pageTexts: string[] = [];
    const titleWords = new Set(indexWords(page.title));
    const addSection = (heading: string, anchor: string, text: string, headingWords: string[], field: number) => {
      const position = catalog.sections.push([pageIndex, heading, anchor]) - 1;
      pageTexts.push(text);
      for (const word of titleWords) note(word, position, FIELD.title);
      for (const word of new Set(headingWords)) note(word, position, FIELD.heading);
      for (const word of indexWords(text)) note(word, position, field);
    };
    for (const section of page.sections) {
      const text = snippetText(section.text);
      if (!section.heading && !text) continue;
      addSection(section.heading?.text ?? '', section.heading?.id ?? '', text, indexWords(section.heading?.text ?? ''), FIELD.body);
    }
    // The "Sources" heading is the same on every page: its word is not worth indexing.
    if (page.sourceTitles.length > 0) addSection(SOURCES_HEADING.text, SOURCES_HEADING.id, page.sourceTitles.join(SOURCE_SEPARATOR), [], FIELD.source);
    texts.push(pageTexts);
  });

  const shards = new Map(SHARD_NAMES.map((name): [string, TermShard] => [name, { postings: {}, inflections: {}, synonyms: {} }]));
  const sorted = [...occurrences].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [word, sections] of sorted) {
    const encoded: number[] = [];
    let previous = 0;
    for (const [section, [fields, count]] of [...sections].sort((a, b) => a[0] - b[0])) {
      encoded.push(section - previous, fields * 32 + count);
      previous = section;
    }
    shards.get(shardOf(word))!.postings[word] = encoded;
  }
  const lemmas = lemmasOf(new Map(sorted.map(([word, sections]) => [word, sections.size])));
  for (const [inflection, lemma] of [...lemmas].sort((a, b) => (a[0] < b[0] ? -1 : 1))) (shards.get(shardOf(lemma))!.inflections[lemma] ??= []).push(inflection);
  for (const group of site.searchSynonyms) {
    // As lemmas, the form a query word is looked up by: "salaries" and "salary" find the same group.
    const groupLemmas = [...new Set(group.map((word) => lemmas.get(word) ?? word))];
    for (const lemma of groupLemmas) {
      const synonyms = (shards.get(shardOf(lemma))!.synonyms[lemma] ??= []);
      for (const other of groupLemmas) if (other !== lemma && !synonyms.includes(other)) synonyms.push(other);
    }
  }
  const wordList = sorted.filter(([word]) => word.length >= 3).sort((a, b) => b[1].size - a[1].size).map(([word]) => word);
  return { catalog, shards, texts, words: wordList };
}
