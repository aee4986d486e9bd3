import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CitationMarker } from '@/components/article/citation-marker';
import { SourcesList } from '@/components/article/sources-list';
import { numberSources } from '@/lib/content/citations';
import { parseMdx } from '@/lib/content/parse';
import type { readSite } from '@/lib/content/site';
import { body, errors, frontmatter, load, renderMdx, validGuide } from './fixture';

/** A sources list in frontmatter, one block entry per source, the way editors write it. */
function sources(...entries: Record<string, string>[]): string {
  return `\n${entries.map((entry) => Object.entries(entry).map(([key, value], index) => `${index ? '    ' : '  - '}${key}: ${value}`).join('\n')).join('\n')}`;
}

const nrmp = { id: 'nrmp-2025', title: 'Results and Data 2025', publisher: 'National Resident Matching Program', year: '2025', url: 'https://www.nrmp.org/match-data/2025/results/' };
const abim = { id: 'abim-moc', title: 'Maintaining your certification', publisher: 'American Board of Internal Medicine', year: '2026', url: 'https://www.abim.org/maintenance-of-certification/' };

function warnings(site: ReturnType<typeof readSite>): string[] {
  return site.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'warning' && !diagnostic.message.startsWith('description is') && !diagnostic.message.includes('is on this page only'))
    .map((diagnostic) => `${path.basename(diagnostic.file)}:${diagnostic.line}: ${diagnostic.message}`);
}

function article(sourceEntries: Record<string, string>[], text: string) {
  return load({ ...validGuide(), 'articles/cited.mdx': frontmatter({ sources: sources(...sourceEntries) }) + text });
}

describe('a source as an editor pastes it', () => {
  const cited = (source: Record<string, string>, extra: Record<string, string>[] = []) => article([source, ...extra], 'In 2025, 773 positions were offered.[@nrmp-2025]\n');

  it('is refused where its address or its text would not reach readers as written, saying why', () => {
    const urlError = (url: string) => errors(cited({ ...nrmp, url }));
    expect(urlError('https://www.nrmp.org/match-data/2025/results/.')).toEqual([expect.stringMatching(/source \"nrmp-2025\", url: ends in punctuation copied with it/)]);
    expect(urlError('"https://www.nrmp.org/match-data/2025/fellowship results/"')).toEqual([expect.stringMatching(/source "nrmp-2025", url: has a space in it, so the link would break/)]);
    expect(urlError('http://localhost:3000/guides/demo/alpha')).toEqual([expect.stringMatching(/source "nrmp-2025", url: that is the preview on your computer/)]);
    expect(urlError('https://www.google.com/url?q=https://www.nrmp.org/match-data/2025/results/')).toEqual([expect.stringMatching(/source "nrmp-2025", url: that is Google's redirect/)]);
    // Read through a hospital library, a journal page asks every other reader to log in.
    for (const proxied of ['https://www-nrmp-org.ezproxy.med.example.edu/match-data/2025/results/', 'https://ezproxy.library.example.edu/login']) {
      expect(urlError(proxied)).toEqual([expect.stringMatching(/source "nrmp-2025", url: that is your library's proxy \(EZproxy\)/)]);
    }
    expect(errors(cited({ ...nrmp, title: '“Results and Data 2025”' }))).toEqual([expect.stringMatching(/source "nrmp-2025", title: is wrapped in curly quotes/)]);
    // The Sources list prints the title and publisher as text, so Markdown pasted from a reference manager shows as typed.
    expect(errors(cited({ ...nrmp, title: '"**Results** and Data 2025"' }))).toEqual([expect.stringMatching(/^cited\.mdx:\d+: source "nrmp-2025", title: is shown as plain text, so Markdown in it/)]);
    expect(errors(cited({ ...nrmp, publisher: '"`NRMP`"' }))).toEqual([expect.stringMatching(/^cited\.mdx:\d+: source "nrmp-2025", publisher: is shown as plain text, so Markdown in it/)]);
    expect(errors(cited({ ...nrmp, publisher: '“National Resident Matching Program”' }))).toEqual([expect.stringMatching(/^cited\.mdx:\d+: source "nrmp-2025", publisher: is wrapped in curly quotes/)]);
  });

  it('cited in a form the text does not turn into a marker is an error on its line, whatever the form', () => {
    const loose = (text: string) => errors(article([nrmp], `In 2025, 773 positions were offered.[@nrmp-2025]\n\n${text}\n`));
    for (const text of ['Again.[@ nrmp-2025]', 'Again.[@nrmp-2025, @nrmp-2025]', 'Again (@nrmp-2025).', 'Again [nrmp-2025].', 'See [the results [@nrmp-2025]](/articles).', 'Again [see @nrmp-2025].', 'Again (as reported by @nrmp-2025).']) {
      expect(loose(text)).toEqual([expect.stringMatching(/^cited\.mdx:16: ".*" is not a citation readers would see as one: write \[@id\] right after the claim/)]);
    }
    // A citation inside parentheses is still one; a footnote marker with no note shows as typed.
    expect(loose('Most filled (as the report says[@nrmp-2025]).')).toEqual([]);
    // Two citations side by side are two markers, not a reference-style link.
    expect(loose('Most filled.[@nrmp-2025][@nrmp-2025]')).toEqual([]);
    expect(loose('Most filled.[^1]')).toEqual(['cited.mdx:16: "[^1]" shows as typed: cite a source with [@id] right after the claim, and list it under `sources`']);
    // Numbers typed as markers (from Word or a journal's copy) link to no source; units, exponents, indexes and ranges are not markers.
    const handTyped = (written: string) => `cited.mdx:16: "${written}" is a citation number typed by hand, which links to no source: cite with [@id] right after the claim, and list the source under \`sources\` (the site numbers the markers); for a note under a table or in a caption, mark it with * or † instead`;
    for (const [text, written] of [
      ['Most filled.[1]', '[1]'], ['Most filled.<sup>[1]</sup>', '<sup>[1]</sup>'], ['Most filled.[1—3]', '[1—3]'], ['Most filled,[ 1; 2 ] then.', '[ 1; 2 ]'], ['Most filled.<sup>1</sup>', '<sup>1</sup>'], ['Most programs<sup>4-6</sup> filled.', '<sup>4-6</sup>'],
      ['Most filled.<sup>1, 2</sup>', '<sup>1, 2</sup>'], ['Most filled.¹', '¹'], ['Most programs²³ filled.', '²³'], ['Most programs¹ filled.', '¹'], ['Fill rates reached 45%¹ in all.', '¹'], ['Did most leave?² Yes.', '²'],
    ]) {
      expect(loose(text)).toEqual([handTyped(written)]);
    }
    expect(loose('Doses run 75 mg/m² or 75 mg/m<sup>2</sup>, with platelets above 100 × 10⁹/L (10<sup>9</sup>/L).')).toEqual([]);
    expect(loose('Body mass index is weight divided by height², height (m)² or height<sup>2</sup>, and volume is in mm³.')).toEqual([]);
    expect(loose('"[3] of us matched," one fellow said.')).toEqual([]);
    expect(loose('In the export, fields[1] holds the ID; a probability lies in [0, 1]; pain is scored [0–10]; press \\[1\\] or &#91;2&#93; for the desk.')).toEqual([]);
    // In a title or caption too, where no citation is made at all.
    expect(loose('<Callout type="note" title="Most programs filled.¹">\n\nText.[@nrmp-2025]\n\n</Callout>\n\n<Figure src="/images/x.png" alt="A chart" width={8} height={6} caption="Fill rates by year.[2]" />')).toEqual([
      handTyped('¹'),
      handTyped('[2]').replace(':16:', ':22:'),
      expect.stringMatching(/^cited\.mdx:22: image "\/images\/x\.png" does not exist/),
    ]);
    // After a space it may be a list of numbers: a warning that does not stop the build.
    const listed = article([nrmp], 'In 2025, 773 positions were offered.[@nrmp-2025]\n\nGemcitabine is given on days [1, 8, 15] of each cycle.[@nrmp-2025]\n');
    expect(errors(listed)).toEqual([]);
    expect(warnings(listed)).toContainEqual('cited.mdx:16: "[1, 8, 15]" looks like a citation number typed by hand, which links to no source: cite with [@id] right after the claim; if it is a list of numbers, write it without the brackets');
    // <Cite> is the site's own: typed by hand it would duplicate the first marker's anchor, or lack its number.
    for (const text of ['Most filled.<Cite id="nrmp-2025" n="1" />', 'Most filled.<Cite id="nrmp-2025" />']) {
      expect(loose(text)).toEqual(['cited.mdx:16: <Cite> is placed by the site, which numbers it and links it to the Sources list: cite with [@id] right after the claim, and list the source under `sources`']);
    }
    // Beside a good citation, on a later line of the paragraph, each one on its own line; a handle is prose.
    expect(errors(article([nrmp], 'In 2025, 773 positions were offered.[@nrmp-2025] Follow (@ASCO).\nMost filled (@nrmp-2025)\nand again [@ nrmp-2025].\n'))).toEqual([
      expect.stringMatching(/^cited\.mdx:15: "\(@nrmp-2025\)" is not a citation/),
      expect.stringMatching(/^cited\.mdx:16: "\[@ nrmp-2025\]" is not a citation/),
    ]);
    // Markup problems of different kinds come in the order of the file's lines.
    expect(errors(article([nrmp], 'In 2025, 773 positions were offered.[@nrmp-2025] Again [@ nrmp-2025].\nSee [the results] (https://www.nrmp.org/match-data/) for more.\n\n[^1]: A footnote.\n\nLast [@ nrmp-2025].\n'))).toEqual([
      expect.stringMatching(/^cited\.mdx:14: "\[@ nrmp-2025\]" is not a citation/),
      expect.stringMatching(/^cited\.mdx:15: "\[the results\] \(https:/),
      expect.stringMatching(/^cited\.mdx:17: footnotes are not used/),
      expect.stringMatching(/^cited\.mdx:19: "\[@ nrmp-2025\]" is not a citation/),
    ]);
    const timeline = '<Timeline title="Cycle" start="2025-06" end="2026-07" milestones={[{ date: "2025-12", label: "Match Day[@nrmp-2025]" }]} />\n';
    expect(errors(article([nrmp], `In 2025, 773 positions were offered.[@nrmp-2025]\n\n${timeline}`))).toEqual([
      expect.stringMatching(/^cited\.mdx:16: "\[@nrmp-2025\]" is not a citation readers would see as one/),
    ]);
    expect(errors(article([nrmp], '<Callout type="note" title="Rank honestly[@nrmp-2025]">\n\nText.[@nrmp-2025]\n\n</Callout>\n'))).toEqual([
      expect.stringMatching(/^cited\.mdx:14: "\[@nrmp-2025\]" is not a citation readers would see as one/),
    ]);
  });

  it('a reference list typed by hand (pasted from Word or a paper) is an error once, on its first entry', () => {
    const page = (text: string) => errors(article([nrmp], `In 2025, 773 positions were offered.[@nrmp-2025]\n\n${text}\n`));
    const typed = (line: number, entry: string) => expect.stringMatching(new RegExp(`^cited\\.mdx:${line}: "${entry}.*" looks like an entry of a reference list typed by hand, which the page's Sources list does not know: list each source under \`sources\``));
    expect(page('## References\n\n1. Smith J, Doe A, et al. The oncology workforce. JCO Oncol Pract. 2024;20(3):123-9.\n2. Lee K. Match data. NRMP; 2023.')).toEqual([typed(18, 'Smith J, Doe A, et al')]);
    expect(page('Notes:\n\n¹ Smith J, et al. The oncology workforce. 2024.\n² Lee K. Match data. doi:10.1000/xyz. 2023.')).toEqual([typed(18, '¹ Smith J, et al')]);
    expect(page('- Lee K. Match data. 2023. https://doi.org/10.1000/xyz\n- PMID: 12345678, 2022')).toEqual([typed(16, 'Lee K')]);
    // A study named in prose with its citation, a list of advice with a year, a note under a table: not reference entries.
    // As pasted from PubMed (a month in the date), with (1) or ¹ and no space, or nested under a topic: on the entry's own line.
    expect(page('Notes:\n\n(1) Lee K, Patel R. Outcomes of a research year. JAMA Oncol. 2021 Jan 1;7(1):123-130.')).toEqual([typed(18, '\\(1\\) Lee K')]);
    expect(page('Notes:\n\n¹Smith J, Doe A, et al. The oncology workforce. 2024.')).toEqual([typed(18, '¹Smith J')]);
    expect(page('- Workforce\n  - Smith J, Doe A, et al. The oncology workforce. JCO Oncol Pract. 2024;20(3):123-9.\n- Pay')).toEqual([typed(17, 'Smith J, Doe A, et al')]);
    // "DOI:" in capitals; unnumbered lines that start with authors and "et al"; an entry cited is a claim, not a list.
    expect(page('- Lee K. Match data. 2023. DOI: 10.1000/xyz')).toEqual([typed(16, 'Lee K')]);
    expect(page('References:\nSmith J, Doe A, et al. The oncology workforce. 2024.')).toEqual([typed(17, 'Smith J, Doe A, et al')]);
    expect(page('- Smith J, Doe A, et al. The oncology workforce. 2024.[@nrmp-2025]')).toEqual([]);
    // A list item holding a quote is one entry, reported once.
    expect(page('- Reading:\n\n  > Smith J, Doe A, et al. The oncology workforce. 2024.')).toEqual([typed(18, 'Smith J, Doe A, et al')]);
    expect(page('- Interviews: October 2, 2025; 9:30–11 a.m. ET.\n- Second looks: 1:15-2 p.m.')).toEqual([]);
    // Dates with a time after a semicolon; "et al." inside advice; a citation shown as an example in code; a study named in a step.
    expect(page('- Rank list deadline: November 19, 2025; 9:00 p.m. ET.\n- Interviews: October 2, 2025; 9:30-10:30 a.m.\n\n- On your title slide in 2026, write "Smith et al." rather than all twelve authors.\n- In `J Clin Oncol. 2024;42(3):123-9`, 42 is the volume and 3 the issue.\n\n1. Pick a landmark trial, such as KEYNOTE-189 (Gandhi et al., 2018).\n2. Read the methods first.')).toEqual([]);
    // A reading list of links: the address is not what the reader sees.
    expect(page('- Read [the 2024 workforce study](https://doi.org/10.1200/OP.24.00001) before you choose.\n- Then [the 2025 match report](https://www.nrmp.org/report.pdf).\n- [Hlubocky et al. on moral distress](https://ascopubs.org/doi/10.1200/OP.2020.000123 "JCO Oncol Pract, 2021"), a short read.')).toEqual([]);
    expect(page('Smith et al. found in 2024 that most fellows stay.[@nrmp-2025]\n\n- Smith et al. (2024) followed 300 fellows.[@nrmp-2025]\n- Apply by July 2026.\n\n| Year | Filled |\n| --- | --- |\n| 2024 | 90%[@nrmp-2025] |\n\n* 2024 data are provisional.')).toEqual([]);
  });

  it('placed before the period or comma that ends its claim is a warning giving the order to write', () => {
    const site = article([nrmp, abim], 'The match filled most places in 2025 [@nrmp-2025]. Points are due every five years[@abim-moc; @nrmp-2025], as before.\n');
    expect(warnings(site)).toEqual([
      'cited.mdx:19: "[@nrmp-2025].": a citation goes right after the punctuation that ends its claim: write .[@nrmp-2025]',
      'cited.mdx:19: "[@abim-moc; @nrmp-2025],": a citation goes right after the punctuation that ends its claim: write ,[@abim-moc; @nrmp-2025]',
    ]);
    expect(warnings(article([nrmp], 'The match filled most places in 2025.[@nrmp-2025]\n'))).toEqual([]);
  });

  it('listed twice under two ids is a warning: readers would see one document twice', () => {
    const site = article([nrmp, { ...nrmp, id: 'nrmp-again' }], 'In 2025, 773 positions were offered.[@nrmp-2025] Again.[@nrmp-again]\n');
    expect(warnings(site)).toContainEqual(expect.stringMatching(/source "nrmp-again" has the same url as source "nrmp-2025" \(line \d+\)/));
    // Copied again from the address bar, a link or a newsletter: the same page.
    for (const url of ['http://nrmp.org/match-data/2025/results', 'https://www.nrmp.org/match-data/2025/results/#fellowships', 'https://www.nrmp.org/match-data/2025/results/?utm_source=newsletter']) {
      const again = article([nrmp, { ...nrmp, id: 'nrmp-again', url }], 'In 2025, 773 positions were offered.[@nrmp-2025] Again.[@nrmp-again]\n');
      expect(warnings(again), url).toContainEqual(expect.stringMatching(/source "nrmp-again" has the same url as source "nrmp-2025" \(line \d+\)/));
    }
    const otherYear = article([nrmp, { ...nrmp, id: 'nrmp-2024', url: 'https://www.nrmp.org/match-data/2024/results/' }], 'In 2025, 773 positions were offered.[@nrmp-2025] Before.[@nrmp-2024]\n');
    expect(warnings(otherYear)).not.toContainEqual(expect.stringMatching(/has the same url/));
  });
});

describe('citations in the text', () => {
  it('become numbered references in the order the text first cites them, each citation counted', () => {
    const site = article([abim, nrmp], 'In 2025, 773 positions were offered.[@nrmp-2025]\n\nCertificates must be maintained.[@abim-moc; @nrmp-2025]\n');
    expect(errors(site)).toEqual([]);
    const page = site.articles[0];
    expect(page.citations).toEqual([
      { id: 'nrmp-2025', n: 1, line: 19 },
      { id: 'abim-moc', n: 1, line: 21 },
      { id: 'nrmp-2025', n: 2, line: 21 },
    ]);
    expect(page.sources.map((source) => [source.number, source.id, source.citationCount])).toEqual([
      [1, 'nrmp-2025', 2],
      [2, 'abim-moc', 1],
    ]);
  });

  it('leave code, links and plain brackets alone, and keep their markers out of the page text', () => {
    const { parsed } = parseMdx(`${frontmatter({})}Write \`[@not-a-citation]\` in code, [a link [@x]](/a), [plain] and an email a@b.org.[@real]\n`, 'x.mdx');
    expect(parsed?.body?.citations.map((citation) => citation.id)).toEqual(['real']);
    expect(parsed?.body?.text).toContain('[@not-a-citation]');
    expect(parsed?.body?.text).not.toContain('[@real]');
  });

  it('give the page a Sources entry at the end of its table of contents, which links may point to', () => {
    const cited = article([nrmp], 'In 2025, 773 positions were offered.[@nrmp-2025]\n\n## Later\n\nText.\n').articles[0];
    expect(cited.toc.at(-1)).toEqual({ id: 'page-sources', text: 'Sources', children: [] });
    expect(cited.anchors.has('page-sources')).toBe(true);
    const uncited = load({ ...validGuide(), 'articles/plain.mdx': frontmatter({}) + body }).articles[0];
    expect(uncited.toc.map((entry) => entry.id)).not.toContain('page-sources');
  });

  it('number sources never cited after the cited ones', () => {
    const numbered = numberSources(
      [nrmp, abim].map((source) => ({ ...source, year: Number(source.year) })),
      [{ id: 'abim-moc', n: 1, line: 3 }],
    );
    expect(numbered.map((source) => `${source.number}:${source.id}:${source.citationCount}`)).toEqual(['1:abim-moc:1', '2:nrmp-2025:0']);
  });
});

describe('the content check holds sources and citations to each other', () => {
  it('a citation to a source that does not exist, on its line, with the nearest id, and nothing else', () => {
    const site = article([nrmp], 'Text.\n\nIn 2025, 773 positions were offered.[@nrmp-2024]\n');
    // One typo, one error: the source it meant is not also reported as never cited.
    expect(errors(site)).toEqual(['cited.mdx:16: citation [@nrmp-2024]: no source on this page has the id "nrmp-2024" (did you mean [@nrmp-2025]?)']);
  });

  it('a source that is never cited, on its entry line', () => {
    const site = article([nrmp, abim], 'In 2025, 773 positions were offered.[@nrmp-2025]\n');
    expect(errors(site)).toEqual(['cited.mdx:12: source "abim-moc" is never cited: write [@abim-moc] after the claim it supports, or remove it']);
  });

  it('a source URL with a mistyped site name, as in the text', () => {
    expect(errors(article([{ ...nrmp, url: 'https://www.nrmp,org/results/' }], 'Text.[@nrmp-2025]\n'))).toEqual([
      expect.stringMatching(/^cited\.mdx:11: source "nrmp-2025", url: the site's name "www\.nrmp,org" has a comma in it: did you mean www\.nrmp\.org\?/),
    ]);
    expect(errors(article([{ ...nrmp, url: 'https://nrmp/results/' }], 'Text.[@nrmp-2025]\n'))).toEqual([expect.stringMatching(/source "nrmp-2025", url: the site's name "nrmp" has no dot/)]);
  });

  it('a source URL that is a site\'s home page', () => {
    const site = article([{ ...nrmp, url: 'https://www.nrmp.org/' }], 'Text.[@nrmp-2025]\n');
    expect(errors(site)).toEqual([expect.stringMatching(/^cited\.mdx:11: source "nrmp-2025", url: is a home page: link the page or PDF/)]);
    expect(errors(article([{ ...nrmp, url: 'https://www.nrmp.org' }], 'Text.[@nrmp-2025]\n'))).toHaveLength(1);
    expect(errors(article([{ ...nrmp, url: 'https://www.nrmp.org/?p=12' }], 'Text.[@nrmp-2025]\n'))).toEqual([]);
    // The home page by its file name, or with only tracking tags after it, is still the home page.
    for (const url of ['https://www.nrmp.org/index.html', 'https://www.nrmp.org/?utm_source=newsletter', 'https://www.nrmp.org/Default.aspx']) {
      expect(errors(article([{ ...nrmp, url }], 'Text.[@nrmp-2025]\n')), url).toEqual([expect.stringMatching(/source "nrmp-2025", url: is a home page/)]);
    }
    expect(errors(article([{ ...nrmp, url: 'https://www.nrmp.org/match-data/index.html' }], 'Text.[@nrmp-2025]\n'))).toEqual([]);
  });

  it('a missing year, and a year that is not a number', () => {
    const { year: _, ...withoutYear } = nrmp;
    expect(errors(article([withoutYear], 'Text.[@nrmp-2025]\n'))).toEqual([expect.stringMatching(/^cited\.mdx:7: source "nrmp-2025", year: required field is missing \(Year the document was published/)]);
    expect(errors(article([{ ...nrmp, year: 'recent' }], 'Text.[@nrmp-2025]\n'))).toEqual([expect.stringMatching(/^cited\.mdx:10: source "nrmp-2025", year: must be a number; found "recent" \(Year the document/)]);
  });

  it('a missing id, a mistyped field and two sources with one id', () => {
    const { id: _, ...withoutId } = nrmp;
    expect(errors(article([withoutId], 'Text.\n'))).toEqual([expect.stringMatching(/^cited\.mdx:7: source "Results and Data 2025", id: required field is missing/)]);
    expect(errors(article([{ ...nrmp, publsher: 'x' }], 'Text.[@nrmp-2025]\n'))).toEqual([
      expect.stringMatching(/^cited\.mdx:12: source "nrmp-2025", publsher: unknown field \(allowed: id, title, publisher, year, url, accessed\)/),
    ]);
    expect(errors(article([nrmp, { ...abim, id: 'nrmp-2025' }], 'Text.[@nrmp-2025]\n'))).toEqual(['cited.mdx:12: id "nrmp-2025" is already the id of the source on line 7: give each source its own id']);
  });
});

describe('figures need a source', () => {
  it('warns, with path:line, on a paragraph, list item or table that states a figure and cites nothing', () => {
    const site = article(
      [nrmp],
      [
        'A cited figure: 773 positions.[@nrmp-2025]',
        '',
        'Roughly one in five oncologists is 64 or older.',
        '',
        '- Fellowship lasts 36 months.',
        '- No figure here.',
        '',
        '| Route | Length |',
        '|---|---|',
        '| Radiation oncology | 5 years |',
        '',
        'Step 3 comes in PGY-2, in the 2024-25 season, on 23 May 2017: names and dates, not figures.',
        '',
        'Counts are per 10<sup>9</sup>/L or 10⁹/L, in week 3 of cycle 2: units and names, not figures.',
      ].join('\n'),
    );
    expect(errors(site)).toEqual([]);
    expect(warnings(site)).toEqual([
      'cited.mdx:16: paragraph states a figure ("one in five") but cites no source: add [@source-id] after the claim',
      'cited.mdx:18: paragraph states a figure ("36 months") but cites no source: add [@source-id] after the claim',
      'cited.mdx:21: table states a figure ("5 years") but cites no source: add [@source-id] after the claim',
    ]);
  });

  it('warns when the same figures are stated on more than two pages, naming every place', () => {
    const source = sources({ ...nrmp, id: 'survey' });
    const page = (title: string) => frontmatter({ title, sources: source }) + 'In the 2013 survey, about 45% of oncologists reported burnout.[@survey]\n';
    const twice = load({ ...validGuide(), 'articles/one.mdx': page('One'), 'articles/two.mdx': page('Two') });
    expect(warnings(twice)).toEqual([]);
    const thrice = load({ ...validGuide(), 'articles/one.mdx': page('One'), 'articles/two.mdx': page('Two'), 'articles/three.mdx': page('Three') });
    expect(warnings(thrice)).toHaveLength(3);
    expect(warnings(thrice)[0]).toMatch(/^one\.mdx:14: the figure 45% is stated on 3 pages \(.*one\.mdx:14, .*three\.mdx:14, .*two\.mdx:14\): keep it on the page/);
  });

  it('does not count a length of time or a round figure on its own, which unrelated sentences share by chance', () => {
    const source = sources({ ...nrmp, id: 'survey' });
    const page = (title: string, text: string) => frontmatter({ title, sources: source }) + `${text}[@survey]\n`;
    const onThreePages = (one: string, two: string, three: string) => load({ ...validGuide(), 'articles/one.mdx': page('One', one), 'articles/two.mdx': page('Two', two), 'articles/three.mdx': page('Three', three) });
    expect(warnings(onThreePages('The pilot was set to run for five years.', 'Each award lasted 5 years.', 'Dosimetrists renew every five years.'))).toEqual([]);
    expect(warnings(onThreePages('An ejection fraction of at least 50% was required.', 'Heterogeneity was high, with an I² above 50%.', 'About 50% of applicants matched.'))).toEqual([]);
    // A length of time beside another figure is a fact, and still counted.
    const fact = 'The award paid $50,000 a year for five years.';
    expect(warnings(onThreePages(fact, fact, fact))).toHaveLength(3);
  });
});

describe('US spelling', () => {
  it('is an error in the title, description and prose, with the US form, except in listed proper names', () => {
    const site = load({
      ...validGuide(),
      'articles/spelt.mdx':
        frontmatter({ title: 'Choosing a programme', properNames: '[Foundation Programme]' }) +
        'UK doctors start with the Foundation Programme.\n\n## Tumour boards\n\nThey are organised weekly.\n\n<Callout title="Practise first">\n\nText.\n\n</Callout>\n',
    });
    expect(errors(site)).toEqual([
      'spelt.mdx:2: "programme" is British spelling: write "program" (a proper name? list it under properNames)',
      'spelt.mdx:11: "Tumour" is British spelling: write "Tumor" (a proper name? list it under properNames)',
      'spelt.mdx:13: "organised" is British spelling: write "organized" (a proper name? list it under properNames)',
      'spelt.mdx:15: "Practise" is British spelling: write "Practice" (a proper name? list it under properNames)',
    ]);
  });

  it('is reported on its own line after a link title or an element written over two lines', () => {
    const spelling = (text: string) => errors(load({ ...validGuide(), 'articles/uses.mdx': frontmatter({}) + text })).filter((message) => message.includes('British spelling'));
    expect(spelling('See [the board](https://www.abim.org/x\n"ABIM page") and the\ncolour chart.\n')).toEqual([expect.stringMatching(/^uses\.mdx:10: "colour"/)]);
    expect(spelling('See <abbr\n  title="American Board">ABIM</abbr> and the\ncolour chart.\n')).toEqual([expect.stringMatching(/^uses\.mdx:10: "colour"/)]);
  });

  it('skips code spans, which are literals: their spelling and punctuation are not prose', () => {
    const site = load({ ...validGuide(), 'articles/coded.mdx': frontmatter({}) + 'Search FREIDA for `"haematology",` or `tumour` exactly.\n\nA tumour board meets.\n' });
    expect(errors(site)).toEqual(['coded.mdx:10: "tumour" is British spelling: write "tumor" (a proper name? list it under properNames)']);
    expect(site.diagnostics.filter((diagnostic) => diagnostic.message.includes('British usage'))).toEqual([]);
  });

  it('names the comma or period left outside a closing quote without wrapping the quote in quotes of its own', () => {
    const site = load({ ...validGuide(), 'articles/quoted.mdx': frontmatter({}) + 'The board says "Hematology", and the letter "Oncology".\n\nTo sit the boards is British.\n' });
    expect(site.diagnostics.filter((diagnostic) => diagnostic.message.includes('British usage')).map(({ line, message }) => `${line}: ${message}`)).toEqual([
      '8: Hematology”, puts the comma outside the closing quote, as British usage does: write Hematology,”',
      '8: Oncology”. puts the period outside the closing quote, as British usage does: write Oncology.”',
      '10: "sit the boards" is British usage: write "take the boards"',
    ]);
  });

  it("lets a listed proper name with an apostrophe through, although the text's apostrophe is printed curled", () => {
    const page = (names: string) =>
      load({ ...validGuide(), 'articles/uk.mdx': frontmatter({ properNames: names }) + "The Children's Cancer and Leukaemia Group runs trials.\n" });
    expect(errors(page('["Children\'s Cancer and Leukaemia Group"]'))).toEqual([]);
    expect(errors(page('[Other Group]'))).toEqual([expect.stringMatching(/^uk\.mdx:9: "Leukaemia" is British spelling/)]);
  });
});

describe('what readers get', () => {
  it('the MDX build turns each citation into a numbered link to its source, and the Sources list links back', async () => {
    const text = 'Most positions filled.[@nrmp-2025] Boards need points.[@abim-moc; @nrmp-2025]\n';
    const source = frontmatter({ sources: sources(abim, nrmp) }) + text;
    const { parsed } = parseMdx(source, 'page.mdx');
    const numbered = numberSources(
      [abim, nrmp].map((entry) => ({ ...entry, year: Number(entry.year) })),
      parsed!.body!.citations,
    );
    const byId = new Map(numbered.map((entry) => [entry.id, entry]));
    const Cite = ({ id, n }: { id: string; n: string }) => createElement(CitationMarker, { source: byId.get(id)!, n: Number(n) });
    const body = await renderMdx(source, { Cite });
    const markers = [...body.matchAll(/<sup[^>]*><a id="([^"]+)" href="#([^"]+)" aria-label="([^"]+)"[^>]*>\[(\d)\]<\/a><\/sup>/g)].map((match) => match.slice(1));
    expect(markers).toEqual([
      ['cite-nrmp-2025-1', 'source-nrmp-2025', 'Source 1: Results and Data 2025', '1'],
      ['cite-abim-moc-1', 'source-abim-moc', 'Source 2: Maintaining your certification', '2'],
      ['cite-nrmp-2025-2', 'source-nrmp-2025', 'Source 1: Results and Data 2025', '1'],
    ]);
    expect(body).not.toContain('[@');

    const list = renderToStaticMarkup(createElement(SourcesList, { page: { href: '/articles/cited', sources: numbered } }));
    const entries = [...list.matchAll(/<li id="([^"]+)"[^>]*>(.*?)<\/li>/g)].map((match) => [match[1], [...match[2].matchAll(/href="#(cite-[^"]+)"/g)].map((link) => link[1])]);
    expect(entries).toEqual([
      ['source-nrmp-2025', ['cite-nrmp-2025-1', 'cite-nrmp-2025-2']],
      ['source-abim-moc', ['cite-abim-moc-1']],
    ]);
    expect(list).toContain('href="https://www.nrmp.org/match-data/2025/results/"');
    expect(list).toContain('National Resident Matching Program, 2025.');

    const undated = renderToStaticMarkup(createElement(SourcesList, { page: { href: '/articles/cited', sources: [{ ...numbered[1], year: 2026, accessed: '2026-11-29' }] } }));
    expect(undated).toContain('American Board of Internal Medicine, 2026. Accessed <time dateTime="2026-11-29">November 29, 2026</time>.');
  });
});

describe('a citation in a heading', () => {
  it('is left out of the heading\'s id and text', () => {
    const { parsed } = parseMdx(`${frontmatter({})}## Match results in 2025[@nrmp-2025]\n\nText.\n`, 'x.mdx');
    expect(parsed?.body?.headings.map((heading) => [heading.id, heading.text])).toEqual([['match-results-in-2025', 'Match results in 2025']]);
    expect(parsed?.body?.citations.map((citation) => citation.id)).toEqual(['nrmp-2025']);
  });
});
