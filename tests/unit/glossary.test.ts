import path from 'node:path';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { GlossaryTerm } from '@/components/article/glossary-term';
import { linkTarget } from '@/lib/content/glossary';
import type { readSite } from '@/lib/content/site';
import { buildSearchFiles } from '@/lib/search/build-index';
import { createSearch } from '@/lib/search/query';
import { body, errors, frontmatter, load, renderMdx, validGuide } from './fixture';

const glossary = `terms:
  - term: ABIM
    expansion: American Board of Internal Medicine
    definition: The board that certifies internists and their subspecialists.
    link: /guides/demo/alpha#first-part
  - term: LKA
    expansion: Longitudinal Knowledge Assessment
    definition: ABIM's open-book way of keeping certification, with questions every quarter.
  - term: tumor board
    definition: A meeting where specialists decide together on the treatment of each patient.
`;

function warnings(site: ReturnType<typeof readSite>): string[] {
  return site.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'warning' && !diagnostic.message.startsWith('description is') && !diagnostic.message.includes('is on this page only'))
    .map((diagnostic) => `${path.basename(diagnostic.file)}:${diagnostic.line}: ${diagnostic.message}`);
}

/** The demo guide, its first part naming the board that the ABIM entry links to. */
function guide(): Record<string, string> {
  const files = validGuide();
  files['guides/demo/alpha.mdx'] = files['guides/demo/alpha.mdx'].replace('Some text about fellowship training.', 'Some text about training for the American Board of Internal Medicine.');
  return files;
}

const withText = (text: string, terms = glossary) => load({ ...guide(), 'glossary.yaml': terms, 'articles/marked.mdx': frontmatter({ title: 'A page' }) + text });
const marksAll = 'Certified by the <Term>ABIM</Term> through the <Term>LKA</Term>, discussed at a <Term>tumor board</Term>.\n';

describe('the glossary file', () => {
  it('loads every entry with its id, alphabetically, and the pages that mark each term', () => {
    const site = withText(marksAll);
    expect(errors(site)).toEqual([]);
    expect(warnings(site)).toEqual([]);
    expect(site.glossary.map((entry) => entry.id)).toEqual(['abim', 'lka', 'tumor-board']);
    expect(site.termPages.get('lka')?.map((page) => page.href)).toEqual(['/articles/marked']);
  });

  it('names the file, the line and the field of a bad entry', () => {
    const broken = glossary.replace('    definition: ABIM', '    definiton: ABIM');
    // A misspelled field is one mistake, on its own line, with the field meant; not also "definition is missing".
    expect(errors(withText(marksAll, broken))).toEqual(['glossary.yaml:8: term "LKA", definiton: unknown field: did you mean definition?']);
    // A field no name is near still lists the fields there are.
    expect(errors(withText(marksAll, `${glossary.trimEnd()}\n    weblink: /x\n`))).toEqual([
      expect.stringMatching(/^glossary\.yaml:\d+: term "[^"]+", weblink: unknown field \(allowed: term, id, expansion, definition, link, source\)$/),
    ]);
    // What the glossary page and the popovers print as text refuses what the page titles refuse.
    expect(errors(withText(marksAll, glossary.replace('    expansion: Longitudinal Knowledge Assessment', '    expansion: “Longitudinal Knowledge Assessment”').replace('  - term: tumor board', '  - term: "**tumor board**"').replace('definition: A meeting', 'definition: A [meeting](/x)')))).toEqual([
      'glossary.yaml:7: term "LKA", expansion: is wrapped in curly quotes, which would show: use straight quotes ("…") around it, or none',
      'glossary.yaml:9: term "**tumor board**", term: is shown as plain text, so Markdown in it (**, *, __, `, [text](url)) would show as typed: write it without',
      'glossary.yaml:10: term "**tumor board**", definition: is shown as plain text, so Markdown in it (**, *, __, `, [text](url)) would show as typed: write it without',
    ]);
    // A definition is shown on every page that marks the term and reviewed with none: a year is an
    // error, a figure a warning (it may be what the term means); a name with a number (PD-1, Step 2)
    // is neither. The glossary stays loaded, so its other checks still run (the unknown <Term> ABMI).
    const dated = withText(`${marksAll}\nThe <Term>ABMI</Term> again.\n`, glossary.replace('with questions every quarter.', 'with 30 questions every quarter since 2022.').replace('decide together on', 'decide together, as in Step 2 and PD-1 care, on'));
    expect(errors(dated)).toEqual([
      'glossary.yaml:6: "LKA": the definition names a year ("2022"): give dates on the page its link leads to, where they are cited and dated',
      expect.stringMatching(/^marked\.mdx:10: <Term> "abmi" is not in the glossary/),
    ]);
    expect(warnings(withText(marksAll, glossary.replace('with questions every quarter.', 'with 30 questions every quarter.')))).toContain(
      `glossary.yaml:6: "LKA": the definition states a figure ("30 questions"), which would go out of date unseen: give it on the linked page (a count the term is named by, as PHQ-9's nine questions, is fine)`,
    );
    // A figure the term is named by (PHQ-9's nine questions) is what it means, and cannot go out of date.
    const named = glossary.replace('  - term: LKA\n    expansion: Longitudinal Knowledge Assessment', '  - term: LKA-30\n    id: lka\n    expansion: Longitudinal Knowledge Assessment 30').replace('with questions every quarter.', 'with thirty questions every quarter.');
    expect(warnings(withText(marksAll, named)).filter((message) => message.includes('states a figure'))).toEqual([]);
    // A number in the name excuses only a count of the term's own things, not a length of time or a share that dates.
    for (const [figure, written] of [['with questions over 30 days.', '30 days'], ['with questions that 30% fail.', '30%'], ['with questions that 30 million answer.', '30 million']]) {
      const dating = named.replace('with thirty questions every quarter.', figure);
      expect(warnings(withText(marksAll, dating))).toContainEqual(expect.stringMatching(new RegExp(`^glossary\\.yaml:6: "LKA-30": the definition states a figure \\("${written}"\\)`)));
    }
    // A " #" in a value starts a YAML comment: the definition would lose the rest of its sentence.
    expect(errors(withText(marksAll, glossary.replace('with questions every quarter.', 'with questions every quarter #LKA.')))).toEqual([
      'glossary.yaml:8: YAML reads "#LKA." as a comment and drops it, leaving "ABIM\'s open-book way of keeping certification, with questions every quarter": put the whole value in double quotes, or a note on a line of its own',
    ]);
    // A list never closed is reported on the file's last line, not on a line past its end.
    expect(errors(withText(marksAll, 'terms:\n  - term: [unclosed\n'))).toEqual([expect.stringMatching(/^glossary\.yaml:2: not valid YAML/)]);
    expect(errors(withText(marksAll, glossary.replace('terms:\n', 'terms:\n  - term: ABIM\n    term: Again\n')))).toEqual(['glossary.yaml:3: not valid YAML: Map keys must be unique']);
    expect(errors(withText(marksAll, glossary.replace('terms:\n', 'terms:\n  - term: abim\n    id: abim-again\n    definition: The board that certifies internists and subspecialists.\n')))).toEqual([
      expect.stringMatching(/^glossary\.yaml:5: "ABIM" is already in the glossary \(line 2\): if both mean the same, keep one entry; if they are two meanings, write each term so/),
    ]);
    // Saved with a byte-order mark, as some Windows editors save it, the file reads as without.
    expect(errors(withText(marksAll, `\uFEFF${glossary}`))).toEqual([]);
  });

  it('that does not load is reported once, not again on every page that links to the glossary', () => {
    const linking = `${marksAll}\nSee [the glossary](/glossary) and [its ABIM entry](/glossary#abim).\n`;
    expect(errors(withText(linking, 'terms:\n  - term: [unclosed\n'))).toEqual([expect.stringMatching(/^glossary\.yaml:\d+: not valid YAML/)]);
    expect(errors(withText(linking, glossary.replace('    definition: ABIM', '    definiton: ABIM')))).toEqual([
      expect.stringMatching(/^glossary\.yaml:8: term "LKA", definiton: unknown field: did you mean definition\?/),
    ]);
  });

  it('rejects a definition of more than two sentences, a broken link, British spelling and a repeated id', () => {
    const bad = `${glossary}  - term: MOC
    expansion: Maintenance of Certification
    definition: How certificates stay current. It needs points. It needs an assessment too.
    link: /guides/demo/alpha#nowhere
  - term: Abim
    definition: A second entry that would take the anchor of the first one.
  - term: FRCPath
    expansion: Fellowship of the Royal College of Pathologists
    definition: The examinations a haematology trainee in the UK passes.
`;
    const site = withText(`${marksAll}The <Term>MOC</Term>, <Term id="abim">ABIM</Term> and <Term>FRCPath</Term>.\n`, bad);
    const messages = errors(site).join('\n');
    expect(errors(site)).toHaveLength(4);
    expect(messages).toMatch(/glossary\.yaml:11: "MOC": the definition is more than two sentences; link to the page that explains the rest/);
    expect(messages).toMatch(/glossary\.yaml:11: "MOC": broken link "\/guides\/demo\/alpha#nowhere": .*alpha\.mdx has no heading with the id "nowhere"/);
    expect(messages).toMatch(/glossary\.yaml:15: "Abim": the id "abim" is already used by "ABIM" \(line 2\); give one an id of its own/);
    expect(messages).toMatch(/glossary\.yaml:17: "FRCPath": "haematology" is British spelling: write "hematology"/);
  });

  it('warns when an entry links to a part of a page that never names it, and takes a plural or the expansion as naming it', () => {
    const terms = `${glossary.replace('    definition: A meeting where', '    link: /guides/demo/alpha#second-part\n    definition: A meeting where')}  - term: bispecific antibody
    definition: An antibody with two different arms.
    link: /articles/marked#newer-drugs
  - term: J-1 visa
    definition: An exchange visitor visa for physicians in training.
    link: /articles/marked#newer-drugs
`;
    const text = `${marksAll}A <Term>bispecific antibody</Term> and a <Term>J-1 visa</Term>.\n\n## Newer drugs\n\nBispecific antibodies arrived as J-1 visas grew scarce.\n`;
    const site = withText(text, terms);
    expect(errors(site)).toEqual([]);
    // ABIM's link lands on a part that spells out its expansion, so only the tumor board is reported.
    expect(warnings(site)).toEqual([
      'glossary.yaml:9: "tumor board": its link goes to "Alpha: Second part", which never names it: link to where it is explained, or name it there',
    ]);
  });
});

describe('a page that fails to load', () => {
  const withFailedPage = (failed: string) => load({ ...guide(), 'glossary.yaml': glossary, 'articles/failed.mdx': failed });

  it('still counts the terms it marks, so no entry is reported unused because of it', () => {
    const site = withFailedPage(frontmatter({ updated: 'soon' }) + marksAll);
    expect(errors(site)).toEqual([expect.stringMatching(/^failed\.mdx:4: updated: must be a date/)]);
    expect(warnings(site)).toEqual([]);
  });

  it('whose text could not be read leaves which terms are unused unknown, and unreported', () => {
    expect(warnings(withFailedPage(frontmatter({ title: '"unclosed' }) + marksAll))).toEqual([]);
    expect(warnings(withFailedPage(frontmatter({}) + 'Broken {\n'))).toEqual([]);
  });
});

describe('terms marked in the text', () => {
  it('must be in the glossary, with the nearest id suggested, and never inside a link', () => {
    const site = withText(`${marksAll}\nThe <Term>ABMI</Term> again, and [the <Term>LKA</Term> page](/guides/demo/alpha).\n`);
    expect(errors(site)).toEqual([
      'marked.mdx:10: <Term> "abmi" is not in the glossary (did you mean "abim"? write <Term id="abim">…</Term>), or add it to content/glossary.yaml',
      'marked.mdx:10: <Term> "lka" is inside a link\'s text: mark the term outside the link, or leave it unmarked there',
    ]);
    // A plural marked as written is pointed to its singular's entry, not to a nearer spelling.
    const nearPlural = `${glossary}  - term: IKAS\n    expansion: Invented Known Acronym Spelling\n    definition: An entry one letter from the plural's id.\n`;
    expect(errors(withText(`${marksAll}\nTwo <Term>LKAs</Term> and one <Term>IKAS</Term>.\n`, nearPlural))).toEqual([
      'marked.mdx:10: <Term> "lkas" is not in the glossary (did you mean "lka"? write <Term id="lka">…</Term>), or add it to content/glossary.yaml',
    ]);
    // A term marked short is pointed to the entry that has all its words, which no spelling is near.
    expect(errors(withText(`${marksAll}\nThe <Term>board</Term> met.\n`))).toEqual([
      'marked.mdx:10: <Term> "board" is not in the glossary (did you mean "tumor-board"? write <Term id="tumor-board">…</Term>), or add it to content/glossary.yaml',
    ]);
    // The expansion marked instead of the acronym is pointed to the acronym's entry, not told to add one.
    for (const [marked, id] of [['Longitudinal Knowledge Assessment', 'longitudinal-knowledge-assessment'], ['the Longitudinal Knowledge Assessments', 'the-longitudinal-knowledge-assessments'], ['Longitudinal Knowledge Assessment (LKA)', 'longitudinal-knowledge-assessment-lka']]) {
      expect(errors(withText(`${marksAll}\nThe <Term>${marked}</Term> again.\n`))).toEqual([
        `marked.mdx:10: <Term> "${id}" is the expansion of LKA, which has the entry: point it there, <Term id="lka">…</Term>`,
      ]);
    }
    // An acronym whose own id has a hyphen (CAR-T) after its expansion.
    const withCarT = `${glossary}  - term: CAR-T\n    expansion: chimeric antigen receptor T-cell therapy\n    definition: A treatment made from the patient's own engineered T cells.\n`;
    expect(errors(withText(`${marksAll}\nThe <Term>chimeric antigen receptor T-cell therapy (CAR-T)</Term> again.\n`, withCarT))).toEqual([
      'marked.mdx:10: <Term> "chimeric-antigen-receptor-t-cell-therapy-car-t" is the expansion of CAR-T, which has the entry: point it there, <Term id="car-t">…</Term>',
    ]);
    // A no-break space between its words (pasted from Word) still names "tumor board".
    expect(errors(withText(marksAll.replace('<Term>tumor board</Term>', '<Term>tumor\u00A0board</Term>')))).toEqual([]);
  });

  it('warns when an acronym\'s first use on a page is not marked, counting numbered forms, not headings, links or code', () => {
    const site = withText(
      '## What the ABIM does\n\nSee [the ABIM page](/guides/demo/alpha). The ABIM certifies.\n\nLater the <Term>ABIM</Term> again; <Term>LKA</Term> and <Term>tumor board</Term>.\n',
    );
    expect(warnings(site)).toEqual(['marked.mdx:10: first use of ABIM on this page is not marked: write <Term>ABIM</Term>']);
    // A code span is a literal (a file name, a command), not prose: the first use is the next one.
    const literalFirst = withText('Search the export for `ABIM` or {"LKA"}.\n\nThen the <Term>ABIM</Term> and the <Term>LKA</Term> at a <Term>tumor board</Term>.\n');
    expect(warnings(literalFirst)).toEqual([]);
  });

  it('warns on a glossary term no page marks, and on an acronym the glossary lacks', () => {
    // A heading in capitals, as Word styles one, is words, not four acronyms.
    // Lines ended by hard breaks stay apart: "CML" and "b." do not run together into "CMLb".
    // A roman numeral is a number (phase II, stage IV), but CLL is not one.
    const site = withText('## KEY DATES AND DEADLINES\n\nThe <Term>ABIM</Term> and the <Term>LKA</Term> for US doctors; the NRMP runs the match and its PGY-2 trainees, FoundationOne is a product name.\n\nWhich is it?\\\na. <Term>ABIM</Term>\\\nb. NRMP\n\nIn phase II and stage IV, as in CLL.\n');
    expect(warnings(site)).toEqual([
      'glossary.yaml:9: "tumor board" is not marked on any page: mark its first use with <Term>, or remove it',
      'marked.mdx:10: NRMP is not in the glossary: add it to content/glossary.yaml so readers can look it up',
      'marked.mdx:10: PGY-2 is not in the glossary: add it to content/glossary.yaml so readers can look it up',
      'marked.mdx:16: CLL is not in the glossary: add it to content/glossary.yaml so readers can look it up',
    ]);
  });

  it('render as a button that opens the definition in a popover, with a link to the glossary entry', async () => {
    const entry = withText(marksAll).glossary[0];
    const Term = ({ n, children }: { id: string; n: string; children: ReactNode }) => createElement(GlossaryTerm, { entry, n: Number(n), children });
    const html = await renderMdx('The <Term>ABIM</Term> and the <Term>ABIM</Term> again.\n', { Term });
    const buttons = [...html.matchAll(/<button type="button" popovertarget="([^"]+)" aria-describedby="([^"]+)"[^>]*>ABIM<\/button>/gi)];
    expect(buttons.map((match) => match.slice(1))).toEqual([
      ['term-abim-1', 'term-abim-1-definition'],
      ['term-abim-2', 'term-abim-2-definition'],
    ]);
    // Valid HTML as served: no attributes outside the standard (interestfor is added in the browser), no inline styles.
    expect(html).not.toMatch(/interestfor|style=/i);
    expect(html).toContain('<span id="term-abim-1" popover="auto" data-term-popover="true"');
    expect(html).toContain('<span id="term-abim-1-definition"><strong>ABIM</strong> (American Board of Internal Medicine): The board that certifies internists and their subspecialists.</span>');
    expect(html).toContain('<a href="/glossary#abim"');
  });
});

describe('a term inside punctuation', () => {
  it('stays on one line with it: "(" and ")," go into a group the CSS keeps together, and the text is unchanged', async () => {
    const entry = withText(marksAll).glossary[0];
    const Term = ({ n, children }: { id: string; n: string; children: ReactNode }) => createElement(GlossaryTerm, { entry, n: Number(n), children });
    const html = await renderMdx('The board (<Term>ABIM</Term>), then more.\n', { Term });
    expect(html).toMatch(/^<p>The board <span data-term-group="">\(<button [^>]*>ABIM<\/button><span [^>]*popover[^>]*>.*<\/span>\),<\/span> then more\.<\/p>$/);
    const site = withText('The board (<Term>ABIM</Term>), the <Term>LKA</Term> and a <Term>tumor board</Term>.\n');
    expect(site.articles[0].text).toContain('The board (ABIM), the LKA and a tumor board.');
  });
});

describe('search', () => {
  it('finds a glossary term by its acronym, its expansion and its definition', async () => {
    const { catalog, shards, texts, words } = buildSearchFiles(withText(marksAll + body));
    const search = createSearch({ catalog, terms: async (shard) => shards.get(shard)!, texts: async (page) => texts[page], words: async () => words });
    expect((await search('LKA')).map((result) => result.href)[0]).toBe('/glossary#lka');
    expect((await search('longitudinal knowledge')).map((result) => result.href)[0]).toBe('/glossary#lka');
    // A word only the definition has ("questions every quarter").
    expect((await search('quarter')).map((result) => result.href)).toEqual(['/glossary#lka']);
    expect((await search('LKA'))[0]).toMatchObject({ title: 'Glossary', heading: 'LKA (Longitudinal Knowledge Assessment)' });
  });
});

describe('the glossary page', () => {
  it('names what each entry links to, the page and the heading, instead of a bare "Read more"', () => {
    const pages = load(validGuide()).pages;
    expect(linkTarget('/guides/demo/alpha#first-part', pages)).toBe('Alpha: First part');
    expect(linkTarget('/guides/demo/beta', pages)).toBe('Beta');
    expect(linkTarget('/guides/demo/beta#no-such-heading', pages)).toBe('Beta');
    expect(linkTarget('/articles/missing', pages)).toBeUndefined();
  });
});
