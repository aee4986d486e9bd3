import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSite } from '@/lib/content/site';
import { buildSearchFiles, snippetText } from '@/lib/search/build-index';
import { lemmasOf } from '@/lib/search/lemmas';
import { createSearch, shardOf, snippet, withinOneEdit, wordsTally } from '@/lib/search/query';
import { MAX_QUERY_LENGTH } from '@/lib/search/types';
import { body, errors, frontmatter, load } from './fixture';

/** A search over a site, counting which index files it asks for. */
function searchOf(site: ReturnType<typeof readSite>) {
  const { catalog, shards, texts, words } = buildSearchFiles(site);
  const requested: string[] = [];
  const search = createSearch({
    catalog,
    terms: async (shard) => (requested.push(`terms/${shard}`), shards.get(shard)!),
    texts: async (page) => (requested.push(`text/${page}`), texts[page]),
    words: async () => (requested.push('words'), words),
  });
  /** The addresses of a query's results, best first. */
  const hrefsFor = async (query: string, limit?: number) => (await search(query, limit)).map((result) => result.href);
  return { search, hrefsFor, requested, catalog, shards, texts };
}

/** A search over a fixture site made of these files, with a plain guide overview unless they give one. */
const searchOver = (files: Record<string, string>) => searchOf(load({ 'guides/g/index.mdx': frontmatter({ title: 'Overview' }) + 'Nothing here.\n', ...files }));

const site = {
  'guides/g/index.mdx': frontmatter({ title: 'Overview of the guide' }) + 'Nothing special here.\n',
  'guides/g/education.mdx':
    frontmatter({ title: 'Education and training', order: '1' }) + '## Applying to fellowship\n\nApplications open in July.\n\n## Café culture\n\nNothing about training here.\n',
  'guides/g/research.mdx': frontmatter({ title: 'Research', order: '2' }) + '## Protected time\n\nMany programmes give fellowship trainees protected research time.\n',
  'articles/timeline.mdx': frontmatter({ title: 'Fellowship timeline' }) + 'When to apply and how the match works.\n',
};
const fixtureSearch = searchOver(site);
const { search, requested } = fixtureSearch;
const hrefs = fixtureSearch.hrefsFor;
/** The results that have every word of the query, not those that lack one. */
const withAllWords = async (query: string) => (await search(query)).filter((result) => !result.lacking).map((result) => result.href);

describe('search', () => {
  it('ranks a title match above a heading match above a text match', async () => {
    expect(await hrefs('fellowship')).toEqual(['/articles/timeline', '/guides/g/education#applying-to-fellowship', '/guides/g/research#protected-time']);
  });

  it('finds words with one typo after the first letter: a swap, a missing, an extra or a wrong letter', async () => {
    for (const typo of ['fellowhsip', 'felowship', 'fellowshipp', 'fellowshop']) expect(await hrefs(typo), typo).toContain('/guides/g/education#applying-to-fellowship');
    expect(await hrefs('fxllowhsip')).toEqual([]);
  });

  it('matches the start of a word as you type', async () => {
    expect(await hrefs('fello')).toHaveLength(3);
  });

  it('lists the sections with every word first, then those that lack one, naming the word they lack', async () => {
    const results = await search('fellowship july');
    expect(results.map((result) => [result.href, result.lacking])).toEqual([
      ['/guides/g/education#applying-to-fellowship', undefined],
      ['/articles/timeline', 'july'],
      ['/guides/g/research#protected-time', 'july'],
    ]);
    expect(search.missing('fellowship july')).toEqual([]);
    // A section that lacks two of the words is not a result; when no section has them all, those that lack one are.
    expect(await hrefs('fellowship july protected')).toEqual(['/guides/g/research#protected-time', '/guides/g/education#applying-to-fellowship']);
    expect((await search('fellowship july protected')).map((result) => result.lacking)).toEqual(['july', 'protected']);
    // ("café" is the rarer word, so the section that has it comes first; see the next test.)
    expect(await hrefs('cafe fellowship')).toEqual(['/guides/g/education#café-culture', '/articles/timeline', '/guides/g/education#applying-to-fellowship', '/guides/g/research#protected-time']);
  });

  it('ranks a section that lacks a common word of the query above one that lacks a rare word', async () => {
    const site = searchOver({
      'articles/words.mdx':
        frontmatter({ title: 'Words' }) + ['## Staffing levels', '## Marrow biopsy', '## Staffing costs', '## Staffing rotas'].map((heading) => `${heading}\n\nText.\n`).join('\n'),
    });
    // No section has both words, and each has one in its heading; "staffing" is in three sections
    // and "marrow" in one, so the marrow section comes first (then one more: two per page at most).
    const results = await site.search('staffing marrow');
    expect(results.map((result) => [result.href, result.lacking])).toEqual([
      ['/articles/words#marrow-biopsy', 'staffing'],
      ['/articles/words#staffing-levels', 'marrow'],
    ]);
  });

  it('says how many results have every word and how many lack one', async () => {
    expect(wordsTally(await search('fellowship july'))).toBe('1 has every word; 2 lack one.');
    expect(wordsTally(await search('cafe fellowship'))).toBe('None has every word; each lacks one.');
    expect(wordsTally(await search('fellowship'))).toBe('');
  });

  it('leaves out a word no page has, even with a typo, and names it, rather than finding nothing', async () => {
    expect(await hrefs('fellowship zebra')).toEqual(await hrefs('fellowship'));
    expect(search.missing('fellowship zebra')).toEqual(['zebra']);
    expect(await hrefs('zebra')).toEqual([]);
    expect(search.missing('zebra')).toEqual(['zebra']);
    // A word one typo from an indexed one is a typo, not a missing word.
    expect(await withAllWords('fellowship julyy')).toEqual(['/guides/g/education#applying-to-fellowship']);
    expect(search.missing('fellowship julyy')).toEqual([]);
  });

  it('keeps the best results in order, at most two sections of one page, the same as the full ranking cut short', async () => {
    const files: Record<string, string> = {
      'articles/marrow-guide.mdx':
        frontmatter({ title: 'Working in a transplant unit' }) + ['Donor', 'Harvest', 'Engraftment', 'Recovery'].map((name) => `## ${name} and marrow\n\nText.\n`).join('\n'),
    };
    // Pages that use the word more often score higher in the text field (up to seven uses).
    for (let page = 1; page <= 7; page++) files[`articles/page-${page}.mdx`] = frontmatter({ title: `Page ${page}` }) + `${'marrow '.repeat(page)}\n`;
    const { search: over } = searchOver(files);
    const all = await over('marrow', 100);
    const best = await over('marrow', 5);

    expect(all).toHaveLength(9);
    expect(best.map((result) => result.href)).toEqual(all.slice(0, 5).map((result) => result.href));
    expect(best.map((result) => result.href)).toEqual([
      '/articles/marrow-guide#donor-and-marrow',
      '/articles/marrow-guide#harvest-and-marrow',
      '/articles/page-7',
      '/articles/page-6',
      '/articles/page-5',
    ]);
    expect(best.map((result) => result.score)).toEqual([...best.map((result) => result.score)].sort((a, b) => b - a));
  });

  it('reads a superscript as shown: "21st", not "21^st" as the prose checks mark a power', async () => {
    const { search } = searchOver({ 'articles/cures.mdx': frontmatter({ title: 'A law' }) + 'The 21<sup>st</sup> Century Cures Act funds research.\n' });
    const [result] = await search('century cures');
    expect(result.snippet.map((part) => part.text).join('')).toContain('The 21st Century Cures Act');
  });

  it('ignores case and accents', async () => {
    expect(await hrefs('CAFE')).toEqual(['/guides/g/education#café-culture']);
  });

  it('highlights the matched words in a snippet of the text', async () => {
    const [result] = await search('july');
    expect(result.heading).toBe('Applying to fellowship');
    expect(result.snippet).toEqual([
      { text: 'Applications open in ', match: false },
      { text: 'July', match: true },
      { text: '.', match: false },
    ]);
  });

  it('shows the opening of the first subsection for a heading with no text of its own before it', async () => {
    const { search } = searchOver({
      'articles/funding.mdx': frontmatter({ title: 'Funding' }) + 'Money for research.\n\n## Career development awards\n\n### The K08\n\nA mentored award for physician-scientists.\n',
    });
    const [result] = await search('career development awards');
    expect(result.href).toBe('/articles/funding#career-development-awards');
    expect(result.snippet.map((part) => part.text).join('')).toBe('A mentored award for physician-scientists.');
  });

  it('keeps table rows and list items apart in a snippet, and runs sentences on', () => {
    expect(snippetText('AML · 2018 · Timing a referral\nBlood clots · 2019 · Choosing a drug')).toBe('AML · 2018 · Timing a referral · Blood clots · 2019 · Choosing a drug');
    expect(snippetText('mentors\npeers\n\nA full sentence.\nAnother one:\n  next')).toBe('mentors · peers · A full sentence. Another one: next');
  });

  it('cuts a long text to a window around the first match, at word boundaries, and highlights whole words only', () => {
    const filler = (word: string, count: number) => Array(count).fill(word).join(' ');
    const text = `${filler('before', 30)} A Café, then CAFES and a cafeteria. ${filler('after', 60)}`;
    const parts = snippet(text, new Set(['cafe', 'cafes']));
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['Café', 'CAFES']);
    expect(parts[0].text).toMatch(/^… (before )+A $/);
    expect(parts.at(-1)!.text).toMatch(/^ and a cafeteria\. (after )+after …$/);
    const shown = parts.map((part) => part.text).join('');
    expect(shown.length).toBeGreaterThan(150);
    expect(shown.length).toBeLessThanOrEqual(190);
    // Without a match, the text's opening.
    expect(snippet(text, new Set(['absent']))).toEqual([{ text: `${text.slice(0, text.lastIndexOf(' ', 180))} …`, match: false }]);
  });

  it('returns nothing for empty, punctuation-only or overlong queries', async () => {
    expect(await search('')).toEqual([]);
    expect(await search('?!')).toEqual([]);
    expect(await search('fellowship '.repeat(MAX_QUERY_LENGTH))).toEqual([]);
  });

  it("loads only the term shards a query needs, each once, and only the results' page texts", async () => {
    const fresh = searchOver(site);
    await fresh.search('july');
    await fresh.search('jul');
    expect(fresh.requested).toEqual(['terms/j', 'text/1']);
  });

  it('forgives a typo in the first letter, fetching the word list only for a word that matches nothing in its shard', async () => {
    const fresh = searchOver(site);
    const expected = await fresh.search('fellowship');
    expect(fresh.requested).not.toContain('words');
    for (const typo of ['rellowship', 'ellowship', 'efllowship', 'xfellowship']) expect((await fresh.search(typo)).map((result) => result.href), typo).toEqual(expected.map((result) => result.href));
    expect(fresh.requested.filter((file) => file === 'words')).toEqual(['words']);
    const highlighted = (await fresh.search('rellowship')).flatMap((result) => result.snippet.filter((part) => part.match).map((part) => part.text));
    expect(highlighted).toContain('fellowship');
    expect(await fresh.search('qqqqqq')).toEqual([]);
  });

  it('looks for first-letter typos in the two shards of the most used corrections only', async () => {
    // "cells" is in three sections, "dells" in two, "bells" in one: the corrections of "xells" come from "c" and "d".
    const sections = (word: string, count: number) => Array.from({ length: count }, (_, index) => `## Part ${index + 1}\n\nA ${word}.\n`).join('\n');
    const fresh = searchOver({
      'articles/first.mdx': frontmatter({ title: 'First' }) + sections('cells', 3),
      'articles/second.mdx': frontmatter({ title: 'Second' }) + sections('dells', 2),
      'articles/third.mdx': frontmatter({ title: 'Third' }) + sections('bells', 1),
    });
    const found = await fresh.search('xells');
    expect(new Set(found.map((result) => result.href.split('#')[0]))).toEqual(new Set(['/articles/first', '/articles/second']));
    expect(fresh.requested.filter((file) => file.startsWith('terms/')).sort()).toEqual(['terms/c', 'terms/d', 'terms/x']);
  });
});

describe('what readers type', () => {
  const reader = searchOver({
    'articles/roles.mdx':
      frontmatter({ title: 'Roles' }) +
      '## Genetic counselors\n\nA genetic counselor explains test results.\n\n## Programs\n\nSeveral programs and one study.\n\n## Paying it back\n\nA loan, printed forms and studies.\n\n## Other words\n\nA lean budget, a heavy load, and a point of view.\n',
  });
  const found = reader.hrefsFor;

  it('finds singulars and plurals of each other', async () => {
    expect(await found('counselor')).toEqual(['/articles/roles#genetic-counselors']);
    expect(await found('genetic counselors')).toEqual(['/articles/roles#genetic-counselors']);
    expect(await found('studies')).toEqual(['/articles/roles#paying-it-back', '/articles/roles#programs']);
    expect(await found('study')).toEqual(['/articles/roles#programs', '/articles/roles#paying-it-back']);
    expect(await found('loans')).toEqual(['/articles/roles#paying-it-back']);
  });

  it('finds US words from British spellings, ranked and highlighted as the US spelling is', async () => {
    expect(await reader.search('genetic counsellors')).toEqual(await reader.search('genetic counselors'));
    expect(await found('programme')).toEqual(['/articles/roles#programs']);
    const [result] = await reader.search('programmes');
    expect(result.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['programs']);
  });

  it('highlights a British spelling in the text (a proper name) as its US form', () => {
    const parts = snippet('The Foundation Programme comes before other programs.', new Set(['program', 'programs']));
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['Programme', 'programs']);
    expect(parts.map((part) => part.text).join('')).toBe('The Foundation Programme comes before other programs.');
  });

  it('forgives a typo only in a word of five letters or more that matches nothing as typed', async () => {
    // "loan" is in the text: "lean" and "load" are other words, not typos of it.
    expect(await found('loan')).toEqual(['/articles/roles#paying-it-back']);
    expect(await found('laon')).toEqual([]);
    // "printed" starts with "print": "point" is not offered as a correction.
    expect(await found('print')).toEqual(['/articles/roles#paying-it-back']);
    expect(await found('pront')).toEqual([]);
    expect(await found('counsleor')).toEqual(['/articles/roles#genetic-counselors']);
  });

  it('finds a hyphenated term typed as one word, and highlights the whole term', async () => {
    const site = searchOver({
      'articles/visas.mdx': frontmatter({ title: 'Visas' }) + '## Work visas\n\nAn H-1B visa ties you to one employer.\n\n## Contracts\n\nRead the non-compete clause first.\n',
    });
    const hrefsOf = site.hrefsFor;
    expect(await hrefsOf('h1b')).toEqual(['/articles/visas#work-visas']);
    expect(await hrefsOf('H-1B')).toEqual(['/articles/visas#work-visas']);
    expect(await hrefsOf('noncompete clause')).toEqual(['/articles/visas#contracts']);
    expect(await hrefsOf('compete')).toEqual(['/articles/visas#contracts']);
    const [result] = await site.search('h1b');
    expect(result.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['H-1B']);
  });

  it('reads only the last word as the start of a longer one: the words before it are whole', async () => {
    const site = searchOver({
      'articles/cells.mdx': frontmatter({ title: 'Cells' }) + '## Engineered cells\n\nChimeric antigen receptor (CAR) T-cell therapy.\n\n## Daily care\n\nGood care keeps T cells healthy.\n',
    });
    const hrefsOf = async (query: string) => (await site.search(query)).filter((result) => !result.lacking).map((result) => result.href);
    expect(await hrefsOf('car t-cell')).toEqual(['/articles/cells#engineered-cells']);
    expect(await hrefsOf('car t-ce')).toEqual(['/articles/cells#engineered-cells']);
    expect(await hrefsOf('good car')).toEqual(['/articles/cells#daily-care']);
  });

  it('does not need stop words such as "of" to appear, and does not highlight them', async () => {
    const site = searchOver({
      'articles/boards.mdx': frontmatter({ title: 'Boards' }) + '## Keeping certification\n\nMaintenance points every five years.\n',
    });
    const results = await site.search('maintenance of certification');
    expect(results.map((result) => result.href)).toEqual(['/articles/boards#keeping-certification']);
    expect(results[0].snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['Maintenance']);
    expect(await site.search('the maintenance')).toEqual(await site.search('maintenance'));
  });

  it("finds words in a page's source titles, ranked below the same words in text", async () => {
    const sources = '\n  - id: nccn-2024\n    title: "Survivorship guidelines for clinicians"\n    publisher: NCCN\n    year: 2024\n    url: https://www.nccn.org/guidelines/survivorship.pdf';
    const site = searchOver({
      'articles/cited.mdx': frontmatter({ title: 'After treatment', sources }) + '## Follow-up care\n\nClinics plan visits for years.[@nccn-2024]\n',
      'articles/plain.mdx': frontmatter({ title: 'Plain' }) + '## Living well\n\nSurvivorship is a long road.\n',
    });
    const results = await site.search('survivorship');
    expect(results.map((result) => result.href)).toEqual(['/articles/plain#living-well', '/articles/cited#page-sources']);
    expect(results[1]).toMatchObject({ heading: 'Sources', title: 'After treatment' });
    expect(results[1].snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['Survivorship']);
    // The Sources heading itself is not a search word.
    expect(await site.search('sources')).toEqual([]);
  });

  it('ranks a glossary definition below a page section that explains the term, and above a passing mention', async () => {
    const glossary = 'terms:\n  - term: MOC\n    expansion: Maintenance of Certification\n    definition: The program for keeping board certification current after the first exam.\n';
    const site = searchOver({
      'glossary.yaml': glossary,
      'articles/boards.mdx': frontmatter({ title: 'Boards' }) + '## Board certification\n\nEarn Maintenance of Certification (<Term>MOC</Term>) points every five years.\n',
    });
    expect((await site.hrefsFor('maintenance of certification'))).toEqual(['/articles/boards#board-certification', '/glossary#moc']);
    expect((await site.hrefsFor('MOC'))).toEqual(['/glossary#moc', '/articles/boards#board-certification']);
  });

  it('ranks a section whose heading is the query, its words together, above sections that have them apart, even in their title', async () => {
    const site = searchOver({
      'articles/paths.mdx': frontmatter({ title: 'Oncology paths beside hematology' }) + '## Geriatric care\n\nOlder patients in oncology.\n',
      'articles/training.mdx':
        frontmatter({ title: 'Training' }) +
        '## Hematology-oncology fellowship\n\nThree years.\n\n## Societies for hematology oncology trainees abroad and at home\n\nDues.\n',
    });
    expect((await site.hrefsFor('hematology oncology'))).toEqual([
      '/articles/training#hematology-oncology-fellowship',
      '/articles/paths#geriatric-care',
      // A heading with the words together among as many others is not about them: no lift.
      '/articles/training#societies-for-hematology-oncology-trainees-abroad-and-at-home',
    ]);
    // Out of order, the words are not the heading's phrase.
    expect((await site.hrefsFor('oncology hematology'))[0]).toBe('/articles/paths#geriatric-care');
    // A hyphenated term typed as one word is a word of the phrase.
    const visas = searchOver({
      'articles/routes.mdx': frontmatter({ title: 'Visa routes for H-1B holders' }) + '## Dates\n\nApply early.\n',
      'articles/img.mdx': frontmatter({ title: 'Graduates abroad' }) + '## The H-1B visa\n\nSponsored by the program.\n',
    });
    expect((await visas.hrefsFor('h1b visa'))).toEqual(['/articles/img#the-h-1b-visa', '/articles/routes#dates']);
  });
});

describe('synonyms', () => {
  const worded = searchOver({
    'search-synonyms.yaml': 'groups:\n  - [parental, maternity]\n  - [length, duration]\n  - [pay, salary]\n',
    'articles/work.mdx':
      frontmatter({ title: 'Work' }) +
      '## Time away\n\nParental leave differs by employer.\n\n## Contracts\n\nThe length of a contract.\n\n## Training\n\nThe duration of fellowship.\n\n## Money\n\nSalaries rise with seniority.\n',
  });
  const found = worded.hrefsFor;

  it("finds the guide's word for a reader's word, in another term shard, and leaves nothing out", async () => {
    expect(await found('maternity leave')).toEqual(['/articles/work#time-away']);
    expect(worded.search.missing('maternity leave')).toEqual([]);
    expect(worded.requested).toEqual(expect.arrayContaining(['terms/m', 'terms/p']));
  });

  it('ranks a synonym below the word as typed, and finds its other inflections', async () => {
    expect(await found('length')).toEqual(['/articles/work#contracts', '/articles/work#training']);
    expect(await found('duration')).toEqual(['/articles/work#training', '/articles/work#contracts']);
    expect(await found('pay')).toEqual(['/articles/work#money']);
  });

  it('highlights the synonym in the text', async () => {
    const [result] = await worded.search('maternity');
    expect(result.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['Parental']);
  });

  it('fails the check on a word in two groups, a British spelling or two words, on the line of the group', () => {
    const site = load({ 'guides/g/index.mdx': frontmatter({ title: 'Overview' }) + body, 'search-synonyms.yaml': 'groups:\n  - [pay, salary]\n  - [salary, income]\n  - [programme, course]\n' });
    expect(errors(site)).toEqual([
      'search-synonyms.yaml:3: "salary" is already in the group on line 2: merge the two groups, or keep the word in one',
      'search-synonyms.yaml:4: "programme" is British spelling: write "program" (search reads "programme" as "program")',
    ]);
    // A plural is its singular to search, in another group or in the same one.
    const forms = load({ 'guides/g/index.mdx': frontmatter({ title: 'Overview' }) + body, 'search-synonyms.yaml': 'groups:\n  - [pay, salary]\n  - [salaries, stipend]\n  - [stipends, grant, grant]\n  - [awards, award]\n' });
    expect(errors(forms)).toEqual([
      'search-synonyms.yaml:3: "salaries" is already in the group on line 2 (as "salary"): merge the two groups, or keep the word in one',
      'search-synonyms.yaml:4: "stipends" is already in the group on line 3 (as "stipend"): merge the two groups, or keep the word in one',
      'search-synonyms.yaml:4: "grant" is listed twice: leave one',
      'search-synonyms.yaml:5: "award" and "awards" are one word to search, which finds every form of it: leave one',
    ]);
    const phrase = load({ 'guides/g/index.mdx': frontmatter({ title: 'Overview' }) + body, 'search-synonyms.yaml': 'groups:\n  - [pay]\n  - [income, take home]\n' });
    expect(errors(phrase)).toEqual([
      'search-synonyms.yaml:2: group 1: a group needs two words or more',
      'search-synonyms.yaml:3: group 2, "take home": a word in lowercase letters a to z, with no spaces or hyphens',
    ]);
  });
});

describe('inflections', () => {
  const inflected = searchOver({
    'articles/words.mdx':
      frontmatter({ title: 'Words' }) +
      [
        '## Finding mentors\n\nAsk a mentor early.',
        '## When to apply\n\nApply in July.',
        '## Chemotherapy\n\nEach regimen has its own schedule.',
        '## Spread\n\nA metastasis is a tumor in a new place.',
        '## Getting there\n\nFellowship training takes three years.',
        '## Moving up\n\nCareer advancement takes time.',
        '## Clinics\n\nA practical guide to the clinic.',
        '## Nights\n\nNight shift regimes vary.',
      ].join('\n\n') +
      '\n',
  });
  const found = inflected.hrefsFor;

  it('finds the other inflections of a verb, whichever one is typed, including ones the text lacks', async () => {
    for (const query of ['mentoring', 'mentored']) expect(await found(query), query).toEqual(['/articles/words#finding-mentors']);
    for (const query of ['applied', 'applying', 'applies']) expect(await found(query), query).toEqual(['/articles/words#when-to-apply']);
    for (const query of ['trained', 'trains', 'train']) expect(await found(query), query).toEqual(['/articles/words#getting-there']);
  });

  it('finds singulars from plurals the pluralize package got wrong or did not know, not one typo away', async () => {
    // "regimes" is one typo from "regimens": a word that matches an inflection gets no typos.
    expect(await found('regimens')).toEqual(['/articles/words#chemotherapy']);
    expect(await found('metastases')).toEqual(['/articles/words#spread']);
  });

  it('highlights the inflections in the text', async () => {
    const [result] = await inflected.search('mentoring');
    expect(result.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['mentor']);
  });

  it('leaves derivations apart: "advanced" does not find "advancement", nor "practice" "practical"', async () => {
    expect(await found('advanced')).toEqual([]);
    expect(await found('practice')).toEqual([]);
    expect(await found('practices')).toEqual([]);
  });

  it('ships the lemmas in the term shards, for words the text lacks too, and no lemmatizer with the search code', () => {
    expect(inflected.shards.get('a')!.inflections.apply).toEqual(['applied', 'applies', 'applying']);
    expect(inflected.shards.get('m')!.inflections.metastasis).toContain('metastases');
    expect(inflected.shards.get('a')!.inflections.advance ?? []).not.toContain('advancement');
    const query = fs.readFileSync('lib/search/query.ts', 'utf8');
    expect(query).not.toMatch(/from '(wink|pluralize)/);
  });
});

describe("search over the guide's own content", () => {
  const real = searchOf(readSite({ contentDir: 'content', includeDrafts: false }));
  /** What a reader sees of a result's section: page title, heading and text. */
  const shown = (href: string) => {
    const [address, anchor = ''] = href.split('#');
    const page = real.catalog.pages.findIndex(([, pageHref]) => pageHref === address);
    const sections = real.catalog.sections.map((section, position) => ({ section, position })).filter(({ section }) => section[0] === page);
    const at = sections.findIndex(({ section }) => section[2] === anchor);
    return `${real.catalog.pages[page][0]} ${sections[at].section[1]} ${real.texts[page][at]}`;
  };
  const results = (query: string) => real.hrefsFor(query, 20);

  it('finds the genetic counselors section whichever way "counselor" is spelled', async () => {
    const us = await results('genetic counselor');
    expect(us[0]).toBe('/articles/careers-beyond-the-physician#genetic-counselors');
    expect(await results('genetic counsellor')).toEqual(us);
    expect(await results('genetic counsellors')).toEqual(await results('genetic counselors'));
  });

  it('finds the loan section for "loan", and nothing without the word', async () => {
    const found = await results('loan');
    expect(found[0]).toBe('/articles/pay-hours-and-contracts#debt-and-loan-repayment');
    for (const href of found) expect(shown(href), href).toMatch(/\bloans?\b/i);
  });

  it('lists for "print" and "advanced practice" only sections that have the words, or lack the one word they say', async () => {
    const printed = await results('print');
    expect(printed.length).toBeGreaterThan(0);
    for (const href of printed) expect(shown(href), href).toMatch(/\bprint/i);
    const advanced = await real.search('advanced practice', 20);
    expect(advanced.filter((result) => !result.lacking).length).toBeGreaterThan(0);
    const patterns = { advanced: /\badvanced\b/i, practice: /\bpractic(e|es|ed|ing)\b/i };
    for (const { href, lacking } of advanced) {
      for (const [word, pattern] of Object.entries(patterns)) {
        if (lacking === word) expect(shown(href), href).not.toMatch(pattern);
        else expect(shown(href), href).toMatch(pattern);
      }
    }
  });

  it('leads with the section on letters for "letters of recommendation", the words readers search with', async () => {
    const [first] = await real.search('letters of recommendation', 20);
    expect(first.href).toBe('/articles/fellowship-application-timeline#spring-of-pgy-2-letters-and-the-personal-statement');
    expect(first.lacking).toBeUndefined();
  });

  it('finds the sections about mentors for "mentoring"', async () => {
    const found = await results('mentoring');
    expect(found[0]).toBe('/guides/oncology-hematology/mentors-and-peers#why-mentors-matter');
    for (const href of found) expect(shown(href), href).toMatch(/\bmentor(s|ed|ing)?\b/i);
  });

  it('finds the fellowship application sections for "applied" and "applying"', async () => {
    for (const query of ['applied', 'applying']) {
      const found = await results(query);
      expect(found, query).toContain('/guides/oncology-hematology/education-and-training#applying-to-fellowship');
      expect(found.some((href) => href.startsWith('/articles/fellowship-application-timeline#')), `${query}: ${found.join(', ')}`).toBe(true);
      for (const href of found) expect(shown(href), href).toMatch(/\bappl(y|ies|ied|ying)\b/i);
    }
  });

  it('finds "regimen" for "regimens"', async () => {
    const found = await results('regimens');
    expect(found.some((href) => /\bregimen\b/i.test(shown(href))), found.join(', ')).toBe(true);
  });

  it('finds the parental leave section for "maternity leave", and the fellowship sections that give a length for "fellowship duration"', async () => {
    expect((await results('maternity leave'))[0]).toBe('/articles/pay-hours-and-contracts#part-time-work-and-parental-leave');
    const duration = (await real.search('fellowship duration', 20)).filter((result) => !result.lacking).map((result) => result.href);
    expect(duration.length).toBeGreaterThan(0);
    for (const href of duration) expect(shown(href), href).toMatch(/\b(lengths?|durations?)\b/i);
  });

  it('leads with the section that gives oncologists\' pay figures for "salary", "salaries" and "oncologist salary"', async () => {
    for (const query of ['salary', 'oncologist salary', 'salaries']) expect((await results(query))[0], query).toBe('/articles/pay-hours-and-contracts#national-salary-surveys');
  });

  it('finds the fellowship section whose heading is "Hematology-oncology fellowship" among the first results for "hematology oncology"', async () => {
    expect((await results('hematology oncology')).slice(0, 3)).toContain('/guides/oncology-hematology/education-and-training#hematology-oncology-fellowship');
  });

  it('finds board certification and the MOC definition for "maintenance of certification", the section first', async () => {
    const found = await results('maintenance of certification');
    expect(found[0]).toBe('/guides/oncology-hematology/education-and-training#board-certification');
    expect(found).toContain('/glossary#moc');
  });
});

describe('search.now', () => {
  it("answers at once once the query's term shard is loaded, with the promise's results", async () => {
    const fresh = searchOver(site);
    expect(fresh.search.now('fellowship')).toBeUndefined();
    const awaited = await fresh.search('fellowship');
    expect(fresh.search.now('fellowship')).toEqual({ results: awaited, complete: true });
    // "july" lives in the "j" shard, not loaded yet.
    expect(fresh.search.now('fellowship july')).toBeUndefined();
    expect(fresh.search.now('')).toEqual({ results: [], complete: true });
  });

  it('marks results whose page texts are not loaded as incomplete, without snippets', async () => {
    const fresh = searchOver({ ...site, 'articles/other.mdx': frontmatter({ title: 'Other' }) + '## Funding\n\nFunding for fellows.\n' });
    await fresh.search('fellowship');
    const { results, complete } = fresh.search.now('funding')!;
    expect(complete).toBe(false);
    expect(results[0].snippet).toEqual([]);
    expect((await fresh.search('funding'))[0].snippet.some((part) => part.match)).toBe(true);
    expect(fresh.search.now('funding')!.complete).toBe(true);
  });
});

describe('the search files', () => {
  it('cut terms by first character and cover every page, so a new article is searchable after a rebuild', async () => {
    const { search: withNew, catalog, shards } = searchOver({ ...site, 'articles/new-one.mdx': frontmatter({ title: 'Brand new article' }) + '## A detail\n\nText.\n' });
    expect(catalog.pages.map(([, href]) => href)).toContain('/articles/new-one');
    for (const [name, shard] of shards) for (const term of [...Object.keys(shard.postings), ...Object.values(shard.inflections).flat()]) expect(shardOf(term)).toBe(name);
    expect((await withNew('brand')).map((result) => result.href)[0]).toMatch(/^\/articles\/new-one/);
    expect((await withNew('detail')).map((result) => result.href)).toContain('/articles/new-one#a-detail');
  });
});

describe('lemmasOf', () => {
  /** The lemma of each word, for a site with these words, each in one section. */
  const lemmas = (...words: string[]) => {
    const found = lemmasOf(new Map(words.map((word) => [word, 1])));
    return Object.fromEntries(words.map((word) => [word, found.get(word) ?? word]));
  };

  it('reads a word with two lemmas as the one the site uses, nouns first', () => {
    expect(lemmas('leaves', 'leave', 'diagnoses', 'diagnosis', 'diagnosed')).toEqual({ leaves: 'leave', leave: 'leave', diagnoses: 'diagnosis', diagnosis: 'diagnosis', diagnosed: 'diagnose' });
  });

  it('keeps nouns of their own apart from their verbs', () => {
    // A word in -ing the site uses in the plural; a base reached as a verb is not read as a verb again.
    expect(lemmas('findings', 'finding', 'find', 'founded', 'training', 'trains')).toEqual({ findings: 'finding', finding: 'finding', find: 'find', founded: 'found', training: 'train', trains: 'train' });
    // "pass" is not the plural of "pas"; "advanced" and "based" are kept.
    expect(lemmas('pass', 'pas', 'advanced', 'advance', 'based', 'base')).toEqual({ pass: 'pass', pas: 'pas', advanced: 'advanced', advance: 'advance', based: 'based', base: 'base' });
    // "leave" (of absence) does not find "left", nor "left" "leave".
    expect(lemmas('left', 'leave', 'leaves')).toEqual({ left: 'left', leave: 'leave', leaves: 'leave' });
    expect(lemmasOf(new Map([['leave', 1]])).has('left')).toBe(false);
  });

  it('reads plurals of acronyms and terms WordNet lacks by pluralize, but not a WordNet word that pluralize mistakes for a plural', () => {
    expect(lemmas('imgs', 'pas', 'pa', 'regimen')).toEqual({ imgs: 'img', pas: 'pa', pa: 'pa', regimen: 'regimen' });
  });

  it('lists inflections the text lacks, only those the lemmatizer reads back, and no suppletive forms', () => {
    const found = lemmasOf(new Map([['teach', 1], ['good', 1]]));
    expect(found.get('taught')).toBe('teach');
    expect(found.get('teaching')).toBe('teach');
    expect(found.has('better')).toBe(false);
  });
});

describe('withinOneEdit', () => {
  it('accepts one edit and rejects two', () => {
    expect(withinOneEdit('fellowship', 'fellowhsip')).toBe(true);
    expect(withinOneEdit('mentor', 'mentors')).toBe(true);
    expect(withinOneEdit('mentor', 'mantor')).toBe(true);
    expect(withinOneEdit('mentor', 'mantors')).toBe(false);
    expect(withinOneEdit('abcd', 'badc')).toBe(false);
  });
});
