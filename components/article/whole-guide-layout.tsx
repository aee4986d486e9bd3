import type { Guide } from '@/lib/content';
import { wholeGuideHref, wholeGuidePartTitle, wholeGuideScope, wholeGuideTitle, wholeGuideToc } from '@/lib/content/whole-guide';
import { countInWords } from '@/lib/count-in-words';
import { siteConfig } from '@/lib/site-config';
import { Heading } from '@/components/mdx/heading';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { CorrectionLink } from './correction-link';
import { FormattedDate } from './formatted-date';
import { GuideDisclosure, GuideSidebar } from './guide-nav';
import { MdxContent } from './mdx-content';
import { ShareTools } from './share-tools';
import { SourcesList } from './sources-list';
import { TocDisclosure, TocList } from './table-of-contents';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';

/**
 * The overview and every section of a guide as one document, for reading start to finish,
 * saving as a PDF or printing: one table of contents, each page under its own title with its
 * sources, ids prefixed per page and links between the pages made in-page links.
 */
export function WholeGuideLayout({ guide, trail }: { guide: Guide; trail: Crumb[] }) {
  const pages = [guide.overview, ...guide.sections];
  const toc = wholeGuideToc(guide);
  const minutes = pages.reduce((total, page) => total + page.readingMinutes, 0);
  const updated = pages.map((page) => page.frontmatter.updated).reduce((latest, date) => (date > latest ? date : latest));
  const title = wholeGuideTitle(guide);
  const address = `${siteConfig.url}${wholeGuideHref(guide)}`;
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-10 lg:pt-10 xl:grid-cols-[14rem_minmax(0,1fr)_16rem]">
      <aside data-side-column className="hidden lg:block">
        <GuideSidebar guide={guide} wholeGuideCurrent />
      </aside>

      <div className="min-w-0">
        <GuideDisclosure guide={guide} wholeGuideCurrent />
        <term-interest />
        <article id={PAGE_CONTENT_ID} data-whole-guide className="mx-auto max-w-[68ch] lg:mx-0">
          <header>
            <Breadcrumbs trail={trail} />
            <h1 className="mt-4 text-3xl leading-tight font-bold tracking-tight text-balance text-ink sm:text-4xl">{guide.overview.frontmatter.title}</h1>
            <p className="mt-4 font-serif text-lg leading-relaxed text-muted">
              The overview and all {countInWords(guide.sections.length)} sections on one page, each followed by its sources: for reading start to finish, saving as a PDF or printing.
            </p>
            <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted">
              <p>
                {minutes} min read <span aria-hidden="true">·</span> Updated <FormattedDate date={updated} />
                <span data-print="hide">
                  {' '}
                  <span aria-hidden="true">·</span> To print or save as a PDF, use your browser&rsquo;s Print command.
                </span>
              </p>
              {/* Also what makes the headings' copy-link buttons work. */}
              <ShareTools title={title} url={address} />
            </div>
          </header>

          <TocDisclosure label="Contents" entries={toc} />

          {/* On paper, where the contents above and beside are hidden, a list of the parts in order. */}
          <div className="mt-8 hidden print:block">
            <p className="font-semibold">Contents</p>
            <ol className="mt-2 list-decimal pl-6">
              {pages.map((page) => (
                <li key={page.href}>{wholeGuidePartTitle(page)}</li>
              ))}
            </ol>
          </div>

          {pages.map((page) => {
            const scope = wholeGuideScope(guide, page);
            return (
              <section key={page.href} data-guide-page aria-labelledby={scope.id} className="mt-16 border-t-2 border-line pt-10 print:mt-0 print:border-0 print:pt-0">
                <div className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">
                  <Heading level={2} id={scope.id} sharedAs={page.href}>
                    {wholeGuidePartTitle(page)}
                  </Heading>
                </div>
                <p className="mt-3 font-serif text-lg leading-relaxed text-muted">{page.frontmatter.description}</p>
                <p className="mt-3 text-sm text-muted">
                  {page.readingMinutes} min read <span aria-hidden="true">·</span> Updated <FormattedDate date={page.frontmatter.updated} />
                  <span data-print="hide">
                    {' '}
                    <span aria-hidden="true">·</span> <a href={page.href} className="text-accent underline underline-offset-2">
                      On its own page
                    </a>
                  </span>
                </p>
                <div className="prose sm:prose-lg mt-8 font-serif prose-headings:font-sans prose-headings:tracking-tight">
                  <MdxContent page={page} scope={scope} />
                </div>
                <SourcesList page={page} scope={scope} />
              </section>
            );
          })}

          {siteConfig.corrections && (
            <p data-print="hide" className="mt-12 text-sm text-muted">
              Spotted something wrong or out of date?{' '}
              <CorrectionLink destination={siteConfig.corrections} pageTitle={title} pageUrl={address} />.
            </p>
          )}
          <p className="mt-8 hidden text-sm print:block">Printed from {address}</p>
        </article>
      </div>

      <aside data-side-column className="hidden xl:block">
        <nav aria-label="Contents" data-toc className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto text-sm">
          <p className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">Contents</p>
          <TocList entries={toc} />
        </nav>
        <toc-highlight />
      </aside>
    </div>
  );
}
