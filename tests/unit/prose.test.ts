import { describe, expect, it } from 'vitest';
import { britishSpellings, britishUsages, figuresIn, sentencesOf } from '@/lib/content/prose';
import { hasBritishSpelling, usSpelling } from '@/lib/spelling';

const keys = (text: string) => figuresIn(text).map((figure) => figure.key);

describe('figures a reader would want a source for', () => {
  it.each([
    ['a combined fellowship lasts 36 months, one field alone 24 months', ['36 month', '24 month']],
    ['194 accredited programs with 2,224 fellows and an average salary of $76,400', ['194', '2,224', '$76,400']],
    ['about 2.04 million new cases; mortality fell 34% and 99.7 percent were filled', ['2.04 million', '34%', '99.7%']],
    ['roughly one in five was 64 or older', ['1 in 5', '64']],
    ['a three-year pediatrics residency and a two to three year fellowship', ['3 year', '2-3 year']],
    ['it asks 30 questions each quarter', ['30 question']],
    ['the track takes 2–3 years, or 4 - 5 months', ['2-3 year', '4-5 month']],
    ['in the last two years 1,200 fellows matched', ['2 year', '1,200']],
    ['a three\u2011year residency and a 2\u2010year fellowship', ['3 year', '2 year']],
    ['forty-five percent of fellows, Ten per cent of programs and ninety percent overall', ['45%', '10%', '90%']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    'In 2001 the FDA approved imatinib, and on 23 May 2017 pembrolizumab; by September 30 it was clear.',
    'Steps 1 and 2 come in medical school, Step 3 in residency, in the 2024-25 season, in the 1990s.',
    'Trainees in PGY-2, ST3 to ST7, on an H-1B or J-1 visa, apply for a K08 or T32 slot, in phase 3.',
    'The 3rd year is busy; ask for a few minutes; it takes three or four of them.',
    'In week 3, on day 14 of cycle 2, at 7:30 or at 2 a.m., a 64-year-old came in; 10⁹/L and 10^9/L are units, and a 95% CI is a convention.',
    // Word's non-breaking hyphen (U+2011) reads as an ordinary one.
    'Trainees in PGY\u20112 apply for a K08 in their second year.',
  ])('are not names, codes, dates or ordinals: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('splits a paragraph into sentences', () => {
    expect(sentencesOf('It filled 773 positions. In 2025 more applied! 3 programs left?')).toEqual(['It filled 773 positions.', 'In 2025 more applied!', '3 programs left?']);
  });
});

describe('US spelling', () => {
  it('gives the US form of British words, keeping the capital', () => {
    expect(['programmes', 'Centre', 'tumour', 'haematology', 'Leukaemia', 'anaemia', 'counsellor', 'practised', 'recognise', 'organisation', 'enrol', 'towards', 'wellbeing', 'paediatric', 'analysed'].map((word) => usSpelling(word))).toEqual([
      'programs', 'Center', 'tumor', 'hematology', 'Leukemia', 'anemia', 'counselor', 'practiced', 'recognize', 'organization', 'enroll', 'toward', 'well-being', 'pediatric', 'analyzed',
    ]);
  });

  it('leaves US words and look-alikes alone', () => {
    expect(['program', 'center', 'emphasis', 'analyses', 'exercise', 'advise', 'promise', 'expertise', 'practice', 'license', 'real', 'hematology', 'premise'].map((word) => usSpelling(word))).toEqual(Array(13).fill(undefined));
  });

  it('tells which US words have a British spelling', () => {
    expect(['program', 'programs', 'hematology', 'counselor', 'being'].map(hasBritishSpelling)).toEqual([true, true, true, true, true]);
    expect(['family', 'fellowship', 'loan'].map(hasBritishSpelling)).toEqual([false, false, false]);
  });

  it('finds British usage a US reader would notice, with the US wording', () => {
    const text = 'She sat the subspecialty exam, worked in hospital, took faculty posts, and her call comes round; check the timetable before you sit its board.';
    expect(britishUsages(text).map(({ phrase, us }) => [phrase, us])).toEqual([
      ['sat the subspecialty exam', 'took the subspecialty exam'],
      ['in hospital', 'in the hospital'],
      ['faculty posts', 'faculty positions'],
      ['comes round', 'comes around'],
      ['timetable', 'schedule'],
      ['sit its board', 'take its board'],
    ]);
    expect(britishUsages('Sit in on a tumor board, take the board exam, and stay in the hospital; posts on social media are fine.')).toEqual([]);
    // Periods and commas go inside the closing quote, typed straight or curled.
    expect(britishUsages('It still reads "Hematology". No "chemo certification", though; “interested applicants”.').map(({ phrase, us }) => [phrase, us])).toEqual([
      ['Hematology".', 'Hematology."'],
      ['certification",', 'certification,"'],
      ['applicants”.', 'applicants.”'],
    ]);
    expect(britishUsages('Avoid “naïve”. Try “café”, too.').map(({ phrase }) => phrase)).toEqual(['naïve”.', 'café”,']);
    // A closing single quote is also an apostrophe, and is left alone; so is punctuation already inside.
    expect(britishUsages('It reads "Hematology." The fellows’. The residents\', then "why?"')).toEqual([]);
  });

  it('lets listed proper names through and finds the rest with their place', () => {
    expect(britishSpellings('The Foundation Programme comes before any other programme.', ['Foundation Programme'])).toEqual([{ word: 'programme', us: 'program', index: 48 }]);
  });
});
