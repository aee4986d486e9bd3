import type { Metadata } from 'next';
import { ARTICLES_PER_PAGE, ArticleListPage } from '@/components/articles/article-list-page';
import { getSite } from '@/lib/content';
import { paginate } from '@/lib/content/pagination';
import { sharingTags, siteImage } from '@/lib/metadata';

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Every article in the oncology and hematology career guide, newest first.',
  alternates: { canonical: '/articles' },
  ...sharingTags({ url: '/articles', title: 'Articles', image: siteImage }),
};

export default function ArticlesPage() {
  const { articles } = getSite();
  return <ArticleListPage list={paginate(articles, ARTICLES_PER_PAGE, 1)!} total={articles.length} />;
}
