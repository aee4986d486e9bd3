// The lemmas of the index's words, found at build time so that the browser only looks them up: the
// lemmatizer reads WordNet's word lists (megabytes), which must not ship to readers.
import pluralize from 'pluralize';
import lemmatize from 'wink-lemmatizer';
import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import wordNetWords from 'wink-lexicon/src/wn-words.js';
import { usSpelling } from '../spelling';
import { shardOf } from './query';

/** Shorter words keep their form: "ms" is not the plural of "m". */
const MIN_LENGTH = 3;

/**
 * Words kept as they are, as Lucene's keyword marker keeps words from its stemmers: participles
 * used as adjectives of their own, whose verb a reader does not mean, and that otherwise bring in
 * sections about something else ("advanced practice" is not "in advance", nor "base salary" "based
 * on"), and "left", whose verb is "leave": a reader asking about parental leave does not mean
 * "left medical school". The lemmatizer cannot tell them apart: WordNet lists "trained" and
 * "applied" as adjectives too, and readers mean "train" and "apply" by those.
 */
const KEPT = new Set(['advanced', 'based', 'left']);

type PartOfSpeech = 'noun' | 'verb' | 'adjective';

/** A base form a word may be an inflection of, read as a noun, a verb or an adjective. */
interface Reading {
  base: string;
  as: PartOfSpeech;
  /** Only a guess, taken when the site uses the base: pluralize's singular of a word WordNet lists. */
  guess?: boolean;
}

/** The irregular inflections of each base form, from the lists the lemmatizer reads ("teach": "taught"; "apply": "applied"). */
const IRREGULAR = new Map<string, string[]>();
for (const exceptions of [nounExceptions, verbExceptions, adjectiveExceptions]) {
  for (const [inflected, base] of Object.entries(exceptions)) (IRREGULAR.get(base) ?? IRREGULAR.set(base, []).get(base)!).push(inflected);
}

/**
 * The readings of a word as an inflected noun, verb or adjective, by wink-lemmatizer ("regimens":
 * regimen, "mentoring": mentor, "applied": apply, "older": old), nouns first. It knows inflections
 * only, so "advancement" and "practical" have none. A word in -s it leaves alone reads as a plural
 * by pluralize, if WordNet does not know the singular (acronyms and new terms: "IMGs", "biosimilars",
 * "1990s"), only a guess for a word WordNet lists: "PAs" is the plural of "PA" where the site has
 * "PA", but "regimen" is a singular, whatever pluralize makes of its "-men". Words in KEPT have
 * none. Bases are in US spelling, as the index is, and under the word's first letter: the others
 * are suppletive forms a reader does not mean by the word ("better": good, "went": go), and would
 * live in another term shard.
 */
function readingsOf(word: string): Reading[] {
  if (word.length < MIN_LENGTH || KEPT.has(word)) return [];
  const readings: Reading[] = (['noun', 'verb', 'adjective'] as const).map((as) => ({ base: lemmatize[as](word), as }));
  if (readings.every(({ base }) => base === word) && word.endsWith('s')) {
    const singular = pluralize.singular(word);
    if (!(singular in wordNetWords)) readings.push({ base: singular, as: 'noun', guess: word in wordNetWords });
  }
  return (
    readings
      // The lemmatizer drops the last "s" of any word it can: a word ending in "ss" is no plural ("pass" of "pas", "discuss" of "discus").
      .filter(({ base, as }) => !(as === 'noun' && word.endsWith('ss') && base === word.slice(0, -1)))
      .map((reading) => ({ ...reading, base: /^[a-z]+$/.test(usSpelling(reading.base) ?? '') ? usSpelling(reading.base)! : reading.base }))
      .filter(({ base }) => base !== word && shardOf(base) === shardOf(word))
  );
}

/**
 * Spellings that may be inflections of a base form: its plural by pluralize (or by the regular rule,
 * where pluralize takes the word for a plural already: "regimen"), its -ed and -ing forms by the
 * regular rules, and WordNet's irregular forms (which cover "applied", "planning", "taught"). Only
 * those the lemmatizer reads back as the base are kept.
 */
function spellingsOf(base: string): string[] {
  const plural = pluralize.plural(base);
  const regularPlural = /(s|x|z|ch|sh)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const gerund = `${/[^e]e$/.test(base) ? base.slice(0, -1) : base}ing`;
  return [plural === base ? regularPlural : plural, past, gerund, ...(IRREGULAR.get(base) ?? [])];
}

/**
 * The lemma of each indexed word that has one other than itself, and of the other inflections of
 * those lemmas that the text lacks ("applied", when the text has "apply" and "applying"), so that
 * whichever inflection a reader types finds the others. Build time only.
 *
 * A word takes the first of its readings whose base other words of the site use, nouns first
 * ("diagnoses": diagnosis, though the site also has "diagnosed"; "leaves": leave, as the site has no
 * "leaf"), or else its first reading. A base is read again as another part of speech only
 * ("trainings": the noun training, then the verb train), so "founded" stops at the verb found and
 * does not go on to "find". A word in -ing whose plural the site uses is a noun of its own, not the
 * verb: "findings" and "finding" are not "find", while "mentoring" is "mentor".
 * @param sectionCounts every indexed word and the number of sections it is in.
 */
export function lemmasOf(sectionCounts: ReadonlyMap<string, number>): Map<string, string> {
  // How many sections use each possible base, as itself or in an inflection.
  const support = new Map<string, number>();
  for (const [word, count] of sectionCounts) for (const base of new Set([word, ...readingsOf(word).map(({ base }) => base)])) support.set(base, (support.get(base) ?? 0) + count);
  const usedElsewhere = (base: string, word: string) => (support.get(base) ?? 0) > (sectionCounts.get(word) ?? 0);

  const lemmaOf = (word: string) => {
    const readAs = new Set<PartOfSpeech>();
    let lemma = word;
    for (;;) {
      // A word in -ing that the site also uses in the plural is a noun of its own: "findings", "meetings", "settings".
      const countable = lemma.endsWith('ing') && sectionCounts.has(`${lemma}s`);
      const readings = readingsOf(lemma).filter(({ as }) => !readAs.has(as) && !(countable && as === 'verb'));
      const next = readings.find(({ base }) => usedElsewhere(base, lemma)) ?? readings.find(({ guess }) => !guess);
      if (!next) return lemma;
      readAs.add(next.as);
      lemma = next.base;
    }
  };

  const lemmas = new Map<string, string>();
  for (const word of sectionCounts.keys()) {
    const lemma = lemmaOf(word);
    if (lemma !== word) lemmas.set(word, lemma);
  }
  for (const lemma of new Set([...sectionCounts.keys()].map((word) => lemmas.get(word) ?? word))) {
    for (const spelling of spellingsOf(lemma)) {
      if (spelling !== lemma && !sectionCounts.has(spelling) && !lemmas.has(spelling) && lemmaOf(spelling) === lemma) lemmas.set(spelling, lemma);
    }
  }
  return lemmas;
}
