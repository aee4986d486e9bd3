import { checkCitations, checkRepeatedFigures } from './check-citations';
import { SOURCES_HEADING } from './citations';
import { LAYOUT_IDS } from './layout-ids';
import { checkComponents } from './check-components';
import { checkGlossary } from './check-glossary';
import type { Diagnostic } from './diagnostics';
import type { Glossary } from './glossary';
import { topicHref } from './navigation';
import { likelyMeant, nearest } from './nearest';
import { britishSpellings, britishUsages, lineAt } from './prose';
import { DESCRIPTION_LENGTH, pastedAddressProblem, SLUG_PATTERN, SLUG_RULE, TEMPLATE_PARAGRAPHS } from './schema';
import type { Page, PublicFile } from './site';
import { wholeGuideAnchors, wholeGuideHref, wholeGuideIdsOf } from './whole-guide';

/** What the body checks read of a file; files whose frontmatter failed are checked too. */
export type CheckedBody = Pick<Page, 'sourceFile' | 'headings' | 'anchors' | 'links' | 'images' | 'prose' | 'components' | 'htmlElements' | 'markupProblems' | 'terms'>;
/**
 * A file at a page's address that did not load: its frontmatter or its MDX has errors, which
 * are reported on the file itself. `body` is there when the MDX parsed.
 */
export type FailedFile = Pick<Page, 'sourceFile' | 'href' | 'slug'> & { body?: CheckedBody; formerHrefs?: string[]; tags?: string[] };
/** Where a link can point, with the anchors it offers; unknown for a file that did not load. */
type LinkTarget = { sourceFile: string; anchors: ReadonlySet<string> } | { anchors?: undefined; draft?: true };
type Report = (severity: Diagnostic['severity'], file: Pick<CheckedBody, 'sourceFile'>, line: number, message: string) => void;

/** Routes that exist beside the content pages, for checking links. */
const APP_ROUTES = new Set(['/', '/articles', '/search', '/topics']);
const REVIEW_DUE_MONTHS = 12;
/** Descriptions this close to a limit are flagged: previews often cut or pad them. */
const DESCRIPTION_MARGIN = 10;

/**
 * The checks that need the whole site: duplicate slugs and orders, headings, links and
 * their anchors, images, pinned related pages, reviews due. Pure: files in public/ are asked
 * of `publicFile`.
 */
export function checkSite(
  pages: readonly Page[],
  failedFiles: readonly FailedFile[],
  /** Addresses of drafts this build leaves out. */
  draftHrefs: ReadonlySet<string>,
  publicFile: PublicFileLookup,
  /** `invalid` when the glossary file has errors of its own: its terms are then not checked. */
  glossary?: Glossary | 'invalid',
  today = new Date(),
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (severity, file, line, message) => diagnostics.push({ severity, file: file.sourceFile, line, message });

  const bySlug = new Map<string, Page>();
  // Link targets with the anchors they offer: the content pages and, when there is one, the glossary.
  const byHref = new Map<string, LinkTarget>(pages.map((page) => [page.href, page]));
  if (glossary && glossary !== 'invalid') byHref.set('/glossary', { sourceFile: glossary.sourceFile, anchors: new Set(glossary.entries.map((entry) => entry.id)) });
  // A page or glossary file that failed to load is still there to link to: one error in it must
  // not become a broken-link error on every page that links to it.
  for (const failed of failedFiles) for (const href of [failed.href, ...(failed.formerHrefs ?? [])]) if (!byHref.has(href)) byHref.set(href, {});
  if (glossary === 'invalid') byHref.set('/glossary', {});
  // Pages made from the content pages: each guide read as one (its anchors carry the page's
  // prefix, as wholeGuideScope names them) and the topic pages.
  // A file of the guide that failed leaves the whole-guide page's anchors unknown.
  for (const guide of new Set(pages.flatMap((page) => page.guide ?? []))) {
    const guideHref = `/guides/${guide}`;
    const failed = failedFiles.some((file) => file.href === guideHref || file.href.startsWith(`${guideHref}/`));
    const anchors = new Set(pages.filter((page) => page.guide === guide).flatMap(wholeGuideAnchors));
    byHref.set(wholeGuideHref({ href: guideHref }), failed ? {} : { sourceFile: `the whole-guide page of ${guide}`, anchors });
  }
  const tagsOfFailedFiles = failedFiles.flatMap((file) => file.tags ?? []);
  for (const tag of new Set([...pages.flatMap((page) => page.frontmatter.tags), ...tagsOfFailedFiles])) byHref.set(topicHref(tag), {});
  // Former addresses (formerSlugs) redirect to the page that now has them. One that is, or will
  // be, a page's address would hide that page.
  const movedTo = new Map<string, Page>();
  for (const page of pages) {
    for (const { href, line } of page.formerAddresses) {
      if (byHref.has(href)) report('error', page, line, `formerSlugs: ${href} is the address of a page today; a redirect would hide it`);
      else if (draftHrefs.has(href)) report('error', page, line, `formerSlugs: ${href} is the address of a draft; a redirect would hide it once published`);
      else if (movedTo.has(href)) report('error', page, line, `formerSlugs: ${href} is already a former address of ${movedTo.get(href)!.sourceFile}`);
      else movedTo.set(href, page);
    }
  }
  // A link to a draft is told so, rather than that no page is there.
  for (const href of draftHrefs) if (!byHref.has(href)) byHref.set(href, { draft: true });
  const failedBodies = failedFiles.flatMap((failed) => failed.body ?? []);
  const orders = new Map<string, Page>();
  for (const page of pages) {
    const same = bySlug.get(page.slug);
    if (same) report('error', page, 1, `duplicate slug "${page.slug}": ${same.sourceFile} has it too (slugs name pages in \`related\`, so they must be unique)`);
    else bySlug.set(page.slug, page);
    if (page.order !== undefined) {
      const key = `${page.guide}#${page.order}`;
      const taken = orders.get(key);
      if (taken) report('error', page, page.fieldLines.order ?? 1, `order: ${page.order} is already used by ${taken.sourceFile}`);
      else orders.set(key, page);
    }
  }

  for (const file of [...pages, ...failedBodies]) {
    checkHeadings(file, report);
    checkComponents(file, report);
    for (const link of file.links) {
      const problem = linkError(link.url, file, byHref, publicFile, movedTo);
      if (problem) report('error', file, link.line, problem);
    }
    for (const { line, message, severity } of file.markupProblems) report(severity ?? 'error', file, line, message);
    for (const image of file.images) {
      if (image.alt !== undefined && !image.alt.trim()) report('error', file, image.line, `image "${image.url}" has no alt text: describe what it shows`);
      if (!image.url.startsWith('/')) report('error', file, image.line, `image "${image.url}": use a path under public/, starting with /`);
      else if (BARE_PERCENT.test(image.url)) report('error', file, image.line, `image "${image.url}": ${BARE_PERCENT_FIX}`);
      else {
        // The lookup leaves out a query (?v=2, to refresh a changed picture), which is not part of the file's name.
        const found = publicFile(image.url);
        if (!found) report('error', file, image.line, `image "${image.url}" does not exist: expected public${sitePath(image.url).written}`);
        else if (!found.exact) report('error', file, image.line, `image "${image.url}": ${otherCapitals(found.savedAs)}`);
        else if (image.size) {
          const pixels = found.pixels();
          if (pixels && !sameShape(image.size, pixels)) {
            const { width, height } = pixels;
            report('error', file, image.line, `<Figure> width={${image.size.width}} height={${image.size.height}} is not the shape of "${image.url}", which is ${width} × ${height} pixels: write width={${width}} height={${height}} (the page keeps a space of the shape written, so a wrong one makes the text jump when the image loads)`);
          }
        }
      }
    }
  }

  const draftSlugs = new Set([...draftHrefs].map((href) => href.slice(href.lastIndexOf('/') + 1)));
  for (const page of pages) {
    const relatedLine = page.fieldLines.related ?? 1;
    const listed = new Set<string>();
    for (const slug of page.frontmatter.related ?? []) {
      if (listed.has(slug)) {
        report('error', page, relatedLine, `related: "${slug}" is listed twice: leave one`);
        continue;
      }
      listed.add(slug);
      if (bySlug.has(slug)) {
        if (slug === page.slug) report('error', page, relatedLine, `related: a page cannot be related to itself`);
        continue;
      }
      const renamed = pages.find((other) => other.formerAddresses.some(({ href }) => href.endsWith(`/${slug}`)));
      if (renamed) report('error', page, relatedLine, `related: "${slug}" was renamed: write "${renamed.slug}"`);
      else if (draftSlugs.has(slug)) report('error', page, relatedLine, `related: "${slug}" is a draft, which this build leaves out: publish it first, or name it once it is`);
      // A page that failed to load is reported on its own; it still exists to be related to.
      else if (!failedFiles.some((failed) => failed.slug === slug)) {
        const guesses = likelyMeant(slug, [...bySlug.keys()].filter((other) => other !== page.slug));
        report('error', page, relatedLine, `related: no page has the slug "${slug}"${guesses.length ? ` (did you mean "${guesses.join('" or "')}"?)` : ''}`);
      }
    }
    const headingIds = new Set(page.headings.map((heading) => heading.id));
    for (const [oldId, currentId] of Object.entries(page.frontmatter.aliases ?? {})) {
      if (headingIds.has(oldId)) report('error', page, page.fieldLines.aliases ?? 1, `aliases: "${oldId}" is still the id of a heading on this page`);
      if (!headingIds.has(currentId)) report('error', page, page.fieldLines.aliases ?? 1, `aliases: "${oldId}" points to "${currentId}", but no heading on this page has that id`);
    }
    if (!page.frontmatter.draft) {
      // What `npm run new` wrote, published once `draft: true` is taken out before the text is written.
      if (!page.prose.length && !page.images.length && !page.components.length && !page.htmlElements.length) report('error', page, 1, 'the page has nothing below its frontmatter: write its text, or keep draft: true until it is written');
      for (const block of page.prose) {
        const placeholder = block.kind === 'paragraph' && TEMPLATE_PARAGRAPHS.find((text) => block.text.trim().startsWith(text));
        if (placeholder) report('error', page, block.line, `"${placeholder}" is the template's placeholder: write the page's own text here, or keep draft: true until it is written`);
      }
    }
    const { description, reviewed } = page.frontmatter;
    if (description.length < DESCRIPTION_LENGTH.min + DESCRIPTION_MARGIN || description.length > DESCRIPTION_LENGTH.max - DESCRIPTION_MARGIN) {
      report('warning', page, page.fieldLines.description ?? 1, `description is ${description.length} characters, near the ${DESCRIPTION_LENGTH.min}-${DESCRIPTION_LENGTH.max} limits`);
    }
    if (reviewed) {
      const due = new Date(`${reviewed}T00:00:00Z`);
      due.setUTCMonth(due.getUTCMonth() + REVIEW_DUE_MONTHS);
      if (due <= today) report('warning', page, page.fieldLines.reviewed ?? 1, `review is due: last reviewed ${reviewed}, more than ${REVIEW_DUE_MONTHS} months ago`);
    }
    checkCitations(page, report);
    checkSpelling(page, report);
    if (page.frontmatter.reviewedBy && !reviewed) report('error', page, page.fieldLines.reviewedBy ?? 1, 'reviewedBy: give the review date in `reviewed` too');
    if (reviewed && !page.frontmatter.reviewedBy) report('error', page, page.fieldLines.reviewed ?? 1, 'reviewed: name the reviewer in `reviewedBy` too');
  }
  checkRepeatedFigures(pages, report);
  // A file that did not load may carry the same tags: without it, a shared tag would look unshared.
  if (!failedFiles.some((file) => file.tags === undefined)) checkThinTopics(pages, tagsOfFailedFiles, report);
  if (glossary !== 'invalid') {
    // Terms marked in a file that failed still count as used; if one could not be read at all, which are used is unknown.
    const markedElsewhere = failedFiles.some((failed) => !failed.body) ? 'unknown' : failedBodies.flatMap((body) => body.terms.map((mark) => mark.id));
    checkGlossary(glossary, pages, markedElsewhere, report, (url) => linkError(url, byHref.get('/glossary')!, byHref, publicFile, movedTo));
  }
  return diagnostics;
}

/** A tag on one page only makes a topic page that lists just that page. */
function checkThinTopics(pages: readonly Page[], tagsOfFailedFiles: readonly string[], report: Report) {
  const carriers = new Map<string, Page[]>();
  for (const page of pages) for (const tag of page.frontmatter.tags) carriers.set(tag, [...(carriers.get(tag) ?? []), page]);
  for (const [tag, [page, ...others]] of carriers) {
    if (others.length === 0 && !tagsOfFailedFiles.includes(tag)) report('warning', page, page.fieldLines.tags ?? 1, `tags: "${tag}" is on this page only, so its topic page would list nothing else; use a tag other pages share, or tag another page that is about it`);
  }
}

/** US spelling in the title, description and prose; proper names listed in `properNames` pass. */
function checkSpelling(page: Page, report: Report) {
  const names = page.frontmatter.properNames ?? [];
  const fields = (['title', 'description'] as const).map((field) => ({ line: page.fieldLines[field] ?? 1, text: page.frontmatter[field] }));
  for (const { line, text } of [...fields, ...page.prose]) {
    for (const { word, us, index } of britishSpellings(text, names)) {
      report('error', page, lineAt(text, line, index), `"${word}" is British spelling: write "${us}" (a proper name? list it under properNames)`);
    }
    for (const { phrase, us, index } of britishUsages(text)) {
      // A phrase that ends in a quote mark is shown bare: wrapped in quotes of its own it reads as a tangle ("programme”,").
      const quoted = /["”]/.test(phrase);
      const message = quoted ? `${phrase} puts the ${phrase.endsWith(',') ? 'comma' : 'period'} outside the closing quote, as British usage does: write ${us}` : `"${phrase}" is British usage: write "${us}"`;
      report('warning', page, lineAt(text, line, index), message);
    }
  }
}

function checkHeadings(page: CheckedBody, report: Report) {
  const seen = new Map<string, number>();
  let previousDepth = 1; // the title is the page's h1
  for (const heading of page.headings) {
    if (heading.depth === 1) report('error', page, heading.line, `"${heading.written}": the title is the page's only h1; start body headings at ##`);
    else if (heading.depth > previousDepth + 1) {
      report('error', page, heading.line, `heading "${heading.written}" skips a level (h${previousDepth} to h${heading.depth}); use ${'#'.repeat(previousDepth + 1)}`);
    }
    previousDepth = heading.depth;
    if (heading.text.toLowerCase() === SOURCES_HEADING.text.toLowerCase()) {
      report('error', page, heading.line, `"${heading.written}": pages that cite end with a Sources list made from \`sources\` in the frontmatter, so readers would see two; list the documents there, or name a section about something else for what it is ("Sources of funding")`);
    }
    if (LAYOUT_IDS.has(heading.id)) report('error', page, heading.line, `heading id "${heading.id}" is one the page's layout gives its own part; set another with {#another-id}`);
    const firstLine = seen.get(heading.id);
    if (firstLine !== undefined) report('error', page, heading.line, `duplicate heading id "${heading.id}" (also on line ${firstLine}); set one with {#another-id}`);
    else seen.set(heading.id, heading.line);
    if (heading.explicitId && !SLUG_PATTERN.test(heading.id)) {
      report('error', page, heading.line, `heading id "${heading.id}" must be ${SLUG_RULE}`);
    }
  }
}

/**
 * What is wrong with a link, as a message: broken, or pointing at a renamed page's old address. The
 * old address redirects, but the link should name where the page is: a redirect costs every reader
 * a round trip, and the old address works only while `formerSlugs` lists it.
 */
function linkError(
  url: string,
  page: LinkTarget,
  byHref: ReadonlyMap<string, LinkTarget>,
  publicFile: PublicFileLookup,
  movedTo: ReadonlyMap<string, Pick<Page, 'href'>>,
): string | undefined {
  const address = sitePath(url);
  const moved = url.startsWith('/') ? movedTo.get(address.path) : undefined;
  if (moved) return `link "${url}" goes to the old address of a renamed page: write ${moved.href}${address.fragment === undefined ? '' : `#${address.fragment}`}`;
  const problem = linkProblem(url, address, page, byHref, publicFile);
  return problem && `broken link "${url}": ${problem}`;
}

function linkProblem(url: string, address: SitePath, page: LinkTarget, byHref: ReadonlyMap<string, LinkTarget>, publicFile: PublicFileLookup): string | undefined {
  if (/^[a-z]:[\\/]/i.test(url) || /^file:/i.test(url)) return "that is a file on a computer: link the page's address on the site (/guides/…) or on the web (https://…)";
  if (/^data:/i.test(url)) return 'that is a whole file pasted into the page (data:…): save it under public/ and link its path';
  const malformed = webAddressProblem(url);
  if (malformed) return malformed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    const pasted = pastedAddressProblem(url, 'link'); // https:, mailto:, tel:
    return pasted ?? ownPageProblem(url, byHref, (path) => linkProblem(path, sitePath(path), page, byHref, publicFile));
  }
  if (url.startsWith('//')) return 'write external links with https://';
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(url)) return `write an email address as mailto:${url}`;
  if (/^www\./i.test(url)) return `write a web address in full: https://${url}`;
  if (!url.startsWith('/') && !url.startsWith('#')) return 'internal links start with / (for example /guides/…) or # for a heading on this page';
  if (BARE_PERCENT.test(url)) return BARE_PERCENT_FIX;
  const { path, written, fragment } = address;
  const target = path === '' ? page : byHref.get(path);
  if (target && 'draft' in target) return `that page is a draft, which this build leaves out: publish it first (remove draft: true), or link it once it is`;
  if (!target) {
    if (APP_ROUTES.has(path)) return fragment ? 'anchors can only point into content pages' : undefined;
    const found = publicFile(written);
    if (!found) {
      // Judged by the last part of the address, which is where a typo is: the shared /guides/… would excuse any guess.
      const typed = path.replace(/\.mdx$/, '');
      const lastPart = typed.slice(typed.lastIndexOf('/') + 1);
      const published = [...byHref.keys()].filter((href) => !('draft' in byHref.get(href)!));
      const guesses = likelyMeant(typed, published, Math.max(2, Math.floor(lastPart.length / 3))).map((href) => `${href}${fragment === undefined ? '' : `#${fragment}`}`);
      return `no page at that address${guesses.length ? ` (did you mean ${guesses.join(' or ')}?)` : ''}`;
    }
    // A fragment on a file is the file's own business (a PDF's #page=3).
    return found.exact ? undefined : otherCapitals(found.savedAs);
  }
  if (fragment === undefined || !target.anchors) return undefined;
  const id = safeDecode(fragment);
  if (!target.anchors.has(id)) {
    // On the whole-guide page each part's ids carry its prefix (alpha--first-part).
    const parts = wholeGuideIdsOf(id, target.anchors);
    const guess = (parts.length ? parts : likelyMeant(id, [...target.anchors])).join('" or "');
    return `${target.sourceFile} has no heading with the id "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
  }
  return undefined;
}

/** Whether a written width and height keep an image's proportions, to within 1% (a rounded scale-down). */
function sameShape(written: { width: number; height: number }, pixels: { width: number; height: number }): boolean {
  return Math.abs(written.width / written.height - pixels.width / pixels.height) <= 0.01 * (pixels.width / pixels.height);
}

/** The kinds of address a link may start with; anything else is a mistyped one (htps:, http;). */
const LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'];

/**
 * A link whose start is mistyped (https//, htps:), or that no browser can parse, so that it would
 * still look like a link on the page but lead nowhere; sources get this from their schema's URL
 * check. A mistyped site name is `pastedAddressProblem`'s, shared with sources. Otherwise only the
 * build's link check (which needs the internet) would find these.
 */
function webAddressProblem(url: string): string | undefined {
  const start = /^(https?)(:\/(?!\/)|\/\/|:\/\/\/|;\/\/)/i.exec(url);
  if (start) return `that is not a web address: write its start as ${start[1].toLowerCase()}:// (a colon, then two slashes): ${start[1].toLowerCase()}://${url.slice(start[0].length)}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  if (scheme && !LINK_SCHEMES.includes(scheme)) {
    const guess = nearest(scheme, LINK_SCHEMES, 1);
    return `"${scheme}:" is not a kind of address a browser opens${guess ? `: did you mean ${guess}:${url.slice(scheme.length + 1)}?` : ': links start with https://, mailto: or tel:'}`;
  }
  if ((scheme === 'http' || scheme === 'https') && !URL.canParse(url)) return 'that is not a web address a browser can open: copy it again from the browser';
  return undefined;
}

/** The file in public/ that a site address names, with capitals ignored (site.ts `publicFileNamed`). */
type PublicFileLookup = (path: string) => PublicFile | undefined;

/**
 * For a page of this site written as a full address (copied from the browser): the path to write
 * instead, or the nearest page when no page has it. Taken as this site's whatever the host, since
 * the check does not know where the site is served, so only where no other site would be: under
 * one of its guides, or an article's exact path. What is wrong with the path itself (a draft, a
 * heading id) comes in the same message, so one run names both fixes.
 */
function ownPageProblem(url: string, byHref: ReadonlyMap<string, LinkTarget>, pathProblem: (path: string) => string | undefined): string | undefined {
  if (!/^https?:/i.test(url) || !URL.canParse(url)) return undefined;
  const { pathname, hash } = new URL(url);
  const { path } = sitePath(pathname);
  if (byHref.has(path) && /^\/(?:guides|articles)\//.test(path)) {
    const further = pathProblem(`${path}${hash}`);
    return `that is this site's own page by its full address: write its path, ${path}${hash}, which works in previews and the whole guide too${further ? `; and ${further}` : ''}`;
  }
  const hrefs = [...byHref.keys()];
  const guide = /^\/guides\/[^/]+/.exec(path)?.[0];
  if (guide === undefined || !hrefs.some((href) => href === guide || href.startsWith(`${guide}/`))) return undefined;
  const guess = nearest(path, hrefs);
  return `that is an address on this site that no page has${guess ? ` (did you mean ${guess}?)` : ''}: link a page by its path, /guides/…, not its full address`;
}

/** For a file in public/ an address names with other capitals: found on macOS and Windows, missing on the server. */
function otherCapitals(savedAs: string): string {
  return `the file is saved as public${savedAs}: write its name with the same capitals, since the server reads them exactly (your computer may not)`;
}

/** A % that starts no %XX escape: browsers cannot request the address, and the server answers 400. */
const BARE_PERCENT = /%(?![0-9a-f]{2})/i;
const BARE_PERCENT_FIX = 'a % in an address must be written %25 (survey-10%25.pdf), or leave it out of the file name';

type SitePath = { path: string; written: string; fragment?: string };

/** A link's path as written (without query) and as pages are keyed (no trailing slash; `/` stays), and its #fragment. */
function sitePath(url: string): SitePath {
  const [pathAndQuery, fragment] = url.split('#', 2) as [string, string | undefined];
  const written = pathAndQuery.split('?')[0];
  return { path: written.replace(/(.)\/$/, '$1'), written, fragment };
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
