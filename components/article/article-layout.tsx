import type { Guide, Page } from '@/lib/content';
import { wholeGuideHref } from '@/lib/content/whole-guide';
import { siteConfig } from '@/lib/site-config';
import { getNeighbors, getRelated } from '@/lib/content';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { CorrectionLink } from './correction-link';
import { GuideDisclosure, GuideSidebar } from './guide-nav';
import { MdxContent } from './mdx-content';
import { PageMeta } from './page-meta';
import { PagePagination } from './page-pagination';
import { RelatedArticles } from './related-articles';
import { SourcesList } from './sources-list';
import { StructuredData } from './structured-data';
import { TocDisclosure, TocList } from './table-of-contents';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';

/**
 * Every content page: guide navigation, breadcrumbs, title and meta, the MDX body with its
 * sources, the table of contents, previous/next and related reading.
 */
export function ArticleLayout({ page, guide, trail }: { page: Page; guide?: Guide; trail: Crumb[] }) {
  const { previous, next } = getNeighbors(page);
  const hasToc = page.toc.length > 0;
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-10 lg:pt-10 xl:grid-cols-[14rem_minmax(0,1fr)_14rem]">
      <aside data-side-column className="hidden lg:block">{guide && <GuideSidebar guide={guide} current={page} />}</aside>

      <div className="min-w-0">
        <StructuredData page={page} trail={trail} />
        <term-interest />
        {guide && <GuideDisclosure guide={guide} current={page} />}
        <article id={PAGE_CONTENT_ID} className="mx-auto max-w-[68ch] lg:mx-0">
          <header>
            <Breadcrumbs trail={trail} />
            <h1 className="mt-4 text-3xl leading-tight font-bold tracking-tight text-balance text-ink sm:text-4xl">{page.frontmatter.title}</h1>
            <p className="mt-4 font-serif text-lg leading-relaxed text-muted">{page.frontmatter.description}</p>
            <PageMeta page={page} />
            {guide && (
              <p data-print="hide" className="mt-3 text-sm">
                <a href={wholeGuideHref(guide)} className="text-accent underline underline-offset-2">
                  Read or print the whole guide
                </a>
              </p>
            )}
          </header>

          {hasToc && <TocDisclosure label="On this page" entries={page.toc} />}

          <div className="prose sm:prose-lg mt-8 font-serif prose-headings:font-sans prose-headings:tracking-tight">
            <MdxContent page={page} />
          </div>
          <SourcesList page={page} />
          {siteConfig.corrections && (
            <p data-print="hide" className="mt-8 text-sm text-muted">
              Spotted something wrong or out of date?{' '}
              <CorrectionLink destination={siteConfig.corrections} pageTitle={page.frontmatter.title} pageUrl={`${siteConfig.url}${page.href}`} />
              .
            </p>
          )}
          <p className="mt-8 hidden text-sm print:block">
            Printed from {siteConfig.url}
            {page.href}
          </p>
        </article>
        <div data-print="hide" className="mx-auto max-w-[68ch] lg:mx-0">
          <PagePagination previous={previous} next={next} />
          <RelatedArticles pages={getRelated(page)} />
        </div>
      </div>

      {hasToc && (
        <aside data-side-column className="hidden xl:block">
          <nav aria-label="On this page" data-toc className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto text-sm">
            <p className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">On this page</p>
            <TocList entries={page.toc} />
          </nav>
          <toc-highlight />
        </aside>
      )}
    </div>
  );
}
