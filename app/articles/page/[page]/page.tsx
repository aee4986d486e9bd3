import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ARTICLES_PER_PAGE, ArticleListPage, articleListHref } from '@/components/articles/article-list-page';
import { getSite } from '@/lib/content';
import { paginate } from '@/lib/content/pagination';
import { sharingTags, siteImage } from '@/lib/metadata';

export const dynamicParams = false;

/** Pages 2 and up; page 1 is /articles. */
export function generateStaticParams() {
  const { pageCount } = paginate(getSite().articles, ARTICLES_PER_PAGE, 1)!;
  return Array.from({ length: pageCount - 1 }, (_, index) => ({ page: String(index + 2) }));
}

function listFor(page: string) {
  const number = Number(page);
  return number >= 2 ? paginate(getSite().articles, ARTICLES_PER_PAGE, number) : undefined;
}

export async function generateMetadata({ params }: PageProps<'/articles/page/[page]'>): Promise<Metadata> {
  const list = listFor((await params).page);
  if (!list) return {};
  const title = `Articles, page ${list.page}`;
  return {
    title,
    description: `Articles of the oncology and hematology career guide, page ${list.page} of ${list.pageCount}.`,
    alternates: { canonical: articleListHref(list.page) },
    ...sharingTags({ url: articleListHref(list.page), title, image: siteImage }),
  };
}

export default async function ArticlesListPage({ params }: PageProps<'/articles/page/[page]'>) {
  const list = listFor((await params).page);
  if (!list) notFound();
  return <ArticleListPage list={list} total={getSite().articles.length} />;
}
