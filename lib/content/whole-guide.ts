import type { Guide, Page } from './site';
import type { TocEntry } from './toc';

/** The last segment of the whole-guide page's address, which no section may take as its slug. */
export const WHOLE_GUIDE_SEGMENT = 'all';

/** Where the overview and every section of a guide are read as one page. */
export function wholeGuideHref(guide: Pick<Guide, 'href'>): string {
  return `${guide.href}/${WHOLE_GUIDE_SEGMENT}`;
}

/** The whole-guide page's title, as its metadata, Share button and correction link name it. */
export function wholeGuideTitle(guide: Guide): string {
  return `${guide.overview.frontmatter.title}: the whole guide`;
}

/**
 * How one page's anchors are named when the pages of a guide share one document: every id the
 * page owns (headings, citations, sources, glossary popovers) gets the page's prefix, so ids
 * from two sections cannot collide, and its links to other pages of the guide become in-page links.
 */
export interface AnchorScope {
  /** The page's own id in the document: its section element. */
  id: string;
  /** `education-and-training--` before each id the page owns. */
  prefix: string;
  /** A link written in the page, pointing into the document where its target is there. */
  href: (url: string) => string;
}

/** The id of a page's part of the whole-guide page. */
function partId(page: Pick<Page, 'kind' | 'slug'>): string {
  return page.kind === 'overview' ? 'overview' : page.slug;
}

/** The id one of a part's own anchors gets on the whole-guide page. */
function partAnchor(part: string, anchor: string): string {
  return `${part}--${anchor}`;
}

/** The whole-guide ids an anchor written without its part's prefix may mean: one per part that has it. */
export function wholeGuideIdsOf(anchor: string, wholeGuideIds: Iterable<string>): string[] {
  return [...wholeGuideIds].filter((id) => id.endsWith(partAnchor('', anchor)));
}

/** The ids a page's links may name in the whole-guide page: its part, and each of its anchors with the part's prefix. */
export function wholeGuideAnchors(page: Pick<Page, 'kind' | 'slug' | 'anchors'>): string[] {
  const part = partId(page);
  return [part, ...[...page.anchors].map((anchor) => partAnchor(part, anchor))];
}

/** The anchor scope of `page` inside its guide's whole-guide page. */
export function wholeGuideScope(guide: Guide, page: Page): AnchorScope {
  const members = new Map([guide.overview, ...guide.sections].map((member) => [member.href, partId(member)]));
  const id = partId(page);
  return {
    id,
    prefix: partAnchor(id, ''),
    href(url) {
      const [path, fragment] = url.split('#', 2) as [string, string | undefined];
      const target = path === '' ? id : members.get(path.replace(/\/$/, ''));
      if (target === undefined) return url;
      return fragment === undefined ? `#${target}` : `#${partAnchor(target, fragment)}`;
    },
  };
}

/** A page's title in the whole guide: the overview's title is the document's own, so it reads "Overview". */
export function wholeGuidePartTitle(page: Page): string {
  return page.kind === 'overview' ? 'Overview' : page.frontmatter.title;
}

/** One table of contents for the whole guide: each page, with its `##` headings under it. */
export function wholeGuideToc(guide: Guide): TocEntry[] {
  return [guide.overview, ...guide.sections].map((page) => {
    const scope = wholeGuideScope(guide, page);
    return { id: scope.id, text: wholeGuidePartTitle(page), children: page.toc.map((entry) => ({ id: `${scope.prefix}${entry.id}`, text: entry.text, children: [] })) };
  });
}
