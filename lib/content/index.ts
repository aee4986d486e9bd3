import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './diagnostics';
import { GLOSSARY_FILE } from './glossary';
import { SEARCH_SYNONYMS_FILE } from './search-synonyms';
import { neighbors } from './navigation';
import { fileStamp, listPageFiles, publicFileOf, readSite, type Guide, type LoadOptions, type Page, type Site, type Topic } from './site';

export type { Guide, Page, Site, Topic } from './site';
export type { TocEntry } from './toc';
export type { Heading } from './parse';

/** Where content lives: `CONTENT_DIR` when set (tests, benchmarks), else `content/`. */
export function contentDir(): string {
  // Read at build time only (pages are prerendered), so the server bundle need not trace it.
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR ?? 'content');
}

/**
 * What the site is read from: its pages (and files saved as pages under a name that is not read,
 * which are reported) and, where they exist, the glossary and the search synonyms.
 */
function sourceFiles(directory: string): string[] {
  return [...listPageFiles(directory), ...[GLOSSARY_FILE, SEARCH_SYNONYMS_FILE].filter((file) => fs.existsSync(path.join(directory, file)))];
}

/**
 * The images the pages show, as they stand in public/: a page's Markdown does not change when
 * its image is deleted or renamed, so the check has to look at the files themselves.
 */
function imageStamps(site: Site, directory: string): string[] {
  const urls = new Set(site.pages.flatMap((page) => page.images.map((image) => image.url)));
  return [...urls].map((url) => {
    const file = publicFileOf(directory, url);
    return `${url}@${file ? fileStamp(file) : 'missing'}`;
  });
}

let cached: { key: string; site: Site } | undefined;
const parsedFiles: NonNullable<LoadOptions['parsedFiles']> = new Map();

/**
 * The site as the app renders it. A production build reads it once per process. `npm run dev`
 * (drafts included) checks the modification stamps of the pages, the data files and the images
 * the pages show on each call and re-reads when one changed, re-parsing only the pages that
 * changed, so an edit shows on the next page load. Throws a ContentError naming every broken
 * file, so a bad article fails the build.
 */
export function getSite(): Site {
  const development = process.env.NODE_ENV !== 'production';
  const directory = contentDir();
  const files = development ? sourceFiles(directory).map((file) => `${file}@${fileStamp(path.join(directory, file))}`) : [directory];
  const keyWith = (site: Site | undefined) => (development && site ? [...files, ...imageStamps(site, directory)] : files).join('|');
  if (cached?.key !== keyWith(cached?.site)) {
    const site = readSite({ contentDir: directory, includeDrafts: development, parsedFiles });
    if (site.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) throw new ContentError(site.diagnostics);
    // Keyed on the images this site shows too, so deleting one is reported on the next page load.
    cached = { key: keyWith(site), site };
  }
  return cached.site;
}

export function getGuide(slug: string): Guide | undefined {
  return getSite().guides.find((guide) => guide.slug === slug);
}

export function getSection(guideSlug: string, slug: string): Page | undefined {
  return getGuide(guideSlug)?.sections.find((section) => section.slug === slug);
}

export function getArticle(slug: string): Page | undefined {
  return getSite().articles.find((article) => article.slug === slug);
}

/** The article or section that was at `href` before a rename (its `formerSlugs`): the address redirects to it. */
export function getMovedPage(href: string): Page | undefined {
  return getSite().redirects.get(href);
}

export function getTopic(tag: string): Topic | undefined {
  return getSite().topics.find((topic) => topic.tag === tag);
}

export function getRelated(page: Page): Page[] {
  return getSite().related.get(page.slug) ?? [];
}

/** Previous and next pages in the page's guide; none for standalone articles. */
export function getNeighbors(page: Page): { previous?: Page; next?: Page } {
  const guide = page.guide ? getGuide(page.guide) : undefined;
  return guide ? neighbors(guide, page) : {};
}
