import type { Heading as MdastHeading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ownRemarkPlugins } from '../mdx/remark-plugins.mjs';
import type { Diagnostic } from './diagnostics';
import { ALLOWED_HTML, INTERNAL_COMPONENTS, type ComponentName } from './components';
import { nearest } from './nearest';
import { lineAt, YEAR } from './prose';
import { countWords, gradeLevel } from './reading';
import { INVISIBLE_CHARACTER, invisibleCharacterCode, sectionFrontmatterSchema, SLUG_PATTERN, sourceSchema } from './schema';
import { readYaml, YamlError, yamlFieldLines } from './yaml';

/** A heading of the body with the id its rendered element carries. */
export interface Heading {
  depth: number;
  /** As readers see it: Markdown read, quotes curled. */
  text: string;
  /** Its line as the file has it (`## It's …`), which messages quote so an editor can search for it. */
  written: string;
  id: string;
  explicitId: boolean;
  line: number;
}

/** A link or image reference in the body, kept for the content check. */
export interface Reference {
  url: string;
  line: number;
}

export interface ImageReference extends Reference {
  /** A Markdown image's alt text; undefined for a <Figure>, whose alt prop the component check owns. */
  alt?: string;
  /** A <Figure>'s width and height props, when both are written as numbers. */
  size?: { width: number; height: number };
}

/** One `[@id]` in the body: the source it names and the how-manyth citation of it this is. */
export interface Citation {
  id: string;
  n: number;
  line: number;
}

/** A component written in the body (`<Callout type="tip">`), with its props as plain values. */
export interface ComponentUse {
  name: string;
  line: number;
  props: Record<string, unknown>;
  /** Props that are not plain values (code, spreads), which the check reports. */
  problems: { prop: string; message: string }[];
  /** The line each prop, and each value inside one, is written on, by its path as the schema names it (`stages[1].label`). */
  propLines: Record<string, number>;
}

/** One `<Term>` in the body: the glossary id it names and the how-manyth mark of it this is. */
export interface TermMark {
  id: string;
  n: number;
  line: number;
  /** Inside a link's text, where its button would be a control inside a control. */
  insideLink: boolean;
}

/**
 * A piece of prose the check reads for figures and spelling: a paragraph (list items and
 * callouts included), a whole table, a heading, or a component's text prop (title, caption, alt).
 */
export interface ProseBlock {
  kind: 'paragraph' | 'table' | 'heading' | 'prop';
  line: number;
  text: string;
  /** Whether the block carries at least one citation. */
  cited: boolean;
  /** Glossary ids of the terms marked in it. */
  terms: string[];
  /** Its text without the text of links, where a term cannot be marked (a button inside a link). */
  textOutsideLinks: string;
}

/** What one MDX file says, before it is checked against the rest of the site. */
export interface ParsedFile {
  data: Record<string, unknown>;
  /** 1-based line of each frontmatter key (`title`, `sources[2]`, `sources[2].url`), for error messages. */
  fieldLines: Record<string, number>;
  /** Missing when the body has an MDX syntax error; the frontmatter is still checked. */
  body?: ParsedBody;
}

/** The body cut at its `##` and `###` headings: what search results point into. */
export interface TextSection {
  /** Missing for the text before the first heading. */
  heading?: { id: string; text: string };
  text: string;
}

export interface ParsedBody {
  headings: Heading[];
  sections: TextSection[];
  links: Reference[];
  images: ImageReference[];
  /** In the order they appear. */
  citations: Citation[];
  /** In the order they appear. */
  terms: TermMark[];
  /** Capitalized JSX elements: the components editors use. */
  components: ComponentUse[];
  /** Lowercase JSX elements: raw HTML, which the check allows only where Markdown has no syntax. */
  htmlElements: {
    name: string;
    line: number;
    /** An `<a>`'s href as written: text, or a code expression. */
    href?: unknown;
    /** The names of an `<a>`'s attributes. */
    attributes?: string[];
  }[];
  /**
   * Markdown that would not reach readers as written: text in braces, citations in a form that
   * stays as typed or numbers typed as citations, a `<Cite>` typed by hand, headings, lists (lettered,
   * or sub-items not nested), tables (rows too long or short) and links that stay plain text (a
   * [text][ref] with no address, a [^1] with no note among them), entities without their ";", a
   * `---` right under a line, a bold line used as a heading, invisible characters, footnotes, links
   * without text, pictures by reference. Errors, unless marked as a warning (a mistake the text
   * may not be).
   */
  markupProblems: { line: number; message: string; severity?: 'warning' }[];
  prose: ProseBlock[];
  /** The body as plain text, for word counts, related pages and search. */
  text: string;
  words: number;
  gradeLevel: number;
}

/** Props whose value readers see as text, at the top of a component or inside its lists (a timeline's labels). */
const TEXT_PROPS: ReadonlySet<string> = new Set(['title', 'caption', 'alt', 'label', 'aria-label']);

// The same syntax and plugins, in the same order, as the MDX loader (lib/mdx/remark-plugins.mjs), so the check sees what the build sees.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).use(ownRemarkPlugins);

/**
 * Parses an MDX file's frontmatter and body. Syntax errors come back as diagnostics with
 * the line, never as exceptions, so one broken file or part does not hide the others.
 */
export function parseMdx(contents: string, file: string): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  // A byte-order mark, which some Windows editors write first, is invisible and the MDX compiler
  // skips it. Windows line endings are read as plain ones: the MDX compiler does, and the YAML
  // reader would otherwise keep a \r on the frontmatter's last value (its url or date).
  const source = contents.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const error = (line: number, message: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ severity: 'error', file, line, message }],
  });
  const encoding = encodingProblem(source);
  if (encoding) return error(encoding.line, encoding.message);
  if (!/^---\n/.test(source)) return error(1, 'missing frontmatter: the file must start with a --- line');
  // The MDX compiler ends the frontmatter only at a line that is exactly ---: one that only starts
  // with --- (----, as gray-matter would take it) lets it swallow the text up to a divider further down.
  const closing = lines.findIndex((line, index) => index > 0 && line.startsWith('---'));
  if (closing !== -1 && lines[closing].trimEnd() !== '---') {
    return error(closing + 1, `the frontmatter's closing line must be exactly --- (three hyphens, nothing else on the line), not "${lines[closing].trimEnd()}"`);
  }
  if (closing === -1) return error(1, 'the frontmatter has no closing --- line: end it with --- on a line of its own, before the text');

  let data: Record<string, unknown>;
  try {
    // From just after the opening ---, so the block's lines are the file's.
    data = readYaml(lines.slice(0, closing).join('\n').slice(3), FRONTMATTER_FIELDS);
  } catch (cause) {
    if (!(cause instanceof YamlError)) throw cause;
    if (cause.parses) return error(cause.line, `frontmatter: ${cause.reason}`);
    const textStart = pageTextStartInFrontmatter(lines, cause.line);
    if (textStart) return error(textStart, `the frontmatter runs on into the page text: put its closing --- on a line of its own above this line (YAML says: ${cause.reason})`);
    return error(cause.line, `frontmatter is not valid YAML: ${cause.reason}`);
  }

  // Lines of the frontmatter's keys, numbered from the file's first line (the opening ---).
  const fieldLines = yamlFieldLines(lines.slice(0, closing), 1);
  let tree: Root;
  const htmlElements: ParsedBody['htmlElements'] = [];
  // Elements only the plugins write (<Cite>), typed by hand: reported once as written, and not counted as the plugins' own.
  const placedBySite = new Set<Nodes>();
  // Problems in the text as written, reported with the markup problems below (readSite puts each file's messages in line order).
  const writtenProblems: ParsedBody['markupProblems'] = [];
  const sourceIds = Array.isArray(data.sources) ? data.sources.flatMap((source) => (typeof source?.id === 'string' ? [source.id] : [])) : [];
  const looseCitations = (text: string, line: number, anywhere: boolean) => citationProblems(text, line, anywhere, sourceIds);
  try {
    const written = processor.parse(source);
    // Text inside link text, where a citation is never turned into a marker: filled as each link
    // is visited, before its text (visit goes parent first).
    const insideLinks = new Set<Nodes>();
    // <sup> elements the <sup> check reported as a typed marker: a number link inside is not reported again.
    const reportedSups = new Set<Nodes>();
    // The text and raw HTML as the editor wrote them, before the plugins split text around
    // citations (losing positions) and add elements of their own (term groups).
    visit(written, (node, index, parent) => {
      if (node.type === 'link' || node.type === 'linkReference') visit(node, 'text', (text: Nodes) => void insideLinks.add(text));
      // MDX runs {…} as code: a word in braces is a variable the page does not have, and the build
      // fails. Only a comment or a plain value ({' '}, {2025}) is left alone.
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isPlainExpression(node.data?.estree)) {
        writtenProblems.push({ line: node.position?.start.line ?? 1, message: `{${node.value.trim()}} is read as code, not text, and a word in braces stops the build: write \\{ and \\} for braces in text, or leave them out` });
      }
      if (node.type === 'text') {
        writtenProblems.push(...looseCitations(node.value, node.position?.start.line ?? 1, insideLinks.has(node)));
        writtenProblems.push(...citationsBeforePunctuation(node.value, node.position?.start.line ?? 1));
        writtenProblems.push(...leftAsTyped(node.value, node.position?.start.line ?? 1));
        writtenProblems.push(...invisibleCharacters(node.value, node.position?.start.line ?? 1));
      }
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        const block = writtenText(node, source);
        if (block) {
          const withoutCode = { ...block, text: blankCodeSpans(block.text) };
          writtenProblems.push(...linksLeftAsText(withoutCode), ...bracketedNumbers(withoutCode), ...(node.type === 'tableCell' ? [] : markdownLeftAsText(node, block)));
        }
      }
      if (node.type === 'paragraph' && parent?.type === 'root') writtenProblems.push(...boldLineAsHeading(node));
      if (node.type === 'link' && !(parent && reportedSups.has(parent))) writtenProblems.push(...numberLinkedAsCitation(node, source, parent?.type === 'mdxJsxTextElement' && parent.name === 'sup'));
      if (node.type === 'list' || (node.type === 'paragraph' && parent?.type !== 'listItem')) writtenProblems.push(...referencesTypedByHand(node));
      if (node.type === 'list') writtenProblems.push(...subItemsNotNested(node, parent?.children[(index ?? 0) - 1], parent?.children[(index ?? 0) + 1], source));
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const line = node.position?.start.line ?? 1;
      const before = parent?.children[(index ?? 0) - 1];
      const superscript = node.name === 'sup' ? toString(node).trim() : '';
      if (/^\[?\d+(?:\s*[,;–—-]\s*\d+)*\]?$/.test(superscript) && before?.type === 'text' && isMarkerPlace(before.value, superscript)) {
        reportedSups.add(node);
        writtenProblems.push({ line, message: handNumberedMarker(`<sup>${superscript}</sup>`) });
      }
      // Props are never searched for citations, so one in a title, a caption or a timeline's label
      // stays as typed: every text a prop holds, in quotes or in a list or object of values.
      for (const { text, line: textLine } of placedTexts(node, line)) {
        writtenProblems.push(...looseCitations(text, textLine, true), ...superscriptMarkers(text, textLine), ...bracketedNumbers({ text, line: textLine }));
      }
      if (INTERNAL_COMPONENTS.includes(node.name as ComponentName)) {
        placedBySite.add(node);
        writtenProblems.push({ line, message: `<${node.name}> is placed by the site, which numbers it and links it to the Sources list: cite with [@id] right after the claim, and list the source under \`sources\`` });
      }
      if (!node.name || /^[A-Z]/.test(node.name)) return;
      const attributes = node.attributes.flatMap((item) => (item.type === 'mdxJsxAttribute' ? [item.name] : []));
      htmlElements.push({ name: node.name, line, ...(node.name === 'a' && { href: attributeOf(node, 'href'), attributes }) });
    });
    tree = processor.runSync(written) as Root;
  } catch (cause) {
    const place = cause as { line?: number; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? '';
    // Some errors (an unclosed <Callout>) give their place only in the text: "… (35:1-35:85)".
    const line = place.line ?? Number(/\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason)?.[1] ?? 1);
    const hint = syntaxErrorCause(reason, lines[line - 1] ?? '', lines[line - 2] ?? '');
    return { parsed: { data, fieldLines }, ...error(line, `MDX syntax error: ${reason}${hint ? ` (${hint})` : ''}`) };
  }

  const headings: Heading[] = [];
  const links: Reference[] = [];
  const images: ImageReference[] = [];
  const citations: Citation[] = [];
  const prose: ProseBlock[] = [];
  const terms: TermMark[] = [];
  const components: ComponentUse[] = [];
  const markupProblems: ParsedBody['markupProblems'] = [];
  const isElement = (node: Nodes, name: string) => (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name;
  const addBlock = (kind: ProseBlock['kind'], node: Nodes, line: number) => {
    let cited = false;
    const marked: string[] = [];
    visit(node, (child: Nodes) => {
      if (isElement(child, 'Cite')) cited = true;
      if (isElement(child, 'Term')) marked.push(String(attributeOf(child, 'id')));
    });
    const text = blockText(node, FOR_CHECKS);
    // Outside links: a link's text is where a term cannot be marked (a button inside a link).
    prose.push({ kind, line, text, cited, terms: marked, textOutsideLinks: blockText(node, { ...FOR_CHECKS, link: ' ' }) });
  };
  const termsInLinks = new Set<Nodes>();
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'linkReference') {
      visit(node, (child: Nodes) => {
        if (isElement(child, 'Term')) termsInLinks.add(child);
      });
    }
    if (node.type === 'heading') {
      const heading = node as MdastHeading & { data: { id: string; text: string; explicitId: boolean } };
      headings.push({ depth: heading.depth, text: heading.data.text, written: lines[line - 1].trim(), id: heading.data.id, explicitId: heading.data.explicitId, line });
      addBlock('heading', node, line);
    } else if (node.type === 'paragraph' || node.type === 'table') {
      addBlock(node.type, node, line);
      if (node.type === 'table') {
        const columns = node.children[0]?.children.length ?? 0;
        const writtenRow = (row: Nodes) => writtenText(row, source)?.text.trim() ?? '';
        const piped = writtenRow(node.children[0]).startsWith('|');
        for (const row of node.children.slice(1)) {
          const rowLine = row.position?.start.line ?? line;
          if (row.children.slice(columns).some((cell) => toString(cell).trim())) {
            markupProblems.push({ line: rowLine, message: `this table row has ${row.children.length} cells under ${columns} columns, and readers would not see the extra text: write a | inside a cell as \\|` });
          } else if (row.children.length < columns && piped && !writtenRow(row).startsWith('|')) {
            // A note typed on the line under a table of | rows ("Source: …") joins the table as a row.
            markupProblems.push({ line: rowLine, message: `"${writtenRow(row).slice(0, 40)}" right under the table is read as its last row: leave a blank line above it` });
          } else if (row.children.length < columns) {
            // A value left out (or two run into one cell) moves nothing, so the row reads as if the last column had no value.
            markupProblems.push({ line: rowLine, message: `this table row has ${row.children.length} of its ${columns} cells, so readers see the last ${columns - row.children.length === 1 ? 'column' : `${columns - row.children.length} columns`} empty: add the missing cell, or write | | for a cell left empty on purpose` });
          }
        }
      }
    } else if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, line });
      if (node.type === 'link' && !toString(node).trim() && !node.children.some((child) => child.type === 'image')) {
        markupProblems.push({ line, message: `the link to "${node.url}" has no text, so readers cannot see or name it: write [what it leads to](${node.url})` });
      }

    } else if (node.type === 'image') {
      images.push({ url: node.url, alt: node.alt ?? '', line });
    } else if (node.type === 'imageReference') {
      // Google Docs exports every picture this way, with the file itself inline as data:.
      markupProblems.push({ line, message: `"${writtenText(node, source)?.text}" is a picture by reference, which skips the checks for its file and alt text: save the file under public/images/ and write ![what it shows](/images/file.png)` });
    } else if (node.type === 'footnoteDefinition') {
      // Every footnote has its text: one nothing refers to is dropped from the page.
      markupProblems.push({ line, message: 'footnotes are not used: cite a source with [@id] and list it under `sources`, or put the aside in the text or in a <Callout>' });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const attribute = (name: string) => {
        const found = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
        return typeof found?.value === 'string' ? found.value : '';
      };
      // width={1200}: an expression, whose source text is the number.
      const number = (name: string) => {
        const value = attributeOf(node, name);
        return typeof value === 'object' && value !== null && 'value' in value && /^\s*\d+\s*$/.test(String(value.value)) ? Number(value.value) : undefined;
      };
      const [width, height] = [number('width'), number('height')];
      images.push({ url: attribute('src'), line, ...(width && height && { size: { width, height } }) });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !placedBySite.has(node)) {
      if (isElement(node, 'Cite')) citations.push({ id: String(attributeOf(node, 'id')), n: Number(attributeOf(node, 'n')), line });
      if (isElement(node, 'Term')) terms.push({ id: String(attributeOf(node, 'id')), n: Number(attributeOf(node, 'n')), line, insideLink: termsInLinks.has(node) });
      const { props, problems } = propsOf(node);
      const placed = placedValues(node, line);
      if (node.name && /^[A-Z]/.test(node.name)) components.push({ name: node.name, line, props, problems, propLines: Object.fromEntries(placed.map((value) => [value.path, value.line])) });
      for (const { key, text, line: textLine } of placed) {
        if (text !== undefined && TEXT_PROPS.has(key)) prose.push({ kind: 'prop', line: textLine, text, cited: false, terms: [], textOutsideLinks: text });
      }
    }
  });

  const sections: TextSection[] = [{ text: '' }];
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    const nodeText = blockText(node);
    if (node.type === 'heading' && node.depth <= 3) {
      const { id, text: headingText } = (node as MdastHeading & { data: { id: string; text: string } }).data;
      sections.push({ heading: { id, text: headingText }, text: '' });
    } else {
      const current = sections[sections.length - 1];
      current.text = current.text ? `${current.text}\n\n${nodeText}` : nodeText;
    }
  }
  const text = sections.map((section) => [section.heading?.text, section.text].filter(Boolean).join('\n\n')).join('\n\n');
  return {
    parsed: { data, fieldLines, body: { headings, links, images, citations, terms, components, htmlElements, markupProblems: [...writtenProblems, ...markupProblems], prose, sections, text, words: countWords(text), gradeLevel: gradeLevel(text) } },
    diagnostics: [],
  };
}

/** Every field a page's frontmatter has, at the top or in a source. */
const FRONTMATTER_FIELDS: ReadonlySet<string> = new Set([...Object.keys(sectionFrontmatterSchema.shape), ...Object.keys(sourceSchema.shape)]);

/**
 * When YAML fails at `failedLine`, the line (1-based) where the page text seems to start inside
 * the frontmatter: after a blank line, a `##` heading, a component, or a line that is no field
 * of a page (a sentence, or "Note: …"). Then the closing `---` is missing and a `---` further
 * down (a divider) was taken for it. A YAML comment or list item is not text.
 */
function pageTextStartInFrontmatter(lines: readonly string[], failedLine: number): number | undefined {
  for (let index = 2; index < failedLine && index < lines.length; index++) {
    const line = lines[index];
    if (lines[index - 1].trim() !== '' || !line.trim() || /^(?:\s|-|#\s|#$)/.test(line)) continue;
    const key = /^([\w-]+)\s*:/.exec(line)?.[1];
    if (!key || !(key in sectionFrontmatterSchema.shape)) return index + 1;
  }
  return undefined;
}

/**
 * A file not saved as UTF-8 reads with NUL characters (UTF-16, Notepad's "Unicode") or U+FFFD where
 * a byte was not UTF-8 (Windows-1252, Word's "Plain Text"): readers would see "r\uFFFDsum\uFFFD".
 */
function encodingProblem(source: string): { line: number; message: string } | undefined {
  const save = 'save the file again as UTF-8 (in your editor: Save As, encoding UTF-8)';
  if (source.includes('\u0000')) return { line: 1, message: `this file is saved as UTF-16, not UTF-8, so nothing in it can be read: ${save}` };
  const unreadable = source.indexOf('\uFFFD');
  if (unreadable === -1) return undefined;
  const line = lineAt(source, 1, unreadable);
  const word = wordAround(source, unreadable).join('\uFFFD');
  return { line, message: `this file is not saved as UTF-8: readers would see "${word}": ${save}` };
}

/** A "<" that opens no component (PascalCase), closing tag or raw HTML a page may use: a "less than" sign, as in <5 or <ULN. */
const LESS_THAN_SIGN = new RegExp(`<(?![A-Z][a-z]|/|(?:${[...ALLOWED_HTML].join('|')})\\b)`);

/** What an editor most likely typed on a line the MDX parser refused (after `lineAbove`), in the editor's terms. */
function syntaxErrorCause(reason: string, line: string, lineAbove: string): string | undefined {
  // {#id}, or as other Markdown tools write it, { #id } and {: #id}.
  const headingId = /^\s*\{:?\s*#([^\s}]+)\s*\}\s*$/.exec(line)?.[1];
  const heading = /^#{1,6}\s.*/.exec(lineAbove.trimEnd())?.[0];
  // Under a heading, or a blank line below one: an id written as a slug is meant for a heading.
  if (reason.includes('acorn') && headingId && (heading || SLUG_PATTERN.test(headingId))) return `a heading id goes at the end of its heading's line: ${heading ?? '## Heading'} {#${headingId}}`;
  if (reason.includes('acorn') && /^#{1,6}\s.*\{#/.test(line)) return 'a heading id is written {#id} with lowercase letters, digits and hyphens, no spaces';
  if (reason.includes('acorn') && /\{[^}]*[“”‘’]/.test(line)) return 'curly quotes inside { } are not quotes to the parser: type straight quotes, " or \'';
  if (reason.includes('before attribute value') && /=[“‘]/.test(line)) return 'type straight quotes around a prop\'s value, title="…", not curly ones';
  // MDX's own note ("to create a comment in MDX, use {/* text */}") already names the cause.
  if (!reason.includes('acorn') && !reason.includes('(note:') && LESS_THAN_SIGN.test(line)) return 'a < in text starts a component: write "less than", or \\< for the sign';
  if (reason.includes('acorn')) return 'text in { } is read as code: write \\{ and \\} for braces in text';
  const unclosed = /Expected a closing tag for `<([\w.]+)>` \((\d+):/.exec(reason);
  if (unclosed && unclosed[1] in UNCLOSED_HTML) return UNCLOSED_HTML[unclosed[1]];
  if (unclosed) return `<${unclosed[1]}> on line ${unclosed[2]} is never closed: add </${unclosed[1]}> on a line of its own where it ends, with a blank line above it`;
  const mismatched = /Unexpected closing tag `<\/([\w.]+)>`, expected corresponding closing tag for `<([\w.]+)>` \((\d+):/.exec(reason);
  if (mismatched) return `this closes </${mismatched[1]}>, but the tag open here is <${mismatched[2]}>, from line ${mismatched[3]}: close that one first, with </${mismatched[2]}>`;
  return undefined;
}

/** HTML tags that need no closing tag in HTML, and what to write in MDX instead. */
const UNCLOSED_HTML: Record<string, string> = {
  br: 'write <br /> with the slash: in MDX every tag is closed',
  hr: 'for a divider, write --- on a line of its own, with a blank line above it',
  img: 'for a picture, write ![what it shows](/file-name.png) with the file under public/',
};

/**
 * How a block's text is read: as readers see it (search, word counts), or for the prose checks,
 * where code and {…} are blanked (`literal`), a superscript is marked as a power (10^9, not 109)
 * and, when `link` is given, a link's text is replaced by it.
 */
interface Reading {
  literal: (value: string) => string;
  superscript: string;
  link?: string;
}

const AS_SHOWN: Reading = { literal: (value) => value, superscript: '' };

/**
 * Code spans and {…} expressions are literals, not prose: the spelling, figure and punctuation
 * checks read them as spaces of the same length, so their lines still count.
 */
const FOR_CHECKS: Reading = { literal: (value) => value.replace(/[^\n]/g, ' '), superscript: '^' };

/**
 * A block's text with its parts kept apart: list items and blocks on lines of their own, table
 * cells split by " · ". Run together, "oncology" and "5 years" in two cells read "oncology5 years"
 * to search and to the word count; a pipe, Markdown's own mark, showed in search snippets as
 * typed source.
 */
function blockText(node: Nodes, reading: Reading = AS_SHOWN): string {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || !('children' in node)) return inlineText(node, reading);
  return node.children.map((child) => blockText(child as Nodes, reading)).join(node.type === 'tableRow' ? ' · ' : '\n');
}

/** The text of a run of inline content, as mdast-util-to-string gives it without image alt text, read as `reading` says. */
function inlineText(node: Nodes, reading: Reading): string {
  const text = writtenInlineText(node, reading);
  if (reading === AS_SHOWN || node.type === 'text' || !node.position) return text;
  // For the checks, a node written over more lines than its text has (a tag's props on lines of
  // their own, a link's title on the next line, an image's alt) keeps them, so that a problem
  // after it is reported on its own line.
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  const before = children[0]?.position ? children[0].position.start.line - node.position.start.line : 0;
  const missing = node.position.end.line - node.position.start.line - (text.match(/\n/g)?.length ?? 0) - before;
  return '\n'.repeat(Math.max(0, before)) + text + '\n'.repeat(Math.max(0, missing));
}

function writtenInlineText(node: Nodes, reading: Reading): string {
  if (reading.link !== undefined && (node.type === 'link' || node.type === 'linkReference')) return reading.link;
  // A hard break ends a line for readers, and keeps the block's line count.
  if (node.type === 'break') return '\n';
  if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return reading.literal(node.value);
  if ('value' in node) return node.value;
  const text = 'children' in node ? (node.children as Nodes[]).map((child) => inlineText(child, reading)).join('') : '';
  return node.type === 'mdxJsxTextElement' && node.name === 'sup' ? reading.superscript + text : text;
}

/** A component's props as plain values: text, numbers, booleans, lists and objects of them. */
function propsOf(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>): Pick<ComponentUse, 'props' | 'problems'> {
  const props: Record<string, unknown> = {};
  const problems: ComponentUse['problems'] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ prop: attribute.value, message: 'spread props are not allowed; write each prop out' });
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else {
      const parsed = plainValue(value.data?.estree as Program);
      if (parsed === undefined) problems.push({ prop: name, message: 'must be a plain value (text, a number, true or false, a list or an object), not code' });
      else props[name] = parsed;
    }
  }
  return { props, problems };
}

type Program = { body?: readonly { type: string; expression?: unknown }[] } | null | undefined;

/** The value of an {…} that is one plain value (text, a number, a list or object of them); undefined for anything else. */
function plainValue(program: Program): unknown {
  const body = program?.body ?? [];
  if (body.length !== 1 || body[0].type !== 'ExpressionStatement') return undefined;
  try {
    return literalValue(body[0].expression);
  } catch {
    return undefined;
  }
}

/** Whether an {…} in the text is harmless: only comments, or one plain value ({' '}, {2025}). */
function isPlainExpression(program: Program): boolean {
  if ((program?.body ?? []).length === 0) return true;
  const value = plainValue(program);
  return typeof value === 'string' || typeof value === 'number';
}

/**
 * Each prop of an element, and each value inside a prop's lists and objects, with the line it is
 * written on, so a problem in a timeline's fifth label is reported there: `path` as the schema
 * names it (`stages[4].label`), `key` the name it is under (`label`), and `text` when it is text.
 */
interface PlacedValue {
  path: string;
  key: string;
  line: number;
  text?: string;
}

function placedValues(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, elementLine: number): PlacedValue[] {
  return node.attributes.flatMap((attribute): PlacedValue[] => {
    const line = attribute.position?.start.line ?? elementLine;
    // A spread is reported by its code, as propsOf names it.
    if (attribute.type !== 'mdxJsxAttribute') return [{ path: attribute.value, key: '', line }];
    if (attribute.value === null || attribute.value === undefined) return [{ path: attribute.name, key: attribute.name, line }];
    if (typeof attribute.value === 'string') return [{ path: attribute.name, key: attribute.name, line, text: attribute.value }];
    const body = (attribute.value?.data?.estree as Program)?.body ?? [];
    return body.length === 1 && body[0].type === 'ExpressionStatement' ? placedIn(body[0].expression, attribute.name, attribute.name, line) : [];
  });
}

/** Every text inside an element's props, with its line. */
function placedTexts(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, elementLine: number): { text: string; line: number }[] {
  return placedValues(node, elementLine).flatMap(({ text, line }) => (text === undefined ? [] : [{ text, line }]));
}

function placedIn(node: unknown, path: string, key: string, outerLine: number): PlacedValue[] {
  const expression = node as { type?: string; loc?: { start: { line: number } }; [field: string]: unknown } | null;
  const line = expression?.loc?.start.line ?? outerLine;
  const text = expression?.type === 'Literal' || expression?.type === 'TemplateLiteral' ? literalText(expression) : undefined;
  const here: PlacedValue = { path, key, line, ...(text !== undefined && { text }) };
  if (expression?.type === 'ArrayExpression') {
    return [here, ...(expression.elements as unknown[]).flatMap((element, index) => placedIn(element, `${path}[${index}]`, key, line))];
  }
  if (expression?.type === 'ObjectExpression') {
    const properties = expression.properties as { type: string; computed?: boolean; key?: { type: string; name?: string; value?: unknown }; value?: unknown }[];
    return [
      here,
      ...properties.flatMap((property) => {
        // As literalValue: a computed key ({ [name]: … }) makes the prop code, reported as such.
        if (property.type !== 'Property' || property.computed || !property.key) return [];
        const name = property.key.type === 'Identifier' ? String(property.key.name) : String(property.key.value);
        return placedIn(property.value, `${path}.${name}`, name, line);
      }),
    ];
  }
  return [here];
}

/** The text of a string literal (quoted or a template without ${…}); undefined for other values. */
function literalText(expression: unknown): string | undefined {
  try {
    const value = literalValue(expression);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Markdown typed almost right, which shows as plain text or changes meaning without a word from
 * the parser: `##Heading` (no space, or a no-break space), Word's • bullets, a pipe table with
 * no `| --- |` row, columns pasted from a spreadsheet with tabs, and `---` or `===` right under a
 * line, which turns the line into a heading. Read from the paragraph's or heading's source lines; one
 * problem per block.
 */
function markdownLeftAsText(node: Extract<Nodes, { type: 'paragraph' | 'heading' }>, written: WrittenBlock): { line: number; message: string }[] {
  // Continuation lines keep their container's indent or `>`.
  const lines = written.text.split('\n').map((line) => line.replace(/^[\s>]*/, ''));
  const problem = (index: number, message: string) => [{ line: written.line + index, message }];
  if (node.type === 'heading') {
    const underline = lines.length > 1 ? lines.at(-1)!.trim() : '';
    if (/^-+$/.test(underline)) return problem(lines.length - 1, `the ${underline} right under "${lines[0].slice(0, 40)}" makes that line a heading: leave a blank line above --- for a divider, or write ## before the line for a heading`);
    if (/^=+$/.test(underline)) return problem(lines.length - 1, `the ${underline} right under "${lines[0].slice(0, 40)}" makes that line a title (an h1): write ## before the line for a heading, and leave out the ${underline}`);
    return [];
  }
  const heading = lines.findIndex((line) => /^#{2,6}(?:[^\s#]|\u00A0)|^#\u00A0/.test(line));
  if (heading !== -1) {
    const marks = /^#+/.exec(lines[heading])?.[0];
    return problem(heading, `"${lines[heading].slice(0, 40)}" shows as text, not a heading: put an ordinary space after the ${marks}`);
  }
  const bullet = lines.findIndex((line) => /^[•◦▪●‣]/.test(line));
  if (bullet !== -1) return problem(bullet, `lines starting with ${lines[bullet][0]} run together into one paragraph: start each list item with "- " (or "1. " for steps)`);
  // Word's lettered lists (a. b. c., A) B) C), (i) (ii)): Markdown numbers its lists only with digits.
  // A list starts its block or follows a line ending in : or ? (hard-wrapped prose that happens to
  // reach "a)" at a line's start does not); lines ended by a hard break (\, two spaces, <br />)
  // each show on a line of their own.
  const lettered = lines.findIndex(
    (line, index) =>
      LETTERED_FIRST.some((first, kind) => first.test(line) && LETTERED_SECOND[kind].test(lines[index + 1] ?? '')) &&
      (index === 0 || /[:?](?:\\|\s*<br\s*\/?>)?\s*$/.test(lines[index - 1])) &&
      !/(?:\\|\s{2}|<br\s*\/?>)$/.test(line),
  );
  if (lettered !== -1) return problem(lettered, `lines starting with ${/^\S+/.exec(lines[lettered])![0]} run together into one paragraph: Markdown numbers lists with digits, so start each item with "1. ", "2. " (or "- ")`);
  const rows = lines.flatMap((line, index) => (line.startsWith('|') ? [index] : []));
  if (rows.length >= 2) {
    const columns = (line: string) => line.replace(/^\||\|\s*$/g, '').split('|').length;
    const [header, second] = [lines[rows[0]], lines[rows[1]]];
    return /^\|[\s|:-]+$/.test(second)
      ? problem(rows[1], `this table's | --- | row has ${columns(second)} cells under ${columns(header)} columns, so the table shows as one run-on paragraph: write one --- for each column`)
      : problem(rows[1], 'this table has no | --- | row under its header, so it shows as one run-on paragraph: put | --- | --- | above this line, with one --- for each column');
  }
  const tabbed = lines.flatMap((line, index) => (/\S\t+\S/.test(line) ? [index] : []));
  if (tabbed.length >= 2) return problem(tabbed[0], 'these columns are separated by tabs (pasted from a spreadsheet?) and run together into one paragraph: write a Markdown table, | a | b | with a | --- | --- | row under the header');
  return [];
}

/** The first two items of a lettered list, by kind: a. b., A. B., i. ii., I. II. (with . or ), or in parentheses). */
const LETTERED_FIRST = ['a', 'A', 'i', 'I'].map((letter) => new RegExp(`^\\(?${letter}[.)]\\s`));
const LETTERED_SECOND = ['b', 'B', 'ii', 'II'].map((letter) => new RegExp(`^\\(?${letter}[.)]\\s`));

/**
 * A short bold line on its own between paragraphs, with no closing punctuation, reads as a heading
 * but gets no table-of-contents entry and no address to share. A bold lead-in ending in ":" (before
 * a list) or "." (a sentence) is text.
 */
function boldLineAsHeading(node: Extract<Nodes, { type: 'paragraph' }>): { line: number; message: string }[] {
  const parts = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  if (parts.length !== 1 || parts[0].type !== 'strong') return [];
  const text = toString(parts[0]).trim();
  if (text.length > 80 || /[.!?:;,…)\]]$/.test(text)) return [];
  return [{ line: node.position?.start.line ?? 1, message: `"**${text}**" on a line of its own reads as a heading, but readers get no table-of-contents entry or link to it: write ## or ### ${text}` }];
}

/**
 * List items indented less than the text of the item above, which Markdown does not nest, so the
 * list readers see is not the one written: a "1." under "1." takes the next number ("2." then shows
 * as 3), and a bullet under "1." (or a number under "-") splits the list in two around it. Flagged
 * where a numbered item starts further right than the first and does not continue its count (a
 * stray space before "2." is harmless), or where a list starts further right than the list just
 * above it. A bullet a space to the right of the bullet above may be either, and is left alone.
 */
function subItemsNotNested(list: Extract<Nodes, { type: 'list' }>, previous: Nodes | undefined, next: Nodes | undefined, source: string): { line: number; message: string }[] {
  const column = (node: Nodes | undefined) => node?.position?.start.column ?? 1;
  const firstLine = (node: Nodes) => writtenText(node, source)?.text.split('\n')[0].trim() ?? '';
  const problem = (item: Extract<Nodes, { type: 'listItem' }>, above: Extract<Nodes, { type: 'listItem' }>) => {
    // In a quote the editor types the > first, and counts spaces from there: from where the quote's
    // text starts on the line of the item above (">1." has no space after its >).
    const quoted = /^(?:[ \t]*>[ ]?)*/.exec(source.split('\n')[(above.position?.start.line ?? 1) - 1] ?? '')![0];
    const spaces = `${column(above.children[0]) - 1 - quoted.length} spaces${quoted ? ` after the "${quoted.trimStart().replace(/>$/, '> ')}"` : ''}`;
    return {
      line: item.position?.start.line ?? 1,
      message: `"${firstLine(item).slice(0, 40)}" is indented as a sub-item of "${firstLine(above).slice(0, 40)}" but is not one, so readers see it as an item of its own: indent it ${spaces}, to where the text of the item above starts`,
    };
  };
  const number = (item: Nodes) => Number(/^\d+/.exec(firstLine(item))?.[0]);
  const items = list.children;
  // Numbered 1. 1. 1. throughout (so steps can be reordered), every item continues the count.
  const lazy = items.every((item) => number(item) === number(items[0]));
  const problems = list.ordered && !lazy
    ? items.flatMap((item, index) => (index > 0 && column(item) > column(items[0]) && number(item) !== number(items[index - 1]) + 1 ? [problem(item, items[index - 1])] : []))
    : [];
  // A list that starts further right than the list above it, on the next line, or between two
  // parts of one numbered list (1., then the indented list, then 2., each after a blank line).
  const splitsNumbering = previous?.type === 'list' && previous.ordered && next?.type === 'list' && next.ordered && next.start === (previous.start ?? 1) + previous.children.length;
  if (previous?.type === 'list' && column(items[0]) > column(previous.children[0]) && (list.position?.start.line === (previous.position?.end.line ?? 0) + 1 || splitsNumbering)) {
    problems.unshift(problem(items[0], previous.children.at(-1)!));
  }
  return problems;
}

/** Addresses of papers: a number linked to one is a citation marker wherever it stands. */
const PAPER_ADDRESS = /^https?:\/\/(?:dx\.)?doi\.org\/|^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/|^https?:\/\/(?:www\.)?ncbi\.nlm\.nih\.gov\/pmc\//i;

/**
 * A web link whose text is only a number or a range (1, [2], 2-4, ¹) read as a citation marker
 * pasted from a paper, which the Sources list does not know: linked to a paper, or right after the
 * claim's punctuation, or written [[2]]. Not a number that is what the link leads to: one the
 * address carries (page [12](…#page=12), episode [15](…/15)), one named by what precedes it
 * (Fig. [3], p.[12]), one after a colon (Crisis line:[988]), or one linked to a phone number, a
 * heading or a page of the site. Set in superscript, it is a marker wherever it stands; when the
 * <sup> check has reported the <sup>, the link is not reported again.
 */
function numberLinkedAsCitation(link: Extract<Nodes, { type: 'link' }>, source: string, superscript: boolean): { line: number; message: string }[] {
  const text = toString(link).trim();
  if (!/^https?:/i.test(link.url) || !/^[[(]?\s*(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?:\s*[,–—-]\s*\d{1,3})*\s*[\])]?$/.test(text)) return [];
  // A paper's address carries numbers of its own (every DOI starts 10.), never the one its link shows.
  const paper = PAPER_ADDRESS.test(link.url);
  const number = /\d+/.exec(text)?.[0];
  if (!paper && number && new RegExp(String.raw`(?:#page=|[/=])${number}(?:$|[/?&#.])`).test(link.url)) return [];
  const before = source.slice(0, link.position?.start.offset ?? 0);
  // The names are matched with their capitals: "no." ends a sentence, "No." names a rank.
  const afterClaim = /[.,;!?%)”’]$/.test(before) && !/\b(?:No|Nos|p|pp|Fig|Figs|Vol|Ch|Sec|Ep|Q)\.$/.test(before);
  if (!paper && !superscript && !text.startsWith('[') && !afterClaim) return [];
  return [{ line: link.position?.start.line ?? 1, message: `the link "${writtenText(link, source)?.text}" reads as a citation number typed by hand, which the Sources list does not know: cite with [@id] right after the claim and list the source under \`sources\`, or give the link words that say what it leads to` }];
}

/** What only a bibliography entry has: a DOI or a PMID, in any capitals. */
const PAPER_ID = /\bdoi:\s*10\.|doi\.org\/10\.|\bPMID:?\s*\d/i;
/**
 * Or a journal's year;volume(issue):page, or year;volume:first-last (with PubMed's month, "2021
 * Jan 1;7(1):123"). A time after a date ("2025; 9:30-10:30 a.m.", "2025; 9:30–11 a.m. ET") is not
 * a volume and pages.
 */
const JOURNAL_PAGES = /\b(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;\s*\d+(?:\(\d+\):\s*[A-Za-z]?\d|:\s*[1-9]\d*[–-]\d+(?![\d:])(?!\s*(?:[ap]\.?m\.?(?![a-z])|noon\b|[ECMP][SD]?T\b)))/;
/** An entry that starts with its authors and "et al": Smith J, Doe A, et al. / Smith, J., et al. */
const AUTHORS_ET_AL = /^(?:\p{Lu}[\p{L}'’-]+,?\s+\p{Lu}{1,3}\.?,?\s+)+et al\b/u;
/** A numbered note's start: ¹, [1], (1) or 1. */
const NOTE_NUMBER = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]|\(\d{1,2}\)|\d{1,2}[.)](?=\s))\s*/;

/** Whether an entry, as readers see it, reads as a bibliography entry that cites nothing. */
function isReferenceEntry(shown: string): boolean {
  const entry = shown.replace(NOTE_NUMBER, '');
  return YEAR.test(entry) && !entry.includes('[@') && (PAPER_ID.test(entry) || JOURNAL_PAGES.test(entry) || AUTHORS_ET_AL.test(entry));
}

/**
 * A reference list typed by hand, pasted from Word or a paper: list items, or lines of a paragraph
 * that start like a numbered note or with authors and "et al", that read as bibliography entries.
 * The page prints its own Sources list, so these would be a second one that no marker links to.
 * Read as readers see them (code blanked, no link addresses), each list item without its sub-list;
 * one problem per list or paragraph, on its first entry.
 */
function referencesTypedByHand(block: Extract<Nodes, { type: 'list' | 'paragraph' }>): { line: number; message: string }[] {
  const entries =
    block.type === 'list'
      ? // An item's own text: its sub-lists, quotes and components are blocks of their own, read when visited.
        block.children.map((item) => ({ text: item.children.filter((child) => child.type === 'paragraph').map((child) => blockText(child, FOR_CHECKS)).join('\n'), line: item.position?.start.line ?? 1 }))
      : blockText(block, FOR_CHECKS)
          .split('\n')
          .map((text, index) => ({ text, line: (block.position?.start.line ?? 1) + index }))
          .filter(({ text }) => NOTE_NUMBER.test(text) || AUTHORS_ET_AL.test(text.trim()));
  const entry = entries.find(({ text }) => isReferenceEntry(text));
  if (!entry) return [];
  const shown = entry.text.split('\n')[0].trim().slice(0, 40);
  return [{ line: entry.line, message: `"${shown}" looks like an entry of a reference list typed by hand, which the page's Sources list does not know: list each source under \`sources\` in the frontmatter (title, publisher, year, url) and cite it with [@id] right after its claim; the page prints the Sources list itself (to show how a citation is written, put the example in \`code\`)` }];
}

const INVISIBLE_ALL = new RegExp(INVISIBLE_CHARACTER.source, 'g');

/** The parts of the word around the character at `index`: up to it, and after it (without it). */
function wordAround(text: string, index: number): [string, string] {
  return [/\S*$/.exec(text.slice(0, index))![0], /^\S*/.exec(text.slice(index + 1))![0]];
}

/** A block as the editor typed it, with the line it starts on. */
interface WrittenBlock {
  text: string;
  line: number;
}

/** A paragraph's, heading's or cell's source, sliced from the file by its position. */
function writtenText(node: Nodes, source: string): WrittenBlock | undefined {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  return { text: source.slice(start.offset, end.offset), line: start.line };
}

/**
 * Invisible characters inside the words of one text node, each reported once, where they split a
 * word for search and the glossary.
 */
function invisibleCharacters(text: string, line: number): { line: number; message: string }[] {
  return [...text.matchAll(INVISIBLE_ALL)].map((invisible) => {
    const [before, after] = wordAround(text, invisible.index).map((part) => part.replace(INVISIBLE_ALL, ''));
    const place = before && after ? `inside "${before}${after}", after "${before}"` : `next to "${before || after}"`;
    return { line: lineAt(text, line, invisible.index), message: `an invisible character (${invisibleCharacterCode(invisible[0])}) sits ${place}, where it splits the word for search and the glossary: delete it, or retype the word` };
  });
}

/** Where a link's address starts: a web, mail or site address, or a heading id. */
const ADDRESS = String.raw`(?:https?:\/\/|www\.|mailto:|\/|#)`;
/** `[text] (address)`: a space between ] and (. Not after a backslash, and not a citation `[@id]`. */
const SPACE_BEFORE_ADDRESS = new RegExp(String.raw`(?<!\\)!?\[(?!@)[^\]\n]*\][ \t]+\(\s*${ADDRESS}[^)\n]*\)?`, 'g');
/** `[text](address with spaces)`: a space inside the address; a title in quotes after it is fine, and so is `<…>`. */
const SPACE_IN_ADDRESS = new RegExp(String.raw`(?<!\\)!?\[(?!@)[^\]\n]*\]\(\s*${ADDRESS}[^)\s]*\s+(?!["'(])[^)\s][^)\n]*\)`, 'g');

/** A block's source with its code spans as spaces of the same length: literals, where nothing is a mistake. */
function blankCodeSpans(text: string): string {
  return text.replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

/**
 * Links and pictures that stay as typed, read from the block's source (GFM would turn a bare
 * https:// or www. address into a link of its own, hiding the mistake from the text): a space
 * between ] and (, or a space inside the address. Code spans come blanked (`blankCodeSpans`).
 */
function linksLeftAsText(written: WrittenBlock): { line: number; message: string }[] {
  const { text } = written;
  const found = (pattern: RegExp, fix: string) =>
    [...text.matchAll(pattern)].map((match) => ({
      index: match.index,
      line: lineAt(text, written.line, match.index),
      message: `"${match[0].slice(0, 60)}" is not read as a ${match[0].startsWith('!') ? 'picture' : 'link'} and shows as typed: ${fix}`,
    }));
  return [
    ...found(SPACE_BEFORE_ADDRESS, 'write ] and ( with nothing between'),
    ...found(SPACE_IN_ADDRESS, 'an address has no spaces (a heading id joins words with -, a file name with - or %20)'),
  ]
    .sort((a, b) => a.index - b.index)
    .map(({ line, message }) => ({ line, message }));
}

/**
 * Brackets left in a text node after parsing, which readers see as typed: a footnote marker whose
 * note was never written ([^1]), and a reference-style link whose [ref]: address is missing.
 */
function leftAsTyped(text: string, line: number): { line: number; message: string }[] {
  const found = (pattern: RegExp, message: (written: string) => string) => [...text.matchAll(pattern)].map((match) => ({ line: lineAt(text, line, match.index), message: message(match[0]) }));
  return [
    // CommonMark reads an entity only with its semicolon. Only common names are matched, as written
    // (entities are case-sensitive): long ones anywhere (5&nbspmg), short ones before a space or
    // punctuation, so AT&T, R&D and Bar&Grill stay prose. A web address's text is left alone (?q=a&lt=5).
    ...(/^(?:https?:\/\/|www\.)\S*$/.test(text) ? [] : found(ENTITY_WITHOUT_SEMICOLON, (written) => `"${written}" shows as typed: end it with a semicolon, ${written};`)),
    ...found(/\[\^[^\]\s]+\]/g, (written) => `"${written}" shows as typed: cite a source with [@id] right after the claim, and list it under \`sources\``),
    ...superscriptMarkers(text, line),
    ...found(/(?<!\\)!?\[(?![@^])[^\]\n]+\]\[(?![@^])[^\]\n]*\]/g, (written) =>
      written.startsWith('!')
        ? `"${written.slice(0, 60)}" is not read as a picture and shows as typed: no line gives its file ([ref]: /images/…); write ![what it shows](/images/file.png) instead`
        : `"${written.slice(0, 60)}" is not read as a link and shows as typed: no line gives its address ([ref]: https://…); write [text](address) instead`,
    ),
  ];
}

const ENTITY_WITHOUT_SEMICOLON = /&(?:(?:nbsp|amp|quot|apos|[mn]dash|hellip|[lr][sd]quo|plusmn|micro|middot|thinsp|ensp|emsp|minus|trade|copy|eacute|egrave|uuml|ouml|auml)(?!;)|(?:lt|gt|le|ge|ne|deg|reg|shy|bull|times|mu|#\d+|#[xX][0-9a-fA-F]+)(?![A-Za-z0-9;]))/g;

/** A run of superscript numbers, as Word pastes a citation: ¹, ²³, ¹⁻³, ¹,⁴. */
const SUPERSCRIPT_NUMBERS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:\s*[,⁻–-]\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*/g;

/** Superscript numbers typed as citation markers (Word's ¹ after a claim) in a text that starts on `line`. */
function superscriptMarkers(text: string, line: number): { line: number; message: string }[] {
  return [...text.matchAll(SUPERSCRIPT_NUMBERS)]
    .filter((match) => isMarkerPlace(text.slice(0, match.index), match[0]))
    .map((match) => ({ line: lineAt(text, line, match.index), message: handNumberedMarker(match[0]) }));
}

/**
 * Whether `numbers` set as a superscript (¹ or <sup>1</sup>) after `textBefore` are a citation marker
 * typed by hand: after the claim's punctuation (45%¹, leave?¹), or after a word of three letters or
 * more unless it is a lone ² or ³, an exponent (height², mm³). After a digit it is an exponent
 * (10⁹), and after a shorter word a unit (mg/m²).
 */
function isMarkerPlace(textBefore: string, numbers: string): boolean {
  if (/[.,;:!?%”"’]$/.test(textBefore)) return true;
  return /\p{L}{3}$/u.test(textBefore) && !/^[23²³]$/.test(numbers);
}

/**
 * Citation numbers typed by hand in brackets ([1], [2, 3], [4–6]), read from the block's source so
 * an escaped \[1\] passes. Right after the claim's punctuation it is an error; after a space it may
 * be a list of numbers (days [1, 8, 15]), so a warning; right after a letter it is an index
 * (fields[1]). A 0 makes it a range or an index ([0, 1], [0–10]), not a marker.
 */
function bracketedNumbers(written: WrittenBlock): ParsedBody['markupProblems'] {
  const { text } = written;
  return [...text.matchAll(/(?<!\\)\[\s*[1-9]\d{0,2}(?:\s*[,;–—-]\s*[1-9]\d{0,2})*\s*\](?![[(:])/g)].flatMap((match) => {
    const before = text.slice(0, match.index);
    const line = lineAt(text, written.line, match.index);
    // Not after a straight ", which opens a quotation as often as it closes one ("[3] of us matched").
    if (/[.,;:!?%)”’]$/.test(before)) return [{ line, message: handNumberedMarker(match[0]) }];
    if (/\s$/.test(before)) return [{ line, severity: 'warning' as const, message: `"${match[0]}" looks like a citation number typed by hand, which links to no source: cite with [@id] right after the claim; if it is a list of numbers, write it without the brackets` }];
    return [];
  });
}

function handNumberedMarker(written: string): string {
  return `"${written}" is a citation number typed by hand, which links to no source: cite with [@id] right after the claim, and list the source under \`sources\` (the site numbers the markers); for a note under a table or in a caption, mark it with * or † instead`;
}

/** What the citations plugin turns into markers (lib/mdx/citations.mjs), written with one source or several. */
const CITATION_MARK = String.raw`\[@[^\]\s;]+(?:\s*;\s*@[^\]\s;]+)*\]`;
const CITATION = new RegExp(`^${CITATION_MARK}$`);

/**
 * A citation put before the period or comma that ends its claim (`in 2022 [@id].`): the marker
 * would stand apart from the sentence, unlike every other one on the site. A warning, with the
 * order to write.
 */
function citationsBeforePunctuation(text: string, line: number): { line: number; message: string; severity: 'warning' }[] {
  return [...text.matchAll(new RegExp(String.raw`\s?(${CITATION_MARK})([.,;])`, 'g'))].map((match) => ({
    line: lineAt(text, line, match.index),
    severity: 'warning' as const,
    message: `"${match[0].trim()}": a citation goes right after the punctuation that ends its claim: write ${match[2]}${match[1]}`,
  }));
}

/**
 * Citations written in a form that stays as typed, so the claim loses its numbered source: [@ id],
 * [@a, @b], (@id), [see @id], [id] for a source id, and any citation where none is made (`anywhere`: link
 * text, a component's prop). An @ name counts only when it is, or nearly is, one of the page's
 * source ids, so a handle such as (@ASCO) is prose. Each on its own line.
 */
function citationProblems(text: string, line: number, anywhere: boolean, sourceIds: readonly string[]): { line: number; message: string }[] {
  const isSource = (name: string) => sourceIds.includes(name) || nearest(name, sourceIds) !== undefined;
  const problems = [];
  for (const match of text.matchAll(/[[(][^\][()@\n]*@\s*([^\s\]),;]+)[^\])\n]*[\])]?|\[([^\]\s]+)\]/g)) {
    const [written, atName, bracketed] = match;
    const loose = atName !== undefined ? isSource(atName) && (anywhere || !CITATION.test(written)) : sourceIds.includes(bracketed);
    if (!loose) continue;
    problems.push({
      line: lineAt(text, line, match.index),
      message: `"${written.length > 40 ? `${written.slice(0, 40)}…` : written}" is not a citation readers would see as one: write [@id] right after the claim in the text, [@first; @second] for two, and not inside a link, a title or a caption`,
    });
  }
  return problems;
}

/** The value of a JavaScript literal expression (estree); anything that would run code throws. */
function literalValue(node: unknown): unknown {
  const expression = node as { type: string; [key: string]: unknown } | undefined;
  switch (expression?.type) {
    case 'Literal':
      return expression.value;
    case 'TemplateLiteral':
      if ((expression.expressions as unknown[]).length) break;
      return (expression.quasis as { value: { cooked: string } }[]).map((quasi) => quasi.value.cooked).join('');
    case 'UnaryExpression': {
      const operand = literalValue(expression.argument);
      if (expression.operator === '-' && typeof operand === 'number') return -operand;
      break;
    }
    case 'ArrayExpression':
      return (expression.elements as unknown[]).map((element) => literalValue(element));
    case 'ObjectExpression':
      return Object.fromEntries(
        (expression.properties as { type: string; computed: boolean; key: { type: string; name?: string; value?: unknown }; value: unknown }[]).map((property) => {
          if (property.type !== 'Property' || property.computed) throw new Error('not a plain property');
          return [property.key.type === 'Identifier' ? property.key.name : String(property.key.value), literalValue(property.value)];
        }),
      );
  }
  throw new Error('not a literal');
}

/** A JSX element's string attribute, as the MDX plugins set it. */
function attributeOf(node: Nodes, name: string): unknown {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
  return node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name)?.value;
}

