import { idOf } from '../mdx/ids.mjs';
import pluralize from 'pluralize';
import { likelyMeant } from './nearest';
import type { Diagnostic } from './diagnostics';
import { linkedPlace, linkTarget, type Glossary } from './glossary';
import { britishSpellings, figuresIn, isDurationKey, numbersIn, sentencesOf, YEAR } from './prose';
import type { Page } from './site';

type Report = (severity: Diagnostic['severity'], file: { sourceFile: string }, line: number, message: string) => void;

/**
 * The glossary against itself and the pages: unique ids, short US-spelled definitions, links
 * that resolve; every `<Term>` naming an entry; every entry used somewhere; and on each page the
 * first use of an acronym the glossary defines marked, so readers meet the definition there.
 */
export function checkGlossary(
  glossary: Glossary | undefined,
  pages: readonly Page[],
  /** Ids marked in files that did not load as pages; `unknown` when one of them could not be read. */
  markedElsewhere: readonly string[] | 'unknown',
  report: Report,
  linkError: (url: string) => string | undefined,
) {
  const entries = glossary?.entries ?? [];
  const byId = new Map<string, (typeof entries)[number]>();
  const byTerm = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    const same = byId.get(entry.id);
    const twice = byTerm.get(entry.term.toLowerCase());
    if (same) report('error', glossary!, entry.line, `"${entry.term}": the id "${entry.id}" is already used by "${same.term}" (line ${same.line}); give one an id of its own`);
    else byId.set(entry.id, entry);
    if (twice && !same) report('error', glossary!, entry.line, `"${entry.term}" is already in the glossary (line ${twice.line}): if both mean the same, keep one entry; if they are two meanings, write each term so readers and pages can tell them apart, e.g. "CHIP (insurance)"`);
    byTerm.set(entry.term.toLowerCase(), twice ?? entry);
    if (sentencesOf(entry.definition).length > 2) report('error', glossary!, entry.line, `"${entry.term}": the definition is more than two sentences; link to the page that explains the rest`);
    // A definition shows in pop-ups on every page that marks the term and is reviewed with none of them.
    const year = YEAR.exec(entry.definition)?.[0];
    // A count of the term's own things that its name carries (PHQ-9's nine questions) is what it
    // means, and does not date; a length of time, a share or a sum does, whatever the name says.
    const named = new Set(numbersIn(`${entry.term} ${entry.expansion ?? ''}`));
    const namedCount = (key: string) => /^[\d.]+(?: [a-z]+)?$/.test(key) && !/ (?:thousand|million|billion)$/.test(key) && !isDurationKey(key) && numbersIn(key).every((number) => named.has(number));
    const figure = figuresIn(entry.definition).find(({ key }) => !namedCount(key))?.written;
    if (year) report('error', glossary!, entry.line, `"${entry.term}": the definition names a year ("${year}"): give dates on the page its link leads to, where they are cited and dated`);
    else if (figure) report('warning', glossary!, entry.line, `"${entry.term}": the definition states a figure ("${figure}"), which would go out of date unseen: give it on the linked page (a count the term is named by, as PHQ-9's nine questions, is fine)`);
    for (const text of [entry.expansion ?? '', entry.definition]) {
      for (const { word, us } of britishSpellings(text)) report('error', glossary!, entry.line, `"${entry.term}": "${word}" is British spelling: write "${us}"`);
    }
    const problem = entry.link && linkError(entry.link);
    if (problem) report('error', glossary!, entry.line, `"${entry.term}": ${problem}`);
    else if (entry.link && !linkLandsOnTerm(entry, pages)) {
      report('warning', glossary!, entry.line, `"${entry.term}": its link goes to "${linkTarget(entry.link, pages)}", which never names it: link to where it is explained, or name it there`);
    }
  }

  const acronyms = entries.filter((entry) => entry.expansion).map((entry) => ({ entry, pattern: usePattern(entry.term) }));
  const used = new Set<string>(markedElsewhere === 'unknown' ? [] : markedElsewhere);
  const byExpansion = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) if (entry.expansion && !byExpansion.has(expansionKey(entry.expansion))) byExpansion.set(expansionKey(entry.expansion), entry);
  for (const page of pages) {
    for (const mark of page.terms) {
      used.add(mark.id);
      if (mark.insideLink) report('error', page, mark.line, `<Term> "${mark.id}" is inside a link's text: mark the term outside the link, or leave it unmarked there`);
      if (byId.has(mark.id)) continue;
      const expanded = expansionMarked(mark.id, byExpansion);
      if (expanded) {
        report('error', page, mark.line, `<Term> "${mark.id}" is the expansion of ${expanded.term}, which has the entry: point it there, <Term id="${expanded.id}">…</Term>`);
        continue;
      }
      // A plural marked as written (<Term>NPs</Term>) is its singular's entry, before any near spelling (bps).
      const singular = pluralize.singular(mark.id);
      const guesses = byId.has(singular) ? [singular] : likelyMeant(mark.id, [...byId.keys()]);
      const write = guesses.length === 1 ? `write <Term id="${guesses[0]}">…</Term>` : 'write <Term id="…">…</Term> with the one you mean';
      // A near spelling is offered first, but a short acronym is near many others (AML, AMA), so adding the entry stays an option.
      report('error', page, mark.line, `<Term> "${mark.id}" is not in the glossary${guesses.length ? ` (did you mean "${guesses.join('" or "')}"? ${write}), or add it to content/glossary.yaml` : ': add it to content/glossary.yaml'}`);
    }
    checkFirstUses(page, acronyms, report);
  }
  if (markedElsewhere !== 'unknown') {
    for (const entry of entries) {
      if (!used.has(entry.id)) report('warning', glossary!, entry.line, `"${entry.term}" is not marked on any page: mark its first use with <Term>, or remove it`);
    }
  }
  if (glossary) checkAcronymsDefined(pages, new Set(entries.map((entry) => entry.term)), report);
}

/** The numbered form of a word, in a pattern: PGY-2, PD-1. */
const NUMBERED = '(?:-[0-9][A-Za-z0-9]*)?';

/** Abbreviations every reader knows, which the glossary need not define. */
const COMMON_ABBREVIATIONS = new Set(['US', 'USA', 'UK', 'EU', 'DC', 'PhD']);
/** A word with two or more capitals, perhaps numbered (PGY-2, PD-1, H-1B). */
const CAPITALIZED_WORD = /(?<![\w-])[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\w-])/g;

/**
 * The acronym a word is, if it is one: capitals make up at least half its letters (ABIM, wRVU,
 * ctDNA, CaRMS, but not FoundationOne or PharmD), a plural s dropped (NPs: NP).
 */
function acronymOf(word: string): string | undefined {
  const singular = /[A-Z]s$/.test(word) ? word.slice(0, -1) : word;
  const letters = singular.split('-')[0].replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  // A roman numeral (phase II, stage IV) as Roman numerals are written, so CLL and ICC are acronyms.
  if (/^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(singular)) return undefined;
  return capitals >= 2 && capitals * 2 >= letters.length ? singular : undefined;
}

/** An expansion's words, as a `<Term>` around it may give them: singular, without "and" or "&", or a leading "the". */
function expansionKey(text: string): string {
  const words = idOf(text).split('-').filter((word) => word && word !== 'and');
  return (words[0] === 'the' ? words.slice(1) : words).map((word) => pluralize.singular(word)).join('-');
}

/** The entry whose expansion a `<Term>`'s id spells, with or without the acronym after it ("… Assessment (LKA)"). */
function expansionMarked<Entry extends { id: string }>(id: string, byExpansion: ReadonlyMap<string, Entry>): Entry | undefined {
  const direct = byExpansion.get(expansionKey(id));
  if (direct) return direct;
  // The acronym's own id may have hyphens (car-t, pd-1): try each hyphen as the split.
  for (let cut = id.lastIndexOf('-'); cut > 0; cut = id.lastIndexOf('-', cut - 1)) {
    const entry = byExpansion.get(expansionKey(id.slice(0, cut)));
    if (entry?.id === id.slice(cut + 1)) return entry;
  }
  return undefined;
}

/** Three or more words in capitals in a row. */
const SHOUTED_RUN = /\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){2,}\b/g;

/** Every acronym the prose uses is in the glossary (or a proper name listed in `properNames`), so a reader can look any of them up. */
function checkAcronymsDefined(pages: readonly Page[], terms: ReadonlySet<string>, report: Report) {
  const known = (acronym: string) => terms.has(acronym) || terms.has(acronym.replace(/-[A-Za-z0-9]+$/, '')) || COMMON_ABBREVIATIONS.has(acronym);
  for (const page of pages) {
    const reported = new Set<string>();
    const names = page.frontmatter.properNames ?? [];
    for (const block of page.prose) {
      // Proper names (a trial called DYNAMIC) need no definition, and a line in capitals
      // (KEY DATES AND DEADLINES, as Word styles a heading) is words, not acronyms.
      const text = names.reduce((rest, name) => rest.split(name).join(' '), block.text).replace(SHOUTED_RUN, ' ');
      for (const [word] of text.matchAll(CAPITALIZED_WORD)) {
        const acronym = acronymOf(word);
        if (!acronym || known(acronym) || reported.has(acronym)) continue;
        reported.add(acronym);
        report('warning', page, block.line, `${acronym} is not in the glossary: add it to content/glossary.yaml so readers can look it up`);
      }
    }
  }
}

/**
 * Where an acronym is used: as a word, numbered (PGY-2), plural (NPs) or in a compound
 * (NCI-designated), but not inside a longer acronym (CAR in CAR-T).
 */
function usePattern(acronym: string): RegExp {
  return new RegExp(`(?<![\\w-])${escapeRegExp(acronym)}${NUMBERED}s?(?!\\w|-[A-Z])`);
}

/** An acronym's first use in a page's prose (outside headings and links) must be a `<Term>` mark. */
function checkFirstUses(page: Page, acronyms: { entry: Glossary['entries'][number]; pattern: RegExp }[], report: Report) {
  for (const { entry, pattern } of acronyms) {
    const first = page.prose.find((block) => block.kind !== 'heading' && block.kind !== 'prop' && pattern.test(block.textOutsideLinks));
    if (first && !first.terms.includes(entry.id)) {
      report('warning', page, first.line, `first use of ${entry.term} on this page is not marked: write <Term${entry.id === idOf(entry.term) ? '' : ` id="${entry.id}"`}>${entry.term}</Term>`);
    }
  }
}

/**
 * Whether the part of the page an entry links to (the heading's section, down to the next heading
 * at its level or above; the whole page without a #fragment) marks the term or names it: every
 * word of the term, or of its expansion, in any case, singular or plural (PD-L1's link once went to
 * a section about PD-1 that never said PD-L1). A link to a page that did not load is not judged.
 */
function linkLandsOnTerm(entry: Glossary['entries'][number], pages: readonly Page[]): boolean {
  const place = linkedPlace(entry.link!, pages);
  if (!place || (place.fragment && !place.heading)) return true;
  const { page, heading } = place;
  const next = heading && page.headings.find((later) => later.line > heading.line && later.depth <= heading.depth);
  const from = heading?.line ?? 0;
  const to = next?.line ?? Infinity;
  const within = (line: number) => line >= from && line < to;
  if (page.terms.some((mark) => mark.id === entry.id && within(mark.line))) return true;
  const text = page.prose.filter((block) => within(block.line)).map((block) => block.text).join('\n');
  const names = (phrase: string) => phrase.split(/\s+/).every((word) => wordPattern(word).test(text));
  return names(entry.term) || (entry.expansion !== undefined && names(entry.expansion));
}

/** A word as prose may use it: any case, plural by pluralize as search inflects words (antibodies, visas), or numbered (PGY-1). */
function wordPattern(word: string): RegExp {
  const forms = [...new Set([word, pluralize.plural(word)])].map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\w-])(?:${forms})${NUMBERED}(?![\\w-])`, 'i');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
