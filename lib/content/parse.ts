import matter from 'gray-matter';
import type { Heading as MdastHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkHeadingIds from '../mdx/heading-ids.mjs';
import type { Diagnostic } from './diagnostics';
import { countWords, gradeLevel } from './reading';

/** A heading of the body with the id its rendered element carries. */
export interface Heading {
  depth: number;
  text: string;
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
  alt: string;
}

/** What one MDX file says, before it is checked against the rest of the site. */
export interface ParsedFile {
  data: Record<string, unknown>;
  /** 1-based line of each top-level frontmatter key, for error messages. */
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
  /** The body as plain text, for word counts, related pages and search. */
  text: string;
  words: number;
  gradeLevel: number;
}

// The same syntax the MDX loader reads (see next.config.mjs), so the check sees what the build sees.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).use(remarkHeadingIds);

/**
 * Parses an MDX file's frontmatter and body. Syntax errors come back as diagnostics with
 * the line, never as exceptions, so one broken file or part does not hide the others.
 */
export function parseMdx(source: string, file: string): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const error = (line: number, message: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ severity: 'error', file, line, message }],
  });
  if (!/^---\r?\n/.test(source)) return error(1, 'missing frontmatter: the file must start with a --- line');

  let data: Record<string, unknown>;
  try {
    // gray-matter caches by content; a fresh options object keeps a failed parse from being cached.
    data = matter(source, {}).data;
  } catch (cause) {
    const mark = (cause as { mark?: { line: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    return error(mark ? mark.line + 2 : 1, `frontmatter is not valid YAML: ${reason}`);
  }

  const fieldLines = frontmatterFieldLines(source);
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(source)) as Root;
  } catch (cause) {
    const place = cause as { line?: number; reason?: string; message?: string };
    return { parsed: { data, fieldLines }, ...error(place.line ?? 1, `MDX syntax error: ${place.reason ?? place.message}`) };
  }

  const headings: Heading[] = [];
  const links: Reference[] = [];
  const images: ImageReference[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      const heading = node as MdastHeading & { data: { id: string; text: string; explicitId: boolean } };
      headings.push({ depth: heading.depth, text: heading.data.text, id: heading.data.id, explicitId: heading.data.explicitId, line });
    } else if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, line });
    } else if (node.type === 'image') {
      images.push({ url: node.url, alt: node.alt ?? '', line });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const attribute = (name: string) => {
        const found = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
        return typeof found?.value === 'string' ? found.value : '';
      };
      images.push({ url: attribute('src'), alt: attribute('alt'), line });
    }
  });

  const sections: TextSection[] = [{ text: '' }];
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    const nodeText = toString(node, { includeImageAlt: false });
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
    parsed: { data, fieldLines, body: { headings, links, images, sections, text, words: countWords(text), gradeLevel: gradeLevel(text) } },
    diagnostics: [],
  };
}

function frontmatterFieldLines(source: string): Record<string, number> {
  const lines = source.split(/\r?\n/);
  const fieldLines: Record<string, number> = {};
  for (let index = 1; index < lines.length && lines[index].trim() !== '---'; index++) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[index])?.[1];
    if (key && !(key in fieldLines)) fieldLines[key] = index + 1;
  }
  return fieldLines;
}
