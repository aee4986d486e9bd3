import { hasBritishSpelling, usSpelling } from '../spelling';
import { FIELD, MAX_QUERY_LENGTH, type SearchResult, type SearchSource, type SnippetPart, type TermShard } from './types';

const RESULTS_PER_PAGE_LIMIT = 2;
const SNIPPET_LENGTH = 180;
const WEIGHT = { title: 8, heading: 5, source: 0.5 } as const;
/** How well an index word matches a query word: as typed, another inflection of its lemma, the start of a longer word, an editors' synonym, one typo away. */
const QUALITY = { exact: 1, inflection: 0.9, prefix: 0.75, synonym: 0.7, typo: 0.6 } as const;
/** Shorter words have too many neighbors one typo away ("loan": lean, load, loin) for a typo to be a guess worth showing. */
const TYPO_MIN_LENGTH = 5;
const FIRST_LETTER_TYPO_SHARDS = 2;
/** Added to the score of a section with every query word, so it ranks above any that lacks one. */
const ALL_WORDS_BONUS = 1e6;
/**
 * Added, per query word, to a section whose heading (for a page's opening, its title) is mostly
 * the query, its words side by side and in order (namesQuery): that section is about the query,
 * so it ranks above sections that only have the words apart, even in their page's title (8 a word).
 */
const PHRASE_BONUS = 8;
// An ASCII token is one word already; others go through words() for case and accents.
const ASCII = /^[\x00-\x7f]+$/;
/** A text match's weight by the word's uses in the section (at most 31 are counted): more uses rank higher, up to 3. */
const BODY_WEIGHT = Array.from({ length: 32 }, (_, count) => Math.min(3, 1 + Math.log(count)));
/**
 * Words that say nothing about a section's subject (Lucene's English stop words): not indexed, and
 * left out of a query that has other words, so "maintenance of certification" need not find "of".
 */
const STOP_WORDS = new Set('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '));

/** Lowercase words without accents: "Café" and "cafe" are the same word. */
function words(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[a-z0-9]+/g) ?? [];
}

/** The words search reads: words() with British spellings in their US form ("Counsellors": "counselors"). */
function usWords(text: string): string[] {
  return words(text).flatMap((word) => {
    const us = usSpelling(word);
    return us ? words(us) : [word];
  });
}

/** usWords() without stop words: the words that say what a text is about. */
function contentWords(text: string): string[] {
  return usWords(text).filter((word) => !STOP_WORDS.has(word));
}

/** A hyphenated compound, which readers also type as one word ("H-1B", "non-compete"). */
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * A heading's words as a query's words are compared with them side by side: without stop words,
 * once with each hyphenated compound split and, if it has one, once with it joined ("H-1B visa":
 * h 1b visa, and h1b visa).
 */
function phraseForms(heading: string): string[][] {
  const split = contentWords(heading);
  const joined = contentWords(heading.replace(COMPOUND, (compound) => compound.replaceAll('-', '')));
  return joined.length < split.length ? [split, joined] : [split];
}

/**
 * True when a heading is mostly the query: one of its `forms` has one word of each match set side
 * by side, in the sets' order, and at most as many other words ("Clinical research staff" for
 * "clinical research", but not "Association of Clinical Research Professionals").
 */
function namesQuery(forms: readonly string[][], matchSets: readonly Set<string>[]): boolean {
  return forms.some((form) => form.length <= 2 * matchSets.length && form.some((_, start) => start + matchSets.length <= form.length && matchSets.every((set, offset) => set.has(form[start + offset]))));
}

/**
 * The words of a text the index holds: usWords() without stop words, and each hyphenated
 * compound also joined into one word, so "h1b" finds "H-1B" and "noncompete" finds "non-compete"
 * (the parts are words of their own too, so "H-1B" as typed still finds it).
 */
export function indexWords(text: string): string[] {
  return [...contentWords(text), ...(text.match(COMPOUND) ?? []).flatMap((compound) => contentWords(compound.replaceAll('-', '')))];
}

/** The shard a word's postings live in: its first letter, or "0" for digits. */
export function shardOf(word: string): string {
  return /^[a-z]/.test(word) ? word[0] : '0';
}

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbors. */
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
   * Undefined when a term shard (or, for a typo in a first letter, the word list) must be fetched first.
   */
  now(query: string, limit?: number): { results: SearchResult[]; complete: boolean } | undefined;
  /**
   * The query's words that match nothing in the index, not even with a typo: the results leave
   * them out, and a reader should be told. Undefined until the query has been searched.
   */
  missing(query: string): string[] | undefined;
}

interface LoadedShard {
  postings: TermShard['postings'];
  vocabulary: string[];
  /** The lemma of each word that has one other than itself ("applied": "apply"), whether or not the index has the word. */
  lemmas: Map<string, string>;
  /** The lemma of each vocabulary word, in the same order. */
  vocabularyLemmas: string[];
  /** The synonyms of lemmas starting with the shard's character, as lemmas. */
  synonyms: Map<string, string[]>;
}

/** A ranked section: its position, its score (what orders results) and the query word it lacks, if any (-1 for none). */
type Ranked = [position: number, score: number, lacking: number];

/** The ranked sections of a query, the index words they matched, and the query words ranked by (those the index has). */
interface Ranking {
  chosen: Ranked[];
  matchedWords: Set<string>;
  words: string[];
}

/** A word of the query, and whether it may be the start of a longer word: only the last may, as the reader may still be typing it. */
interface Term {
  word: string;
  partial: boolean;
}

/** An index word a query word matches, and how well. */
interface Match {
  word: string;
  quality: number;
}

/**
 * Index words one typo away from `term` that start with another letter, so live in other shards.
 * The word list is most used first, so these are the likeliest corrections, taken from at most
 * two other shards: a short word has neighbors under many letters, and each shard is a download.
 */
function firstLetterTypos(term: string, wordList: readonly string[]): string[] {
  const typos: string[] = [];
  const shards = new Set<string>();
  for (const word of wordList) {
    if (word[0] === term[0] || !withinOneEdit(term, word)) continue;
    if (!shards.has(shardOf(word)) && shards.size === FIRST_LETTER_TYPO_SHARDS) continue;
    shards.add(shardOf(word));
    typos.push(word);
  }
  return typos;
}

/**
 * Prepares a search over an index source. Every query word but stop words must match (results
 * that lack just one follow those that have them all, marked with the word they lack): as typed
 * (British spellings read as US ones), as another inflection of its lemma (the index lists them,
 * so "mentoring" finds "mentors" and "applied" finds "apply"), as the start of a word (the last
 * word, which the reader may still be typing), as a synonym the editors listed ("maternity"
 * finds "parental"), or, for a word of five letters or more that matches none of those ways,
 * with one typo. A match in the page title ranks above one in a heading, which ranks above one
 * in the text, which ranks above one in a source title; a section whose heading is mostly the
 * query, its words in order, is lifted above those with the words apart (namesQuery). A word that matches nothing in the index
 * at all is left out rather than emptying the results, and `missing` names it: "fellowship
 * sabbatical" finds the fellowship sections, and the reader is told that no page mentions
 * "sabbatical". Term shards, page texts and the word list are loaded once, when a query first
 * needs them: the word list only for a word that matches nothing in its own shard, whose typo
 * may be in its first letter.
 */
export function createSearch(source: SearchSource): Search {
  const { catalog } = source;
  const shards = new Map<string, Promise<LoadedShard>>();
  const loadedShards = new Map<string, LoadedShard>();
  const texts = new Map<number, Promise<string[]>>();
  const loadedTexts = new Map<number, string[]>();
  let allWords: Promise<string[]> | undefined;
  let loadedWords: string[] | undefined;
  // Scratch space for ranking, indexed by section and reused by every query, so typing does not
  // allocate (and collect) arrays the size of the site at each keystroke.
  const scores = new Float64Array(catalog.sections.length);
  // How many of the query's words each section has matched so far, and which (one bit each).
  const matched = new Uint8Array(catalog.sections.length);
  const matchedBits = new Uint32Array(catalog.sections.length);
  // A section's score for the current word: its best match in each field (title, heading, text);
  // zero again once the word is done.
  const fieldScores = new Float64Array(catalog.sections.length * 3);
  const firstSection: number[] = [];
  // What a section's score counts: its page's weight (the glossary's definitions count less).
  const sectionWeight = new Float64Array(catalog.sections.length);
  catalog.sections.forEach(([page], position) => {
    firstSection[page] ??= position;
    sectionWeight[position] = catalog.pages[page][3] ?? 1;
  });
  // What each section's phrase is read from: its heading, or its page's title before the first
  // heading. Not the glossary's (pages with a weight): a term with its expansion in brackets would
  // name most queries for it, lifting short definitions above the sections that explain them.
  let headingForms: string[][][] | undefined;
  const headingFormsOf = (position: number) => {
    headingForms ??= catalog.sections.map(([page, heading]) => (catalog.pages[page][3] === undefined ? phraseForms(heading || catalog.pages[page][0]) : []));
    return headingForms[position];
  };

  const shard = (name: string) => {
    if (!shards.has(name)) {
      const loading = source.terms(name).then(({ postings, inflections, synonyms }) => {
        const vocabulary = Object.keys(postings);
        const lemmas = new Map(Object.entries(inflections).flatMap(([lemma, forms]) => forms.map((form): [string, string] => [form, lemma])));
        return { postings, vocabulary, lemmas, vocabularyLemmas: vocabulary.map((word) => lemmas.get(word) ?? word), synonyms: new Map(Object.entries(synonyms)) };
      });
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
  const wordList = () => {
    if (!allWords) {
      allWords = source.words();
      allWords.then((loaded) => (loadedWords = loaded), () => (allWords = undefined));
    }
    return allWords;
  };
  /** The words a query is searched by: in US spelling, without stop words unless it has only those. */
  const termsOf = (query: string): Term[] => {
    if (query.length > MAX_QUERY_LENGTH) return [];
    const all = usWords(query);
    const kept = all.filter((word) => !STOP_WORDS.has(word));
    return [...new Set(kept.length ? kept : all)].map((word) => ({ word, partial: word === all.at(-1) }));
  };

  /** The synonyms of a query word's lemma, from the word's own shard: empty until that is loaded. */
  const synonymsOf = (term: string): string[] => {
    const own = loadedShards.get(shardOf(term));
    return own?.synonyms.get(own.lemmas.get(term) ?? term) ?? [];
  };

  /**
   * What a query word matches: in its own shard as typed, another inflection of its lemma
   * ("applied": apply, applies, applying), or (the last word) as a prefix; any inflection of its
   * lemma's synonyms, in their shards; failing all those, for a word of five letters or more,
   * one typo away in its own shard, then in its first letter. Undefined while a shard or the
   * word list this needs is not loaded.
   */
  function matchesOf({ word: term, partial }: Term): Match[] | undefined {
    const own = loadedShards.get(shardOf(term));
    if (!own) return undefined;
    const found: Match[] = [];
    const lemma = own.lemmas.get(term) ?? term;
    const prefix = partial && term.length >= 2;
    own.vocabulary.forEach((word, index) => {
      const quality = word === term ? QUALITY.exact : own.vocabularyLemmas[index] === lemma ? QUALITY.inflection : prefix && word.startsWith(term) ? QUALITY.prefix : 0;
      if (quality) found.push({ word, quality });
    });
    for (const synonym of synonymsOf(term)) {
      const other = loadedShards.get(shardOf(synonym));
      if (!other) return undefined;
      other.vocabulary.forEach((word, index) => {
        if (other.vocabularyLemmas[index] === synonym) found.push({ word, quality: QUALITY.synonym });
      });
    }
    if (found.length || term.length < TYPO_MIN_LENGTH) return found;
    for (const word of own.vocabulary) if (withinOneEdit(term, word)) found.push({ word, quality: QUALITY.typo });
    if (found.length) return found;
    if (!loadedWords) return undefined;
    const typos = firstLetterTypos(term, loadedWords);
    return typos.every((word) => loadedShards.has(shardOf(word))) ? typos.map((word) => ({ word, quality: QUALITY.typo })) : undefined;
  }

  /** Loads what the terms' matches need: their shards and their synonyms', then for a word with none there, the word list and its typos' shards. */
  async function loadFor(terms: Term[]): Promise<void> {
    await Promise.all([...new Set(terms.map((term) => shardOf(term.word)))].map(shard));
    await Promise.all([...new Set(terms.flatMap((term) => synonymsOf(term.word)).map(shardOf))].map(shard));
    const unmatched = terms.filter((term) => !matchesOf(term));
    if (unmatched.length === 0) return;
    const loaded = await wordList();
    await Promise.all([...new Set(unmatched.flatMap((term) => firstLetterTypos(term.word, loaded)).map(shardOf))].map(shard));
  }

  /**
   * The best sections for the query words' matches, and the index words matched. Sections with
   * every word come first; then, for a query of two to 32 words, sections that lack one of them,
   * with the one they lack ("J-1 moonlighting" also finds the glossary's J-1 entry, which never
   * says "moonlighting"). Scores live in typed arrays indexed by section and only the best
   * `limit` are kept as they are found, so a query costs one pass over the matched postings, with
   * no per-section objects and no sort of every match (a common word is in most of a large site).
   */
  function rank(matches: Match[][], limit: number): { chosen: Ranked[]; matchedWords: Set<string> } {
    const count = catalog.sections.length;
    const wordsAllowedMissing = matches.length >= 2 && matches.length <= 32 ? 1 : 0;
    scores.fill(0);
    matched.fill(0);
    matchedBits.fill(0);
    const touched: number[] = [];
    const matchedWords = new Set<string>();
    // How rare each query word is: the inverse document frequency of its matches' sections.
    const rarity = wordsAllowedMissing ? matches.map((termMatches) => Math.log(1 + count / termMatches.reduce((sections, { word }) => sections + loadedShards.get(shardOf(word))!.postings[word].length / 2, 0))) : [];
    for (const [termIndex, termMatches] of matches.entries()) {
      for (const { word, quality } of termMatches) {
        matchedWords.add(word);
        const encoded = loadedShards.get(shardOf(word))!.postings[word];
        let section = 0;
        for (let index = 0; index < encoded.length; index += 2) {
          section += encoded[index];
          // Only sections that lack none of the earlier words, or one at most, can still be results.
          if (termIndex - matched[section] > wordsAllowedMissing) continue;
          const fields = encoded[index + 1] >> 5;
          const at = section * 3;
          if (fieldScores[at] + fieldScores[at + 1] + fieldScores[at + 2] === 0) touched.push(section);
          if (fields & FIELD.title) fieldScores[at] = Math.max(fieldScores[at], WEIGHT.title * quality);
          if (fields & FIELD.heading) fieldScores[at + 1] = Math.max(fieldScores[at + 1], WEIGHT.heading * quality);
          if (fields & FIELD.body) fieldScores[at + 2] = Math.max(fieldScores[at + 2], BODY_WEIGHT[encoded[index + 1] & 31] * quality);
          // Source titles are a section of their own, with no text: they share the text's slot.
          if (fields & FIELD.source) fieldScores[at + 2] = Math.max(fieldScores[at + 2], WEIGHT.source * quality);
        }
      }
      for (const section of touched) {
        const at = section * 3;
        scores[section] += fieldScores[at] + fieldScores[at + 1] + fieldScores[at + 2];
        matched[section]++;
        matchedBits[section] |= 1 << termIndex;
        fieldScores[at] = fieldScores[at + 1] = fieldScores[at + 2] = 0;
      }
      touched.length = 0;
    }

    // Each query word's matched index words, to find the query as a phrase in a heading.
    const matchSets = matches.length >= 2 ? matches.map((termMatches) => new Set(termMatches.map(({ word }) => word))) : [];

    // The best `limit` sections, highest score first (earlier section on ties), at most
    // RESULTS_PER_PAGE_LIMIT from one page; every section with all the words above any without one.
    const chosen: Ranked[] = [];
    for (let position = 0; position < count; position++) {
      const missing = matches.length - matched[position];
      if (missing > wordsAllowedMissing) continue;
      let lacking = -1;
      if (missing) while (matchedBits[position] & (1 << ++lacking));
      const phrase = !missing && matchSets.length > 0 && namesQuery(headingFormsOf(position), matchSets) ? PHRASE_BONUS * matches.length : 0;
      // A section that lacks a rare word of the query ranks below one that lacks a common word:
      // for "precision medicine", the sections on precision before those that only say medicine.
      const score = missing ? (scores[position] * sectionWeight[position]) / rarity[lacking] : (scores[position] + phrase) * sectionWeight[position] + ALL_WORDS_BONUS;
      if (chosen.length === limit && score <= chosen[limit - 1][1]) continue;
      let at = chosen.length;
      while (at > 0 && chosen[at - 1][1] < score) at--;
      chosen.splice(at, 0, [position, score, lacking]);
      const page = catalog.sections[position][0];
      const samePage = chosen.filter(([other]) => catalog.sections[other][0] === page);
      if (samePage.length > RESULTS_PER_PAGE_LIMIT) chosen.splice(chosen.indexOf(samePage.at(-1)!), 1);
      else if (chosen.length > limit) chosen.pop();
    }
    return { chosen, matchedWords };
  }

  /** Results for ranked sections; a section whose page text is not loaded gets no snippet. */
  function present({ chosen, matchedWords, words: queryWords }: Ranking): SearchResult[] {
    return chosen.map(([position, score, lacking]) => {
      const [page, heading, anchor] = catalog.sections[position];
      const [title, href, label] = catalog.pages[page];
      const texts = loadedTexts.get(page);
      const at = position - firstSection[page];
      // A heading with no text of its own before its first subheading shows how that one opens.
      const text = texts?.[at] || (anchor && texts?.[at + 1]);
      const result: SearchResult = { href: anchor ? `${href}#${anchor}` : href, title, label, heading, snippet: text ? snippet(text, matchedWords) : [], score };
      if (lacking >= 0) result.lacking = queryWords[lacking];
      return result;
    });
  }

  // A query's matches scan its shards' vocabularies: the ranking and `missing` both need them at
  // each keystroke, so they are worked out once per query (once everything they need is loaded).
  let lastMatches: { key: string; matches: Match[][] } | undefined;
  const termsKey = (terms: Term[]) => terms.map(({ word, partial }) => (partial ? `${word}…` : word)).join(' ');
  /** Each term's matches; undefined while a shard or the word list they need is not loaded. */
  const matchesFor = (terms: Term[]): Match[][] | undefined => {
    const key = termsKey(terms);
    if (lastMatches?.key !== key) {
      const matches = terms.map(matchesOf);
      if (matches.some((termMatches) => !termMatches)) return undefined;
      lastMatches = { key, matches: matches as Match[][] };
    }
    return lastMatches.matches;
  };

  // The dialog asks `now`, then the promise for the same query when snippets are missing: rank once.
  let lastRanking: { key: string; ranking: Ranking } | undefined;
  /** The ranking for the terms; undefined while a shard or the word list it needs is not loaded. */
  const ranked = (terms: Term[], limit: number): Ranking | undefined => {
    const key = `${limit} ${termsKey(terms)}`;
    if (lastRanking?.key !== key) {
      const matches = matchesFor(terms);
      if (!matches) return undefined;
      // Words that match nothing are left out (`missing` names them).
      const kept = terms.flatMap((term, index) => (matches[index].length ? [{ word: term.word, matches: matches[index] }] : []));
      const words = kept.map((term) => term.word);
      lastRanking = { key, ranking: kept.length ? { ...rank(kept.map((term) => term.matches), limit), words } : { chosen: [], matchedWords: new Set(), words } };
    }
    return lastRanking.ranking;
  };

  const search = async (query: string, limit = 10): Promise<SearchResult[]> => {
    const terms = termsOf(query);
    if (terms.length === 0) return [];
    // Already loaded (the dialog's follow-up for snippets, most often): rank from what is there.
    let ranking = ranked(terms, limit);
    if (!ranking) {
      await loadFor(terms);
      ranking = ranked(terms, limit)!;
    }
    await Promise.all(ranking.chosen.map(([position]) => pageTexts(catalog.sections[position][0])));
    return present(ranking);
  };
  search.now = (query: string, limit = 10) => {
    const terms = termsOf(query);
    if (terms.length === 0) return { results: [], complete: true };
    const ranking = ranked(terms, limit);
    if (!ranking) return undefined;
    return { results: present(ranking), complete: ranking.chosen.every(([position]) => loadedTexts.has(catalog.sections[position][0])) };
  };
  search.missing = (query: string) => {
    const terms = termsOf(query);
    const matches = matchesFor(terms);
    return matches && terms.filter((_, index) => matches[index].length === 0).map((term) => term.word);
  };
  return search;
}

/**
 * How many results have every word of the query and how many lack one ("1 has every word; 7 lack
 * one."), for the status line above results; empty when none lacks a word.
 */
export function wordsTally(results: readonly SearchResult[]): string {
  const lacking = results.filter((result) => result.lacking).length;
  if (lacking === 0) return '';
  const complete = results.length - lacking;
  if (complete === 0) return 'None has every word; each lacks one.';
  return `${complete} ${complete === 1 ? 'has' : 'have'} every word; ${lacking} ${lacking === 1 ? 'lacks' : 'lack'} one.`;
}

/**
 * About SNIPPET_LENGTH characters of text around the first match, cut at word boundaries. Words
 * are read one at a time and only up to the end of the window: it runs for every result at each
 * keystroke, over section texts of hundreds of words.
 */
export function snippet(text: string, matched: ReadonlySet<string>): SnippetPart[] {
  // A hyphenated compound is read whole, so "H-1B" is highlighted when its joined form "h1b" matched.
  const token = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
  // Index words are in US spelling: a British word in the text (a proper name) matches its US
  // form. Only looked up when a matched word has a British spelling, which is seldom.
  const british = [...matched].some(hasBritishSpelling);
  const isWordMatch = (found: string) => {
    if (!ASCII.test(found)) return usWords(found).some((word) => matched.has(word));
    const lower = found.toLowerCase();
    if (matched.has(lower)) return true;
    const us = british ? usSpelling(lower) : undefined;
    return us !== undefined && words(us).some((word) => matched.has(word));
  };
  const isMatch = (found: string) => (found.includes('-') ? isWordMatch(found.replaceAll('-', '')) || found.split('-').some(isWordMatch) : isWordMatch(found));
  let first: RegExpExecArray | null;
  while ((first = token.exec(text)) && !isMatch(first[0]));
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
  // No word between the window's start and the first match matches: read on from the match.
  token.lastIndex = first ? Math.max(first.index, start) : text.length;
  for (let found; (found = token.exec(text)) && found.index + found[0].length <= end; ) {
    if (!isMatch(found[0])) continue;
    push(text.slice(cursor, found.index), false);
    push(found[0], true);
    cursor = found.index + found[0].length;
  }
  push(text.slice(cursor, end), false);
  if (end < text.length) push(' …', false);
  return parts;
}
