import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { checkSite, type FailedFile } from './check';
import { ContentError, type Diagnostic } from './diagnostics';
import { numberSources, SOURCES_HEADING, type NumberedSource } from './citations';
import { topicHref } from './navigation';
import { readGlossary, type GlossaryEntry } from './glossary';
import { readSearchSynonyms } from './search-synonyms';
import { parseMdx, type Citation, type ComponentUse, type Heading, type ImageReference, type ParsedBody, type ProseBlock, type TermMark, type TextSection } from './parse';
import { readingMinutes } from './reading';
import { rankRelated } from './related';
import { pageFrontmatterSchema, sectionFrontmatterSchema, SLUG_PATTERN, SLUG_RULE, type PageFrontmatter } from './schema';
import { buildToc, type TocEntry } from './toc';
import { validateFrontmatter } from './validate';
import { WHOLE_GUIDE_SEGMENT } from './whole-guide';

export type PageKind = 'overview' | 'section' | 'article';

/** A published page: its frontmatter, where it lives, and what was computed from its body. */
export interface Page {
  kind: PageKind;
  slug: string;
  /** Site path, e.g. /guides/oncology-hematology/research. */
  href: string;
  /** Where the page was before a rename (`formerSlugs`), with each slug's line: each redirects to `href`. */
  formerAddresses: FormerAddress[];
  /** Slug of the guide an overview or section belongs to. */
  guide?: string;
  /** Path of the MDX file inside the content folder, without `.mdx`: what the page imports. */
  contentPath: string;
  /** Path of the MDX file as editors see it in messages. */
  sourceFile: string;
  frontmatter: PageFrontmatter;
  order?: number;
  fieldLines: Record<string, number>;
  headings: Heading[];
  /** Ids a link's #fragment may name. */
  anchors: Set<string>;
  toc: TocEntry[];
  links: { url: string; line: number }[];
  images: ImageReference[];
  citations: Citation[];
  /** Glossary terms marked with `<Term>`, in order. */
  terms: TermMark[];
  /** The frontmatter's sources, numbered in the order the text first cites them. */
  sources: NumberedSource[];
  prose: ProseBlock[];
  /** The components the body uses, with their props, for the content check. */
  components: ComponentUse[];
  /** Raw HTML elements the body uses, for the content check. */
  htmlElements: ParsedBody['htmlElements'];
  /** Markdown that would not reach readers as written, for the content check. */
  markupProblems: ParsedBody['markupProblems'];
  text: string;
  /** The body by `##`/`###` heading, for search. */
  sections: TextSection[];
  words: number;
  readingMinutes: number;
  gradeLevel: number;
}

export interface Guide {
  slug: string;
  href: string;
  overview: Page;
  /** In reading order. */
  sections: Page[];
}

/** A tag and the pages that carry it, in reading order: what /topics/<tag> lists. */
export interface Topic {
  tag: string;
  /** The tag in words: board-certification reads "board certification". */
  label: string;
  href: string;
  pages: Page[];
}

export interface Site {
  guides: Guide[];
  /** Newest first. */
  articles: Page[];
  pages: Page[];
  /** Related pages of each page, by slug. */
  related: Map<string, Page[]>;
  /** The glossary, alphabetical; empty when content has no glossary file. */
  glossary: GlossaryEntry[];
  /** Groups of words that find each other in search (`content/search-synonyms.yaml`); none when there is no file. */
  searchSynonyms: string[][];
  /** Pages that mark each glossary term, by id, in reading order (guide first, then articles). */
  termPages: Map<string, Page[]>;
  /** Every tag with its pages, alphabetical. */
  topics: Topic[];
  /** The page now at each former address (`formerSlugs`): the address redirects to it. */
  redirects: Map<string, Page>;
  /** Drafts this read left out (`includeDrafts` off), as editors see their paths: not checked beyond their frontmatter. */
  draftsLeftOut: string[];
  /** Page files whose frontmatter or MDX has errors, so they are in no list above: checked, not built. */
  failedPages: string[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  contentDir: string;
  /** Drafts are shown in development and left out of production builds. */
  includeDrafts: boolean;
  /**
   * Parsed files from an earlier read, by path, with the modification stamp they were read at:
   * `npm run dev` re-reads the site when a file changes, and re-parses only what changed.
   */
  parsedFiles?: Map<string, { stamp: string; result: ReturnType<typeof parseMdx> }>;
}

/** Modification time and size of a file: what tells `parsedFiles` that it changed. */
export function fileStamp(file: string): string {
  const { mtimeMs, size } = fs.statSync(file);
  return `${mtimeMs}:${size}`;
}

/**
 * Reads and checks every MDX file under `contentDir`: guides at `guides/<guide>/index.mdx`
 * (overview) and `guides/<guide>/<slug>.mdx` (sections), articles at `articles/<slug>.mdx`.
 * Never throws for bad content: every problem is a diagnostic, and the site is built from
 * the files that passed.
 */
export function readSite({ contentDir, includeDrafts, parsedFiles }: LoadOptions): Site {
  const diagnostics: Diagnostic[] = [];
  const pages: Page[] = [];
  const failedFiles: FailedFile[] = [];
  /** Addresses of drafts left out of this build: they will be pages, so no former slug may take them. */
  const draftHrefs = new Set<string>();
  const draftsLeftOut: string[] = [];
  const { glossary, diagnostics: glossaryProblems } = readGlossary(contentDir);
  diagnostics.push(...glossaryProblems);
  const { groups: searchSynonyms, diagnostics: synonymProblems } = readSearchSynonyms(contentDir);
  diagnostics.push(...synonymProblems);
  const files = pageFiles(contentDir);
  /** A file's path as editors see it in messages. */
  const sourceFileOf = (file: string) => path.relative(process.cwd(), path.join(contentDir, file)) || file;
  for (const file of files.unread) {
    const name = path.basename(file).replace(/(\.(mdx?|markdown))?(\.txt)?$/i, '.mdx');
    diagnostics.push({ severity: 'error', file: sourceFileOf(file), line: 1, message: `this page is not read: pages are .mdx files, in lowercase; rename it ${name}` });
  }
  for (const file of files.pages) {
    const sourceFile = sourceFileOf(file);
    const place = locate(file);
    if ('problem' in place) {
      diagnostics.push({ severity: 'error', file: sourceFile, line: 1, message: place.problem });
      continue;
    }
    const fullPath = path.join(contentDir, file);
    const stamp = parsedFiles && fileStamp(fullPath);
    const known = parsedFiles?.get(fullPath);
    const result = known && known.stamp === stamp ? known.result : parseMdx(fs.readFileSync(fullPath, 'utf8'), sourceFile);
    if (parsedFiles && stamp) parsedFiles.set(fullPath, { stamp, result });
    const { parsed, diagnostics: parseProblems } = result;
    diagnostics.push(...parseProblems);
    if (!parsed) {
      failedFiles.push({ sourceFile, href: place.href, slug: place.slug });
      continue;
    }
    const schema = place.kind === 'section' ? sectionFrontmatterSchema : pageFrontmatterSchema;
    const { frontmatter, diagnostics: fieldProblems } = validateFrontmatter(schema, parsed.data, parsed.fieldLines, sourceFile);
    diagnostics.push(...fieldProblems);
    const { body: parsedBody } = parsed;
    // What a file that fails still says about itself, so links to it and to its topics are not
    // reported as broken on top of its own errors.
    const failed = { sourceFile, href: place.href, slug: place.slug, tags: stringsOf(parsed.data.tags) };
    if (!parsedBody) {
      failedFiles.push(failed);
      continue;
    }
    const body = {
      sourceFile,
      headings: parsedBody.headings,
      anchors: new Set(parsedBody.headings.map((heading) => heading.id)),
      links: parsedBody.links,
      images: parsedBody.images,
      prose: parsedBody.prose,
      components: parsedBody.components,
      htmlElements: parsedBody.htmlElements,
      markupProblems: parsedBody.markupProblems,
      terms: parsedBody.terms,
    };
    if (!frontmatter) {
      const formerHrefs = formerAddresses(file, place, stringsOf(parsed.data.formerSlugs), parsed.fieldLines, sourceFile).addresses.map((address) => address.href);
      failedFiles.push({ ...failed, body, formerHrefs });
      continue;
    }
    if (frontmatter.draft && !includeDrafts) {
      draftHrefs.add(place.href);
      draftsLeftOut.push(sourceFile);
      continue;
    }
    const former = formerAddresses(file, place, frontmatter.formerSlugs ?? [], parsed.fieldLines, sourceFile);
    diagnostics.push(...former.diagnostics);
    const sources = numberSources(frontmatter.sources ?? [], parsedBody.citations);
    // The layout ends a page that cites anything with a Sources heading, which the TOC lists too.
    const layoutHeadings = sources.length ? [{ ...SOURCES_HEADING, depth: 2 }] : [];
    pages.push({
      ...body,
      anchors: new Set([...body.anchors, ...Object.keys(frontmatter.aliases ?? {}), ...layoutHeadings.map((heading) => heading.id)]),
      ...place,
      formerAddresses: former.addresses,
      contentPath: file.replace(/\.mdx$/, ''),
      frontmatter,
      order: 'order' in frontmatter ? (frontmatter.order as number) : undefined,
      fieldLines: parsed.fieldLines,
      toc: buildToc([...parsedBody.headings, ...layoutHeadings]),
      citations: parsedBody.citations,
      terms: parsedBody.terms,
      sources,
      text: parsedBody.text,
      sections: parsedBody.sections,
      words: parsedBody.words,
      readingMinutes: readingMinutes(parsedBody.words),
      gradeLevel: parsedBody.gradeLevel,
    });
  }
  diagnostics.push(...checkSite(pages, failedFiles, draftHrefs, (url) => publicFileNamed(contentDir, url), glossary ?? (glossaryProblems.length ? 'invalid' : undefined)));

  const guideSlugs = [...new Set(pages.flatMap((page) => page.guide ?? []))].sort(compare);
  const guides = guideSlugs.flatMap((slug): Guide[] => {
    const guidePages = pages.filter((page) => page.guide === slug);
    const overview = guidePages.find((page) => page.kind === 'overview');
    if (!overview) {
      diagnostics.push({ severity: 'error', file: path.relative(process.cwd(), path.join(contentDir, 'guides', slug)), line: 1, message: 'a guide needs an index.mdx overview' });
      return [];
    }
    const sections = guidePages.filter((page) => page.kind === 'section').sort((a, b) => a.order! - b.order! || compare(a.slug, b.slug));
    return [{ slug, href: overview.href, overview, sections }];
  });
  const articles = pages
    .filter((page) => page.kind === 'article')
    .sort((a, b) => compare(b.frontmatter.updated, a.frontmatter.updated) || compare(a.frontmatter.title, b.frontmatter.title));
  const related = rankRelated(pages.map((page) => ({ slug: page.slug, tags: page.frontmatter.tags, text: page.text, pinned: page.frontmatter.related, page })));

  const readingOrder = [...guides.flatMap((guide) => [guide.overview, ...guide.sections]), ...articles];
  const termPages = new Map<string, Page[]>();
  const tagPages = new Map<string, Page[]>();
  for (const page of readingOrder) {
    for (const id of new Set(page.terms.map((mark) => mark.id))) termPages.set(id, [...(termPages.get(id) ?? []), page]);
    for (const tag of page.frontmatter.tags) tagPages.set(tag, [...(tagPages.get(tag) ?? []), page]);
  }
  const topics = [...tagPages]
    .sort(([a], [b]) => compare(a, b))
    .map(([tag, tagged]) => ({ tag, label: topicLabel(tag, tagged), href: topicHref(tag), pages: tagged }));

  return {
    guides,
    articles,
    pages,
    glossary: glossary?.entries ?? [],
    searchSynonyms,
    termPages,
    topics,
    related: new Map([...related].map(([slug, list]) => [slug, list.map((entry) => entry.page)])),
    redirects: new Map(pages.flatMap((page) => page.formerAddresses.map((address): [string, Page] => [address.href, page]))),
    draftsLeftOut,
    failedPages: failedFiles.map((failed) => failed.sourceFile),
    diagnostics: byFileThenLine(diagnostics),
  };
}

/**
 * Each file's messages in line order, as compilers print them, whichever check found them
 * (the frontmatter is validated after the body is parsed, the links are checked last); files
 * keep the order in which they were first reported.
 */
function byFileThenLine(diagnostics: Diagnostic[]): Diagnostic[] {
  const fileRank = new Map<string, number>();
  for (const { file } of diagnostics) if (!fileRank.has(file)) fileRank.set(file, fileRank.size);
  return diagnostics.toSorted((a, b) => fileRank.get(a.file)! - fileRank.get(b.file)! || a.line - b.line);
}

/**
 * A tag in words, spelled as the pages that carry it spell it: board-certification reads
 * "board certification", but well-being keeps its hyphen because the text writes it that way.
 */
function topicLabel(tag: string, tagged: readonly Pick<Page, 'text'>[]): string {
  const spaced = tag.replace(/-/g, ' ');
  const uses = (phrase: string) => tagged.reduce((count, page) => count + page.text.toLowerCase().split(phrase).length - 1, 0);
  return tag !== spaced && uses(tag) > uses(spaced) ? tag : spaced;
}

type Place = Pick<Page, 'kind' | 'slug' | 'href' | 'guide'> | { problem: string };

/** An address a page had before its file was renamed, and the line of `formerSlugs` that names it. */
export interface FormerAddress {
  href: string;
  line: number;
}

/**
 * The addresses `formerSlugs` names for a file: the same folder, under each old slug. A slug the
 * site could not give a page (the rule, a reserved one), the page's own or one listed twice is a
 * diagnostic; a guide's overview cannot have any, since its address is its folder's.
 */
function formerAddresses(file: string, place: Exclude<Place, { problem: string }>, formerSlugs: readonly string[], fieldLines: Record<string, number>, sourceFile: string) {
  const addresses: FormerAddress[] = [];
  const diagnostics: Diagnostic[] = [];
  formerSlugs.forEach((former, index) => {
    const line = fieldLines[`formerSlugs[${index}]`] ?? fieldLines.formerSlugs ?? 1;
    const problem = (message: string) => diagnostics.push({ severity: 'error', file: sourceFile, line, message: `formerSlugs: ${message}` });
    const located = formerPlace(file, former);
    if (place.kind === 'overview') problem("a guide's overview takes its address from its folder, and renaming a guide is not supported");
    else if (former === place.slug) problem(`"${former}" is this page's own slug`);
    else if ('problem' in located) problem(located.problem);
    else if (addresses.some((address) => address.href === located.href)) problem(`"${former}" is listed twice`);
    else addresses.push({ href: located.href, line });
  });
  return { addresses, diagnostics };
}

/** Where a file's page was under a former slug: the same folder, the old name. */
export function formerPlace(file: string, former: string): Place {
  return locate(file.replace(/[^/]+\.mdx$/, `${former}.mdx`));
}

/** Where a file under the content folder (`articles/x.mdx`) sits on the site: its kind, slug and address. */
export function locate(file: string): Place {
  const parts = file.split('/');
  const name = parts.at(-1)!.replace(/\.mdx$/, '');
  if (parts.length === 2 && parts[0] === 'articles') {
    const problem = slugProblem(name, 'article');
    return problem ? { problem } : { kind: 'article', slug: name, href: `/articles/${name}` };
  }
  if (parts.length === 3 && parts[0] === 'guides') {
    const guide = parts[1];
    if (!SLUG_PATTERN.test(guide)) return { problem: `"${guide}" is not a valid slug: use ${SLUG_RULE}` };
    if (name === 'index') return { kind: 'overview', slug: guide, guide, href: `/guides/${guide}` };
    const problem = slugProblem(name, 'section', guide);
    return problem ? { problem } : { kind: 'section', slug: name, guide, href: `/guides/${guide}/${name}` };
  }
  return { problem: 'MDX files belong in articles/<slug>.mdx or guides/<guide>/<slug>.mdx' };
}

/** Why `slug` cannot name an article or a section of `guide`, if it cannot: the slug rule, or an address the site keeps. */
function slugProblem(slug: string, kind: 'article' | 'section', guide?: string): string | undefined {
  if (!SLUG_PATTERN.test(slug)) return `"${slug}" is not a valid slug: use ${SLUG_RULE}`;
  if (kind === 'article' && slug === 'page') return 'the slug "page" is taken by the article index (/articles/page/2 …)';
  if (kind === 'section' && slug === WHOLE_GUIDE_SEGMENT) return `the slug "${slug}" is taken by the whole-guide page (/guides/${guide}/${slug})`;
  if (kind === 'section' && slug === 'opengraph-image') return `the slug "${slug}" is taken by the guide's link-preview image (/guides/${guide}/${slug})`;
  return undefined;
}

/** Every file under the content folder, as paths relative to it with forward slashes, sorted. */
function contentFiles(contentDir: string): string[] {
  return (fs.readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[]).map((file) => file.split(path.sep).join('/')).sort();
}

const isMdxFile = (file: string) => file.endsWith('.mdx');

/** The strings in a frontmatter value that should be a list of them. */
const stringsOf = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function listMdxFiles(contentDir: string): string[] {
  return pageFiles(contentDir).pages;
}

/** The pages, and the files saved as pages under a name that is not read (reported by readSite). */
function pageFiles(contentDir: string): { pages: string[]; unread: string[] } {
  const files = contentFiles(contentDir);
  return { pages: files.filter(isMdxFile), unread: unreadFiles(files) };
}

/** Every file readSite reads or reports, for the dev server's change check. */
export function listPageFiles(contentDir: string): string[] {
  const { pages, unread } = pageFiles(contentDir);
  return [...pages, ...unread];
}

/**
 * Pages saved under a name that is not read: .md, .markdown, .txt, .mdx.txt or .MDX. Other files
 * (an editor's backup, a lock file, anything in a hidden folder) are not pages and are left alone.
 */
function unreadFiles(files: readonly string[]): string[] {
  return files
    .filter((file) => /^(articles|guides)\//.test(file))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.') || part.startsWith('~$')))
    .filter((file) => /\.(md|markdown|txt|mdx)$/i.test(file) && !isMdxFile(file));
}

/** The path in public/ a site address names: without its ?query or #fragment, decoded. */
function publicPath(url: string): string | undefined {
  try {
    return decodeURI(url.split(/[?#]/)[0]);
  } catch {
    return undefined; // a % that starts no valid escape (the content check reports a bare % itself)
  }
}

/**
 * The file in public/ (beside `contentDir`) that a site address such as /images/a.png serves, if
 * there is one: one look at the disk, for the stamps `npm run dev` compares on every request.
 */
export function publicFileOf(contentDir: string, url: string): string | undefined {
  const decoded = publicPath(url);
  const publicDir = path.join(contentDir, '..', 'public');
  const resolved = decoded === undefined ? '' : path.join(publicDir, decoded);
  return resolved.startsWith(publicDir + path.sep) && fs.statSync(resolved, { throwIfNoEntry: false })?.isFile() ? resolved : undefined;
}

/** A file in public/ as an address names it: its path as saved, and whether the address spells it exactly. */
export interface PublicFile {
  savedAs: string;
  exact: boolean;
  /** Reads an image's size in pixels as browsers show it (EXIF rotation applied), if it is one image-size reads: only a <Figure> with a size to compare asks. */
  pixels: () => { width: number; height: number } | undefined;
}

/**
 * The file in public/ that a site address names, found as macOS and Windows disks find it, with
 * capitals ignored. The server (Linux) serves only the exact spelling, so a difference is a broken
 * image there.
 */
export function publicFileNamed(contentDir: string, url: string): PublicFile | undefined {
  const decoded = publicPath(url);
  if (decoded === undefined || decoded.endsWith('/')) return undefined; // a folder's address serves no file
  let folder = path.join(contentDir, '..', 'public');
  const saved: string[] = [];
  // The content check runs this at build time only, so the server bundle need not trace the
  // folders it reads: without turbopackIgnore, Turbopack warns four times that it would trace the
  // whole project, burying the content check's own warnings in the build's output.
  for (const part of decoded.split('/').filter(Boolean)) {
    if (part === '..' || part === '.') return undefined;
    const names = fs.existsSync(/*turbopackIgnore: true*/ folder) && fs.statSync(/*turbopackIgnore: true*/ folder).isDirectory() ? fs.readdirSync(/*turbopackIgnore: true*/ folder) : [];
    const name = names.find((candidate) => candidate === part) ?? names.find((candidate) => candidate.toLowerCase() === part.toLowerCase());
    if (name === undefined) return undefined;
    saved.push(name);
    folder = path.join(folder, name);
  }
  if (!saved.length || !fs.statSync(/*turbopackIgnore: true*/ folder).isFile()) return undefined;
  const savedAs = `/${saved.join('/')}`;
  return { savedAs, exact: savedAs === decoded.replace(/\/+/g, '/'), pixels: () => pixelsOf(folder) };
}

/** An image file's size in pixels as a browser shows it, or undefined for a file that is not an image image-size reads. */
function pixelsOf(file: string): { width: number; height: number } | undefined {
  if (!/\.(?:png|jpe?g|gif|webp|avif|svg)$/i.test(file)) return undefined;
  try {
    const { width, height, orientation } = imageSize(fs.readFileSync(/*turbopackIgnore: true*/ file));
    // EXIF orientations 5-8 turn the picture a quarter, and browsers show it turned.
    return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return undefined;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
