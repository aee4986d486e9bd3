import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pageText } from '@/lib/content/new-page';
import { DESCRIPTION_PLACEHOLDER } from '@/lib/content/schema';
import { readSite } from '@/lib/content/site';
import { body, errors, frontmatter, load, validGuide, writeContent } from './fixture';

describe('loading content', () => {
  it('picks up a new article with its table of contents, newest article first', () => {
    const site = load({
      ...validGuide(),
      'articles/older.mdx': frontmatter({ title: 'Older', updated: '2025-03-01' }) + body,
      'articles/new-article.mdx': frontmatter({ title: 'New article', updated: '2026-02-01' }) + body,
    });
    expect(errors(site)).toEqual([]);
    expect(site.articles.map((article) => article.href)).toEqual(['/articles/new-article', '/articles/older']);
    expect(site.articles[0].toc).toEqual([
      { id: 'first-part', text: 'First part', children: [{ id: 'a-detail', text: 'A detail', children: [] }] },
      { id: 'second-part', text: 'Second part', children: [] },
    ]);
  });

  it('orders guide sections by their order field, not by file name', () => {
    const site = load({
      'guides/demo/index.mdx': frontmatter({}) + body,
      'guides/demo/aaa.mdx': frontmatter({ order: '2' }) + body,
      'guides/demo/zzz.mdx': frontmatter({ order: '1' }) + body,
    });
    expect(site.guides[0].sections.map((section) => section.slug)).toEqual(['zzz', 'aaa']);
    expect(site.guides[0].overview.href).toBe('/guides/demo');
  });

  it('leaves drafts out of production builds and keeps them in development', () => {
    const files = { ...validGuide(), 'articles/wip.mdx': frontmatter({ draft: 'true' }) + body };
    expect(load(files, { includeDrafts: false }).articles.map((article) => article.slug)).toEqual([]);
    expect(load(files, { includeDrafts: true }).articles.map((article) => article.slug)).toEqual(['wip']);
    // A link to the draft, or a related entry naming it, is told it is a draft, not that the page does not exist.
    const linking = { ...files, 'articles/linker.mdx': frontmatter({ related: '[wip]' }) + 'See [the draft](/articles/wip#first-part).\n' };
    expect(errors(load(linking))).toEqual([
      'linker.mdx:6: related: "wip" is a draft, which this build leaves out: publish it first, or name it once it is',
      'linker.mdx:9: broken link "/articles/wip#first-part": that page is a draft, which this build leaves out: publish it first (remove draft: true), or link it once it is',
    ]);
    expect(errors(load(linking, { includeDrafts: true }))).toEqual([]);
    // Copied from the browser's address bar: both fixes in one run, not the second only after the first.
    const copied = { ...files, 'articles/linker.mdx': frontmatter({}) + 'See [the draft](https://careers.example.org/articles/wip#first-part).\n' };
    expect(errors(load(copied))).toEqual([
      'linker.mdx:8: broken link "https://careers.example.org/articles/wip#first-part": that is this site\'s own page by its full address: write its path, /articles/wip#first-part, which works in previews and the whole guide too; and that page is a draft, which this build leaves out: publish it first (remove draft: true), or link it once it is',
    ]);
  });

  it('counts words and reading time from the body, not the frontmatter', () => {
    const words = Array.from({ length: 440 }, () => 'word').join(' ');
    const site = load({ ...validGuide(), 'articles/long.mdx': frontmatter({ title: 'Many many many title words' }) + words });
    expect(site.articles[0].words).toBe(440);
    expect(site.articles[0].readingMinutes).toBe(2);
  });

  it('keeps list items and table cells apart in the text that search indexes and words are counted from', () => {
    const table = '| Specialty | Years |\n| --- | --- |\n| Oncology | 5 years |\n';
    const site = load({ ...validGuide(), 'articles/parts.mdx': frontmatter({}) + `## Lists and tables\n\n- genetic counselor\n- Master's degree\n\n${table}` });
    const { text } = site.articles[0].sections[1];
    expect(text).toContain('genetic counselor\nMaster');
    // Cells read as a list in search snippets, not as the Markdown that was typed.
    expect(text).toContain('Oncology · 5 years');
    expect(text).not.toContain('|');
    expect(site.articles[0].words).toBe(12);
  });
});

describe('bad frontmatter is an error naming file, line and field', () => {
  const article = (fields: Record<string, string>, text = body) => load({ ...validGuide(), 'articles/bad.mdx': frontmatter(fields) + text });

  it("a Sources heading of the editor's own, beside the list the page makes from `sources`", () => {
    expect(errors(article({}, `${body}\n## Sources\n\n- A report, 2024.\n`))).toEqual([
      expect.stringMatching(/^bad\.mdx:22: "## Sources": pages that cite end with a Sources list made from `sources` in the frontmatter, so readers would see two/),
    ]);
    // A section about something else may say so.
    expect(errors(article({}, `${body}\n## References\n\nAsk three attendings for letters of reference.\n\n### Sources of funding\n\nText.\n`))).toEqual([]);
  });

  it('no "tag on this page only" warnings on other pages while a file that may share the tag fails to load', () => {
    const warned = (files: Record<string, string>) =>
      load({ ...validGuide(), ...files }).diagnostics.filter((item) => item.message.includes('"rare-tag" is on this page only')).map((item) => path.basename(item.file));
    const sharing = { 'articles/one.mdx': frontmatter({ tags: '[training, rare-tag]' }) + body };
    expect(warned({ ...sharing, 'articles/two.mdx': frontmatter({ tags: '[rare-tag]' }) + body })).toEqual([]);
    expect(warned({ ...sharing, 'articles/two.mdx': frontmatter({ tags: '[rare-tag]', updated: 'soon' }) + body })).toEqual([]);
    expect(warned(sharing)).toEqual(['one.mdx']);
  });

  it('a frontmatter never closed, and a page saved as .md or .MDX, which would silently not exist', () => {
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': frontmatter({}).replace(/---\n\n$/, '\n') + body }))).toEqual([
      'bad.mdx:1: the frontmatter has no closing --- line: end it with --- on a line of its own, before the text',
    ]);
    // A divider further down is taken for the closing line: the page text is read as YAML.
    const divided = frontmatter({}).replace(/---\n\n$/, '\n') + body + '\n---\n\nAfter the divider.\n';
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': divided }))).toEqual([
      expect.stringMatching(/^bad\.mdx:7: the frontmatter runs on into the page text: put its closing --- on a line of its own above this line \(YAML says: /),
    ]);
    const noted = frontmatter({}).replace(/---\n\n$/, '\n') + 'Note: this page is new.\n' + body + '\n---\n\nAfter the divider.\n';
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': noted }))).toEqual([expect.stringMatching(/^bad\.mdx:7: the frontmatter runs on into the page text/)]);
    // A closing line that only starts with --- would end the YAML for one reader and not for the
    // MDX compiler, which would drop the text up to the divider below: the line is named instead.
    const fourDashes = frontmatter({}).replace(/---\n\n$/, '----\n\n') + 'Text readers must see.\n\n---\n\n' + body;
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': fourDashes }))).toEqual([
      'bad.mdx:6: the frontmatter\'s closing line must be exactly --- (three hyphens, nothing else on the line), not "----"',
    ]);
    const runOn = frontmatter({}).replace('tags:', '---tags:');
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': runOn + body }))).toEqual([
      'bad.mdx:5: the frontmatter\'s closing line must be exactly --- (three hyphens, nothing else on the line), not "---tags: [training]"',
    ]);
    // A YAML comment after a blank line is not page text: the real error keeps its own line.
    const commented = frontmatter({}).replace('tags:', '\n# checked against the NRMP report\nsummary: Fees: about $100\ntags:');
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': commented + body }))).toEqual([expect.stringMatching(/^bad\.mdx:7: frontmatter is not valid YAML: /)]);
    const strays = { 'articles/notes.md': frontmatter({}) + body, 'articles/LOUD.MDX': frontmatter({}) + body, 'articles/saved.mdx.txt': frontmatter({}) + body };
    // Not pages: a hidden file, an editor's backup, Word's lock file, a hidden folder.
    const others = { 'articles/.DS_Store': '', 'articles/alpha.mdx~': '', 'articles/~$draft.docx': '', 'guides/demo/.vscode/settings.json': '{}' };
    expect(errors(load({ ...validGuide(), ...strays, ...others }))).toEqual([
      'LOUD.MDX:1: this page is not read: pages are .mdx files, in lowercase; rename it LOUD.mdx',
      'notes.md:1: this page is not read: pages are .mdx files, in lowercase; rename it notes.mdx',
      'saved.mdx.txt:1: this page is not read: pages are .mdx files, in lowercase; rename it saved.mdx',
    ]);
  });

  it('none for a file saved with a byte-order mark, as some Windows editors save it', () => {
    expect(errors(load({ ...validGuide(), 'articles/bom.mdx': '\uFEFF' + frontmatter({}) + body }))).toEqual([]);
  });

  it('a missing required field', () => {
    expect(errors(article({ title: '' }))).toEqual([expect.stringMatching(/^bad\.mdx:1: title: required field is missing/)]);
  });

  it('an unknown (mistyped) field, on its line', () => {
    expect(errors(article({ tagz: '[x]' }))).toEqual([expect.stringMatching(/^bad\.mdx:6: tagz: unknown field \(allowed: title, description/)]);
    // Misspelling a required field is one mistake: one message, on the typo's line, naming the field meant.
    expect(errors(article({ description: '', descripton: '"A description long enough to pass the fifty character minimum check."' }))).toEqual([
      'bad.mdx:5: descripton: unknown field: did you mean description?',
    ]);
  });

  it('a bad date, an impossible date and a future date', () => {
    expect(errors(article({ updated: '20-01-2026' }))).toEqual(['bad.mdx:4: updated: must be a date written YYYY-MM-DD; found "20-01-2026"']);
    // Written as editors write them, unquoted: a YAML 1.1 reader would roll these over to March 2, 2026 and February 14, 2027.
    expect(errors(article({ updated: '2026-02-30' }))).toEqual(['bad.mdx:4: updated: is not a real calendar date: February 2026 has 28 days']);
    expect(errors(article({ updated: '2026-13-45' }))).toEqual(['bad.mdx:4: updated: is not a real calendar date: 2026-13-45 has no month 13']);
    expect(errors(article({ updated: '"2026-02-30"' }))).toEqual([expect.stringMatching(/^bad\.mdx:4: updated: is not a real calendar date/)]);
    expect(errors(article({ updated: '"2026-13-45"' }))).toEqual([expect.stringMatching(/^bad\.mdx:4: updated: is not a real calendar date/)]);
    expect(errors(article({ updated: '2999-01-01' }))).toEqual(['bad.mdx:4: updated: 2999-01-01 is in the future']);
  });

  it("today's date anywhere on Earth, which east of UTC is a day ahead of the UTC date, is not in the future", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T20:00:00Z')); // already 2 March from UTC+4 east
    try {
      expect(errors(article({ updated: '2026-03-02' }))).toEqual([]);
      expect(errors(article({ updated: '2026-03-03' }))).toEqual(['bad.mdx:4: updated: 2026-03-03 is in the future']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a description outside 50-160 characters, with its length', () => {
    expect(errors(article({ description: 'Too short.' }))).toEqual([expect.stringMatching(/^bad\.mdx:3: description: is 10 characters long, too short: at least 50; .*50-160/)]);
    expect(errors(article({ description: 'Word '.repeat(40) }))).toEqual([expect.stringMatching(/^bad\.mdx:3: description: is 199 characters long, too long: at most 160; /)]);
  });

  it('Markdown or an invisible character in a title or description, which the h1, the tab and link previews would show as typed', () => {
    const message = 'is shown as plain text, so Markdown in it (**, *, __, `, [text](url)) would show as typed: write it without';
    expect(errors(article({ title: '"The **real** cost of fellowship"' }))).toEqual([`bad.mdx:2: title: ${message}`]);
    expect(errors(article({ description: '"How [the NRMP Match](https://www.nrmp.org/fellowships/) works for hematology and oncology fellows."' }))).toEqual([`bad.mdx:3: description: ${message}`]);
    expect(errors(article({ title: 'The NR\u200BMP Match' }))).toEqual(['bad.mdx:2: title: has an invisible character (U+200B) pasted into it: retype the words around it']);
    // A single * or _ and words in brackets are ordinary text.
    expect(errors(article({ title: '"Step 3, PGY-2 and *nix [sic] notes"' }))).toEqual([]);
  });

  it('every value readers see refuses curly quotes around it and Markdown, as the title does', () => {
    const description = '“How the NRMP Match works for hematology and oncology fellows, step by step.”';
    expect(errors(article({ description }))).toEqual(['bad.mdx:3: description: is wrapped in curly quotes, which would show: use straight quotes ("…") around it, or none']);
    expect(errors(article({ reviewedBy: '"**Jane Doe**, MD"', reviewed: '2026-01-05' }))).toEqual([expect.stringMatching(/^bad\.mdx:\d+: reviewedBy: is shown as plain text, so Markdown in it/)]);
  });

  it('tags that are empty or not lowercase words', () => {
    expect(errors(article({ tags: '[]' }))).toEqual([expect.stringMatching(/^bad\.mdx:5: tags: /)]);
    expect(errors(article({ tags: '[Fellowship]' }))).toEqual([expect.stringMatching(/^bad\.mdx:5: tag "Fellowship": must be lowercase letters/)]);
  });

  it('YAML that does not parse, saying what is wrong, on the line where it broke', () => {
    expect(errors(article({ title: '"unclosed' }))).toEqual(['bad.mdx:2: frontmatter is not valid YAML: title: this value\'s " is never closed: end the value with " on the same line']);
    // YAML notices only where the frontmatter ends; the error names the line the quote opens on.
    const source = '\nsources:\n  - id: nrmp-2025\n    title: "NRMP: Results\n    publisher: National Resident Matching Program\n    year: 2025\n    url: https://www.nrmp.org/results/';
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': frontmatter({ tags: `[training]${source}` }) + body }))).toEqual([
      'bad.mdx:8: frontmatter is not valid YAML: title: this value\'s " is never closed: end the value with " on the same line',
    ]);
    // A quote closed on its line, with an escaped quote inside, is not taken for the cause.
    expect(errors(article({ title: '"The \\"best\\" program"', description: '"A description long enough to pass the fifty character minimum check.' }))).toEqual([
      expect.stringMatching(/^bad\.mdx:3: frontmatter is not valid YAML: description: this value's " is never closed/),
    ]);
    // A list never closed is named on the line it opens on, not the line after, where YAML notices.
    expect(errors(article({ tags: '[training, research' }))).toEqual(["bad.mdx:5: frontmatter is not valid YAML: tags: this list's [ is never closed: end it with ] on the same line"]);
    // A field one space off the others of its source reads to YAML as an entry without its "-".
    const offByOne = '[training]\nsources:\n  - id: nrmp-2025\n    title: Results\n   publisher: NRMP\n    year: 2025';
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': frontmatter({ tags: offByOne }) + body }))).toEqual([
      'bad.mdx:9: frontmatter is not valid YAML: "publisher" is indented 3 spaces and the field above it 4: start "publisher:" where the other fields of its entry start',
    ]);
    // Text after a closing quote is pointed out; the parser's own words say only "Unexpected scalar".
    expect(errors(article({ title: '"Results and Data" 2025' }))).toEqual([
      expect.stringMatching(/^bad\.mdx:2: frontmatter is not valid YAML: .*\(text after the closing quote is not part of the value: put all of it inside the quotes\)$/),
    ]);
    const twice = frontmatter({}).replace('updated:', 'title: Again\nupdated:');
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': twice + body }))).toEqual(['bad.mdx:4: frontmatter is not valid YAML: Map keys must be unique']);
    const tabbed = frontmatter({}).replace('tags:', '\ttags:');
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': tabbed + body }))).toEqual([expect.stringMatching(/^bad\.mdx:5: frontmatter is not valid YAML: Tabs are not allowed as indentation/)]);
    // A key pasted with spaces before it is named on its own line, not blamed on the value above.
    const indented = frontmatter({}).replace('updated:', '  updated:');
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': indented + body }))).toEqual([
      'bad.mdx:4: frontmatter is not valid YAML: "updated" is indented further than "description" on the line above, so YAML reads it as part of that value: start "updated:" where "description:" starts',
    ]);
    // A value wrapped onto a line that starts with a word and a colon needs quotes, not a new field.
    const lowercase = frontmatter({}).replace('check.\n', 'check for\n  visas: what each allows.\n');
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': lowercase + body }))).toEqual([
      'bad.mdx:4: frontmatter is not valid YAML: the value of "description" goes on to the next line, where "visas: " reads as a new field: put the whole value in double quotes',
    ]);
    const wrapped = frontmatter({}).replace('check.\n', 'check for\n  IMGs: what to know.\n');
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': wrapped + body }))).toEqual([
      'bad.mdx:4: frontmatter is not valid YAML: the value of "description" goes on to the next line, where "IMGs: " reads as a new field: put the whole value in double quotes',
    ]);
    // Under aliases the keys are heading ids, not fields: an over-indented one is told to line up.
    const aliases = frontmatter({ aliases: '\n  old-topic: first-part\n    older-topic: first-part' });
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': aliases + body }))).toEqual([
      expect.stringMatching(/^bad\.mdx:\d+: frontmatter is not valid YAML: "older-topic" is indented further than "old-topic" on the line above/),
    ]);
  });

  it('YAML that only looks right: curly quotes, a no-break space, a colon inside an unquoted title, each named', () => {
    expect(errors(article({ title: '“Oncology: a guide”' }))).toEqual([expect.stringMatching(/^bad\.mdx:2: frontmatter is not valid YAML: .*\(curly quotes do not quote text in YAML: type straight quotes, "like this"\)$/)]);
    expect(errors(load({ ...validGuide(), 'articles/bad.mdx': frontmatter({}).replace('title: ', 'title:\u00A0') + body }))).toEqual([
      expect.stringMatching(/^bad\.mdx:2: frontmatter is not valid YAML: .*\(this line has a no-break space, which YAML does not read as a space: retype the spaces\)$/),
    ]);
    expect(errors(article({ title: 'Oncology: a guide' }))).toEqual([expect.stringMatching(/^bad\.mdx:2: frontmatter is not valid YAML: .*\(a value with ": " in it goes in double quotes: title: "Oncology: a guide"\)$/)]);
    // An anchor or a tag parses, and silently takes the first word with it.
    expect(errors(article({ title: '&Co careers in oncology' }))).toEqual(['bad.mdx:2: frontmatter: YAML reads "&Co" as its own syntax and drops it, leaving "careers in oncology": put the whole value in double quotes']);
    expect(errors(article({ title: '!Update on training paths' }))).toEqual(['bad.mdx:2: frontmatter: YAML reads "!Update" as its own syntax and drops it, leaving "on training paths": put the whole value in double quotes']);
    // A first character YAML reads as its own syntax: a list, an alias, a reserved character.
    for (const title of ['[Draft] Fellowship timeline', '*Match* day explained', '@ASCO on social media']) {
      expect(errors(article({ title }))).toEqual([expect.stringMatching(/^bad\.mdx:2: frontmatter is not valid YAML: /)]);
      expect(errors(article({ title }))[0]).toContain(`(a value that starts with ${title[0]} is read as YAML syntax, not text: put the whole value in double quotes, title: "${title}")`);
    }
    // A curly apostrophe inside a word is harmless: the colon is what YAML refused.
    expect(errors(article({ title: 'Oncology’s future: a guide' }))).toEqual([expect.stringMatching(/\(a value with ": " in it goes in double quotes: title: "Oncology’s future: a guide"\)$/)]);
  });

  it('a section without an order, and two sections with the same order', () => {
    const missing = load({ ...validGuide(), 'guides/demo/gamma.mdx': frontmatter({}) + body });
    expect(errors(missing)).toEqual([expect.stringMatching(/^gamma\.mdx:1: order: required field is missing/)]);
    const duplicate = load({ ...validGuide(), 'guides/demo/gamma.mdx': frontmatter({ order: '2' }) + body });
    expect(errors(duplicate)).toEqual([expect.stringMatching(/^(beta|gamma)\.mdx:6: order: 2 is already used by .*(beta|gamma)\.mdx/)]);
  });

  it('a value of the wrong kind is explained in plain words, with the value as written', () => {
    expect(errors(article({ draft: 'yes please' }))).toEqual([expect.stringMatching(/^bad\.mdx:6: draft: must be true or false; found "yes please"/)]);
    expect(errors(article({ tags: '[]' }))).toEqual([expect.stringMatching(/^bad\.mdx:\d+: tags: give at least one/)]);
    expect(errors(article({ tags: 'career, fellowship' }))).toEqual([expect.stringMatching(/^bad\.mdx:\d+: tags: must be a list in square brackets, such as \[first, second\]; found "career, fellowship"/)]);
    const section = (order: string) => load({ ...validGuide(), 'guides/demo/gamma.mdx': frontmatter({ order }) + body });
    expect(errors(section('2.5'))).toEqual([expect.stringMatching(/^gamma\.mdx:6: order: must be a whole number; found 2\.5/)]);
    expect(errors(section('"3"'))).toEqual([expect.stringMatching(/^gamma\.mdx:6: order: must be a number, written without quotes; found "3"/)]);
    expect(errors(section('two'))).toEqual([expect.stringMatching(/^gamma\.mdx:6: order: must be a number; found "two"/)]);
  });

  it('an order field on an article', () => {
    expect(errors(article({ order: '3' }))).toEqual([expect.stringMatching(/^bad\.mdx:6: order: unknown field/)]);
  });

  it('a related slug that does not exist', () => {
    expect(errors(article({ related: '[alpha, missing-page]' }))).toEqual([expect.stringMatching(/^bad\.mdx:6: related: no page has the slug "missing-page"/)]);
  });

  it('a related slug listed twice', () => {
    expect(errors(article({ related: '[alpha, beta, alpha]' }))).toEqual(['bad.mdx:6: related: "alpha" is listed twice: leave one']);
  });

  it('a mistyped related slug names the page the editor meant', () => {
    expect(errors(article({ related: '[alpah]' }))).toEqual(['bad.mdx:6: related: no page has the slug "alpah" (did you mean "alpha"?)']);
  });

  it('a file name that is not a slug', () => {
    const site = load({ ...validGuide(), 'articles/Bad_Name.mdx': frontmatter({}) + body });
    expect(errors(site)).toEqual([expect.stringMatching(/^Bad_Name\.mdx:1: "Bad_Name" is not a valid slug/)]);
  });

  it('the slug "page", which the article index uses', () => {
    const site = load({ ...validGuide(), 'articles/page.mdx': frontmatter({}) + body });
    expect(errors(site)).toEqual([expect.stringMatching(/^page\.mdx:1: the slug "page" is taken by the article index/)]);
  });

  it('only on the file itself: pages that link to it, to a heading in it or name it in `related` are not reported as well', () => {
    const linking = frontmatter({ title: 'Linking', related: '[bad]' }) + 'See [bad](/articles/bad) and [its part](/articles/bad#first-part).\n';
    const site = (badFile: string) => load({ ...validGuide(), 'articles/bad.mdx': badFile, 'articles/linking.mdx': linking });
    expect(errors(site(frontmatter({ updated: 'soon' }) + body))).toEqual([expect.stringMatching(/^bad\.mdx:4: updated: must be a date/)]);
    expect(errors(site(frontmatter({ title: '"unclosed' }) + body))).toEqual([expect.stringMatching(/^bad\.mdx:\d+: frontmatter is not valid YAML/)]);
    expect(errors(site(frontmatter({}) + 'Broken {\n'))).toEqual([expect.stringMatching(/^bad\.mdx:8: MDX syntax error/)]);
  });

  it('the same slug twice', () => {
    const site = load({ ...validGuide(), 'articles/alpha.mdx': frontmatter({}) + body });
    expect(errors(site)).toEqual([expect.stringMatching(/^alpha\.mdx:1: duplicate slug "alpha"/)]);
  });
});

describe('bad bodies are errors naming file, line and link', () => {
  const article = (text: string, publicFiles: string[] = []) => load({ ...validGuide(), 'articles/bad.mdx': frontmatter({}) + text }, { publicFiles });
  // The frontmatter written by `frontmatter({})` takes lines 1-6 and a blank line 7.
  const firstBodyLine = 8;

  it('an MDX syntax error, with its line, and the frontmatter errors of the same file', () => {
    expect(errors(article('Fine line.\n\nBroken <Callout type="note">\n'))).toEqual([
      expect.stringMatching(new RegExp(`^bad\\.mdx:${firstBodyLine + 2}: MDX syntax error: Expected a closing tag for \`<Callout>\`.*\\(<Callout> on line ${firstBodyLine + 2} is never closed: add </Callout> on a line of its own where it ends, with a blank line above it\\)$`)),
    ]);
    // Tags HTML leaves open, and a component closed with another's tag, are told what to write.
    expect(errors(article('One line<br>and the next.\n'))).toEqual([expect.stringMatching(/\(write <br \/> with the slash: in MDX every tag is closed\)$/)]);
    expect(errors(article('<KeyFacts>\n\n- One fact.\n\n</Callout>\n'))).toEqual([
      expect.stringMatching(new RegExp(`^bad\\.mdx:${firstBodyLine + 4}: MDX syntax error: .*\\(this closes </Callout>, but the tag open here is <KeyFacts>, from line ${firstBodyLine}: close that one first, with </KeyFacts>\\)$`)),
    ]);
    // Where the parser's wording cannot see what the editor typed, the message says it.
    expect(errors(article('## Interviews {#interview day}\n\nSurvival was <5 years.\n'))).toEqual([
      expect.stringMatching(/^bad\.mdx:8: MDX syntax error: .*\(a heading id is written \{#id\} with lowercase letters, digits and hyphens, no spaces\)$/),
    ]);
    // An id on the line under its heading: escaping the braces, the general hint, would show it to readers.
    // A blank line below its heading, an id written as a slug still gets the heading hint.
    expect(errors(article('## Second topic\n\n{#second-topic}\n\nText.\n'))).toEqual([
      expect.stringMatching(/\(a heading id goes at the end of its heading's line: ## Heading \{#second-topic\}\)$/),
    ]);
    // Not under a heading, a word in braces gets the general hint.
    expect(errors(article('Follow the tag\n{#OncTwitter}\n'))).toEqual([expect.stringMatching(/\(text in \{ \} is read as code: write \\\{ and \\\} for braces in text\)$/)]);
    for (const id of ['{#second-topic}', '{ #second-topic }', '{: #second-topic}']) {
      expect(errors(article(`## Second topic\n${id}\n\nText.\n`))).toEqual([
        expect.stringMatching(/^bad\.mdx:9: MDX syntax error: .*\(a heading id goes at the end of its heading's line: ## Second topic \{#second-topic\}\)$/),
      ]);
    }
    expect(errors(article('Survival was <5 years.\n'))).toEqual([expect.stringMatching(/^bad\.mdx:8: MDX syntax error: .*\(a < in text starts a component: write "less than", or \\< for the sign\)$/)]);
    expect(errors(article('<Timeline title="Cycle" milestones={[{ date: “2026-06-01”, label: “Apply” }]} />\n'))).toEqual([
      expect.stringMatching(/^bad\.mdx:8: MDX syntax error: .*\(curly quotes inside \{ \} are not quotes to the parser: type straight quotes, " or '\)$/),
    ]);
    expect(errors(article('<Callout title=“Tip”>\n\nText.\n\n</Callout>\n'))).toEqual([expect.stringMatching(/^bad\.mdx:8: MDX syntax error: .*\(type straight quotes around a prop's value, title="…", not curly ones\)$/)]);
    expect(errors(article('Values <ULN were seen.\n'))).toEqual([expect.stringMatching(/\(a < in text starts a component: write "less than", or \\< for the sign\)$/)]);
    // Where MDX's own note names the cause (an HTML comment, a <https://…> link), no "less than" hint is added to it.
    expect(errors(article('<!-- checked in November -->\n'))).toEqual([expect.stringMatching(/^bad\.mdx:8: MDX syntax error: .*\(note: to create a comment in MDX, use `\{\/\* text \*\/\}`\)$/)]);
    // A curly apostrophe outside the braces is not the cause.
    expect(errors(article('Doximity’s report {interview day} says so.\n'))).toEqual([expect.stringMatching(/^bad\.mdx:8: MDX syntax error: .*\(text in \{ \} is read as code: write \\\{ and \\\} for braces in text\)$/)]);
    const both = load({ ...validGuide(), 'articles/bad.mdx': frontmatter({ updated: 'soon' }) + 'Broken {\n' });
    // In line order, as the editor reads the file, though the frontmatter is checked second.
    expect(errors(both)).toEqual([expect.stringMatching(/^bad\.mdx:4: updated: must be a date/), expect.stringMatching(/^bad\.mdx:8: MDX syntax error/)]);
  });

  it('a link to a mistyped page address names the page it was meant for, and drops a copied .mdx', () => {
    expect(errors(article('[a](/guides/demo/aplha#first-part) and [b](/guides/demo/beta.mdx)\n'))).toEqual([
      `bad.mdx:${firstBodyLine}: broken link "/guides/demo/aplha#first-part": no page at that address (did you mean /guides/demo/alpha#first-part?)`,
      `bad.mdx:${firstBodyLine}: broken link "/guides/demo/beta.mdx": no page at that address (did you mean /guides/demo/beta?)`,
    ]);
  });

  it('a link to a page or heading typed short names the pages or headings with all its words', () => {
    const site = load({
      ...validGuide(),
      'articles/pay-hours-and-contracts.mdx': frontmatter({ title: 'Pay' }) + body,
      'articles/bad.mdx': frontmatter({}) + '[a](/articles/contracts#first-part) and [b](/guides/demo/alpha#part)\n',
    });
    expect(errors(site)).toEqual([
      `bad.mdx:${firstBodyLine}: broken link "/articles/contracts#first-part": no page at that address (did you mean /articles/pay-hours-and-contracts#first-part?)`,
      expect.stringMatching(new RegExp(`^bad\\.mdx:${firstBodyLine}: broken link "/guides/demo/alpha#part": .*alpha\\.mdx has no heading with the id "part" \\(did you mean "first-part" or "second-part"\\?\\)$`)),
    ]);
  });

  it('a mistyped web address is an error, though only the online link check could otherwise find it', () => {
    const links = ['htps://www.nrmp.org/fellowship', 'https//www.nrmp.org/fellowship', 'https:/www.nrmp.org/fellowship', 'https://nrmp/fellowship', 'https://www.nrmp,org/fellowship', 'ftp://example.org/file'];
    expect(errors(article(links.map((url, index) => `[link ${index}](${url})`).join('\n\n') + '\n'))).toEqual([
      `bad.mdx:${firstBodyLine}: broken link "htps://www.nrmp.org/fellowship": "htps:" is not a kind of address a browser opens: did you mean https://www.nrmp.org/fellowship?`,
      `bad.mdx:${firstBodyLine + 2}: broken link "https//www.nrmp.org/fellowship": that is not a web address: write its start as https:// (a colon, then two slashes): https://www.nrmp.org/fellowship`,
      `bad.mdx:${firstBodyLine + 4}: broken link "https:/www.nrmp.org/fellowship": that is not a web address: write its start as https:// (a colon, then two slashes): https://www.nrmp.org/fellowship`,
      `bad.mdx:${firstBodyLine + 6}: broken link "https://nrmp/fellowship": the site's name "nrmp" has no dot, so no browser can find it: copy the full address from the browser`,
      `bad.mdx:${firstBodyLine + 8}: broken link "https://www.nrmp,org/fellowship": the site's name "www.nrmp,org" has a comma in it: did you mean www.nrmp.org?`,
      `bad.mdx:${firstBodyLine + 10}: broken link "ftp://example.org/file": "ftp:" is not a kind of address a browser opens: links start with https://, mailto: or tel:`,
    ]);
    // Addresses that are fine stay fine: a mail link, a phone number, a plain http:// page.
    expect(errors(article('[a](mailto:office@example.org), [b](tel:+15555550100), [c](http://example.org/page)\n'))).toEqual([]);
  });

  it('links to a missing page, a missing anchor and a missing local anchor', () => {
    const site = article(
      'See [a](/guides/demo/alpha) and [b](/guides/demo/alpha#first-part).\n\n[c](/guides/demo/nowhere)\n\n[d](/guides/demo/beta#no-such-heading)\n\n[e](#nothing-here)\n\n[f](https://example.org/x)\n',
    );
    expect(errors(site)).toEqual([
      `bad.mdx:${firstBodyLine + 2}: broken link "/guides/demo/nowhere": no page at that address`,
      expect.stringMatching(new RegExp(`^bad\\.mdx:${firstBodyLine + 4}: broken link "/guides/demo/beta#no-such-heading": .*beta\\.mdx has no heading with the id "no-such-heading"`)),
      expect.stringMatching(new RegExp(`^bad\\.mdx:${firstBodyLine + 6}: broken link "#nothing-here": .*bad\\.mdx has no heading`)),
    ]);
  });

  it('a relative link', () => {
    expect(errors(article('[x](alpha)\n'))).toEqual([expect.stringMatching(/^bad\.mdx:8: broken link "alpha": internal links start with \//)]);
  });

  it('a heading that skips a level, and a second title', () => {
    expect(errors(article('## One\n\n#### Too deep\n'))).toEqual([expect.stringMatching(/^bad\.mdx:10: heading "#### Too deep" skips a level \(h2 to h4\)/)]);
    expect(errors(article('# Another title\n'))).toEqual([expect.stringMatching(/^bad\.mdx:8: "# Another title": the title is the page's only h1/)]);
    // Quoted as the file has it (straight quotes, Markdown and all), so a search of the file finds it.
    expect(errors(article("# It's the **patients'** trust\n"))).toEqual([expect.stringMatching(/^bad\.mdx:8: "# It's the \*\*patients'\*\* trust": the title is the page's only h1/)]);
  });

  it("a heading with an id the page's layout gives its own part", () => {
    expect(errors(article('## Where to begin {#page-content}\n'))).toEqual([expect.stringMatching(/^bad\.mdx:8: heading id "page-content" is one the page's layout gives its own part/)]);
  });

  it('two headings with the same explicit id', () => {
    expect(errors(article('## One {#same}\n\n## Two {#same}\n'))).toEqual([expect.stringMatching(/^bad\.mdx:10: duplicate heading id "same" \(also on line 8\)/)]);
  });

  it('images without alt text or without a file in public/', () => {
    const site = article('![](/images/there.png)\n\n<Figure src="/images/missing.png" alt="A chart" width={10} height={10} />\n', ['images/there.png']);
    expect(errors(site)).toEqual([
      expect.stringMatching(/^bad\.mdx:8: image "\/images\/there\.png" has no alt text/),
      expect.stringMatching(/^bad\.mdx:10: image "\/images\/missing\.png" does not exist: expected public\/images\/missing\.png/),
    ]);
    // A <Figure> with no alt, or an empty one, is told once, by its prop.
    expect(errors(article('<Figure src="/images/there.png" width={10} height={10} />\n\n<Figure src="/images/there.png" alt=" " width={10} height={10} />\n', ['images/there.png']))).toEqual([
      expect.stringMatching(/^bad\.mdx:8: <Figure> alt: required prop is missing/),
      expect.stringMatching(/^bad\.mdx:10: <Figure> alt: is empty; What the image shows/),
    ]);
  });

  it('a <Figure> whose width and height are not the shape of its image, which would make the text jump as it loads', () => {
    // The first 24 bytes of a PNG are all a reader of its size needs: the signature and the IHDR chunk's width and height.
    const png = (width: number, height: number) => {
      const bytes = Buffer.alloc(33);
      bytes.write('\x89PNG\r\n\x1a\n', 'binary');
      bytes.writeUInt32BE(13, 8);
      bytes.write('IHDR', 12);
      bytes.writeUInt32BE(width, 16);
      bytes.writeUInt32BE(height, 20);
      return bytes;
    };
    const figures = '<Figure src="/images/chart.png" alt="A chart" width={400} height={30} />\n\n<Figure src="/images/chart.png" alt="A chart" width={20} height={15} />\n';
    const contentDir = writeContent({ ...validGuide(), 'articles/bad.mdx': frontmatter({}) + figures }, ['images/chart.png']);
    fs.writeFileSync(path.join(contentDir, '..', 'public', 'images', 'chart.png'), png(40, 30));
    // Half the size in the same proportions is fine; ten times as wide is not.
    expect(errors(readSite({ contentDir, includeDrafts: false }))).toEqual([
      'bad.mdx:8: <Figure> width={400} height={30} is not the shape of "/images/chart.png", which is 40 × 30 pixels: write width={40} height={30} (the page keeps a space of the shape written, so a wrong one makes the text jump when the image loads)',
    ]);
  });

  it('an image or file whose name is written with other capitals than it is saved with', () => {
    // macOS and Windows find the file either way; the server, on Linux, does not.
    const site = article('![A tumor board](/images/tumor-board.png)\n\nThe [survey](/files/survey.pdf) and the [board](/images/Tumor-Board.PNG).\n', ['images/Tumor-Board.PNG', 'Files/Survey.pdf']);
    expect(errors(site)).toEqual([
      'bad.mdx:8: image "/images/tumor-board.png": the file is saved as public/images/Tumor-Board.PNG: write its name with the same capitals, since the server reads them exactly (your computer may not)',
      'bad.mdx:10: broken link "/files/survey.pdf": the file is saved as public/Files/Survey.pdf: write its name with the same capitals, since the server reads them exactly (your computer may not)',
    ]);
    // A page of a PDF, a query that refreshes a changed picture; a file's address with a folder's trailing slash serves nothing.
    expect(errors(article('![A tumor board](/images/Tumor-Board.PNG?v=2) and [page 3](/Files/Survey.pdf#page=3), [the survey](/Files/Survey.pdf/).\n', ['images/Tumor-Board.PNG', 'Files/Survey.pdf']))).toEqual([
      'bad.mdx:8: broken link "/Files/Survey.pdf/": no page at that address',
    ]);
  });
});

describe('warnings that do not fail', () => {
  it('flags a review older than 12 months as due', () => {
    const site = load({ ...validGuide(), 'articles/old.mdx': frontmatter({ reviewedBy: 'Jane Doe, MD', reviewed: '2024-01-10' }) + body });
    expect(errors(site)).toEqual([]);
    expect(site.diagnostics.map((diagnostic) => diagnostic.message)).toContainEqual(expect.stringMatching(/^review is due: last reviewed 2024-01-10/));
  });
});

describe('links an editor pastes', () => {
  const linking = (text: string) => errors(load({ ...validGuide(), 'articles/linker.mdx': frontmatter({}) + text + '\n' }));

  it('to the preview, a file, a Google redirect, an email or a www address: each told what to write', () => {
    expect(linking('[a](http://localhost:3000/guides/demo/alpha#first-part)')).toEqual([
      'linker.mdx:8: broken link "http://localhost:3000/guides/demo/alpha#first-part": that is the preview on your computer: write the address from its path, /guides/demo/alpha#first-part',
    ]);
    expect(linking('[a](C:\\Users\\jane\\alpha.mdx) [b](file:///home/jane/alpha.mdx)')).toEqual([
      expect.stringMatching(/^linker\.mdx:8: broken link "C:.*": that is a file on a computer/),
      expect.stringMatching(/^linker\.mdx:8: broken link "file:.*": that is a file on a computer/),
    ]);
    expect(linking('[a](https://jco-ascopubs-org.ezproxy.hospital.example.org/doi/10.1200/JCO.2017.75.2311)')).toEqual([expect.stringMatching(/that is your library's proxy \(EZproxy\)/)]);
    // Google Docs' Markdown export: a picture by reference, its file pasted inline.
    expect(linking('![][image1]\n\n[image1]: data:image/png;base64,iVBORw0KGgo=')).toEqual([
      'linker.mdx:8: "![][image1]" is a picture by reference, which skips the checks for its file and alt text: save the file under public/images/ and write ![what it shows](/images/file.png)',
      'linker.mdx:10: broken link "data:image/png;base64,iVBORw0KGgo=": that is a whole file pasted into the page (data:…): save it under public/ and link its path',
    ]);
    // A reference-style link whose address line is missing stays as typed.
    expect(linking('[the results][nrmp]')).toEqual([expect.stringMatching(/"\[the results\]\[nrmp\]" is not read as a link and shows as typed: no line gives its address/)]);
    expect(linking('![The board][board]')).toEqual([expect.stringMatching(/"!\[The board\]\[board\]" is not read as a picture and shows as typed: no line gives its file/)]);
    expect(linking('[the results][nrmp]\n\n[nrmp]: https://www.nrmp.org/fellowships/')).toEqual([]);
    expect(linking('[a](https://www.google.com/url?q=https://www.nrmp.org/fellowships/&sa=D)')).toEqual([
      expect.stringMatching(/that is Google's redirect \(pasted from Google Docs\): link https:\/\/www\.nrmp\.org\/fellowships\/ itself$/),
    ]);
    expect(linking('[mail](editors@example.org) [site](www.nrmp.org/fellowships)')).toEqual([
      'linker.mdx:8: broken link "editors@example.org": write an email address as mailto:editors@example.org',
      'linker.mdx:8: broken link "www.nrmp.org/fellowships": write a web address in full: https://www.nrmp.org/fellowships',
    ]);
    expect(linking('[](/guides/demo/alpha)')).toEqual([
      'linker.mdx:8: the link to "/guides/demo/alpha" has no text, so readers cannot see or name it: write [what it leads to](/guides/demo/alpha)',
    ]);
    // A numbered reference typed as a link: a citation marker the Sources list does not know, and a link that says nothing.
    expect(linking('Median pay rose.[1](https://doi.org/10.1200/OP.24.00001) Or [[2]](https://www.nrmp.org/report.pdf), or the [2025 report](https://www.nrmp.org/report.pdf).')).toEqual([
      'linker.mdx:8: the link "[1](https://doi.org/10.1200/OP.24.00001)" reads as a citation number typed by hand, which the Sources list does not know: cite with [@id] right after the claim and list the source under `sources`, or give the link words that say what it leads to',
      'linker.mdx:8: the link "[[2]](https://www.nrmp.org/report.pdf)" reads as a citation number typed by hand, which the Sources list does not know: cite with [@id] right after the claim and list the source under `sources`, or give the link words that say what it leads to',
    ]);
    // A number that is what the link leads to: a phone number, a step or part, a count in a table, a page of a report.
    expect(linking('Call or text [988](tel:988). Start with step [3](/guides/demo/alpha#first-part), then parts [1](/guides/demo/alpha) and [2](/guides/demo/beta); see page [12](https://www.nrmp.org/report.pdf#page=12).\n\n| Specialty | Programs |\n| --- | --- |\n| Hematology | [182](https://freida.ama-assn.org/search/list?spec=43236) |')).toEqual([]);
    expect(linking('See Fig. [3](https://www.nrmp.org/report.pdf) and the table (p.[12](https://www.nrmp.org/report.pdf#page=12)). Crisis line:[988](https://988lifeline.org/). Episodes 14,[15](https://example.org/podcast/15).')).toEqual([]);
    // A number linked to a paper is a marker wherever it stands; so is a range.
    expect(linking('Pay rose [1](https://doi.org/10.1200/OP.24.00001). It rose again.[2-4](https://pubmed.ncbi.nlm.nih.gov/29658856/)')).toEqual([
      expect.stringMatching(/^linker\.mdx:8: the link "\[1\]\(https:\/\/doi\.org.*" reads as a citation number typed by hand/),
      expect.stringMatching(/^linker\.mdx:8: the link "\[2-4\]\(https:\/\/pubmed.*" reads as a citation number typed by hand/),
    ]);
    // A DOI starts "10.", which is not the number the link shows; a paper in <sup> after a space; a superscript as the text; "no." ends a sentence.
    expect(linking('Pay rose.[10](https://doi.org/10.1200/OP.24.00001) It rose in 2024 <sup>[1](https://doi.org/10.1200/OP.24.00002)</sup>. Again.[¹](https://doi.org/10.1200/OP.24.00003) The short answer is no.[3](https://www.nrmp.org/report.pdf) Then [2](https://pubmed.ncbi.nlm.nih.gov/29658856/) too.')).toEqual([
      expect.stringMatching(/^linker\.mdx:8: the link "\[10\]\(https:\/\/doi\.org/),
      expect.stringMatching(/^linker\.mdx:8: the link "\[1\]\(https:\/\/doi\.org/),
      expect.stringMatching(/^linker\.mdx:8: the link "\[¹\]\(https:\/\/doi\.org/),
      expect.stringMatching(/^linker\.mdx:8: the link "\[3\]\(https:\/\/www\.nrmp\.org/),
      expect.stringMatching(/^linker\.mdx:8: the link "\[2\]\(https:\/\/pubmed/),
    ]);
    expect(linking('U.S. News ranks it No.[1](https://health.usnews.com/best-hospitals/rankings/cancer).')).toEqual([]);
    // Inside <sup>, one message for one marker.
    expect(linking('Median pay rose.<sup>[1](https://doi.org/10.1200/OP.24.00001)</sup>')).toEqual([expect.stringMatching(/^linker\.mdx:8: "<sup>1<\/sup>" is a citation number typed by hand/)]);
  });

  it('to pages made from the content (the whole guide and its anchors, topics) pass; a mistyped heading id gets the nearest', () => {
    expect(linking('[all](/guides/demo/all) [part](/guides/demo/all#alpha--first-part) [topics](/topics) [one](/topics/training)')).toEqual([]);
    // A trailing slash reaches the same page.
    expect(linking('[topics](/topics/) [articles](/articles/) [search](/search/)')).toEqual([]);
    expect(linking('[x](/guides/demo/all#alpha--nope) [y](/topics/no-such-tag) [z](/topics#training)')).toEqual([
      'linker.mdx:8: broken link "/guides/demo/all#alpha--nope": the whole-guide page of demo has no heading with the id "alpha--nope"',
      'linker.mdx:8: broken link "/topics/no-such-tag": no page at that address',
      'linker.mdx:8: broken link "/topics#training": anchors can only point into content pages',
    ]);
    // A page of this site copied from the browser, typo and all, whatever the host; another site's /articles/ is its own.
    const own = (path: string) => `that is this site's own page by its full address: write its path, ${path}, which works in previews and the whole guide too`;
    expect(linking('[a](https://careers.example.org/guides/demo/alpha#first-part) [b](https://careers.example.org/guides/demo/alpah) [c](https://careers.example.org/articles/linker) [d](https://www.bmj.com/articles/linkr) [e](https://www.cancer.gov/about-cancer) [f](https://www.cancer.gov/topics/training)')).toEqual([
      `linker.mdx:8: broken link "https://careers.example.org/guides/demo/alpha#first-part": ${own('/guides/demo/alpha#first-part')}`,
      'linker.mdx:8: broken link "https://careers.example.org/guides/demo/alpah": that is an address on this site that no page has (did you mean /guides/demo/alpha?): link a page by its path, /guides/…, not its full address',
      `linker.mdx:8: broken link "https://careers.example.org/articles/linker": ${own('/articles/linker')}`,
    ]);
    expect(linking('[a](https://careers.example.org/guides/demo/alpha#first-prat)')).toEqual([
      expect.stringMatching(/^linker\.mdx:8: broken link "https:\/\/careers\.example\.org\/guides\/demo\/alpha#first-prat": .*write its path, \/guides\/demo\/alpha#first-prat, .*; and .*alpha\.mdx has no heading with the id "first-prat" \(did you mean "first-part"\?\)$/),
    ]);
    expect(linking('[x](/guides/demo/all#first-part)')).toEqual([
      'linker.mdx:8: broken link "/guides/demo/all#first-part": the whole-guide page of demo has no heading with the id "first-part" (did you mean "alpha--first-part" or "beta--first-part" or "overview--first-part"?)',
    ]);
    expect(linking('[x](/guides/demo/alpha#first-prat)')).toEqual([
      expect.stringMatching(/^linker\.mdx:8: broken link "\/guides\/demo\/alpha#first-prat": .*alpha\.mdx has no heading with the id "first-prat" \(did you mean "first-part"\?\)$/),
    ]);
  });
});

describe('heading aliases', () => {
  const withAliases = (aliases: string) =>
    load({ ...validGuide(), 'articles/renamed.mdx': frontmatter({ aliases }) + body, 'articles/linker.mdx': frontmatter({}) + '[old](/articles/renamed#old-part)\n' });

  it('let links to an old id pass the check', () => {
    expect(errors(withAliases('{ old-part: first-part }'))).toEqual([]);
  });

  it('must point at a heading that exists, and must not shadow one', () => {
    expect(errors(withAliases('{ old-part: no-such-heading }'))).toEqual([expect.stringMatching(/^renamed\.mdx:6: aliases: "old-part" points to "no-such-heading", but no heading/)]);
    expect(errors(withAliases('{ old-part: first-part, second-part: first-part }'))).toEqual([expect.stringMatching(/^renamed\.mdx:6: aliases: "second-part" is still the id of a heading/)]);
  });
});

describe('former slugs (a renamed page)', () => {
  const renamed = (formerSlugs: string, extra: Record<string, string> = {}, options = {}) =>
    load({ ...validGuide(), 'articles/new-name.mdx': frontmatter({ title: 'Renamed', formerSlugs }) + body, ...extra }, options);

  it('give the page its old addresses to redirect from; a link or a related entry naming one is told the new one', () => {
    const site = renamed('[old-name, older-name]', {
      'articles/linker.mdx': frontmatter({ related: '[old-name]' }) + '[old](/articles/old-name#first-part)\n',
    });
    expect([...site.redirects].map(([href, page]) => [href, page.href])).toEqual([
      ['/articles/old-name', '/articles/new-name'],
      ['/articles/older-name', '/articles/new-name'],
    ]);
    expect(errors(site)).toEqual([
      'linker.mdx:6: related: "old-name" was renamed: write "new-name"',
      'linker.mdx:9: link "/articles/old-name#first-part" goes to the old address of a renamed page: write /articles/new-name#first-part',
    ]);
    const section = load({ ...validGuide(), 'guides/demo/beta.mdx': frontmatter({ title: 'Beta', order: '2', formerSlugs: '[gamma]' }) + body });
    expect([...section.redirects.keys()]).toEqual(['/guides/demo/gamma']);
  });

  it("must not take a page's address (a draft's included), another page's, its own, or one the site keeps", () => {
    expect(errors(renamed('[live]', { 'articles/live.mdx': frontmatter({}) + body }))).toEqual([
      'new-name.mdx:6: formerSlugs: /articles/live is the address of a page today; a redirect would hide it',
    ]);
    // The same in a production build, where drafts are left out, and in `npm run dev`, where they are in.
    for (const includeDrafts of [false, true]) {
      expect(errors(renamed('[coming]', { 'articles/coming.mdx': frontmatter({ draft: 'true' }) + body }, { includeDrafts }))).toEqual([
        includeDrafts
          ? 'new-name.mdx:6: formerSlugs: /articles/coming is the address of a page today; a redirect would hide it'
          : 'new-name.mdx:6: formerSlugs: /articles/coming is the address of a draft; a redirect would hide it once published',
      ]);
    }
    expect(errors(renamed('[old-name]', { 'articles/other.mdx': frontmatter({ formerSlugs: '[old-name]' }) + body }))).toEqual([
      expect.stringMatching(/^other\.mdx:6: formerSlugs: \/articles\/old-name is already a former address of .*new-name\.mdx$/),
    ]);
    expect(errors(renamed('[new-name]'))).toEqual(['new-name.mdx:6: formerSlugs: "new-name" is this page\'s own slug']);
    expect(errors(renamed('[page]'))).toEqual([expect.stringMatching(/^new-name\.mdx:6: formerSlugs: the slug "page" is taken by the article index/)]);
    const sections = (formerSlugs: string) => load({ ...validGuide(), 'guides/demo/beta.mdx': frontmatter({ title: 'Beta', order: '2', formerSlugs }) + body });
    expect(errors(sections('[all, opengraph-image]'))).toEqual([
      expect.stringMatching(/^beta\.mdx:7: formerSlugs: the slug "all" is taken by the whole-guide page/),
      expect.stringMatching(/^beta\.mdx:7: formerSlugs: the slug "opengraph-image" is taken by the guide's link-preview image/),
    ]);
    const overview = load({ ...validGuide(), 'guides/demo/index.mdx': frontmatter({ title: 'Demo guide', formerSlugs: '[old-guide]' }) + body });
    expect(errors(overview)).toEqual([expect.stringMatching(/^index\.mdx:6: formerSlugs: a guide's overview takes its address from its folder/)]);
  });

  it('of a page whose frontmatter fails still lead to it: links there are not reported on top of its own error', () => {
    const site = load({
      ...validGuide(),
      'articles/new-name.mdx': frontmatter({ title: 'Renamed', formerSlugs: '[old-name]', updated: 'soon' }) + body,
      'articles/linker.mdx': frontmatter({}) + '[old](/articles/old-name)\n',
    });
    expect(errors(site)).toEqual([expect.stringMatching(/^new-name\.mdx:4: updated: must be a date/)]);
  });
});

describe('topics', () => {
  it('gathers the pages of each tag, in reading order, and warns about a tag only one page carries', () => {
    const site = load({ ...validGuide(), 'articles/lonely.mdx': frontmatter({ tags: '[training, rare-tag]' }) + body });
    expect(site.topics.map((topic) => [topic.tag, topic.label, topic.href, topic.pages.map((page) => page.slug)])).toEqual([
      ['fellowship', 'fellowship', '/topics/fellowship', ['alpha']],
      ['rare-tag', 'rare tag', '/topics/rare-tag', ['lonely']],
      ['research', 'research', '/topics/research', ['beta']],
      ['training', 'training', '/topics/training', ['demo', 'alpha', 'lonely']],
    ]);
    const thin = site.diagnostics
      .filter((diagnostic) => diagnostic.severity === 'warning' && diagnostic.message.includes('is on this page only'))
      .map((diagnostic) => `${path.basename(diagnostic.file)}:${diagnostic.line}: ${/"([^"]+)"/.exec(diagnostic.message)![1]}`);
    expect(thin).toEqual(['lonely.mdx:5: rare-tag', 'alpha.mdx:5: fellowship', 'beta.mdx:5: research']);
  });

  it('names a tag as its pages write it: hyphens become spaces unless the text keeps them', () => {
    const site = load({
      ...validGuide(),
      'articles/rest.mdx': frontmatter({ tags: '[training, well-being, board-certification]' }) + '## Rest\n\nSleep protects your well-being.\n',
      'articles/exams.mdx': frontmatter({ tags: '[training, well-being, board-certification]' }) + '## Exams\n\nBoard certification comes after a well-run fellowship.\n',
    });
    const labels = Object.fromEntries(site.topics.map((topic) => [topic.tag, topic.label]));
    expect(labels['well-being']).toBe('well-being');
    expect(labels['board-certification']).toBe('board certification');
  });
});

describe('files as editors save them', () => {
  const cited = (fields: Record<string, string> = {}) =>
    frontmatter({ ...fields, sources: '\n  - id: faq\n    title: Applicant FAQs\n    publisher: National Resident Matching Program\n    year: 2025\n    url: https://www.nrmp.org/faqs/' }) +
    'The match is binding.[@faq]\n\n' +
    body;

  it('reads Windows line endings as plain ones, the frontmatter\'s last value included', () => {
    // Git for Windows checks files out this way; the url on the frontmatter's last line kept a \r.
    const site = load({ ...validGuide(), 'articles/windows.mdx': cited().replaceAll('\n', '\r\n') });
    expect(errors(site)).toEqual([]);
    expect(site.articles[0].sources[0].url).toBe('https://www.nrmp.org/faqs/');
  });

  it('names a file not saved as UTF-8, with the garbled word readers would see', () => {
    const saved = (bytes: Buffer) => {
      const contentDir = writeContent(validGuide());
      fs.mkdirSync(path.join(contentDir, 'articles'));
      fs.writeFileSync(path.join(contentDir, 'articles/saved.mdx'), bytes);
      return readSite({ contentDir, includeDrafts: false });
    };
    const text = cited() + '\nWrite a résumé that fits on two pages.\n';
    expect(errors(saved(Buffer.from(text, 'latin1')))).toEqual([
      `saved.mdx:${text.split('\n').findIndex((line) => line.startsWith('Write a')) + 1}: this file is not saved as UTF-8: readers would see "r\uFFFDsum\uFFFD": save the file again as UTF-8 (in your editor: Save As, encoding UTF-8)`,
    ]);
    expect(errors(saved(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])))).toEqual([
      'saved.mdx:1: this file is saved as UTF-16, not UTF-8, so nothing in it can be read: save the file again as UTF-8 (in your editor: Save As, encoding UTF-8)',
    ]);
  });

  it('refuses a value that a " #" cuts short, where YAML reads the rest of the line as a comment', () => {
    expect(errors(load({ ...validGuide(), 'articles/hash.mdx': frontmatter({ title: 'The #1 question programs ask' }) + body }))).toEqual([
      'hash.mdx:2: frontmatter: YAML reads "#1 question programs ask" as a comment and drops it, leaving "The": put the whole value in double quotes, or a note on a line of its own',
    ]);
    const sourceTitle = cited().replace('title: Applicant FAQs', 'title: Applicant FAQs #3 ranking');
    expect(errors(load({ ...validGuide(), 'articles/hash.mdx': sourceTitle }))).toEqual([expect.stringMatching(/^hash\.mdx:8: frontmatter: YAML reads "#3 ranking" as a comment/)]);
    // Quoted, the # is text; a comment on a line of its own, or after a # with no space before it, is fine.
    const fine = frontmatter({ title: '"The #1 question programs ask"', description: 'Answers to the questions applicants ask most; C# and F#-style notation stays as written.' }).replace('tags:', '# checked 2026-11-30\ntags:');
    const site = load({ ...validGuide(), 'articles/hash.mdx': fine + body });
    expect(errors(site)).toEqual([]);
    expect(site.articles[0].frontmatter.title).toBe('The #1 question programs ask');
  });

  it('refuses the template\'s placeholder paragraphs, and a page with nothing below its frontmatter, once draft is gone', () => {
    const written = pageText({ title: 'Interviews', updated: '2026-01-15', tags: ['training'] }).replace(DESCRIPTION_PLACEHOLDER, 'What programs ask at interviews, and what to ask them in return.');
    const published = written.replace('draft: true\n', '');
    const placeholder = (line: number, text: string) => `interviews.mdx:${line}: "${text}" is the template's placeholder: write the page's own text here, or keep draft: true until it is written`;
    expect(errors(load({ ...validGuide(), 'articles/interviews.mdx': published }))).toEqual([
      placeholder(8, 'An opening paragraph that tells the reader what they will get from the page.'),
      placeholder(12, 'Text, lists, bold, links to other pages.'),
    ]);
    // A draft is work in progress, which `npm run dev` shows as it is.
    expect(errors(load({ ...validGuide(), 'articles/interviews.mdx': written }, { includeDrafts: true }))).toEqual([]);
    expect(errors(load({ ...validGuide(), 'articles/empty.mdx': frontmatter({}) }))).toEqual([
      'empty.mdx:1: the page has nothing below its frontmatter: write its text, or keep draft: true until it is written',
    ]);
  });

  it('reports a bare % in a link or an image address, which no browser can request', () => {
    const site = load({ ...validGuide(), 'articles/percent.mdx': frontmatter({}) + 'See [the survey](/files/top-10%.pdf).\n\n![Survival](/images/survival-50%.png)\n\n[Escaped](/files/top-10%25.pdf)\n' }, { publicFiles: ['files/top-10%.pdf', 'images/survival-50%.png'] });
    expect(errors(site)).toEqual([
      'percent.mdx:8: broken link "/files/top-10%.pdf": a % in an address must be written %25 (survey-10%25.pdf), or leave it out of the file name',
      'percent.mdx:10: image "/images/survival-50%.png": a % in an address must be written %25 (survey-10%25.pdf), or leave it out of the file name',
    ]);
  });
});
