// What the content check reads in the prose itself: figures a reader would want a source for,
// and British spellings in a guide written in US English. Pure functions of text.

import { usSpelling } from '../spelling';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')})`;
const DIGITS = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const DURATION_UNITS = 'years?|months?|weeks?|days?|hours?|minutes?';
const UNIT = `(?:${DURATION_UNITS}|questions?|points?|credits?|genes?|percentage points?)`;
/** A figure's key that is a length of time alone, as the unit pattern of FIGURES writes it. */
const DURATION_KEY = new RegExp(String.raw`^[\d.]+(?:-[\d.]+)? (?:${DURATION_UNITS})$`);

const YEAR_NUMBER = String.raw`(?:1[89]|20)\d\d`;
/** A year, 1800 to 2099. */
export const YEAR = new RegExp(String.raw`\b${YEAR_NUMBER}\b`);

/**
 * Numbers that are names or dates, not figures: years and seasons (2025, 2024-25, 1990s),
 * dates (23 May, May 23), ordinals, codes (PGY-2, ST3, K08, H-1B), numbered things (Step 3,
 * Steps 1 and 2, phase 3, Category 1, week 3, day 14, cycle 2), times of day (7:30, 2 a.m.), a
 * patient's age (a 64-year-old), powers (10⁹/L, 10^9 as <sup> reads) and the usual 95% of a
 * confidence interval. Replaced by a space before figures are sought.
 */
const NOT_FIGURES = new RegExp(
  [
    String.raw`\b\d{1,2}\s+${MONTH}\b`,
    String.raw`\b${MONTH}\s+\d{1,2}\b`,
    String.raw`\b${YEAR_NUMBER}(?:\s?[-–/]\s?\d{2,4})?(?:s|['’]s)?\b`,
    String.raw`\b\d+(?:st|nd|rd|th)\b`,
    String.raw`\b[A-Za-z]+-?\d+[A-Za-z]*\b`,
    // Not where the word is the unit of a number before it: "two years 1,200 fellows" states two figures.
    String.raw`(?<!(?:\d|\b${NUMBER_WORD})[\s-]+)\b(?:steps?|phases?|stages?|categor(?:y|ies)|levels?|grades?|types?|parts?|versions?|tiers?|class|title|article|figure|table|page|no\.|weeks?|years?|days?|months?|cycles?|rounds?|blocks?|modules?|sessions?|rotations?|quarters?|semesters?|chapters?|sections?|questions?|items?|doses?|visits?)\s*\d+(?:\s*(?:,|and|or|to|through|-|–)\s*\d+)*`,
    String.raw`\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am\b|pm\b)`,
    String.raw`\b\d+[-\s](?:year|month|week|day)s?[-\s]old\b`,
    String.raw`\b\d+\s?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\d+)`,
    String.raw`\b9[059](?:\.\d)?\s?%\s(?:confidence|CI)\b`,
  ].join('|'),
  'gi',
);

/** Each kind of figure the check asks a source for, as a pattern and how to write it in a key. */
const FIGURES: { pattern: RegExp; normalize: (match: RegExpExecArray) => string }[] = [
  // Money: $76,400, $1.2 million, 40,000 dollars.
  { pattern: new RegExp(String.raw`\$\s?${DIGITS}(?:\s?(?:million|billion|thousand))?|\b${DIGITS}\s?(?:dollars|euros|pounds)\b`, 'gi'), normalize: (m) => compact(m[0]) },
  // Percentages: 45%, 99.7 percent.
  { pattern: new RegExp(String.raw`\b${DIGITS}\s?(?:%|percent\b|per cent\b)`, 'gi'), normalize: (m) => `${m[0].match(/[\d.,]+/)![0]}%` },
  // Percentages in words: forty-five percent.
  {
    pattern: new RegExp(String.raw`\b(${NUMBER_WORD})(?:[-\s](${NUMBER_WORD}))?\s(?:percent|per cent)\b`, 'gi'),
    normalize: (m) => `${Number(toNumber(m[1])) + (m[2] ? Number(toNumber(m[2])) : 0)}%`,
  },
  // Ratios: one in five, 1 in 8.
  { pattern: new RegExp(String.raw`\b(${NUMBER_WORD}|\d+)\s+in\s+(${NUMBER_WORD}|\d+)\b`, 'gi'), normalize: (m) => `${toNumber(m[1])} in ${toNumber(m[2])}` },
  // A number with a unit: 36 months, 3-year, three years.
  {
    pattern: new RegExp(String.raw`\b(${DIGITS}|${NUMBER_WORD})(?:\s*(?:to|–|-)\s*(${DIGITS}|${NUMBER_WORD}))?[\s-]+${UNIT}\b`, 'gi'),
    normalize: (m) => `${toNumber(m[1])}${m[2] ? `-${toNumber(m[2])}` : ''} ${singular(m[0].match(/[a-z]+(?: points?)?$/i)![0])}`,
  },
  // Large counts: 2.04 million, 13,100.
  { pattern: new RegExp(String.raw`\b\d+(?:\.\d+)?\s(?:million|billion|thousand)\b|\b\d{1,3}(?:,\d{3})+\b`, 'gi'), normalize: (m) => compact(m[0]) },
  // Any other count written in digits: 194 programs, 73 centers.
  { pattern: new RegExp(String.raw`\b${DIGITS}\b`, 'g'), normalize: (m) => m[0] },
];

/**
 * The figures a text states, in order of appearance, each as a normalized key ("36 month",
 * "45%", "1 in 5") and as written. Spelled-out numbers count only as a percentage, with a unit or in a ratio.
 */
export function figuresIn(text: string): { key: string; written: string }[] {
  // Word's hyphen and non-breaking hyphen (U+2010, U+2011) read as the ordinary one, one character for one.
  let rest = text.replace(/[\u2010\u2011]/g, '-').replace(NOT_FIGURES, (match) => ' '.repeat(match.length));
  const found: { key: string; written: string; index: number }[] = [];
  for (const { pattern, normalize } of FIGURES) {
    rest = rest.replace(pattern, (...args) => {
      const match = Object.assign(args.slice(0, -2) as unknown as RegExpExecArray, { index: args.at(-2) as number });
      found.push({ key: normalize(match), written: match[0], index: match.index });
      return ' '.repeat(match[0].length); // one figure is not counted twice by a later pattern
    });
  }
  return found.sort((a, b) => a.index - b.index).map(({ key, written }) => ({ key, written }));
}

/** Whether a figure's key from `figuresIn` is a length of time alone ("5 year", "3-4 month"). */
export function isDurationKey(key: string): boolean {
  return DURATION_KEY.test(key);
}

/** The line of `index` in a text that starts on `line`. */
export function lineAt(text: string, line: number, index: number): number {
  return line + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}

/** Sentences of a paragraph, split after . ! or ? followed by a capital or a digit. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/)
    .filter((sentence) => sentence.trim());
}

/** The numbers a text names, in digits or in words, as `figuresIn` writes them in its keys ("nine" is "9"). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(new RegExp(String.raw`\b(?:${DIGITS}|${NUMBER_WORD})\b`, 'gi'))].map((match) => toNumber(match[0]));
}

function toNumber(word: string): string {
  return String(NUMBER_WORDS[word.toLowerCase()] ?? word.replace(/,/g, ''));
}

function singular(unit: string): string {
  return unit.toLowerCase().replace(/s$/, '');
}

function compact(value: string): string {
  return value.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * British spellings in a text, with where each starts. Words inside one of `properNames`
 * (written exactly as listed, e.g. "Foundation Programme") are names and pass.
 */
export function britishSpellings(text: string, properNames: readonly string[] = []): { word: string; us: string; index: number }[] {
  let masked = text;
  for (const name of properNames) masked = masked.split(name).join(' '.repeat(name.length));
  const found: { word: string; us: string; index: number }[] = [];
  for (const match of masked.matchAll(/[A-Za-z]+/g)) {
    const us = usSpelling(match[0]);
    if (us) found.push({ word: match[0], us, index: match.index });
  }
  return found;
}

/**
 * Phrases that read as British to a US reader, each with its US wording. Kept to the ones the
 * guide has actually slipped into: one sits an exam in Britain and takes it in the US.
 */
const BRITISH_USAGE: [pattern: RegExp, us: (match: string) => string][] = [
  [
    /\b(?:sit|sits|sat|sitting) (?:the|an|its|their|your|a)(?: [\w-]+){0,3}? (?:exams?|examinations?|boards?)\b/gi,
    (phrase) => phrase.replace(/^\w+/, (verb) => ({ sit: 'take', sits: 'takes', sat: 'took', sitting: 'taking' })[verb.toLowerCase()]!),
  ],
  [/\bin hospital\b/gi, () => 'in the hospital'],
  [/\bcomes? round\b/gi, (phrase) => phrase.replace(/round$/i, 'around')],
  [/\btimetables?\b/gi, (word) => word.replace(/timetable/i, 'schedule')],
  [/\b(?:academic|faculty|tenure-track|independent|consultant) posts?\b/gi, (phrase) => phrase.replace(/post(s?)$/i, 'position$1')],
  // US style puts a period or comma inside the closing double quote, whatever was quoted.
  [/[\p{L}\p{N}-]+["”][.,]/gu, (phrase) => `${phrase.slice(0, -2)}${phrase.at(-1)}${phrase.at(-2)}`],
];

/** British usages in a text, with their US wording and where each starts. */
export function britishUsages(text: string): { phrase: string; us: string; index: number }[] {
  return BRITISH_USAGE.flatMap(([pattern, us]) => [...text.matchAll(pattern)].map((match) => ({ phrase: match[0], us: us(match[0]), index: match.index })))
    .sort((a, b) => a.index - b.index);
}
