import type { Metadata } from 'next';
import { ARTICLES_PER_PAGE, ArticleListPage } from '@/components/articles/article-list-page';
import { getSite } from '@/lib/content';
import { paginate } from '@/lib/content/pagination';

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Every article in the oncology and hematology career guide, newest first.',
  alternates: { canonical: '/articles' },
};

export default function ArticlesPage() {
  const { articles } = getSite();
  return <ArticleListPage list={paginate(articles, ARTICLES_PER_PAGE, 1)!} total={articles.length} />;
}
