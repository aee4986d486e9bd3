import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { FormattedDate } from '@/components/article/formatted-date';
import type { Page } from '@/lib/content';
import type { Paginated } from '@/lib/content/pagination';
import { PAGE_CONTENT_ID } from '@/lib/content/layout-ids';

export const ARTICLES_PER_PAGE = 50;

export function articleListHref(page: number): string {
  return page === 1 ? '/articles' : `/articles/page/${page}`;
}

/** One page of the article index, newest first, with links to the pages around it. */
export function ArticleListPage({ list, total }: { list: Paginated<Page>; total: number }) {
  const { items, page, pageCount } = list;
  return (
    <div id={PAGE_CONTENT_ID} className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: page === 1 ? 'Articles' : `Articles, page ${page}`, href: articleListHref(page) },
        ]}
      />
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-ink sm:text-4xl">Articles{page > 1 && `, page ${page}`}</h1>
      <p className="mt-3 font-serif text-lg text-muted">
        {total} article{total === 1 ? '' : 's'} to read alongside the guide, newest first.
      </p>
      <ol aria-label="Articles" className="mt-8 divide-y divide-line border-y border-line">
        {items.map((article) => (
          <li key={article.href} className="py-5">
            <a href={article.href} className="group block">
              <span className="text-lg font-semibold text-ink group-hover:text-accent group-hover:underline">{article.frontmatter.title}</span>
              <span className="mt-1 block font-serif text-muted">{article.frontmatter.description}</span>
              <span className="mt-2 block text-sm text-muted">
                <FormattedDate date={article.frontmatter.updated} /> · {article.readingMinutes} min read
              </span>
            </a>
          </li>
        ))}
      </ol>
      {pageCount > 1 && (
        <nav aria-label="Article pages" className="mt-8 flex items-center justify-between gap-4 text-sm">
          {page > 1 ? (
            <a rel="prev" href={articleListHref(page - 1)} className="rounded-md border border-line bg-surface px-4 py-2 hover:border-accent">
              Newer articles
            </a>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <a rel="next" href={articleListHref(page + 1)} className="rounded-md border border-line bg-surface px-4 py-2 hover:border-accent">
              Older articles
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
