import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Timeline } from '@/components/mdx/timeline';
import { frontmatter, load, validGuide } from './fixture';

const page = (text: string) => load({ ...validGuide(), 'articles/uses.mdx': frontmatter({}) + text });
const errorsOf = (text: string) => page(text).diagnostics.filter((item) => item.severity === 'error').map((item) => `${path.basename(item.file)}:${item.line}: ${item.message}`);

describe('components are checked like frontmatter, on the line of the element or of the prop', () => {
  it('an unknown component, with the nearest name', () => {
    expect(errorsOf('Text.\n\n<Calout type="note">\n\nInside.\n\n</Calout>\n')).toEqual([
      expect.stringMatching(/^uses\.mdx:10: <Calout> is not a component of this site \(did you mean <Callout>\?\); the components are Callout, KeyFacts, Figure, TrainingTimeline, Timeline, Term$/),
    ]);
  });

  it('raw HTML other than what Markdown has no syntax for, each with what to do instead; <a> only to other sites', () => {
    expect(errorsOf('H<sub>2</sub>O, 10<sup>6</sup> cells,<br /> <abbr title="for example">e.g.</abbr> and <a href="https://example.org/page" rel="nofollow">a site</a>.\n')).toEqual([]);
    expect(errorsOf('<div>\n\nBoxed.\n\n</div>\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: <div> is raw HTML, which pages do not use: write it in Markdown or use a component \(Callout, KeyFacts/)]);
    expect(errorsOf('<img src="/chart.png" />\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: <img> is raw HTML: write !\[what it shows\]\(\/path\) or use <Figure>/)]);
    expect(errorsOf('<iframe src="https://www.youtube.com/embed/x" />\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: <iframe> cannot be used: the site's security policy blocks pages and plugins embedded from other sites/)]);
    expect(errorsOf('<script>{"alert(1)"}</script>\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: <script> cannot be used: pages run only the site's own scripts/)]);
    // The whole-guide page rewrites only Markdown links into its own anchors.
    expect(errorsOf('See <a href="/guides/demo/beta#first-part">this</a>.\n')).toEqual([
      'uses.mdx:8: <a href="/guides/demo/beta#first-part">: write a link within the site in Markdown, [its text](/guides/demo/beta#first-part); <a> is only for links to other sites',
    ]);
    // A new tab takes the reader's back button away; a string style would stop the build.
    expect(errorsOf('See <a href="https://example.org/page" rel="noopener" title="Example" target="_blank" style="color: red">this</a>.\n')).toEqual([
      'uses.mdx:8: <a target>: every link on the site opens in the same tab, which keeps the back button working: leave it out',
      "uses.mdx:8: <a style>: links take their look from the site's styles (and a style written as text stops the build): leave it out",
    ]);
    // Attributes that describe the link are welcome.
    expect(errorsOf('Read <a href="https://www.cancer.gov/espanol/guide.pdf" hrefLang="es" lang="es" type="application/pdf" aria-label="NCI guide in Spanish, PDF">la guía</a>.\n')).toEqual([]);
    expect(errorsOf('See <a href={"https://example.org"}>this</a> and <a name="here">here</a>.\n')).toEqual([
      'uses.mdx:8: <a> needs an href written in quotes, such as href="https://example.org/page"',
      'uses.mdx:8: <a> needs an href written in quotes, such as href="https://example.org/page"',
    ]);
  });

  it('a footnote, which would bypass the sources list', () => {
    const message = 'footnotes are not used: cite a source with [@id] and list it under `sources`, or put the aside in the text or in a <Callout>';
    expect(errorsOf('A claim.[^1]\n\n[^1]: A note with its own citation.\n')).toEqual([`uses.mdx:10: ${message}`]);
    // A footnote nothing refers to is not rendered at all: its text would vanish.
    expect(errorsOf('A claim.\n\n[^1]: A note nobody sees.\n')).toEqual([`uses.mdx:10: ${message}`]);
  });

  it('text that would break the build or lose words: braces read as code, an unclosed component, a table row with an extra cell', () => {
    const braces = (code: string) => `uses.mdx:8: {${code}} is read as code, not text, and a word in braces stops the build: write \\{ and \\} for braces in text, or leave them out`;
    expect(errorsOf('Fees range {roughly} widely.{/* an editor\'s note */}{" "}{2025}\n')).toEqual([braces('roughly')]);
    expect(errorsOf('Fees {"" + roughly + ""} widely.{// a note\n}\n')).toEqual([braces('"" + roughly + ""')]);
    expect(errorsOf('Text.\n\n<Callout type="note">\n\nNever closed.\n')).toEqual([expect.stringMatching(/^uses\.mdx:10: MDX syntax error: Expected a closing tag for `<Callout>`/)]);
    expect(errorsOf('| Route | Years |\n| --- | --- |\n| Fellowship | 3 | |\n')).toEqual([]);
    expect(errorsOf('| Route | Years |\n| --- | --- |\n| Fellowship | 3 | or 2 on the research pathway |\n')).toEqual([
      'uses.mdx:10: this table row has 3 cells under 2 columns, and readers would not see the extra text: write a | inside a cell as \\|',
    ]);
    // A row with a value left out reads as if the last column had none; an empty cell written as | | is on purpose.
    expect(errorsOf('| Route | Years |\n| --- | --- |\n| Fellowship | 3 |\nSource: the NRMP\n')).toEqual(['uses.mdx:11: "Source: the NRMP" right under the table is read as its last row: leave a blank line above it']);
    // In a table written without outer pipes, a short row is a short row.
    expect(errorsOf('Stage | Years | Notes\n--- | --- | ---\nResidency | 3\nFellowship | 3 | Research\n')).toEqual([
      'uses.mdx:10: this table row has 2 of its 3 cells, so readers see the last column empty: add the missing cell, or write | | for a cell left empty on purpose',
    ]);
    expect(errorsOf('| Route | Years | Pathway |\n| --- | --- | --- |\n| Fellowship | 3 |\n| Research | |\n| Clinical | | |\n')).toEqual([
      'uses.mdx:10: this table row has 2 of its 3 cells, so readers see the last column empty: add the missing cell, or write | | for a cell left empty on purpose',
      'uses.mdx:11: this table row has 2 of its 3 cells, so readers see the last column empty: add the missing cell, or write | | for a cell left empty on purpose',
    ]);
  });

  it('Markdown typed almost right, which would show as plain text or turn a line into a heading', () => {
    expect(errorsOf('Text.\n\n##Second topic\n\nMore.\n')).toEqual(['uses.mdx:10: "##Second topic" shows as text, not a heading: put an ordinary space after the ##']);
    expect(errorsOf('Text.\n\n##\u00A0Second topic\n')).toEqual([expect.stringMatching(/^uses\.mdx:10: .* shows as text, not a heading: put an ordinary space after the ##$/)]);
    expect(errorsOf('Steps:\n\n• Register\n• Apply\n')).toEqual(['uses.mdx:10: lines starting with • run together into one paragraph: start each list item with "- " (or "1. " for steps)']);
    // A sub-item indented less than the text above it is not nested: under 1. it splits the list or takes the next number.
    const notNested = (item: string, above: string, spaces: number) => `"${item}" is indented as a sub-item of "${above}" but is not one, so readers see it as an item of its own: indent it ${spaces} spaces, to where the text of the item above starts`;
    expect(errorsOf('Steps:\n\n1. Register\n  - with ERAS\n2. Apply\n')).toEqual([`uses.mdx:11: ${notNested('- with ERAS', '1. Register', 3)}`]);
    expect(errorsOf('Steps:\n\n1. Register\n  1. with ERAS\n2. Apply\n')).toEqual([`uses.mdx:11: ${notNested('1. with ERAS', '1. Register', 3)}`]);
    expect(errorsOf('Steps:\n\n- Register\n 1. with ERAS\n- Apply\n')).toEqual([`uses.mdx:11: ${notNested('1. with ERAS', '- Register', 2)}`]);
    expect(errorsOf('Steps:\n\n1. Register\n\n  - with ERAS\n\n2. Apply\n')).toEqual([`uses.mdx:12: ${notNested('- with ERAS', '1. Register', 3)}`]);
    // In a quote, the spaces to type come after the "> ".
    expect(errorsOf('> Steps:\n>\n> 1. Register\n>   1. with ERAS\n> 2. Apply\n')).toEqual([`uses.mdx:11: ${notNested('1. with ERAS', '1. Register', 3).replace('spaces,', 'spaces after the "> ",')}`]);
    expect(errorsOf('> Steps:\n>\n>1. Register\n>  1. with ERAS\n>2. Apply\n')).toEqual([`uses.mdx:11: ${notNested('1. with ERAS', '1. Register', 3).replace('spaces,', 'spaces after the "> ",')}`]);
    // Nested right; a stray space before the next number; a bullet under a bullet (the same either way); a list after a blank line.
    expect(errorsOf('Steps:\n\n1. Register\n   - with ERAS\n2. Apply\n 3. Rank\n\n - Then wait.\n\n- Keep copies\n - of everything\n')).toEqual([]);
    // Numbered 1. 1. 1. throughout, a stray space is a stray space.
    expect(errorsOf('Steps:\n\n1. Register\n 1. Apply\n1. Rank\n')).toEqual([]);
    // Word's lettered lists; a sentence that happens to start with "a." on its own line is not one.
    for (const [list, first] of [['a. Register\nb. Apply', 'a.'], ['(a) Register\n(b) Apply', '(a)'], ['a) Register\nb) Apply\nc) Rank', 'a)'], ['A. Register\nB. Apply', 'A.'], ['i. Register\nii. Apply', 'i.']]) {
      expect(errorsOf(`Steps:\n\n${list}\n`)).toEqual([`uses.mdx:10: lines starting with ${first} run together into one paragraph: Markdown numbers lists with digits, so start each item with "1. ", "2. " (or "- ")`]);
    }
    expect(errorsOf('Ask for the policy on vitamin\na. supplements during the interview.\n')).toEqual([]);
    // Hard-wrapped prose whose lines happen to start with a) and b) is prose; after a colon or a question it is a list.
    expect(errorsOf('If a program offers you a position outside the Match, you can either\na) accept it and withdraw, or\nb) decline it and wait.\n')).toEqual([]);
    expect(errorsOf('Which is most likely?\na) CML\nb) CLL\n')).toEqual([expect.stringMatching(/^uses\.mdx:9: lines starting with a\) run together/)]);
    expect(errorsOf('Which is most likely?\\\na. CML\nb. CLL\n')).toEqual([expect.stringMatching(/^uses\.mdx:9: lines starting with a\. run together/)]);
    // Options ended by hard breaks show one per line, as written.
    expect(errorsOf('Which is most likely?\\\na. Chronic myeloid leukemia\\\nb. Chronic lymphocytic leukemia\n\nOr:<br />\na. CML<br />\nb. CLL\n\nOr:  \na. CML  \nb. CLL\n')).toEqual([]);
    // An entity without its semicolon shows as typed; AT&T and R&D are words.
    expect(errorsOf('Ten&nbsp;years, 5&nbsp years, 3&#160 years, 10&nbspmg and 25&ndash30 at AT&T, R&D and Q&A.\n')).toEqual([
      'uses.mdx:8: "&nbsp" shows as typed: end it with a semicolon, &nbsp;',
      'uses.mdx:8: "&#160" shows as typed: end it with a semicolon, &#160;',
      'uses.mdx:8: "&nbsp" shows as typed: end it with a semicolon, &nbsp;',
      'uses.mdx:8: "&ndash" shows as typed: end it with a semicolon, &ndash;',
    ]);
    // Entities are case-sensitive, and a web address's text is an address.
    expect(errorsOf('Dinner at the Bar&Grill or Rock&Le Café, after Trade&Times, for kappa&lambda; see https://example.org/search?q=cancer&lt=5&ne=1 for the list.\n')).toEqual([]);
    expect(errorsOf('Our fellows by year:\n| Year | Fellows |\n| 2025 | 10 |\n')).toEqual([expect.stringMatching(/^uses\.mdx:10: this table has no \| --- \| row under its header/)]);
    expect(errorsOf('Text.\n\n| Year | Fellows | Share |\n| --- | --- |\n| 2025 | 10 | 5% |\n')).toEqual([expect.stringMatching(/^uses\.mdx:11: this table's \| --- \| row has 2 cells under 3 columns/)]);
    expect(errorsOf('Our fellows by year:\nYear\tFellows\n2025\t10\n')).toEqual([expect.stringMatching(/^uses\.mdx:9: these columns are separated by tabs/)]);
    expect(errorsOf('Text.\n\nA closing thought.\n---\n')).toEqual([expect.stringMatching(/^uses\.mdx:11: the --- right under "A closing thought\." makes that line a heading: leave a blank line above ---/)]);
    // === makes the line a second title: the underline is named, beside the one-h1 rule.
    expect(errorsOf('Text.\n\nKey dates\n=========\n')).toContain('uses.mdx:11: the ========= right under "Key dates" makes that line a title (an h1): write ## before the line for a heading, and leave out the =========');
    expect(errorsOf('See [the part] (#first-part), [two words](#first part) and ![chart](/images/tumor board.png).\n')).toEqual([
      expect.stringMatching(/^uses\.mdx:8: "\[the part\] \(#first-part\)" is not read as a link and shows as typed/),
      expect.stringMatching(/^uses\.mdx:8: "\[two words\]\(#first part\)" is not read as a link/),
      expect.stringMatching(/^uses\.mdx:8: "!\[chart\]\(\/images\/tumor board\.png\)" is not read as a picture/),
    ]);
    // Pasted web addresses, which GFM would otherwise turn into links of their own.
    expect(errorsOf('See [the 2025 report] (https://www.nrmp.org/report.pdf) and [the PDF](https://www.nrmp.org/match report.pdf).\n')).toEqual([
      'uses.mdx:8: "[the 2025 report] (https://www.nrmp.org/report.pdf)" is not read as a link and shows as typed: write ] and ( with nothing between',
      'uses.mdx:8: "[the PDF](https://www.nrmp.org/match report.pdf)" is not read as a link and shows as typed: an address has no spaces (a heading id joins words with -, a file name with - or %20)',
    ]);
    expect(errorsOf('Register with the NR\u200BMP first.\n')).toEqual(['uses.mdx:8: an invisible character (U+200B) sits inside "NRMP", after "NR", where it splits the word for search and the glossary: delete it, or retype the word']);
    expect(errorsOf('Text.\n\n**Interview day**\n\nMore text.\n')).toEqual(['uses.mdx:10: "**Interview day**" on a line of its own reads as a heading, but readers get no table-of-contents entry or link to it: write ## or ### Interview day']);
    // A bold lead-in before a list, a bold sentence, bold inside a callout or a list: text.
    expect(errorsOf('**Before you sign:**\n\n- Read it.\n\n**Never sign on the day.**\n\n<Callout type="tip">\n\n**Early**\n\n</Callout>\n\n- **Early**\n')).toEqual([]);
    // What looks alike but is fine: a divider after a blank line, # at a line start in prose, brackets in text, code.
    expect(errorsOf('A closing thought.\n\n---\n\n#1 cause, [sic] (as written), `##Heading` and `[a] (/b)`.\n\n- item\n- item\n')).toEqual([]);
    // Brackets escaped on purpose, a link with a title, an address in <…>.
    expect(errorsOf('\\[a\\] (/b), [the report](https://www.nrmp.org/a "NRMP report") and [the PDF](<https://example.org/match report.pdf>).\n')).toEqual([]);
  });

  it('a value outside what the component takes, an unknown prop and a missing one', () => {
    expect(errorsOf('<Callout type="nte">\n\nInside.\n\n</Callout>\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: <Callout> type: must be note, tip or warning; found "nte"/)]);
    expect(errorsOf('<KeyFacts titel="Facts">\n\n- One.\n\n</KeyFacts>\n')).toEqual(['uses.mdx:8: <KeyFacts> titel: unknown prop: did you mean title?']);
    expect(errorsOf('<TrainingTimeline stages={[{ label: "Residency", years: 3 }]} />\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: <TrainingTimeline> title: required prop is missing \(What the path is/)]);
    expect(errorsOf('<TrainingTimeline title="Path" stages={[{ label: "Residency", years: -3 }]} />\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: <TrainingTimeline> stage "Residency", years: must be more than 0; found -3/)]);
    // A title, caption or label is printed as plain text, as frontmatter titles are.
    const plain = 'is shown as plain text, so Markdown in it (**, *, __, `, [text](url)) would show as typed: write it without';
    expect(errorsOf('<Callout type="tip" title="Rank **honestly**">\n\nInside.\n\n</Callout>\n')).toEqual([`uses.mdx:8: <Callout> title: ${plain}`]);
    expect(errorsOf('<TrainingTimeline title="Path" stages={[{ label: "[Residency](/guides/demo/alpha)", years: 3 }]} />\n')).toEqual([`uses.mdx:8: <TrainingTimeline> stage "[Residency](/guides/demo/alpha)", label: ${plain}`]);
    expect(errorsOf('<Callout type="tip" title="Rank _honestly_">\n\nInside.\n\n</Callout>\n')).toEqual([`uses.mdx:8: <Callout> title: ${plain}`]);
    expect(errorsOf('<Callout type="tip" title="Rank *honestly*.">\n\nInside.\n\n</Callout>\n')).toEqual([`uses.mdx:8: <Callout> title: ${plain}`]);
    expect(errorsOf('<Callout type="tip" title="*Note:* rates">\n\nInside.\n\n</Callout>\n')).toEqual([`uses.mdx:8: <Callout> title: ${plain}`]);
    // A label inside a list prop is text readers see, checked for spelling like the title.
    expect(errorsOf('<TrainingTimeline title="Path" stages={[{ label: "Paediatric residency", years: 3 }]} />\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: "Paediatric" is British spelling: write "Pediatric"/)]);
    expect(errorsOf('<Timeline title="Cycle" start="2025-06" end="2026-07" milestones={[{ date: "2025-12", label: "Colour-coded results" }]} />\n')).toEqual([expect.stringMatching(/^uses\.mdx:8: "Colour" is British spelling: write "Color"/)]);
    // Inside a prop's straight quotes, curly ones are a quotation; a lone star or a blank line to fill is text.
    expect(errorsOf('<Callout title="“Should I do a chief year?”">\n\nInside.\n\n</Callout>\n\n<Figure src="/images/chart.png" width={8} height={6} alt="A form with Name ____ and Date ____" caption="Error bars show 95% CI. *p < 0.05; **p < 0.01. Stars (*) mark p < 0.05 and open stars (*) p < 0.10." />\n')).toEqual([
      expect.stringMatching(/^uses\.mdx:14: image "\/images\/chart\.png" does not exist/),
    ]);
  });

  it('a problem inside a prop written over several lines is reported on its own line, not the element’s first', () => {
    const timeline = '<TrainingTimeline\n  title="Path **after** school"\n  stages={[\n    { label: "Residency", years: 3 },\n    { label: "Paediatric fellowship", years: -2 },\n    { years: 2 },\n    { label: "Research.[1]", years: 1 },\n  ]}\n/>\n';
    expect(errorsOf(timeline)).toEqual([
      expect.stringMatching(/^uses\.mdx:9: <TrainingTimeline> title: is shown as plain text/),
      expect.stringMatching(/^uses\.mdx:12: <TrainingTimeline> stage "Paediatric fellowship", years: must be more than 0; found -2/),
      expect.stringMatching(/^uses\.mdx:12: "Paediatric" is British spelling/),
      // A missing key is reported on its object's line.
      expect.stringMatching(/^uses\.mdx:13: <TrainingTimeline> stage 3, label: required prop is missing/),
      expect.stringMatching(/^uses\.mdx:14: .*\[1\]/),
    ]);
    // A spread, a prop written as code, or with no value, on a line of its own.
    expect(errorsOf('<Callout\n  type="tip"\n  {...props}\n>\n\nInside.\n\n</Callout>\n')).toEqual([expect.stringMatching(/^uses\.mdx:10: <Callout> \.\.\.props: spread props are not allowed/)]);
    expect(errorsOf('<TrainingTimeline\n  title="Path"\n  stages={makeStages()}\n/>\n\n<Callout\n  type="tip"\n  open\n>\n\nInside.\n\n</Callout>\n')).toEqual([
      expect.stringMatching(/^uses\.mdx:10: <TrainingTimeline> stages: must be a plain value/),
      expect.stringMatching(/^uses\.mdx:15: <Callout> open: unknown prop/),
    ]);
  });

  it('a prop written as code rather than a value', () => {
    expect(errorsOf('<TrainingTimeline title="Path" stages={makeStages()} />\n')).toEqual([
      'uses.mdx:8: <TrainingTimeline> stages: must be a plain value (text, a number, true or false, a list or an object), not code',
    ]);
  });

  it('a timeline whose dates are out of order, outside its months, or not dates at all', () => {
    const timeline = (milestones: string) => `<Timeline title="Cycle" start="2025-06" end="2026-07" milestones={[${milestones}]} />\n`;
    expect(errorsOf(timeline('{ date: "2025-07-02", label: "Submit" }, { date: "2025-12-03", label: "Match Day" }'))).toEqual([]);
    expect(errorsOf(timeline('{ date: "2025-12-03", label: "Match Day" }, { date: "2025-07-02", label: "Submit" }'))).toEqual([
      'uses.mdx:8: <Timeline> milestone "Submit", date: 2025-07-02 comes before the milestone above it: list them in date order',
    ]);
    expect(errorsOf(timeline('{ date: "2027-01", label: "Too late" }'))).toEqual(['uses.mdx:8: <Timeline> milestone "Too late", date: 2027-01 is outside 2025-06 to 2026-07']);
    expect(errorsOf(timeline('{ date: "July 2025", label: "Submit" }'))).toEqual(['uses.mdx:8: <Timeline> milestone "Submit", date: must be a month (2025-07) or a day (2025-07-02)']);
    expect(errorsOf(timeline('{ date: "2026-02-30", label: "Rank list due" }'))).toEqual(['uses.mdx:8: <Timeline> milestone "Rank list due", date: is not a real calendar date: February 2026 has 28 days']);
  });
});

describe('Timeline', () => {
  const html = renderToStaticMarkup(
    createElement(Timeline, {
      title: 'The 2025 cycle',
      start: '2025-06',
      end: '2026-07',
      milestones: [
        { date: '2025-07-02', label: 'Applications open' },
        { date: '2025-08', until: '2025-11', label: 'Interviews' },
        { date: '2025-12-03', label: 'Match Day' },
      ],
    }),
  );
  const text = (markup: string) => markup.replace(/<[^>]+>/g, '');

  it('reads as an ordered list of dated events, without the drawing', () => {
    const list = /<ol[^>]*>(.*)<\/ol>/.exec(html)![1];
    const items = [...list.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((match) => text(match[1].replace(/<span aria-hidden="true".*?<\/span><\/span>/g, '')));
    expect(items).toEqual(['July 2, 2025: Applications open', 'August 2025 to November 2025: Interviews', 'December 3, 2025: Match Day']);
    expect(html).toContain('<time dateTime="2025-07-02">');
    expect(html).toMatch(/^<figure[^>]*><figcaption[^>]*>The 2025 cycle<\/figcaption>/);
  });

  it('draws fourteen months across and puts each event at its date', () => {
    expect(html).toContain('grid-template-columns:repeat(14, minmax(0, 1fr))');
    // July 2 is one month and a day into a timeline starting in June: (1 + 1/30) / 14.
    expect(html).toContain('left:calc(7.38% - 0.375rem)');
    // Interviews run from the start of August (2/14) to the end of November (6/14).
    expect(html).toContain('left:14.29%;width:28.57%');
  });
});
